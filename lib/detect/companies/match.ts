/**
 * Gazetteer scan with per-script edge rules: leftmost, longest match, each
 * candidate start tried once, so the cost is bounded by text × longest alias.
 */
import { foldWord } from '../normalize.ts';
import { isArabicLetter, isCjk, isLatinAlnum, isOtherLetter } from './chars.ts';
import { ARABIC_CLITICS, ARABIC_SUFFIXES } from './lexicon.ts';
import { aliasesAt, startsAny, walk, type Trie } from './trie.ts';

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
const MAX_CLITIC = Math.max(...CLITICS.map((c) => c.length));

type Script = 'latin' | 'arabic' | 'cjk' | 'other';

// One table lookup per unit in the scan loop instead of a chain of range tests.
const WORDY = 1;
const ARABIC = 2;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) UNIT_CLASS[c] = (isLatinAlnum(c) || isOtherLetter(c) ? WORDY : 0) | (isArabicLetter(c) ? ARABIC : 0);

function scriptOf(c: number): Script {
  if (isLatinAlnum(c) || isOtherLetter(c)) return 'latin';
  if (isArabicLetter(c)) return 'arabic';
  if (isCjk(c)) return 'cjk';
  return 'other';
}

function wordy(c: number): boolean {
  return isLatinAlnum(c) || isOtherLetter(c);
}

/** Katakana (with the long-vowel mark): a katakana name must not be cut out of a longer katakana word ("デル" in "モデル"). */
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fc) || (c >= 0xff66 && c <= 0xff9f);
}

/** May a name whose first unit is `c` start at `p`? */
function leftOk(text: string, p: number, c: number): boolean {
  const s = scriptOf(c);
  if (p === 0) return true;
  const prev = text.charCodeAt(p - 1);
  if (s === 'cjk') return !(isKatakana(c) && isKatakana(prev));
  if (s === 'arabic') return !isArabicLetter(prev);
  return !wordy(prev);
}

/** May a name whose last unit is `c` end at `e`? */
function rightOk(text: string, e: number, c: number): boolean {
  const s = scriptOf(c);
  if (e >= text.length) return true;
  const next = text.charCodeAt(e);
  if (s === 'cjk') return !(isKatakana(c) && isKatakana(next));
  if (s === 'arabic') {
    if (!isArabicLetter(next)) return true;
    return SUFFIXES.some((suf) => text.startsWith(suf, e) && !isArabicLetter(text.charCodeAt(e + suf.length) || 0));
  }
  if (wordy(next)) return false;
  // "X.com", "Eleuther.AI": a dot glued to more letters makes a domain or a product, not this name.
  return !(next === 0x2e && wordy(text.charCodeAt(e + 1) || 0));
}

/** Push the start offsets to try for the word at `p` onto `out`: the word itself, then past each clitic it opens with. */
function startsAt(text: string, p: number, out: number[]): void {
  const c = text.charCodeAt(p);
  if (isArabicLetter(c)) {
    if (p > 0 && isArabicLetter(text.charCodeAt(p - 1))) return;
    out.push(p);
    for (const cl of CLITICS) if (text.startsWith(cl, p) && cl.length <= MAX_CLITIC) out.push(p + cl.length);
    return;
  }
  if (leftOk(text, p, c)) out.push(p);
}

export function scan(trie: Trie, text: string, low: string): Hit[] {
  const hits: Hit[] = [];
  const found: number[] = [];
  const starts: number[] = [];
  const n = text.length;
  let p = 0;
  let prevWordy = false;
  while (p < n) {
    const cls = UNIT_CLASS[text.charCodeAt(p)]!;
    const w = (cls & WORDY) !== 0;
    // Inside a Latin word no name may start, and a unit no key starts with (nor an Arabic clitic) is skipped at once.
    if ((w && prevWordy) || (trie.firstUnits[low.charCodeAt(p)] === 0 && (cls & ARABIC) === 0)) {
      prevWordy = w;
      p++;
      continue;
    }
    let best: Hit | undefined;
    starts.length = 0;
    startsAt(text, p, starts);
    for (const s of starts) {
      if (s >= n || !startsAny(trie, low.charCodeAt(s))) continue;
      found.length = 0;
      walk(trie, low, s, found);
      // Longest first; the first end whose edge holds wins for this start.
      for (let k = found.length - 2; k >= 0; k -= 2) {
        const e = found[k]!;
        if (best && e <= best.end) break;
        if (!rightOk(text, e, text.charCodeAt(e - 1))) continue;
        best = pick(trie, text, s, e, found[k + 1]!);
        break;
      }
    }
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
  const aliases = aliasesAt(trie, key);
  const risky = aliases.some((a) => a.ambiguous);
  const exact = aliases.filter((a) => a.exact === seen);
  const safeExact = exact.find((a) => !a.ambiguous);
  const chosen = safeExact ?? exact[0] ?? (risky ? aliases.find((a) => a.ambiguous)! : aliases[0]!);
  const ambiguous = risky && !safeExact;
  return { start: s, end: e, target: chosen.target, ambiguous, exactCase: chosen.exact === seen };
}
