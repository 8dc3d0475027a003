/**
 * Code that runs inside the browser page (serialized by Playwright), so it
 * closes over nothing. Kept apart from the Node side for readability.
 */

/** Registered with addInitScript: watches the highlight registry every frame and records long tasks. */
export function installProbe(): void {
  const names = ['dealmark-money', 'dealmark-percent', 'dealmark-company'];
  const state = { count: 0, lastChange: 0, paintedAt: 0, longtasks: [] as [number, number][], extScripts: [] as number[] };
  (window as unknown as { __dmBench: typeof state }).__dmBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the figure stays empty and is reported as such.
  }
  try {
    // Long animation frames name the scripts that ran in them: the extension's own runs, apart from the page's parsing.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { scripts?: { sourceURL: string; duration: number }[] }[]) {
        for (const sc of e.scripts ?? []) if (sc.sourceURL.startsWith('chrome-extension:')) state.extScripts.push(sc.duration);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Older engines: no attribution figure.
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
  /** [startTime, duration] of every long task. */
  longtasks: [number, number][];
  /** Durations of extension script runs seen in long animation frames. */
  extScripts: number[];
  now: number;
  domContentLoaded: number;
  loadEnd: number;
}

export function readProbe(): ProbeState {
  const s = (window as unknown as { __dmBench: Omit<ProbeState, 'now' | 'domContentLoaded' | 'loadEnd'> }).__dmBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    ...s, longtasks: [...s.longtasks], extScripts: [...s.extScripts], now: performance.now(),
    domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN, loadEnd: nav?.loadEventEnd ?? NaN,
  };
}

/** Longest task overall, and longest starting after the load event (when the content script works, at document_idle). */
export function longest(s: ProbeState): { all: number; afterLoad: number; extScript: number } {
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  return {
    all: max(s.longtasks.map(([, d]) => d)),
    afterLoad: max(s.longtasks.filter(([start]) => start >= s.loadEnd).map(([, d]) => d)),
    extScript: s.extScripts.length ? max(s.extScripts) : NaN,
  };
}

export interface ScrollRun {
  /** performance.now() at the first and last step. */
  start: number;
  end: number;
  steps: number;
  /** Distinct ranges seen registered in the kind highlights over the whole scroll. */
  ranges: number;
}

/**
 * Scrolls the page from top to bottom the way a skimming reader does: a
 * fling of FLING screens (one screen per two frames, about 20,000 px/s),
 * then a pause of PAUSE_MS, and again. The extension paints what is near the
 * viewport when the scrolling pauses (lib/dom/nearby.ts), so the ranges are
 * collected at each pause: with flings of three screens and ranges kept a
 * screen and a half around the viewport, every part of the page is seen.
 */
export async function scrollThrough(): Promise<ScrollRun> {
  const FLING = 3;
  const PAUSE_MS = 250;
  const names = ['dealmark-money', 'dealmark-percent', 'dealmark-company'];
  // Kept on the page and read by seenStrings() after the pass: turning thousands of ranges into text and
  // handing them to Node took 40-80 ms in the pass's last task, which was then counted as the extension's.
  const seen = new Set<AbstractRange>();
  (window as unknown as { __dmSeen: Set<AbstractRange> }).__dmSeen = seen;
  const frames = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  };
  const collect = (): void => {
    for (const name of names) {
      for (const r of CSS.highlights.get(name) ?? []) {
        seen.add(r);
      }
    }
  };
  const atEnd = (): boolean => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
  window.scrollTo(0, 0);
  await frames(2);
  const start = performance.now();
  collect();
  let steps = 0;
  while (!atEnd()) {
    for (let k = 0; k < FLING && !atEnd(); k++) {
      window.scrollBy(0, window.innerHeight);
      steps++;
      await frames(2);
    }
    await new Promise((r) => setTimeout(r, PAUSE_MS));
    await frames(2);
    collect();
  }
  return { start, end: performance.now(), steps, ranges: seen.size };
}

/** The distinct strings of the ranges the last scroll pass saw registered (what mark.js is fed). */
export function seenStrings(): string[] {
  const seen = (window as unknown as { __dmSeen?: Set<AbstractRange> }).__dmSeen ?? new Set<AbstractRange>();
  return [...new Set([...seen].map(String))].filter((x) => x.trim().length > 0);
}

/** Longest task that started within [from, to]. */
export function longestBetween(s: ProbeState, from: number, to: number): number {
  const inside = s.longtasks.filter(([start]) => start >= from && start <= to).map(([, d]) => d);
  return inside.length ? Math.max(...inside) : 0;
}

declare class Mark {
  constructor(root: Element);
  mark(words: string[], opts: { separateWordSearch: boolean; done: (count: number) => void }): void;
}

export interface MarkRun {
  ms: number;
  marked: number;
  /** How many of the words were marked before the budget ran out. */
  done: number;
}

/**
 * Times mark.js marking `words` in the whole body, as its docs show. mark.js
 * makes one pass over the document per word, so a few thousand words can take
 * minutes: they go in chunks, and once `budgetMs` is spent the caller
 * extrapolates from the share done.
 */
export function runMarkJs(args: { words: string[]; budgetMs: number; chunk: number }): Promise<MarkRun> {
  return new Promise((resolve) => {
    const instance = new Mark(document.body);
    const t0 = performance.now();
    let marked = 0;
    let i = 0;
    const next = (): void => {
      if (i >= args.words.length || performance.now() - t0 > args.budgetMs) {
        resolve({ ms: performance.now() - t0, marked, done: i });
        return;
      }
      const part = args.words.slice(i, i + args.chunk);
      i += part.length;
      instance.mark(part, {
        separateWordSearch: false,
        done: (n) => {
          marked += n;
          next();
        },
      });
    };
    next();
  });
}
