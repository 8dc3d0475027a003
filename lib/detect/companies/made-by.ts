/**
 * Names that carry their maker's or their paper's words: a product named for
 * the firm that makes it (or a plant for its place), and a paper whose name opens with "The". They ride
 * with the given names' chunk (entrypoints/given.ts), which pages in Latin
 * script about money load, so the content script does without them.
 */
import type { CueName } from './cue-name.ts';

/**
 * A product named for its maker ("Mistral Compute", "Amazon Bedrock", "Orange Money", "Apple Pay"), or a power plant
 * named for its place ("its Susquehanna nuclear station"): the product or the plant, not the firm.
 */
const NAMED_FOR = /^ (?:(?:Compute|Bedrock|Money|Pay|Wallet)\b(?![-\s]*(?:Inc|Ltd|Group|GmbH|SAS|Holdings?)\b)|(?:nuclear|power|gas|coal|hydro(?:electric)?) (?:station|plant|site)\b)/;

/** Is the name ending at `end` the first word of a product named for its maker, or of a plant named for its place? */
export const madeProduct = (text: string, end: number): boolean => NAMED_FOR.test(text.slice(end, end + 24));

/**
 * A paper the gazetteer does not know, after a capital "The" ("reported by The New Times"): the article is its
 * name's, as the press names such papers. Moves the name's start and canonical to take it in. A German paper's
 * adjective goes back to the nominative the paper is named in.
 */
export function paperArticle(text: string, c: CueName): void {
  // A German paper is named in the nominative: "der Badischen Zeitung" is the Badische Zeitung.
  c.canonical = c.canonical.replace(/^(\p{Lu}\p{Ll}+isch)en (?=Zeitung|Post)/u, '$1e ');
  if (text.slice(c.start - 4, c.start) !== 'The ' || /^The /.test(c.canonical) || !/^[A-Z]/.test(c.canonical)) return;
  c.start -= 4;
  c.canonical = `The ${c.canonical}`;
}
