import type { OrgEntry } from './types.ts';

/**
 * An eighth batch: enterprise-software and security names that acquisitions
 * bring up, Indian conversational-AI firms, Chinese brokers and state funds
 * from STAR Market listings, Gulf banks that lend to data centres, power
 * companies, and Japanese memory and display makers.
 */
export const MORE_ORGS_8: OrgEntry[] = [
  { name: 'Motorola Mobility', kind: 'company', aliases: ['موتورولا موبيليتي'] },
  { name: 'Mandiant', kind: 'company', aliases: ['مانديانت'] },
  { name: 'MuleSoft', kind: 'company', aliases: [] },
  { name: 'Starboard Value', kind: 'investor', aliases: [] },
  { name: 'Brex', kind: 'company', aliases: [] },
  // Not "آلان": with the hamza folded it is الآن, "now".
  { name: 'Alaan', kind: 'company', aliases: [] },
  { name: 'Pioneer Fund', kind: 'investor', aliases: [] },
  { name: 'Rebel Fund', kind: 'investor', aliases: [] },
  { name: 'HOF Capital', kind: 'investor', aliases: [] },
  { name: 'March Capital', kind: 'investor', aliases: [] },
  { name: 'Yellow.ai', kind: 'company', aliases: [] },
  { name: 'Observe.AI', kind: 'company', aliases: [] },
  { name: 'Gupshup', kind: 'company', aliases: [] },
  { name: 'Haptik', kind: 'company', aliases: [] },
  { name: 'Exscientia', kind: 'company', aliases: [] },
  { name: 'XtalPi', kind: 'company', aliases: ['晶泰科技', '晶泰控股'] },
  { name: 'GF Securities', kind: 'company', aliases: ['广发证券', '廣發證券'] },
  { name: 'Sinolink Securities', kind: 'company', aliases: ['国金证券', '國金證券'] },
  { name: 'BOC International', kind: 'company', aliases: ['中银国际', '中銀國際'] },
  { name: 'Value Partners', kind: 'investor', aliases: ['惠理集团', '惠理集團'] },
  { name: 'China Securities', kind: 'company', aliases: ['中信建投证券', '中信建投'] },
  { name: 'CMB International', kind: 'investor', aliases: ['招银国际', '招銀國際'] },
  { name: 'PICC Capital', kind: 'investor', aliases: ['人保资本'] },
  { name: 'CCB Financial Asset Investment', kind: 'investor', aliases: ['建信金融资产投资', '建信投资'] },
  { name: 'China Structural Reform Fund', kind: 'investor', aliases: ['国调基金', '中国国有企业结构调整基金'] },
  { name: 'Xiaomi Industrial Investment', kind: 'investor', aliases: ['小米产投'] },
  { name: 'Anhui Investment Group', kind: 'investor', aliases: ['安徽省投资集团', '安徽投资集团'] },
  // The state chip fund's later phases invest on their own and are named apart.
  { name: 'China Integrated Circuit Industry Investment Fund Phase II', kind: 'investor', aliases: ['国家集成电路产业投资基金二期', '大基金二期', 'Big Fund II'] },
  { name: 'China Integrated Circuit Industry Investment Fund III', kind: 'investor', aliases: ['国家集成电路产业投资基金三期', '大基金三期', 'Big Fund III'] },
  { name: 'Innotron Memory', kind: 'company', aliases: ['睿力集成'] },
  { name: 'Shanghai Pudong Development Bank', kind: 'company', aliases: ['SPDB', '浦发银行', '浦發銀行'] },
  { name: 'Trend Micro', kind: 'company', aliases: ['トレンドマイクロ', '趋势科技'] },
  { name: 'Infocom', kind: 'company', aliases: ['インフォコム'] },
  { name: 'Rating and Investment Information', kind: 'company', aliases: ['R&I', '格付投資情報センター'] },
  { name: 'Japan Industrial Partners', kind: 'investor', aliases: ['JIP', '日本産業パートナーズ'], ambiguous: ['JIP'] },
  { name: 'Micron Memory Japan', kind: 'company', aliases: ['マイクロンメモリジャパン'] },
  { name: 'Elpida Memory', kind: 'company', aliases: ['Elpida', 'エルピーダメモリ', 'エルピーダ'] },
  { name: 'Datasection', kind: 'company', aliases: ['データセクション'] },
  { name: 'Sakai Display Products', kind: 'company', aliases: ['SDP', '堺ディスプレイプロダクト'], ambiguous: ['SDP'] },
  { name: 'Chugoku Shimbun', kind: 'media', aliases: ['中国新聞'] },
  { name: 'Calpine', kind: 'company', aliases: ['كالباين'] },
  { name: 'LS Power', kind: 'company', aliases: [] },
  { name: 'Adani Enterprises', kind: 'company', aliases: [] },
  { name: 'Ascenty', kind: 'company', aliases: [] },
  { name: 'Al Moammar Information Systems', kind: 'company', aliases: ['المعمر لأنظمة المعلومات'] },
  { name: 'Doha Bank', kind: 'investor', aliases: ['بنك الدوحة'] },
  { name: 'Masraf Al Rayan', kind: 'investor', aliases: ['مصرف الريان'] },
  { name: 'Broadband Breakfast', kind: 'media', aliases: [] },
];
