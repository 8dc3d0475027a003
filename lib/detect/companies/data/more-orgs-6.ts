import type { OrgEntry } from './types.ts';

/**
 * A sixth batch: Gulf and African fintech backers, Chinese chip and car
 * software firms, Korean investors and European data-centre operators that
 * funding stories name beside the big rounds.
 */
export const MORE_ORGS_6: OrgEntry[] = [
  { name: 'Blue Pool Capital', kind: 'investor', aliases: ['بلو بول كابيتال'] },
  { name: 'SNB Capital', kind: 'investor', aliases: ['الأهلي المالية', 'إس إن بي كابيتال'] },
  { name: 'KB Investment', kind: 'investor', aliases: [] },
  { name: 'Shinhan Venture Investment', kind: 'investor', aliases: [] },
  { name: 'Energy Capital Partners', kind: 'investor', aliases: ['ECP', 'إنرجي كابيتال بارتنرز'], ambiguous: ['ECP'] },
  { name: 'Lingotto Investment Management', kind: 'investor', aliases: ['Lingotto'] },
  { name: 'Chipper Cash', kind: 'company', aliases: [] },
  { name: 'Raxio', kind: 'company', aliases: ['Raxio Group'] },
  { name: 'OpCore', kind: 'company', aliases: [] },
  { name: 'Tractian', kind: 'company', aliases: [] },
  { name: 'Sapeon', kind: 'company', aliases: [] },
  { name: 'Adidas', kind: 'company', aliases: ['أديداس'] },
  { name: 'Recurrent AI', kind: 'company', aliases: ['循环智能'] },
  { name: 'Black Sesame Technologies', kind: 'company', aliases: ['黑芝麻智能'] },
  { name: 'Cariad', kind: 'company', aliases: [] },
  { name: 'Carizon', kind: 'company', aliases: ['酷睿程'] },
  { name: 'Guotai Junan', kind: 'company', aliases: ['国泰君安'] },
  { name: 'ITjuzi', kind: 'media', aliases: ['IT桔子'] },
  { name: 'Finnfund', kind: 'investor', aliases: [] },
  { name: 'Norfund', kind: 'investor', aliases: [] },
  { name: 'Sequoia Heritage', kind: 'investor', aliases: [] },
  { name: 'Kawasaki Heavy Industries', kind: 'company', aliases: ['川崎重工'] },
  { name: 'Morgan Stanley MUFG Securities', kind: 'company', aliases: ['モルガン・スタンレーMUFG証券'] },
  { name: 'Wilobank', kind: 'company', aliases: [] },
  { name: 'dpa-AFX', kind: 'media', aliases: [] },
  { name: 'TF1', kind: 'media', aliases: [] },
  { name: 'Swancor Advanced Materials', kind: 'company', aliases: ['上纬新材'] },
  { name: 'Apis Partners', kind: 'investor', aliases: ['أبيس بارتنرز'] },
  { name: 'Informatica', kind: 'company', aliases: [] },
  { name: 'Sogou', kind: 'company', aliases: ['搜狗'] },
  { name: 'Kweichow Moutai', kind: 'company', aliases: ['贵州茅台', '貴州茅台'] },
  { name: 'GAC Group', kind: 'company', aliases: ['广汽', '廣汽'] },
  { name: 'Sanhua Intelligent Controls', kind: 'company', aliases: ['三花智控'] },
  { name: 'Tuopu Group', kind: 'company', aliases: ['拓普'] },
  { name: 'Dealogic', kind: 'company', aliases: [] },
  { name: 'Glovo', kind: 'company', aliases: [] },
  { name: 'Navan', kind: 'company', aliases: ['TripActions'] },
  { name: 'Wachtell, Lipton, Rosen & Katz', kind: 'company', aliases: ['Wachtell Lipton'] },
];
