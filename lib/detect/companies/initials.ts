/**
 * "Diario Financiero", then "dijeron a DF": a text that named a firm in full
 * may go on by its initials, as the press does with papers, banks and funds
 * ("Lightspeed Venture Partners", then LVP). index.ts looks for them as for a
 * short form: as a word of their own, where no other name stands.
 */
import { lowerSet } from './chars.ts';
import { LEGAL_FORMS } from './cue-lexicon.ts';

/** Words a name's initials pass over: "Banco de Crédito e Inversiones" is BCI. */
const LINKS = new Set('de del der des du di da do of and for the la le las los y e et und für van von & -'.split(' '));
const LEGAL = lowerSet([...LEGAL_FORMS, 'SpA', 'SL', 'SARL', 'KG', 'NV', 'AB', 'ASA', 'Oyj']);
/**
 * Initials that are words of the trade or of the news in their own right ("AI", "US", "CEO") or a legal form's:
 * two of a firm's words may make them, but the text means the common thing.
 */
const COMMON = new Set(('AI IA KI US UK EU UE CEO CFO COO CTO IPO GPU CPU VC PE IT TV AG SA SE NV BV AB AS PLC LLC HK UAE PR HR ' +
  // Market indices and measures ("CAC 40", the DAX).
  'CAC DAX FTSE SMI TSX MSCI GDP PIB BIP ESG API').split(' '));

/** The initials of a name of two to five capitalized words, legal forms left out; none where a word starts small. */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !LINKS.has(w.toLowerCase()));
  while (words.length && LEGAL.has(words[words.length - 1]!.replace(/\.$/, '').toLowerCase())) words.pop();
  if (words.length < 2 || words.length > 5) return undefined;
  let out = '';
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 0x41 || c > 0x5a) return undefined;
    out += w[0];
  }
  return COMMON.has(out) ? undefined : out;
}
