import type { OrgEntry } from './types.ts';

/**
 * The law firms, brokers and lenders deal stories list as advisers and
 * arrangers, and the oil majors and miners they name as buyers. A story that
 * names them names the deal's price, so the names chunk, which a page loads
 * once its text names a currency, carries them rather than the content
 * script.
 */
export const NAMES_CHUNK_ADVISERS: OrgEntry[] = [
  { name: 'Baker McKenzie', kind: 'company', aliases: [] },
  { name: 'Freshfields', kind: 'company', aliases: ['Freshfields Bruckhaus Deringer'] },
  { name: 'Clifford Chance', kind: 'company', aliases: [] },
  { name: 'Linklaters', kind: 'company', aliases: [] },
  { name: 'A&O Shearman', kind: 'company', aliases: ['Allen & Overy'] },
  { name: 'Latham & Watkins', kind: 'company', aliases: [] },
  { name: 'Kirkland & Ellis', kind: 'company', aliases: [] },
  { name: 'Skadden, Arps, Slate, Meagher & Flom', kind: 'company', aliases: ['Skadden', 'Skadden Arps'] },
  { name: 'Sullivan & Cromwell', kind: 'company', aliases: [] },
  { name: 'Davis Polk', kind: 'company', aliases: ['Davis Polk & Wardwell'] },
  { name: 'Wilson Sonsini', kind: 'company', aliases: [] },
  { name: 'Cooley', kind: 'company', aliases: [], ambiguous: ['Cooley'] },
  { name: 'Gibson Dunn', kind: 'company', aliases: [] },
  { name: 'White & Case', kind: 'company', aliases: [] },
  { name: 'Herbert Smith Freehills', kind: 'company', aliases: ['HSF Kramer'] },
  { name: 'Hengeler Mueller', kind: 'company', aliases: [] },
  { name: 'Gleiss Lutz', kind: 'company', aliases: [] },
  { name: 'Gide Loyrette Nouel', kind: 'company', aliases: [] },
  { name: 'Bredin Prat', kind: 'company', aliases: [] },
  { name: 'Cuatrecasas', kind: 'company', aliases: [] },
  { name: 'Garrigues', kind: 'company', aliases: [], ambiguous: ['Garrigues'] },
  { name: 'Uría Menéndez', kind: 'company', aliases: ['Uria Menendez'] },
  { name: 'Cyril Amarchand Mangaldas', kind: 'company', aliases: [] },
  { name: 'AZB & Partners', kind: 'company', aliases: [] },
  { name: 'King & Wood Mallesons', kind: 'company', aliases: [] },
  { name: 'Nishimura & Asahi', kind: 'company', aliases: ['西村あさひ法律事務所', '西村あさひ'] },
  { name: 'Mori Hamada & Matsumoto', kind: 'company', aliases: [] },
  { name: 'Pinheiro Neto', kind: 'company', aliases: ['Pinheiro Neto Advogados'] },
  { name: 'Osler', kind: 'company', aliases: [], ambiguous: ['Osler'] },
  { name: 'McCarthy Tétrault', kind: 'company', aliases: ['McCarthy Tetrault'] },
  { name: 'Meitar', kind: 'company', aliases: ['Meitar Law Offices'] },
  { name: 'Herzog Fox & Neeman', kind: 'company', aliases: [] },
  { name: 'Al Tamimi & Company', kind: 'company', aliases: ['التميمي ومشاركوه'] },
  // Banks and brokers outside the markets the other files cover.
  { name: 'Rabobank', kind: 'company', aliases: [] },
  { name: 'Westpac', kind: 'company', aliases: [] },
  { name: 'ANZ', kind: 'company', aliases: [], ambiguous: ['ANZ'] },
  { name: 'Commonwealth Bank of Australia', kind: 'company', aliases: ['Commonwealth Bank', 'CBA'], ambiguous: ['CBA'] },
  { name: 'National Bank of Canada', kind: 'company', aliases: ['Banque Nationale du Canada', 'Banque Nationale'] },
  { name: 'Desjardins Group', kind: 'company', aliases: ['Desjardins', 'Mouvement Desjardins', 'Groupe Desjardins'], ambiguous: ['Desjardins'] },
  { name: 'Banorte', kind: 'company', aliases: ['Grupo Financiero Banorte'] },
  { name: 'ICICI Bank', kind: 'company', aliases: ['ICICI'] },
  { name: 'Kotak Mahindra Bank', kind: 'company', aliases: ['Kotak'] },
  { name: 'Axis Bank', kind: 'company', aliases: [] },
  { name: 'Kepler Cheuvreux', kind: 'company', aliases: [] },
  // Oil majors and miners, named as buyers of AI and power deals.
  { name: 'Shell', kind: 'company', aliases: ['شل'], ambiguous: ['Shell', 'شل'] },
  { name: 'ExxonMobil', kind: 'company', aliases: ['Exxon Mobil', 'Exxon', 'إكسون موبيل'] },
  { name: 'Equinor', kind: 'company', aliases: [] },
  { name: 'Eni', kind: 'company', aliases: [], ambiguous: ['Eni'] },
  { name: 'BHP', kind: 'company', aliases: [] },
  { name: 'Rio Tinto', kind: 'company', aliases: [] },
];
