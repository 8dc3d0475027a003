import type { OrgEntry } from './types.ts';

/**
 * Regional papers and mid-size firms that funding stories from East Africa,
 * Uruguay, Saxony, north-east Japan and central China name beside their
 * start-ups: local dailies quoted as sources, consumer-goods makers that back
 * robotics, market researchers, legal-tech and container-trading platforms,
 * Belgium's life-science investors and drugmakers; and the rivals, angel
 * networks and insurers that rounds in Canada, Australia, France, Chengdu and
 * Tokyo name: HR software, 3D-model generators, a battery maker, a life insurer;
 * France's sail-cargo lines and shipyard, and the tech press of Ireland;
 * Nigeria's industrial lender, Basque and Alsatian funds, Cologne's insurers,
 * the card and wallet arms of Rakuten and Mercari, and machine-vision makers;
 * Waterloo's phone maker and Vancouver's quantum firm, Provence's regional fund,
 * Medellín's daily and a Fukuoka game studio.
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
  { name: 'Agratas', kind: 'company', aliases: [] },
  { name: 'Resolution Life', kind: 'company', aliases: ['レゾリューション・ライフ'] },
  { name: 'HRBrain', kind: 'company', aliases: [] },
  { name: 'Pathzero', kind: 'company', aliases: [] },
  { name: 'Keiretsu Forum', kind: 'investor', aliases: [] },
  { name: 'Sofimac Innovation', kind: 'investor', aliases: [] },
  { name: 'Meshy', kind: 'company', aliases: [] },
  { name: 'Deemos', kind: 'company', aliases: ['影眸科技'] },
  { name: 'Angels Capital', kind: 'investor', aliases: [] },
  { name: "Chantiers de l'Atlantique", kind: 'company', aliases: [] },
  { name: 'Neoline', kind: 'company', aliases: [] },
  { name: 'TOWT', kind: 'company', aliases: [] },
  { name: 'Le Marin', kind: 'media', aliases: [], ambiguous: ['Le Marin'] },
  { name: 'Silicon Republic', kind: 'media', aliases: [] },
  { name: 'PrimaryBid', kind: 'company', aliases: [] },
  { name: 'Bank of Industry', kind: 'investor', aliases: [] },
  { name: 'PayGo Energy', kind: 'company', aliases: [] },
  { name: 'Predictice', kind: 'company', aliases: [] },
  { name: 'Crédit Mutuel Innovation', kind: 'investor', aliases: ['Credit Mutuel Innovation'] },
  { name: 'Seed Capital Bizkaia', kind: 'investor', aliases: [] },
  { name: 'Diario de Sevilla', kind: 'media', aliases: [] },
  { name: 'Gothaer', kind: 'company', aliases: [], ambiguous: ['Gothaer'] },
  { name: 'DEVK', kind: 'company', aliases: [] },
  { name: 'Rakuten Card', kind: 'company', aliases: ['楽天カード'] },
  { name: 'Merpay', kind: 'company', aliases: ['メルペイ'] },
  { name: 'Woven by Toyota', kind: 'company', aliases: ['ウーブン・バイ・トヨタ', 'Woven Planet'] },
  { name: 'Cognex', kind: 'company', aliases: ['康耐视', 'コグネックス'] },
  { name: 'OPT Machine Vision', kind: 'company', aliases: ['奥普特'] },
  { name: 'Nanjing Daily', kind: 'media', aliases: ['南京日报'] },
  { name: 'BlackBerry', kind: 'company', aliases: ['بلاك بيري', 'ブラックベリー', '黑莓公司'] },
  { name: '1QBit', kind: 'company', aliases: [] },
  { name: 'Région Sud Investissement', kind: 'investor', aliases: ['Region Sud Investissement'] },
  { name: 'El Colombiano', kind: 'media', aliases: [] },
  { name: 'CyberConnect2', kind: 'company', aliases: ['サイバーコネクトツー'] },
  { name: 'Ant International', kind: 'company', aliases: ['蚂蚁国际', '螞蟻國際'] },
  { name: 'Raycloud', kind: 'company', aliases: ['光云科技', '光雲科技'] },
  { name: 'Wizeline', kind: 'company', aliases: [] },
];
