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
];
