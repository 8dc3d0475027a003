import type { OrgEntry } from './types.ts';

/**
 * Real organizations that stories read by the thirty-fourth session named and
 * the gazetteer lacked: a platform the press writes of as a company ("TikTok
 * said"), units and funds whose parent's name is only part of theirs (HSBC
 * Innovation Banking, not HSBC), and firms in data centres, chips, robotics
 * and finance. Facebook and YouTube stay out: the labels name them as
 * companies in some stories and as products in as many others.
 */
export const NAMES_CHUNK_PLATFORMS: OrgEntry[] = [
  { name: 'TikTok', kind: 'company', aliases: ['تيك توك', 'ティックトック'] },
  { name: 'Microsoft Research Asia', kind: 'company', aliases: ['微软亚洲研究院', 'MSRA'] },
  { name: 'HSBC Innovation Banking', kind: 'investor', aliases: [] },
  { name: 'Pershing Square Foundation', kind: 'investor', aliases: [] },
  { name: 'Briter Bridges', kind: 'company', aliases: [] },
  { name: 'Arkon Energy', kind: 'company', aliases: [] },
  { name: '20VC', kind: 'investor', aliases: ['20VC Fund'] },
  { name: 'Asia Economy', kind: 'media', aliases: ['아시아경제'], ambiguous: ['Asia Economy'] },
  { name: 'Echelon Data Centres', kind: 'company', aliases: [] },
  { name: 'Bank of Taiwan', kind: 'company', aliases: ['臺灣銀行', '台湾银行', '台灣銀行'] },
  { name: 'Geely Capital', kind: 'investor', aliases: ['吉利资本'] },
  { name: 'Forgepoint Capital', kind: 'investor', aliases: [] },
  { name: 'Vsora', kind: 'company', aliases: [] },
  { name: 'Lakera', kind: 'company', aliases: [] },
  { name: 'ZT Systems', kind: 'company', aliases: [] },
  { name: 'Dotmatics', kind: 'company', aliases: [] },
  { name: 'LexisNexis', kind: 'company', aliases: ['ليكسيس نيكسيس'] },
  { name: 'Volvo Cars Tech Fund', kind: 'investor', aliases: [] },
  { name: 'Desjardins Capital', kind: 'investor', aliases: [] },
  { name: 'Columbus Venture Partners', kind: 'investor', aliases: [] },
  { name: 'KIO Networks', kind: 'company', aliases: [] },
  { name: 'Huatai International', kind: 'investor', aliases: ['华泰国际'] },
  { name: 'Preligens', kind: 'company', aliases: [] },
  { name: 'Nomagic', kind: 'company', aliases: [] },
  { name: 'Sereact', kind: 'company', aliases: [] },
  { name: 'Pollen Robotics', kind: 'company', aliases: [] },
  { name: 'Harmattan AI', kind: 'company', aliases: [] },
  { name: 'DC Byte', kind: 'company', aliases: [] },
  { name: 'Rand Merchant Bank', kind: 'company', aliases: [] },
  { name: 'Verod Capital', kind: 'investor', aliases: [] },
  { name: 'BlueCrest Capital Management', kind: 'investor', aliases: ['BlueCrest'] },
  { name: 'Sandton Capital', kind: 'investor', aliases: [] },
  { name: 'Polarise', kind: 'company', aliases: [] },
  { name: 'Mainova', kind: 'company', aliases: [] },
  { name: 'WNS', kind: 'company', aliases: ['WNS Global Services'] },
  { name: 'Wit.ai', kind: 'company', aliases: [] },
  // Energy storage and its analysts.
  { name: 'Fluence', kind: 'company', aliases: ['Fluence Energy'] },
  { name: 'Modo Energy', kind: 'company', aliases: [] },
  { name: 'Habitat Energy', kind: 'company', aliases: [] },
  { name: 'BloombergNEF', kind: 'company', aliases: ['BNEF'] },
  // French mutual insurers, Spanish and European food and venture names.
  { name: 'Groupe VYV', kind: 'company', aliases: ['VYV'] },
  { name: 'Harmonie Mutuelle', kind: 'company', aliases: [] },
  { name: 'MGEN', kind: 'company', aliases: [] },
  { name: 'Kfund', kind: 'investor', aliases: [] },
  { name: 'Too Good To Go', kind: 'company', aliases: [] },
  // Satellites, logistics and publishers.
  { name: 'Maxar', kind: 'company', aliases: ['Maxar Technologies', 'ماكسار', 'マクサー'] },
  { name: 'NEO Space Group', kind: 'company', aliases: ['نيو سبيس'] },
  { name: 'DHL Supply Chain', kind: 'company', aliases: [] },
  { name: 'Hachette Éducation', kind: 'company', aliases: ['Hachette Education'] },
  { name: 'Editis', kind: 'company', aliases: [] },
  { name: 'CMI France', kind: 'company', aliases: [] },
  { name: 'Cornelsen', kind: 'company', aliases: ['Cornelsen Verlag'] },
  { name: 'Ernst Klett', kind: 'company', aliases: ['Klett', 'Ernst Klett Verlag'] },
  { name: 'PIESAT', kind: 'company', aliases: ['航天宏图'] },
  { name: 'CCID Consulting', kind: 'company', aliases: ['赛迪顾问'] },
];
