import type { OrgEntry } from './types.ts';

/**
 * An eleventh batch, for the news of AI in travel, hotels, consumer brands and
 * the banks and lawyers of their deals. The Chinese page has room again since
 * its names are folded into simplified forms (compact.ts), but the content
 * script still carries every English name, so only names the news uses
 * often are here. Yara and Rapido are also a given name and a word: they need
 * a cue.
 */
export const MORE_ORGS_11: OrgEntry[] = [
  // Travel and hotels.
  { name: 'Expedia', kind: 'company', aliases: ['Expedia Group', 'إكسبيديا', '亿客行', 'エクスペディア'] },
  { name: 'TUI', kind: 'company', aliases: ['TUI Group'] },
  { name: 'MakeMyTrip', kind: 'company', aliases: ['ميك ماي تريب'] },
  { name: 'H World Group', kind: 'company', aliases: ['Huazhu', 'Huazhu Group', '华住集团', '华住'] },
  { name: 'Atour', kind: 'company', aliases: ['Atour Lifestyle', '亚朵'] },
  { name: 'Jin Jiang International', kind: 'company', aliases: ['Jinjiang Hotels', '锦江酒店', '锦江国际'] },
  // Consumer brands and grocers.
  { name: 'FEMSA', kind: 'company', aliases: [] },
  { name: 'Wallapop', kind: 'company', aliases: [] },
  { name: 'Rapido', kind: 'company', aliases: ['رابيدو'], ambiguous: ['Rapido'] },
  { name: 'Yonghui Superstores', kind: 'company', aliases: ['永辉超市', '永輝超市', '永辉', '永輝'] },
  { name: 'Missfresh', kind: 'company', aliases: ['每日优鲜'] },
  { name: 'Chagee', kind: 'company', aliases: ['霸王茶姬'] },
  { name: 'Ruentex Group', kind: 'company', aliases: ['润泰集团'] },
  // Industry.
  { name: 'Yara', kind: 'company', aliases: ['Yara International'], ambiguous: ['Yara'] },
  { name: 'YOFC', kind: 'company', aliases: ['Yangtze Optical Fibre and Cable', '长飞光纤'] },
  // Banks, investors, lawyers and research.
  { name: 'Merrill Lynch', kind: 'company', aliases: ['ميريل لينش', '美林证券', 'メリルリンチ'] },
  { name: 'DCP Capital', kind: 'investor', aliases: ['德弘资本'] },
  { name: 'Slaughter and May', kind: 'company', aliases: [] },
  { name: 'eMarketer', kind: 'media', aliases: ['Insider Intelligence'] },
];
