/**
 * Sentence spans for context rules and fact linking. A full stop ends a
 * sentence only when followed by a space and not closing an abbreviation
 * ("U.S.", "Inc.", "Dr."); "1.5" and "X.com" never split because no space follows.
 */

const ENDERS = new Set(['!', '?', '؟', '。', '！', '？', '؛', '\n']);

const ABBREVIATIONS = new Set([
  'inc', 'corp', 'ltd', 'co', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'jr', 'sr', 'no', 'nr', 'approx',
  'ca', 'bzw', 'ggf', 'mio', 'mrd', 'bn', 'mn', 'mme', 'mlle', 'sra', 'sres', 'av', 'dept', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'prof', 'gen',
]);

export type Range = [number, number];

function closesAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  // A lone capital ends sentences too often ("a Series A.") to be read as an initial.
  if (word.includes('.')) return true; // "e.g", "U.S"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function endsHere(text: string, i: number): boolean {
  const c = text[i]!;
  if (ENDERS.has(c)) return true;
  if (c !== '.') return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'”’»)\]]/u.test(next)) return false;
  return !closesAbbreviation(text, i);
}

/** Trimmed sentence spans, in order, covering every non-blank part of `text`. */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    if (!endsHere(text, i)) continue;
    push(start, text[i] === '\n' ? i : i + 1);
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
