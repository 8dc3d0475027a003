/** Words around a figure that hedge it or make it a range; they stay outside the span. */
import type { Qualifier } from '../types.ts';
import {
  betweenWords, cjkQualifiersBefore, qualifierAfterTrie, qualifierLastWords, qualifiersBefore,
} from './lexicon.ts';
import { type Word, isHan, isKana, skipSpace, wordBefore, wordsBefore } from './text.ts';

// Arabic attaches و/ب/ل/ف/ك to the next word: بنحو, وبين, بأكثر من.
const CLITICS = new Set(['و', 'ب', 'ل', 'ف', 'ك'].map((c) => c.charCodeAt(0)));

function variants(word: string): string[] {
  const out = [word];
  if (word.length > 2 && CLITICS.has(word.charCodeAt(0))) {
    out.push(word.slice(1));
    if (word.length > 3 && CLITICS.has(word.charCodeAt(1))) out.push(word.slice(2));
  }
  return out;
}

/** French elision before a vowel: "plus d'un milliard" hedges like "plus de". */
function unelide(word: string): string {
  if (!word.endsWith("'")) return word;
  if (word === "d'") return 'de';
  if (word.endsWith("qu'")) return `${word.slice(0, -1)}e`;
  return word;
}

/** The hedge written just before `pos` ("more than", نحو, 约), longest phrase first. */
export function qualifierBefore(text: string, pos: number, near = wordBefore(text, pos)): Qualifier | undefined {
  const j = text.charCodeAt(pos - 1) === 0x20 ? pos - 1 : pos;
  const c = text.charCodeAt(j - 1);
  if (isHan(c) || isKana(c)) for (let len = 4; len >= 1; len--) {
    if (j - len < 0) continue;
    const q = cjkQualifiersBefore.get(text.slice(j - len, j));
    if (q) return q;
  }
  if (!near) return undefined;
  const nearForms = variants(unelide(near.word));
  let span = 0;
  for (const v of nearForms) span = Math.max(span, qualifierLastWords.get(v) ?? 0);
  if (span === 0) return undefined;
  if (span === 1) {
    for (const v of nearForms) {
      const q = qualifiersBefore.get(v);
      if (q) return q;
    }
    return undefined;
  }
  const words = wordsBefore(text, pos, span).map((w) => unelide(w.word));
  for (let k = words.length; k >= 1; k--) {
    const rest = words.slice(0, k - 1).reverse();
    for (const first of variants(words[k - 1]!)) {
      const q = qualifiersBefore.get([first, ...rest].join(' '));
      if (q) return q;
    }
  }
  return undefined;
}

/** A hedge written after the figure ("or more", 以上, على الأقل). */
export function qualifierAfter(text: string, end: number): { q: Qualifier; end: number } | undefined {
  const m = qualifierAfterTrie.match(text, skipSpace(text, end));
  return m ? { q: m.value, end: m.end } : undefined;
}

/** Start of `w` if it is a "between" word (بين, entre, zwischen); `w` is the word before the figure. */
export function betweenBefore(w: Word | undefined): number | undefined {
  if (!w) return undefined;
  return variants(w.word).some((v) => betweenWords.has(v)) ? w.start : undefined;
}

