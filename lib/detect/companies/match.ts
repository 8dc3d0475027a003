/**
 * Gazetteer scan with per-script edge rules: leftmost, longest match, each
 * candidate start tried once, so the cost is bounded by text × longest alias.
 */
import { foldWord } from '../normalize.ts';
import { ARABIC_CLITICS, ARABIC_SUFFIXES, KATAKANA_SUFFIXES } from './lexicon.ts';
import { READERS } from './readers/registry.ts';
import { aliasesAt, levelOf, mayStart, walk, type Trie } from './trie.ts';

export interface Hit {
  /** Folded-text offsets. */
  start: number;
  end: number;
  target: number;
  ambiguous: boolean;
  /** The text spells the alias in the alias's own case. */
  exactCase: boolean;
}

const CLITICS = ARABIC_CLITICS.map(foldWord);
const SUFFIXES = ARABIC_SUFFIXES.map(foldWord);

// One table lookup per unit in the scan loop instead of a chain of range tests.
const WORDY = 1; // Latin-style edges: letters and digits of alphabetic scripts
const ARABIC = 2;
const CJK = 4;
/** Katakana with ー and ・: a katakana name must not be cut out of a longer katakana word ("デル" in "モデル"). */
const KATAKANA = 8;
/**
 * The classes by block, the same sets as chars.ts's isLatinAlnum, isOtherLetter,
 * isArabicLetter and isCjk (match.test.ts compares every unit). Filling ranges
 * keeps a cold start cheap: four predicates for each of 65,536 units took
 * ~15 ms of every page's start.
 */
const CLASS_RANGES: readonly (readonly [number, number, number])[] = [
  [0x30, 0x39, WORDY], [0x41, 0x5a, WORDY], [0x61, 0x7a, WORDY], [0xc0, 0xd6, WORDY], [0xd8, 0xf6, WORDY],
  [0xf8, 0x24f, WORDY], [0x300, 0x36f, WORDY], [0x370, 0x52f, WORDY], [0x590, 0x5ff, WORDY], [0x1e00, 0x1eff, WORDY],
  [0x621, 0x64a, ARABIC], [0x66e, 0x6d3, ARABIC], [0x6d5, 0x6d5, ARABIC], [0x750, 0x77f, ARABIC],
  [0xfb50, 0xfdff, ARABIC], [0xfe70, 0xfefc, ARABIC],
  [0x3040, 0x30a0, CJK], [0x30a1, 0x30fc, CJK | KATAKANA], [0x30fd, 0x30ff, CJK], [0x3400, 0x4dbf, CJK],
  [0x4e00, 0x9fff, CJK], [0xac00, 0xd7af, CJK], [0xf900, 0xfaff, CJK], [0xff66, 0xff9f, CJK | KATAKANA],
];
const UNIT_CLASS = new Uint8Array(0x10000);
for (const [a, b, k] of CLASS_RANGES) UNIT_CLASS.fill(k, a, b + 1);

export const UNIT_BITS = { WORDY, ARABIC, CJK, KATAKANA } as const;

/** The class bits of one unit; exported for the test that holds the table to chars.ts. */
export function unitClass(c: number): number {
  return UNIT_CLASS[c]!;
}
const cls = unitClass;
const wordy = (c: number) => (UNIT_CLASS[c]! & WORDY) !== 0;
const arabic = (c: number) => (UNIT_CLASS[c]! & ARABIC) !== 0;
const katakana = (c: number) => (UNIT_CLASS[c]! & KATAKANA) !== 0;

/** Katakana words that may follow a katakana name ("ソフトバンクグループ"): they start a new word. */
const KATAKANA_FOLLOWERS = KATAKANA_SUFFIXES.map(foldWord);

/**
 * Units that make a common word with the 中 after them (其中, 之中, 当中, 集中, 从中), which many Chinese names start
 * with: a name read from that 中 starts inside the word ("其中金额" holds no 中金). A name written after the word
 * stands apart: "其中中信". Asked as units, not as a slice of the text: this runs at every Han unit a key starts with.
 */
const ZHONG = 0x4e2d;
const WORD_BEFORE_ZHONG = new Set([...'其之当當集从從'].map((ch) => ch.charCodeAt(0)));

/** May a name whose first unit is `c` start at `p`? */
function leftOk(text: string, p: number, c: number): boolean {
  if (p === 0) return true;
  const k = cls(c);
  const prev = text.charCodeAt(p - 1);
  if (k & WORDY) return !wordy(prev);
  if (k & ARABIC) return !arabic(prev);
  // A katakana name after another katakana word is inside it, unless that word is its country (スイス・ロシュ).
  if (k & CJK) {
    if (k & KATAKANA) return !katakana(prev) || (prev === 0x30fb && !!READERS.kanaPlaceBefore?.(text, p));
    return c !== ZHONG || !WORD_BEFORE_ZHONG.has(prev);
  }
  return !wordy(prev);
}

/** German "SAPs Assistent", "IBMs Anteil": an acronym takes its genitive s with no apostrophe. */
const ACRONYM = /^[A-Z][A-Z\d&]+$/;
/** German "des Handelsblatts", "eines Konzerns": the genitive s glued to a name after its article. */
const GENITIVE_ARTICLE = /(?:^|[^\p{L}])(?:des|eines)\s[„"»]?$/iu;

/** May a name whose last unit is `c`, starting at `s`, end at `e`? */
const INDEX_NEXT = /^(?:平均|指[数數])/;

function rightOk(text: string, s: number, e: number, c: number): boolean {
  if (e >= text.length) return true;
  const k = cls(c);
  const next = text.charCodeAt(e);
  if (k & CJK && !(k & WORDY)) {
    // 日経平均, 恒生指数: an index named after the firm, not the firm.
    if (next === 0x5e73 || next === 0x6307) return !INDEX_NEXT.test(text.slice(e, e + 2));
    if (!((k & KATAKANA) && katakana(next))) return true;
    // With or without the dot between: "スクウェア・エニックス・ホールディングス", "ビジネスインサイダー・ジャパン".
    const at = next === 0x30fb ? e + 1 : e;
    return KATAKANA_FOLLOWERS.some((suf) => text.startsWith(suf, at));
  }
  if (k & ARABIC) {
    if (!arabic(next)) return true;
    return SUFFIXES.some((suf) => text.startsWith(suf, e) && !arabic(text.charCodeAt(e + suf.length) || 0));
  }
  if (wordy(next)) {
    return next === 0x73 && !wordy(text.charCodeAt(e + 1) || 0) &&
      (ACRONYM.test(text.slice(s, e)) || GENITIVE_ARTICLE.test(text.slice(Math.max(0, s - 7), s)) ||
        !!READERS.germanGenitive?.(text, s, e));
  }
  // "X.com", "Eleuther.AI": a dot glued to more letters makes a domain or a product, not this name.
  return !(next === 0x2e && wordy(text.charCodeAt(e + 1) || 0));
}

/** Does text[s, e) stand as a whole name by the scan's edge rules? An Arabic one may follow clitics ("وبيموب"). */
export function edgesOk(text: string, s: number, e: number): boolean {
  if (!rightOk(text, s, e, text.charCodeAt(e - 1))) return false;
  const c = text.charCodeAt(s);
  if (leftOk(text, s, c)) return true;
  let w = s;
  while (w > 0 && arabic(text.charCodeAt(w - 1))) w--;
  return arabic(c) && CLITICS.includes(text.slice(w, s));
}

/**
 * A small Latin letter where every spelling of the name has a capital: an ordinary word
 * ("a gigawatt-scale AI campus", "to run AI workloads"), since news writes a firm as it
 * writes itself; the names that write themselves small ("stc", "inwi") still match.
 */
const lowerStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/**
 * A place's short form hyphened to a noun is a German compound, not the name
 * written with a hyphen for its space: a "US-Bank" is any American bank.
 */
const PLACE_COMPOUND = /^(?:US|EU|UK)-/;

/** The longest name starting at `s` whose right edge holds, if longer than `best`. */
function longestAt(trie: Trie, text: string, low: string, s: number, best: Hit | undefined, found: number[]): Hit | undefined {
  if (s >= text.length) return best;
  const c0 = low.charCodeAt(s);
  if (levelOf(trie, c0) === 0) return best;
  if (!mayStart(trie, low, s)) return best;
  // Longest first; the first end whose edge holds wins for this start.
  for (let k = walk(trie, low, s, found) - 2; k >= 0; k -= 2) {
    const e = found[k]!;
    if (best && e <= best.end) break;
    if (!rightOk(text, s, e, text.charCodeAt(e - 1))) continue;
    // One letter after a word and a hyphen ends that word ("LINK-X Capital"): it is no X.
    if (e - s === 1 && text.charCodeAt(s - 1) === 0x2d && wordy(text.charCodeAt(s - 2))) continue;
    if (PLACE_COMPOUND.test(text.slice(s, e))) continue;
    if (lowerStart(text.charCodeAt(s)) && !aliasesAt(trie, found[k + 1]!).some((a) => lowerStart(a.exact.charCodeAt(0)))) continue;
    // An ambiguous name in the wrong case is never kept ("la caisse" is not "La Caisse"):
    // passing it over here lets a shorter or later name win ("la Caisse des Dépôts").
    const hit = pick(trie, text, s, e, found[k + 1]!);
    if (!hit.ambiguous || hit.exactCase) return hit;
  }
  return best;
}

export function scan(trie: Trie, text: string, low: string): Hit[] {
  const hits: Hit[] = [];
  const found: number[] = [];
  const n = text.length;
  let p = 0;
  let prevWordy = false;
  while (p < n) {
    const c = text.charCodeAt(p);
    const k = cls(c);
    const w = (k & WORDY) !== 0;
    if (w && prevWordy) {
      // Inside a Latin word no name may start: run to its end in one tight loop.
      p++;
      while (p < n && (UNIT_CLASS[text.charCodeAt(p)]! & WORDY) !== 0) p++;
      continue;
    }
    // A unit no key starts with (nor an Arabic clitic) is skipped at once.
    if (levelOf(trie, low.charCodeAt(p)) === 0 && (k & ARABIC) === 0) {
      prevWordy = w;
      p++;
      continue;
    }
    let best: Hit | undefined;
    if (k & ARABIC) {
      // An Arabic word may open with clitics: try the word itself, then past each clitic.
      if (p === 0 || !arabic(text.charCodeAt(p - 1))) {
        best = longestAt(trie, text, low, p, best, found);
        for (const cl of CLITICS) if (text.startsWith(cl, p)) best = longestAt(trie, text, low, p + cl.length, best, found);
      }
    } else if (leftOk(text, p, c)) best = longestAt(trie, text, low, p, best, found);
    if (best) {
      hits.push(best);
      p = best.end;
      prevWordy = p > 0 && wordy(text.charCodeAt(p - 1));
    } else {
      prevWordy = w;
      p++;
    }
  }
  return hits;
}

/**
 * Among aliases that fold to the same key, prefer the one written in this exact
 * case. A key shared with an ambiguous alias stays ambiguous unless the text
 * spells a safe alias exactly ("meta" never passes as "META").
 */
function pick(trie: Trie, text: string, s: number, e: number, key: number): Hit {
  const seen = text.slice(s, e).replace(/\s+/g, ' ');
  // Its words joined by hyphens in a German compound ("About-You-Aktie") are the name as written (trie.ts, deeper).
  const spaced = seen.replace(/-/g, ' ');
  const aliases = aliasesAt(trie, key);
  const risky = aliases.some((a) => a.ambiguous);
  const exact = aliases.filter((a) => a.exact === seen || a.exact === spaced);
  const safeExact = exact.find((a) => !a.ambiguous);
  const chosen = safeExact ?? exact[0] ?? (risky ? aliases.find((a) => a.ambiguous)! : aliases[0]!);
  const ambiguous = risky && !safeExact;
  return { start: s, end: e, target: chosen.target, ambiguous, exactCase: exact.includes(chosen) };
}
