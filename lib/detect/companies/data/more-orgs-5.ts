import type { OrgEntry } from './types.ts';

/**
 * A fifth batch: Latin American fintechs, Swiss retailers, banks and venture
 * funds, and Taiwanese, Chinese and Japanese firms that regional business
 * news names beside AI deals.
 */
export const MORE_ORGS_5: OrgEntry[] = [
  { name: 'Kavak', kind: 'company', aliases: [] },
  { name: 'Bitso', kind: 'company', aliases: [] },
  { name: 'Clip', kind: 'company', aliases: [], ambiguous: ['Clip'] },
  { name: 'Migros', kind: 'company', aliases: [] },
  { name: 'Galenica', kind: 'company', aliases: [] },
  { name: 'Banque Cantonale Vaudoise', kind: 'investor', aliases: ['BCV'], ambiguous: ['BCV'] },
  { name: 'Founderful', kind: 'investor', aliases: [] },
  { name: 'Startupticker.ch', kind: 'media', aliases: [] },
  { name: 'SF Express', kind: 'company', aliases: ['顺丰', '順豐', '顺丰速运', '順豐速運', '顺丰控股', '順豐控股'] },
  { name: 'Resona Bank', kind: 'investor', aliases: ['りそな銀行'] },
  { name: 'UTEC', kind: 'investor', aliases: ['University of Tokyo Edge Capital Partners', '東京大学エッジキャピタルパートナーズ'] },
  { name: 'Global Unichip', kind: 'company', aliases: ['GUC', '創意電子', '创意电子'] },
  { name: 'Taiwania Capital', kind: 'investor', aliases: ['台杉投資', '台杉投资'] },
  { name: 'China Development Financial', kind: 'investor', aliases: ['開發金控', '开发金控', '中華開發金控', '中华开发金控'] },
  { name: 'Cathay Pacific', kind: 'company', aliases: ['國泰航空', '国泰航空'] },
  { name: 'Cathay Financial Holding', kind: 'investor', aliases: ['國泰金控', '国泰金控'] },
  { name: 'Cathay United Bank', kind: 'investor', aliases: ['國泰世華銀行', '国泰世华银行', '國泰世華', '国泰世华'] },
  { name: 'Cathay Venture', kind: 'investor', aliases: ['國泰創投', '国泰创投'] },
  { name: 'E.SUN Bank', kind: 'investor', aliases: ['玉山銀行', '玉山银行'] },
  { name: 'CTBC Bank', kind: 'investor', aliases: ['中國信託商業銀行', '中国信托商业银行', '中國信託銀行', '中国信托银行'] },
  { name: 'First Commercial Bank', kind: 'investor', aliases: ['第一銀行', '第一商業銀行', '第一商业银行'] },
  { name: 'Far EasTone', kind: 'company', aliases: ['遠傳電信', '远传电信', '遠傳', '远传'] },
  { name: 'Zero2IPO', kind: 'company', aliases: ['清科研究中心', '清科集团', '清科集團', '清科'] },
  { name: 'E Fund Management', kind: 'investor', aliases: ['易方达基金', '易方達基金', '易方达', '易方達'] },
  { name: 'Horizons Ventures', kind: 'investor', aliases: ['維港投資', '维港投资'] },
  { name: 'NTT Docomo Ventures', kind: 'investor', aliases: ['NTTドコモ・ベンチャーズ', 'ドコモ・ベンチャーズ'] },
  { name: 'SBI Investment', kind: 'investor', aliases: ['SBIインベストメント'] },
  { name: 'Askul', kind: 'company', aliases: ['アスクル'] },
  { name: 'United Internet', kind: 'company', aliases: [] },
  { name: 'Teleperformance', kind: 'company', aliases: [] },
  { name: 'UTokyo Innovation Platform', kind: 'investor', aliases: ['東京大学協創プラットフォーム開発'] },
  { name: 'Crédit Agricole CIB', kind: 'investor', aliases: ['Credit Agricole CIB', 'Crédit Agricole Corporate and Investment Bank'] },
  { name: 'Lombard Odier', kind: 'investor', aliases: ['Banque Lombard Odier'] },
  { name: 'Nacional Financiera', kind: 'investor', aliases: ['Nafin'] },
  { name: 'BlueRun Ventures', kind: 'investor', aliases: ['蓝驰创投', '藍馳創投'] },
  { name: 'Enterprise', kind: 'media', aliases: ['إنتربرايز'], ambiguous: ['Enterprise'] },
  { name: 'La República', kind: 'media', aliases: ['La Republica'], ambiguous: ['La República', 'La Republica'] },
  { name: 'Valora Analitik', kind: 'media', aliases: [] },
  { name: 'Vontobel', kind: 'investor', aliases: [] },
  { name: 'Foxconn Industrial Internet', kind: 'company', aliases: ['工业富联', '工業富聯', '富士康工业互联网', '富士康工業互聯網'] },
];
