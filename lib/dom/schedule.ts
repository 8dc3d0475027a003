/**
 * Cooperative scheduling: long work checks `yieldIfLate()` between small
 * units and gives the main thread back once its slice has run ~8 ms, so no
 * task of ours comes near the 50 ms long-task line.
 */
export const SLICE_MS = 8;
let sliceStart = now();

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the event loop a turn: scheduler.yield where present, else a message-channel task. */
export function yieldNow(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  const done = (): void => {
    sliceStart = now();
  };
  if (s?.yield) return s.yield().then(done);
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'function') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  }).then(done);
}

/** True when the current slice has used its budget. */
export function sliceSpent(): boolean {
  return now() - sliceStart > SLICE_MS;
}

export async function yieldIfLate(): Promise<void> {
  if (sliceSpent()) await yieldNow();
}

/** Marks the start of a slice (call when a fresh task begins our work). */
export function startSlice(): void {
  sliceStart = now();
}
