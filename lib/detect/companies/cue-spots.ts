/**
 * Where the cue-based reader needs to look: offsets of cue words, investor-list
 * openers and 公司/集团, each found by one pass over the whole text. Each list
 * may hold more than the token-by-token reading would accept, never less, so
 * a sentence with none of them can be skipped without changing the result.
 */
import { lowerSet, lowerString } from './chars.ts';
import {
  APPOSED_NOUNS, APPOSED_ROLES, ARABIC_NOUNS, fromLists, FOUNDER_TITLES, FUNDING_VERBS, INVESTOR_LIST_OPENERS, MEDIA_SUFFIXES, NAME_SUFFIXES, NOUNS_BEFORE_NAME,
  TARGET_LIST_OPENERS, TRADE_NOUNS,
} from './cue-lexicon.ts';
import { groupedAlternation } from './alternation.ts';
import { READERS } from './readers/registry.ts';

const SUFFIX = lowerSet([...NAME_SUFFIXES, ...MEDIA_SUFFIXES]);
// شركة and a few more are cues for a Latin name after them ("شركة Nvidia"); Arabic-script names are read in arabic-cues.ts.
/** Cue words only right after a hyphen: "Singapore-based Foo", "Ayala Corp-backed". */
const AFTER_HYPHEN = new Set(['based', 'backed', 'led', 'funded']);
const latinHead = (w: string) => /^[a-z]/.test(w);

/** The words the pass looks for, and its regex: made again once a chunk added words to the lists. */
export const spotting = fromLists(() => {
  const nouns = lowerSet([...NOUNS_BEFORE_NAME, ...TRADE_NOUNS, ...APPOSED_ROLES]);
  /** Nouns that say "a company" only in an apposition ("Foo, a chain of clinics"): spotted only after a comma. */
  const apposed = lowerSet(APPOSED_NOUNS);
  // A founder's title marks the name before it as a funding verb does (cues.ts); "co-founder" is spotted by its "founder".
  const verbs = lowerSet([...FUNDING_VERBS, ...FOUNDER_TITLES.filter((w) => !w.includes('-'))]);
  const openers = [...INVESTOR_LIST_OPENERS, ...TARGET_LIST_OPENERS].map(lowerString);
  /** Openers that hold another opener ("co-led by" holds "led by") need no search of their own to mark a sentence. */
  const openerCores = new Set(openers.filter((op) => !openers.some((other) => other !== op && op.includes(other))));
  const words = new Set([...nouns, ...apposed, ...verbs, ...ARABIC_NOUNS, ...openerCores, ...AFTER_HYPHEN]);
  /** Latin words the one pass looks for: cue words, openers and name suffixes. */
  const all = [...new Set([...[...words].filter(latinHead), ...SUFFIX])];
  // A dotted form that a shorter one opens before a dot ("s.a.s" after "s.a") is spotted by that one, at the same offset.
  const latin = all.filter((w) => !all.some((v) => v !== w && w.startsWith(v) && w[v.length] === '.' && SUFFIX.has(v) && SUFFIX.has(w)));
  /**
   * Cue words, list openers and name suffixes in one pass over the text. A
   * Latin word is matched with the character before it, which must not be an
   * ASCII letter or digit: the regex then tries the words only after blanks and
   * punctuation, not at every offset. Edges are checked by hand: a lookbehind
   * or lookahead would need the regex's Unicode mode, which made this pass over
   * every page's text twice as slow. Where one word begins another, the regex
   * reports the longer; the shorter would run on into a letter there, so it
   * would fail its right edge anyway (cue-spots.test.ts keeps the lists so).
   */
  const re = new RegExp(`(?:^|[^a-z0-9])(${groupedAlternation(latin)})|${groupedAlternation([...words].filter((w) => !latinHead(w)))}`, 'g');
  return { nouns, apposed, verbs, openerCores, words, latin, re };
});
const WORD_UNIT = /[\p{L}\p{M}\d]/u;
/**
 * A company noun is a cue only with a name after it, maybe past one adjective and its comma
 * or a comma ("startup Foo", "la fintech colombiana Addi", "a contractor, Foo,"): no cue in "the company said",
 * so most sentences that merely mention a company are not read token by token.
 */
const NAME_NEXT = /^,?\s+(?:\p{Ll}+,?\s+)?(?:(?:de|d'|du|des|para|en)\s*(?:\p{Ll}+\s+){1,2}){0,2}[^\p{Ll}\s]/u;
/**
 * Or one that may stand in an apposition after a name, a few words past a
 * comma: ", a Paris-based startup", ", una startup", ", l'assureur", ", spécialiste de" (cues.ts
 * checks the article and reads the name). As many words as the apposition's reader looks past
 * (appositions.ts): ", the Dublin client-lifecycle software group".
 */
const APPOSITION = /,\s+(?:\S+\s){0,5}$|,\s+l'$/;
/** How far back the apposition's comma may be: five words. */
const APPOSITION_REACH = 64;

/** Whether the code point in [from, to) is a letter, mark or digit (ASCII by char code, the rest by WORD_UNIT). */
function wordUnit(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD_UNIT.test(text.slice(from, to));
}

/** No letter, mark or digit right before `at` (one code point back). */
function leftEdge(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !wordUnit(text, at >= 2 && c >= 0xdc00 && c <= 0xdfff ? at - 2 : at - 1, at);
}

/** No letter, mark or digit at `at` (one code point on), as `(?![\p{L}\p{M}\d])` says. */
function rightEdge(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return !wordUnit(text, at, c >= 0xd800 && c <= 0xdbff ? at + 2 : at + 1);
}

/** A suffix only makes a name after a name-like word: one with a capital, a digit or "&" ("Spark Capital", not "generative AI"). */
function afterNameWord(text: string, lowText: string, at: number): boolean {
  let e = at;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  let s = e;
  while (s > 0 && s > e - 64 && !isBreak(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, e);
  return word !== lowText.slice(s, e) || /[\d&]/.test(word);
}

const isBreak = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28;

/**
 * Sorted offsets where a cue word may start (`cues`) and where an
 * investor-list opener, or the shorter opener inside it, starts (`openers`).
 */
export function cueSpots(text: string, lowText: string): { cues: number[]; openers: number[] } {
  const cues: number[] = [];
  const openers: number[] = [];
  const { nouns, apposed, verbs, openerCores, words, re } = spotting();
  re.lastIndex = 0;
  for (let m = re.exec(lowText); m; m = re.exec(lowText)) {
    // A Latin match opens with the character before its word, except at the text's start. The group
    // tells it from the other words: "übernimmt" also reads as "ü" and a Latin word.
    const word = m[1] ?? m[0];
    const at = m.index + m[0].length - word.length;
    if (words.has(word)) {
      // The left edge is checked by hand (a non-ASCII letter before passes the regex).
      if (openerCores.has(word)) {
        openers.push(at);
        // A buyer's verb opens the list of what it bought and ends its own name ("Foo rachète Bar").
        if (verbs.has(word)) cues.push(at);
      } else if (apposed.has(word) && !nouns.has(word)) {
        if (leftEdge(lowText, at) && APPOSITION.test(lowText.slice(Math.max(0, at - APPOSITION_REACH), at))) cues.push(at);
      } else if (AFTER_HYPHEN.has(word)) {
        if (lowText.charCodeAt(at - 1) === 0x2d && rightEdge(lowText, at + word.length)) cues.push(at);
      }
      else if (ARABIC_NOUNS.includes(word) || (leftEdge(lowText, at) && (!nouns.has(word) || NAME_NEXT.test(text.slice(at + word.length, at + word.length + 40)) || APPOSITION.test(lowText.slice(Math.max(0, at - APPOSITION_REACH), at))))) cues.push(at);
    }
    // A suffix needs a blank before it and an edge after it, as in "Spark Capital"; or a web address's dot before a
    // lower-case "ai" ("BigBear.ai"; "Eleuther.AI" is styled as a name and may be a lab's, not a firm's).
    const before = lowText.charCodeAt(at - 1);
    if (SUFFIX.has(word) && (before === 0x20 || before === 0x09 || (before === 0x2e && text.startsWith('ai', at))) && rightEdge(lowText, at + word.length) && afterNameWord(text, lowText, at)) {
      cues.push(at);
    }
    // A match that fails may hide another inside it: the search goes on from the next unit.
    re.lastIndex = m.index + 1;
  }
  // Each pass tries its words at every offset, so it runs only on text in its languages.
  const german = READERS.germanTrades;
  if (german && /(?:^| )(?:und|der|die|das|dem|den|des) /.test(lowText)) spotBeforeCapital(german.spot, text, lowText, cues);
  // The article as a word of its own: " le" also opens "led" and "level" in every English text.
  const romance = READERS.romance;
  if (romance && /(?:^|[ (])(?:la|le|el)\s|l'/.test(lowText)) spotBeforeCapital(romance.spot, text, lowText, cues, romance.adjective);
  return { cues: cues.sort((a, b) => a - b), openers };
}

const UPPER = /\p{Lu}/u;

function spotBeforeCapital(re: RegExp, text: string, lowText: string, cues: number[], word?: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(lowText); m; m = re.exec(lowText)) {
    const at = m.index + m[0].length;
    // The blank before the name may open the next match ("de la brasileña X": "la de " then "la brasileña ").
    re.lastIndex = at - 1;
    const next = text.charCodeAt(at);
    if (!((next >= 0x41 && next <= 0x5a) || (next >= 0x80 && UPPER.test(text[at]!)))) continue;
    if (!word || word.test(m[1]!)) cues.push(at - 1);
  }
}

/** Offsets of 公司 and 集团, sorted. */
export function hanCompanyWords(text: string): number[] {
  const at: number[] = [];
  for (const w of ['公司', '集团']) for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) at.push(k);
  return at.sort((a, b) => a - b);
}

/** Is some offset of the sorted list in [s, e)? */
export function holds(list: number[], s: number, e: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! < e;
}

/** Does a sorted offset list hold one in [s, e)? Advances `k.i` past offsets before `s`. */
export function anyIn(list: number[], k: { i: number }, s: number, e: number): boolean {
  while (k.i < list.length && list[k.i]! < s) k.i++;
  return k.i < list.length && list[k.i]! < e;
}
