import type { OrgEntry } from './types.ts';

/**
 * Groups that business news names daily but rarely outside a deal, results
 * or a buyer's price: consumer, retail and industrial groups, German-speaking
 * ones, and Indian and Central Asian internet companies. They came here from the
 * content script in the thirty-fourth session, to make room in it for code.
 */
export const NAMES_CHUNK_GROUPS: OrgEntry[] = [
  // Consumer, retail, industrial and infrastructure groups.
  { name: 'Nestlé', kind: 'company', aliases: ['Nestle', 'نستله', 'نستلة'] },
  { name: 'Unilever', kind: 'company', aliases: [] },
  { name: "L'Oréal", kind: 'company', aliases: ["L'Oreal"] },
  { name: 'Carrefour', kind: 'company', aliases: ['كارفور'], ambiguous: ['Carrefour'] },
  { name: 'Boeing', kind: 'company', aliases: ['بوينغ', 'بوينج', '波音', 'ボーイング'] },
  { name: 'Vinci', kind: 'company', aliases: [], ambiguous: ['Vinci'] },
  { name: 'Bouygues', kind: 'company', aliases: [] },
  { name: 'Legrand', kind: 'company', aliases: [], ambiguous: ['Legrand'] },
  { name: 'Toshiba', kind: 'company', aliases: ['東芝', '东芝'] },
  { name: 'Kyocera', kind: 'company', aliases: ['京セラ'] },
  { name: 'Murata', kind: 'company', aliases: ['Murata Manufacturing', '村田製作所'], ambiguous: ['Murata'] },
  { name: 'Canon', kind: 'company', aliases: ['キヤノン', '佳能'], ambiguous: ['Canon', '佳能'] },
  { name: 'Hydro-Québec', kind: 'company', aliases: ['Hydro-Quebec'] },
  { name: 'Telstra', kind: 'company', aliases: [] },
  // German-speaking groups that German business news names daily.
  { name: 'Deutsche Bahn', kind: 'company', aliases: ['Deutschen Bahn'] },
  { name: 'Porsche', kind: 'company', aliases: [] },
  { name: 'Continental', kind: 'company', aliases: [], ambiguous: ['Continental'] },
  { name: 'Schaeffler', kind: 'company', aliases: [] },
  { name: 'Trumpf', kind: 'company', aliases: [] },
  { name: 'Lidl', kind: 'company', aliases: [] },
  { name: 'Würth', kind: 'company', aliases: [] },
  { name: 'LBBW', kind: 'company', aliases: ['Landesbank Baden-Württemberg'] },
  { name: 'Berenberg', kind: 'company', aliases: [] },
  { name: 'Roland Berger', kind: 'company', aliases: [] },
  // Indian, Southeast Asian and Central Asian internet companies.
  { name: 'Paytm', kind: 'company', aliases: [] },
  { name: 'Zomato', kind: 'company', aliases: ['Eternal'], ambiguous: ['Eternal'] },
  { name: 'Swiggy', kind: 'company', aliases: [] },
  { name: 'Razorpay', kind: 'company', aliases: [] },
  { name: 'Zepto', kind: 'company', aliases: [] },
  { name: 'GoTo', kind: 'company', aliases: [], ambiguous: ['GoTo'] },
  { name: 'Kaspi.kz', kind: 'company', aliases: ['Kaspi'] },
  { name: 'Adyen', kind: 'company', aliases: [] },
];
