import type { OrgEntry } from './types.ts';

/**
 * Regional papers and mid-size firms that funding stories from East Africa,
 * Uruguay, Saxony, north-east Japan and central China name beside their
 * start-ups: local dailies quoted as sources, consumer-goods makers that back
 * robotics, market researchers, legal-tech and container-trading platforms,
 * and Belgium's life-science investors and drugmakers.
 */
export const NAMES_CHUNK_LOCAL_PRESS: OrgEntry[] = [
  { name: 'Leipziger Volkszeitung', kind: 'media', aliases: [] },
  { name: 'El Observador', kind: 'media', aliases: [] },
  { name: 'Kahoku Shimpo', kind: 'media', aliases: ['河北新報'] },
  { name: 'Changjiang Daily', kind: 'media', aliases: ['长江日报', '長江日報'] },
  { name: 'Iris Ohyama', kind: 'company', aliases: ['アイリスオーヤマ'] },
  { name: 'Euroconsult', kind: 'company', aliases: [] },
  { name: 'Zegal', kind: 'company', aliases: [] },
  { name: 'Container xChange', kind: 'company', aliases: [] },
  { name: 'Prex', kind: 'company', aliases: [] },
  { name: 'Fund+', kind: 'investor', aliases: [] },
  { name: 'Hyloris Pharmaceuticals', kind: 'company', aliases: ['Hyloris'] },
];
