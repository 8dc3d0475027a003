/**
 * Names listed beside a known one: "Bancolombia y Davivienda", "Tata and
 * PSMC", "Old Mutual and Karoo Life". A list joins things of one kind, so a
 * run of capitalized words that "and", "y", "et", "und" or a list's comma
 * joins to a company is read as a company too, unless it may be a person's
 * name or a place. Latin script only: Arabic has no capitals to show where
 * such a name ends.
 */
import type { CompanyKind } from '../types.ts';
import { lowerString } from './chars.ts';
import { NAME_SUFFIXES, NOT_NAME_WORDS, PLACE_PREPOSITIONS } from './cue-lexicon.ts';
import { DEMONYM, make, peopleLike, placeOnly, type CueName } from './cues.ts';
import { glued, tokens, type Tok } from './tokens.ts';
import { allDigits, namePart } from './word-shapes.ts';

export interface Known {
  start: number;
  end: number;
  kind: CompanyKind;
}

const NOT_NAME = new Set(NOT_NAME_WORDS.map(lowerString));
const SUFFIX = new Set(NAME_SUFFIXES.map(lowerString));
const AT_PLACE = new Set(PLACE_PREPOSITIONS);
/**
 * "and" in the news's Latin-script languages. Not with an article after it:
 * German capitalizes its nouns ("Siemens, Trumpf und der Mittelstand").
 */
const AND = String.raw`(?:and|y|e|et|und|&)\s+`;
/** What joins a known name to the next item: a comma, "and", or both. */
const JOIN_AFTER = new RegExp(String.raw`^(?:\s*,\s+(?:${AND})?|\s+${AND})`);
/** What joins an item to the known name after it. */
const JOIN_BEFORE = new RegExp(String.raw`(?:\s*,\s+(?:${AND})?|\s+${AND})$`);
/** After an item the comma joined, the list must go on: "A, B and C", not "Nvidia, Huang said". */
const LIST_GOES_ON = new RegExp(String.raw`^(?:\s*,|\s+${AND})`);
/** At most this many words in a listed name. */
const MAX_WORDS = 4;

/** The name-like run of tokens from `toks[from]` on (or back from `toks[from]`, when `back`). */
function run(text: string, toks: Tok[], from: number, back: boolean): [number, number] | undefined {
  const step = back ? -1 : 1;
  let k = from;
  if (!toks[k] || !namePart(toks[k]!.w)) return undefined;
  while (Math.abs(k - from) + 1 < MAX_WORDS) {
    const next = toks[k + step];
    if (!next || !namePart(next.w) || !glued(text, back ? next : toks[k]!, back ? toks[k]! : next)) break;
    k += step;
  }
  let [i, j] = back ? [k, from] : [from, k];
  while (i <= j && NOT_NAME.has(lowerString(toks[i]!.w))) i++;
  while (j >= i && (toks[j]!.w === '&' || NOT_NAME.has(lowerString(toks[j]!.w)))) j--;
  // A lone number, suffix ("Royal Institute of Technology and ...") or nationality ("Indonesian operators") names no one.
  const lone = i === j && (allDigits(toks[i]!.w) || SUFFIX.has(lowerString(toks[i]!.w)) || DEMONYM.test(toks[i]!.w));
  // "In Australia, AustralianSuper, ...": a word after "in" is a place.
  const atPlace = i > 0 && AT_PLACE.has(lowerString(toks[i - 1]!.w));
  if (i > j || lone || atPlace || peopleLike(toks, i, j)) return undefined;
  return [i, j];
}

/** One item beside `k`, after or before it, that no name already covers. */
/** "and" as the short words that may join a list: checked by hand before any regex runs. */
const JOINERS = new Set(['and', 'y', 'e', 'et', 'und', '&']);

/** Could a list join go on from `at` (after a name) or end at `at` (before one)? A comma, or blanks and "and". */
function mayJoin(text: string, at: number, after: boolean): boolean {
  const step = after ? 1 : -1;
  let p = after ? at : at - 1;
  while (text.charCodeAt(p) === 0x20) p += step;
  if (text.charCodeAt(p) === 0x2c) return true;
  if (p === (after ? at : at - 1)) return false;
  // The word there, read at most four units on: "and" is the longest joiner.
  let q = p;
  while (Math.abs(q - p) < 4 && q >= 0 && q < text.length && text.charCodeAt(q) !== 0x20) q += step;
  return JOINERS.has(after ? text.slice(p, q) : text.slice(q + 1, p + 1));
}

function beside(text: string, k: Known, after: boolean, taken: (s: number, e: number) => boolean): CueName | undefined {
  if (!mayJoin(text, after ? k.end : k.start, after)) return undefined;
  if (after) {
    const join = JOIN_AFTER.exec(text.slice(k.end, k.end + 24));
    if (!join) return undefined;
    const at = k.end + join[0].length;
    const toks = tokens(text, at, Math.min(text.length, at + 96));
    const span = run(text, toks, 0, false);
    if (!span || toks[0]!.s !== at) return undefined;
    const name = make(text, toks, span[0], span[1], k.kind);
    // A comma alone joins a list only if the list goes on after the item.
    const commaOnly = !/\s(?:and|y|e|et|und|&)\s/.test(join[0] + ' ');
    if (commaOnly && !LIST_GOES_ON.test(text.slice(name.end, name.end + 24))) return undefined;
    return taken(name.start, name.end) || placeOnly(name) ? undefined : name;
  }
  const from = Math.max(0, k.start - 96);
  const join = JOIN_BEFORE.exec(text.slice(from, k.start));
  if (!join) return undefined;
  const toks = tokens(text, from, from + join.index);
  const last = toks.length - 1;
  if (last < 0 || toks[last]!.e !== from + join.index) return undefined;
  const span = run(text, toks, last, true);
  // "In Thailand, Siam AI Corp has ...": before a known name, a comma alone joins a list only if it goes on after that name.
  if (!span || (!/\s(?:and|y|e|et|und|&)\s/.test(join[0] + ' ') && !LIST_GOES_ON.test(text.slice(k.end, k.end + 24)))) return undefined;
  const name = make(text, toks, span[0], span[1], k.kind);
  return taken(name.start, name.end) || placeOnly(name) ? undefined : name;
}

/** Items listed beside the `known` names (sorted by start), each read as a name of its neighbour's kind. */
export function listedBeside(text: string, known: readonly Known[], taken: (s: number, e: number) => boolean): CueName[] {
  const found: CueName[] = [];
  const free = (s: number, e: number) => taken(s, e) || found.some((n) => n.start < e && s < n.end);
  // Each item found is a known name for the next step: "A, B and C" with only A known finds B, then C.
  const queue = [...known];
  for (let q = 0; q < queue.length && found.length < 64; q++) {
    for (const after of [true, false]) {
      const n = beside(text, queue[q]!, after, free);
      if (n) {
        found.push(n);
        queue.push(n);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
