/**
 * Code that runs inside the browser page (serialized by Playwright), so it
 * closes over nothing. Kept apart from the Node side for readability.
 */

/** Registered with addInitScript: watches the highlight registry every frame and records long tasks. */
export function installProbe(): void {
  const names = ['dealmark-money', 'dealmark-percent', 'dealmark-company'];
  const state = { count: 0, lastChange: 0, paintedAt: 0, longtasks: [] as number[] };
  (window as unknown as { __dmBench: typeof state }).__dmBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the figure stays empty and is reported as such.
  }
  const tick = (): void => {
    let n = 0;
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (registry) for (const name of names) n += registry.get(name)?.size ?? 0;
    if (n !== state.count) {
      state.count = n;
      state.lastChange = performance.now();
      state.paintedAt = 0;
    } else if (state.lastChange && !state.paintedAt) {
      // rAF runs before a frame's paint, so the frame after a change is the first with it painted.
      state.paintedAt = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface ProbeState {
  count: number;
  lastChange: number;
  paintedAt: number;
  longtasks: number[];
  now: number;
  domContentLoaded: number;
}

export function readProbe(): ProbeState {
  const s = (window as unknown as { __dmBench: Omit<ProbeState, 'now' | 'domContentLoaded'> }).__dmBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return { ...s, longtasks: [...s.longtasks], now: performance.now(), domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN };
}

/** The distinct strings the extension highlighted, read back from the registry. */
export function highlightedStrings(): string[] {
  const out = new Set<string>();
  for (const name of ['dealmark-money', 'dealmark-percent', 'dealmark-company']) {
    const h = CSS.highlights.get(name);
    if (h) for (const r of h) out.add(String(r));
  }
  return [...out].filter((s) => s.trim().length > 0);
}

declare class Mark {
  constructor(root: Element);
  mark(words: string[], opts: { separateWordSearch: boolean; done: (count: number) => void }): void;
}

/** Times mark.js marking `words` in the whole body, as its docs show. */
export function runMarkJs(words: string[]): Promise<{ ms: number; marked: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(words, {
      separateWordSearch: false,
      done: (marked) => resolve({ ms: performance.now() - t0, marked }),
    });
  });
}
