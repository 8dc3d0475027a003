/**
 * Re-anchoring saved facts: finds a TextQuote selector (exact + prefix +
 * suffix, with a position hint) in a page's current flat text. This is the
 * exact search, which the content script runs itself; a quote the page has
 * since edited is looked for approximately by anchor-approx.ts, in the
 * background. What cannot be placed with confidence is left unplaced: an
 * orphan, never a wrong highlight.
 */
import type { Selector } from '../messaging/protocol.ts';

export interface Placement {
  start: number;
  end: number;
  /** Edit distance between the stored quote and the text found. */
  errors: number;
}

/** Characters that agree, counted outward from the quote. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Higher is better: context agreement first, closeness to the hint second. */
export function contextScore(text: string, sel: Selector, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  const agree = commonSuffix(before, sel.prefix) + commonPrefix(after, sel.suffix);
  const distance = Math.abs(start - sel.start) / Math.max(1, text.length);
  return agree - distance;
}

function exactMatches(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && out.length < 1000; i = text.indexOf(exact, i + 1)) out.push(i);
  return out;
}

/** At most ~1 error per 5 characters, none for very short quotes. */
export function maxErrorsFor(exact: string): number {
  return Math.floor(exact.length / 5);
}

/** Where the quote stands in the text exactly: the occurrence whose context agrees best, or null. */
export function anchorExact(text: string, sel: Selector): Placement | null {
  const { exact } = sel;
  const hits = exact ? exactMatches(text, exact) : [];
  if (hits.length === 0) return null;
  let best = hits[0]!;
  let bestScore = -Infinity;
  for (const h of hits) {
    const score = contextScore(text, sel, h, h + exact.length);
    if (score > bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return { start: best, end: best + exact.length, errors: 0 };
}
