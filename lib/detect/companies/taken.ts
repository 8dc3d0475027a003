/**
 * The test every cue reader asks before it keeps a name: does [s, e) overlap
 * a name found another way? A leaf module of its own, since the Chinese and
 * Japanese readers ship in the CJK chunk and must not pull the Latin readers in.
 */
export type Taken = (s: number, e: number) => boolean;

/** `taken`, or overlapping one of `names` as that list stands when asked: a reader's own finds count as they come. */
export function takenOr(taken: Taken, names: readonly { start: number; end: number }[]): Taken {
  return (s, e) => taken(s, e) || names.some((n) => n.start < e && s < n.end);
}
