import type { OrgEntry } from './types.ts';

/**
 * A fourth batch: lenders, corporate venture arms, retailers and insurers
 * that Spanish, French, German, Taiwanese and Japanese business news names
 * beside AI and data-centre deals. Those named in Latin letters only ride in
 * the names chunk (names-chunk.ts); the rest, with Chinese and Japanese names
 * and a Spanish-only one, stay in the content script's index.
 */
export const MORE_ORGS_4: OrgEntry[] = [
  { name: 'CFE', kind: 'company', aliases: ['Comisión Federal de Electricidad', 'Comision Federal de Electricidad'], ambiguous: ['CFE'] },
  { name: 'Yuanta Securities', kind: 'investor', aliases: ['元大證券', '元大证券'] },
  { name: 'Taipower', kind: 'company', aliases: ['台電', '台电', '台灣電力', '台湾电力'] },
  { name: 'Taiwan Cooperative Bank', kind: 'investor', aliases: ['合作金庫', '合作金库'] },
  { name: 'Sompo Japan', kind: 'company', aliases: ['損害保険ジャパン', '損保ジャパン'] },
  { name: 'Resona Holdings', kind: 'investor', aliases: ['りそなホールディングス'] },
  { name: 'Fuji Soft', kind: 'company', aliases: ['富士ソフト'] },
  { name: 'Shoko Chukin Bank', kind: 'investor', aliases: ['商工組合中央金庫', '商工中金'] },
  { name: 'Mega International Commercial Bank', kind: 'investor', aliases: ['Mega Bank', '兆豐銀行', '兆丰银行', '兆豐國際商業銀行', '兆丰国际商业银行'] },
  { name: 'KGI Securities', kind: 'investor', aliases: ['凱基證券', '凯基证券'] },
  { name: 'National Development Fund', kind: 'investor', aliases: ['國發基金', '国发基金', '國家發展基金'] },
  { name: 'Taiwan Mobile', kind: 'company', aliases: ['台灣大哥大', '台湾大哥大'] },
  { name: 'CDIB Capital', kind: 'investor', aliases: ['中華開發資本', '中华开发资本'] },
  { name: 'Asia Vital Components', kind: 'company', aliases: ['奇鋐', '奇鋐科技'] },
  { name: 'Auras Technology', kind: 'company', aliases: ['雙鴻', '双鸿', '雙鴻科技'] },
  { name: 'Hokkaido Electric Power', kind: 'company', aliases: ['北海道電力'] },
  { name: 'Shanghai International Group', kind: 'investor', aliases: ['上海国际集团', '上海國際集團'] },
  { name: 'Lenovo Capital', kind: 'investor', aliases: ['联想创投', '聯想創投'] },
  { name: 'Fubon Financial Holding', kind: 'investor', aliases: ['Fubon Financial', '富邦金控', '富邦金'] },
  { name: 'Wayra', kind: 'investor', aliases: [] },
  { name: 'Schwarz Digits', kind: 'company', aliases: [] },
  { name: 'Telmex', kind: 'company', aliases: [] },
  { name: 'Inditex', kind: 'company', aliases: [] },
  { name: 'Criteo', kind: 'company', aliases: [] },
  { name: 'Helaba', kind: 'investor', aliases: ['Landesbank Hessen-Thüringen'] },
  { name: 'Siparex', kind: 'investor', aliases: [] },
  { name: 'Idinvest Partners', kind: 'investor', aliases: ['Idinvest'] },
  { name: 'Investissement Québec', kind: 'investor', aliases: ['Investissement Quebec'] },
  { name: 'IDB Invest', kind: 'investor', aliases: ['BID Invest'] },
  { name: 'ANRI', kind: 'investor', aliases: [] },
  { name: 'Konfío', kind: 'company', aliases: ['Konfio'] },
  { name: 'HCA Healthcare', kind: 'company', aliases: [] },
  { name: 'Quirónsalud', kind: 'company', aliases: ['Quironsalud'] },
];
