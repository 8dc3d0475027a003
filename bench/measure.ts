/** Timing helpers shared by the bench sections. */

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface Timing {
  /** Median of the timed repetitions, ms. */
  ms: number;
  reps: number;
  warmupMs: number;
}

/**
 * Warm up once (JIT, lazily built regexes), then repeat until either `maxReps`
 * runs or `budgetMs` is spent, with at least `minReps`; the median resists a
 * neighbour's build stealing a core mid-run.
 */
export function timeRepeated(run: () => void, opts: { minReps?: number; maxReps?: number; budgetMs?: number; warm?: boolean } = {}): Timing {
  const { maxReps = 7, budgetMs = 8000 } = opts;
  let t = performance.now();
  // `warm: true` says the code is already hot; the first run is then timed like the rest.
  const first: number[] = [];
  run();
  const warmupMs = performance.now() - t;
  if (opts.warm) first.push(warmupMs);
  // A slow subject gets fewer repetitions rather than blowing the run's time limit.
  const minReps = warmupMs * 3 > budgetMs ? 1 : (opts.minReps ?? 3);
  // A run shorter than the timer's useful resolution is batched, then divided.
  const inner = Math.min(10000, Math.max(1, Math.ceil(20 / Math.max(warmupMs, 0.001))));
  const samples: number[] = inner === 1 ? first : [];
  const started = performance.now() - first.length * warmupMs;
  while (samples.length < maxReps && (samples.length < minReps || performance.now() - started < budgetMs)) {
    t = performance.now();
    for (let i = 0; i < inner; i++) run();
    samples.push((performance.now() - t) / inner);
  }
  return { ms: median(samples), reps: samples.length, warmupMs };
}

/**
 * Ours and a peer timed in turns, one run of each per turn, and the median of
 * the per-turn ratios (peer time / our time). This machine's speed drifts
 * over seconds; timed one after the other, the two sides of a ratio could see
 * different machines, while in turns each pair sees the same one.
 */
export function timePaired(ours: () => void, peer: () => void, opts: { minTurns?: number; maxTurns?: number; budgetMs?: number } = {}) {
  const { minTurns = 5, maxTurns = 15, budgetMs = 8000 } = opts;
  ours();
  peer();
  let t = performance.now();
  ours();
  // Ours is fast: batched to a timer-worthy length, then divided.
  const inner = Math.min(10000, Math.max(1, Math.ceil(20 / Math.max(performance.now() - t, 0.001))));
  const oursMs: number[] = [];
  const peerMs: number[] = [];
  const ratios: number[] = [];
  const started = performance.now();
  while (ratios.length < maxTurns && (ratios.length < minTurns || performance.now() - started < budgetMs)) {
    t = performance.now();
    for (let i = 0; i < inner; i++) ours();
    const o = (performance.now() - t) / inner;
    t = performance.now();
    peer();
    const p = performance.now() - t;
    oursMs.push(o);
    peerMs.push(p);
    ratios.push(p / o);
  }
  return { oursMs: median(oursMs), peerMs: median(peerMs), ratio: median(ratios), turns: ratios.length };
}

export const mbPerSec = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** A ratio with `digits` decimals, or enough significant digits that a small one does not print as zero. */
export const fmtRatio = (n: number, digits = 2): string =>
  Number.isFinite(n) && n > 0 && n < 10 ** -digits ? n.toPrecision(1) : fmt(n, digits);
