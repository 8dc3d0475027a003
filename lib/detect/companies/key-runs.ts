/**
 * How the name index's keys and organizations are read (Sorted in
 * sorted-names.ts), apart from the sorting and folding there: a leaf, so the
 * chunks that read an index (sound-alike.ts) do not carry the text folding.
 */
import type { Sorted } from './sorted-names.ts';

/**
 * Keys [lo, hi) of an index, held in `text` (one shipped part's names, SEP between them): their offsets in
 * Sorted.keyStart are `base` more than in `text`. The keys sharing a first unit all lie in one run.
 */
export interface KeyRun {
  text: string;
  base: number;
  lo: number;
  hi: number;
}

/** `s`, with its organizations read (Sorted.resolve): every reader of target, ambiguous or orgs asks through this. */
export function resolved<T extends Sorted>(s: T): T {
  s.resolve?.();
  return s;
}

/** Key k as its run holds it, in the alias's own case where the index was shipped. */
export function rawKey(s: Sorted, k: number): string {
  const run = s.runs.find((r) => k < r.hi)!;
  return run.text.slice(s.keyStart[k]! - run.base, s.keyStart[k + 1]! - 1 - run.base);
}
