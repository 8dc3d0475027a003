/**
 * Names listed beside a known one: "Bancolombia y Davivienda", "Tata and
 * PSMC", "Old Mutual and Karoo Life". A list joins things of one kind, so a
 * run of capitalized words that "and", "y", "et", "und" or a list's comma
 * joins to a company is read as a company too, unless it may be a person's
 * name or a place. Latin script only: Arabic has no capitals to show where
 * such a name ends.
 */
import type { CompanyKind } from '../types.ts';
import { lowerSet, lowerString } from './chars.ts';
import { fromLists, NAME_SUFFIXES, NOT_NAME_WORDS } from './cue-lexicon.ts';
import { AT_PLACE, FIELD } from './cue-before.ts';
import { describing, germanNounAlone, germanTradeAlone, make, peopleLike, type CueName } from './cue-name.ts';
import { DEMONYM, namesNoCompany, placesOwn } from './not-names.ts';
import { takenOr, type Taken } from './taken.ts';
import { glued, tokens, type Tok } from './tokens.ts';
import { allDigits, capital, namePart } from './word-shapes.ts';

export interface Known {
  start: number;
  end: number;
  kind: CompanyKind;
}

const NOT_NAME = fromLists(() => lowerSet(NOT_NAME_WORDS));
const SUFFIX = lowerSet(NAME_SUFFIXES);
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
  // "Japan's JERA and Mitsui & Co.": a place's possessive says where, not who.
  while (i <= j && (NOT_NAME().has(lowerString(toks[i]!.w)) || (i < j && placesOwn(toks[i]!.w)))) i++;
  while (j >= i && (toks[j]!.w === '&' || NOT_NAME().has(lowerString(toks[j]!.w)))) j--;
  // A lone number, suffix ("Royal Institute of Technology and ...") or nationality ("Indonesian operators") names no one.
  // A number, a suffix, a nationality or the field alone ("herramientas de IA, y Banco Macro") names no one.
  const lone = i === j && (allDigits(toks[i]!.w) || SUFFIX.has(lowerString(toks[i]!.w)) || DEMONYM.test(toks[i]!.w) || FIELD.test(toks[i]!.w));
  // "In Australia, AustralianSuper, ...": a word after "in" is a place, as after "dans le" ("dans le Var, et Iliad");
  // and one after "do" or "de" ends a longer name ("Rio Grande do Sul, y Aligned").
  const w = (k: number) => lowerString(toks[k]?.w ?? '');
  const atPlace = AT_PLACE.has(w(i - 1)) || (/^(?:le|la|el|der|die|das)$/.test(w(i - 1)) && AT_PLACE.has(w(i - 2))) ||
    (/^d[aeiou]s?$|^del$/.test(w(i - 1)) && capital(toks[i - 2]?.w ?? ''));
  // "in ihrem Assistenten, und xAI": after a German possessive or indefinite article, a capital starts a noun.
  const noun = i === j && /^(?:ihr|sein|unser|ein)e[mnrs]$/.test(w(i - 1));
  if (i > j || lone || atPlace || noun || peopleLike(toks, i, j)) return undefined;
  return [i, j];
}

/** "and" in the news's Latin-script languages. Not with an article after it: German capitalizes its nouns ("und der Mittelstand"). */
const JOINERS = new Set(['and', 'y', 'e', 'et', 'und', '&']);

interface Join {
  /** Where the join ends, away from the name it starts at. */
  to: number;
  /** It holds "and", not a comma alone. */
  and: boolean;
}

/** The list join from `at` on (after a name) or back from `at` (before one): a comma, "and", or both, with blanks. */
function joinAt(text: string, at: number, after: boolean): Join | undefined {
  const step = after ? 1 : -1;
  let p = after ? at : at - 1;
  const blanks = () => {
    const from = p;
    while (text.charCodeAt(p) === 0x20) p += step;
    return p !== from;
  };
  let spaced = blanks();
  const comma = text.charCodeAt(p) === 0x2c;
  // After a name the comma comes first ("A, and B"); before one, "and" is nearer ("A, and B" read back).
  if (comma && after) {
    p += step;
    spaced = blanks();
    if (!spaced) return undefined;
  }
  let and = false;
  if (spaced || comma) {
    // The word there, at most four units: "and" is the longest joiner.
    let q = p;
    while (Math.abs(q - p) < 4 && q >= 0 && q < text.length && text.charCodeAt(q) !== 0x20) q += step;
    const word = after ? text.slice(p, q) : text.slice(q + 1, p + 1);
    if (text.charCodeAt(q) === 0x20 && JOINERS.has(word)) {
      and = true;
      p = q;
      if (!blanks()) return undefined;
    }
  }
  if (!after && text.charCodeAt(p) === 0x2c) {
    p += step;
    return { to: p + 1, and };
  }
  if (!comma && !and) return undefined;
  return { to: after ? p : p + 1, and };
}

/** One item beside `k`, after or before it, that no name already covers. */
function beside(text: string, k: Known, after: boolean, taken: (s: number, e: number) => boolean): CueName | undefined {
  const join = joinAt(text, after ? k.end : k.start, after);
  if (!join) return undefined;
  let name: CueName | undefined;
  if (after) {
    const toks = tokens(text, join.to, Math.min(text.length, join.to + 96));
    const span = run(text, toks, 0, false);
    if (!span || toks[0]!.s !== join.to) return undefined;
    name = make(text, toks, span[0], span[1], k.kind);
    // A comma alone joins a list only if the list goes on after the item: "A, B and C", not "Nvidia, Huang said".
    if (!join.and && !joinAt(text, name.end, true)) return undefined;
  } else {
    const from = Math.max(0, join.to - 96);
    const toks = tokens(text, from, join.to);
    const last = toks.length - 1;
    if (last < 0 || toks[last]!.e !== join.to) return undefined;
    const span = run(text, toks, last, true);
    // "In Thailand, Siam AI Corp has ...": before a known name, a comma alone joins a list only if it goes on after it.
    if (!span || (!join.and && !joinAt(text, k.end, true))) return undefined;
    name = make(text, toks, span[0], span[1], k.kind);
  }
  return taken(name.start, name.end) || namesNoCompany(name) ? undefined : name;
}

/** Items listed beside the `known` names (sorted by start), each read as a name of its neighbour's kind. */
export function listedBeside(text: string, known: readonly Known[], taken: Taken): CueName[] {
  const found: CueName[] = [];
  const free = takenOr(taken, found);
  // Each item found is a known name for the next step: "A, B and C" with only A known finds B, then C.
  const queue = [...known];
  for (let q = 0; q < queue.length && found.length < 64; q++) {
    for (const after of [true, false]) {
      const n = beside(text, queue[q]!, after, free);
      // A word that describes the next name is not one ("Applied Materials, and Boston-based growth investor Halcrest").
      // Nor is a German trade alone ("Wohnungskonzerne wie Vonovia, Krankenhausbetreiber und …"), a kind of firm.
      const word = n ? text.slice(n.start, n.end) : '';
      if (n && !germanNounAlone(word) && !describing(word) && !germanTradeAlone(word)) {
        found.push(n);
        queue.push(n);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
