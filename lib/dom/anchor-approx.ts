/**
 * Re-anchoring a quote the page has edited since it was saved: approximate
 * matching (approx-string-match) with the context asked to agree too. It runs
 * in the background, which the content script asks only for quotes it could
 * not find exactly (anchor.ts): the search library stays out of the script
 * every page loads, and an edited saved fact is rare.
 */
import search from 'approx-string-match';
import type { Selector } from '../messaging/protocol.ts';
import { anchorExact, contextScore, maxErrorsFor, type Placement } from './anchor.ts';

export function anchorApprox(text: string, sel: Selector): Placement | null {
  const limit = maxErrorsFor(sel.exact);
  const contextChars = sel.prefix.length + sel.suffix.length;
  if (limit === 0 || contextChars === 0) return null;
  // Approximate matches of the quote alone are too loose for short figures;
  // ask that the surrounding context agree too.
  let best: Placement | null = null;
  let bestScore = -Infinity;
  for (const m of search(text, sel.exact, limit)) {
    const agree = contextScore(text, sel, m.start, m.end);
    if (agree < Math.max(1, Math.min(8, Math.floor(contextChars / 4)))) continue;
    const score = agree - m.errors * 4;
    if (score > bestScore) {
      bestScore = score;
      best = { start: m.start, end: m.end, errors: m.errors };
    }
  }
  return best;
}

/** Exact first, then approximate: the whole search, in one place. */
export function anchorQuote(text: string, sel: Selector): Placement | null {
  return anchorExact(text, sel) ?? anchorApprox(text, sel);
}
