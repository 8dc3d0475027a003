/**
 * Sentence spans for context rules and fact linking. A full stop ends a
 * sentence only when followed by a space and not closing an abbreviation
 * ("U.S.", "Inc.", "Dr."); "1.5" and "X.com" never split because no space follows.
 */

const ABBREVIATIONS = new Set([
  'inc', 'corp', 'ltd', 'co', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'jr', 'sr', 'no', 'nr', 'approx',
  'ca', 'bzw', 'ggf', 'mio', 'mrd', 'bn', 'mn', 'mme', 'mlle', 'sra', 'sres', 'av', 'dept', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'prof', 'gen',
  // Singapore's and Australia's "Pte. Ltd." and "Pty. Ltd.".
  'pte', 'pty',
]);

export type Range = [number, number];

/** `\s` of a Unicode regex, by char code (this runs on every sentence edge). */
export function isWhite(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DOT = /[\p{L}.]/u;

function letterOrDot(c: number, ch: string): boolean {
  if (c < 0x80) return c === 0x2e || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DOT.test(ch);
}

function closesAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && letterOrDot(text.charCodeAt(s - 1), text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  // A lone capital ends sentences too often ("a Series A.") to be read as an initial.
  if (word.includes('.')) return true; // "e.g", "U.S"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Closers that may follow a full stop at a sentence's end. */
function closesAfterDot(c: number): boolean {
  return isWhite(c) || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
}

// Jump straight from one possible end mark to the next instead of testing every character.
const CANDIDATE = /[!?\u061f\u3002\uff01\uff1f\u061b\n.]/g;

/** Trimmed sentence spans, in order, covering every non-blank part of `text`. */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  const push = (s: number, e: number) => {
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  let start = 0;
  const re = new RegExp(CANDIDATE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (i + 1 < text.length && !closesAfterDot(text.charCodeAt(i + 1))) continue;
      if (closesAbbreviation(text, i)) continue;
    }
    push(start, c === 0x0a ? i : i + 1);
    start = i + 1;
  }
  push(start, text.length);
  return out;
}

/** Index of the range holding `pos` (binary search), or -1. */
export function rangeAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}
