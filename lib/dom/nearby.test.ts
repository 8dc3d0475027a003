import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Nearby } from './nearby.ts';
import { startSlice } from './schedule.ts';

/**
 * Positions come from a fake layout: element i of a column sits at
 * i * 100 px minus the scroll offset, 50 px tall; the viewport is
 * happy-dom's innerHeight. Only which elements are shown is checked.
 */
function column(n: number, scroll: { y: number }, at = (i: number) => i * 100): Element[] {
  return Array.from({ length: n }, (_, i) => {
    const el = document.createElement('p');
    el.getBoundingClientRect = () => {
      const top = at(i) - scroll.y;
      return { top, bottom: top + 50, left: 0, right: 10, width: 10, height: 50, x: 0, y: top } as DOMRect;
    };
    return el;
  });
}

/** Counts the layout reads of the elements, in `n`. */
function countReads(els: Element[]): { n: number } {
  const reads = { n: 0 };
  for (const el of els) {
    const measure = el.getBoundingClientRect.bind(el);
    el.getBoundingClientRect = () => {
      reads.n++;
      return measure();
    };
  }
  return reads;
}

/** Scrolls the fake page: the layout reads `scroll.y`, the window says it too, and a scroll event goes out. */
function scrollTo(scroll: { y: number }, y: number): void {
  scroll.y = y;
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  document.dispatchEvent(new Event('scroll'));
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const settle = () => new Promise((r) => setTimeout(r, 350));
/** Longer than the quiet time after which a scroll counts as paused. */
const pause = () => new Promise((r) => setTimeout(r, 150));

describe('Nearby', () => {
  // One per test: an instance left from an earlier test must not answer this one's events, and a signal
  // already aborted would add no listener at all.
  let stop = new AbortController();
  beforeEach(() => {
    stop = new AbortController();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // A test that moves the clock on leaves the current slice starting in the future (schedule.ts): start it anew.
    startSlice();
    stop.abort();
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });

  it('shows only the elements within a screen and a tenth, and follows a scroll', async () => {
    const scroll = { y: 0 };
    const els = column(1000, scroll);
    const on = new Set<number>();
    const near = new Nearby((el, show) => {
      const i = els.indexOf(el);
      if (show) on.add(i);
      else on.delete(i);
    }, stop.signal);
    near.set(els);
    const h = innerHeight;
    const expected = (y: number) => els.map((_, i) => i).filter((i) => {
      const top = i * 100 - y;
      return top + 50 >= -1.1 * h && top <= h + 1.1 * h;
    });
    expect([...on].sort((a, b) => a - b)).toEqual(expected(0));

    scrollTo(scroll, 50_000);
    await pause();
    expect([...on].sort((a, b) => a - b)).toEqual(expected(50_000));
    expect(on.has(0)).toBe(false);
    expect(near.shown.size).toBe(on.size);
  });

  it('leaves the registry alone while what is on screen is shown', async () => {
    const scroll = { y: 0 };
    const els = column(1000, scroll);
    let changes = 0;
    new Nearby(() => changes++, stop.signal).set(els);
    const first = changes;
    scrollTo(scroll, 0.2 * innerHeight);
    await frame();
    expect(changes).toBe(first);
  });

  it('changes nothing during a fling, and shows where it stopped once it pauses', async () => {
    const scroll = { y: 0 };
    const els = column(2000, scroll);
    let changes = 0;
    const on = new Set<number>();
    const near = new Nearby((el, show) => {
      changes++;
      const i = els.indexOf(el);
      if (show) on.add(i);
      else on.delete(i);
    }, stop.signal);
    near.set(els);
    // A screen per frame: the first frame that finds something missing may change the registry, the rest may not.
    const flung: number[] = [];
    for (let k = 1; k <= 12; k++) {
      scrollTo(scroll, k * innerHeight);
      const before = changes;
      await frame();
      if (changes !== before) flung.push(k);
    }
    expect(flung.length).toBeLessThanOrEqual(1);
    expect(on.has(Math.floor((12 * innerHeight) / 100))).toBe(false);
    await pause();
    // Paused: what is on screen now is shown.
    expect(on.has(Math.floor((12 * innerHeight) / 100) + 1)).toBe(true);
    expect(near.shown.size).toBe(on.size);
  });

  it('follows a slow scroll without waiting for it to pause', async () => {
    const scroll = { y: 0 };
    const els = column(1000, scroll);
    const on = new Set<number>();
    new Nearby((el, show) => (show ? on.add(els.indexOf(el)) : on.delete(els.indexOf(el))), stop.signal).set(els);
    // A reader's pace (12 px every 16 ms, about a screen a second) with no pause, until an
    // element that was beyond the first registration gets shown.
    const beyond = Math.floor((2.8 * innerHeight) / 100);
    expect(on.has(beyond)).toBe(false);
    let followed = false;
    for (let k = 1; k <= 200 && !followed; k++) {
      scrollTo(scroll, scroll.y + 12);
      await new Promise((r) => setTimeout(r, 16));
      await frame();
      followed = on.has(beyond);
    }
    expect(followed).toBe(true);
  });

  it('reads no layout while the page scrolls, once it has measured where the elements are', async () => {
    const scroll = { y: 0 };
    const els = column(1000, scroll);
    const reads = countReads(els);
    new Nearby(() => {}, stop.signal).set(els);
    await settle();
    reads.n = 0;
    scrollTo(scroll, 0.1 * innerHeight);
    await frame();
    await pause();
    expect(reads.n).toBe(0);
  });

  it('finds, once scrolling stops, an element out of document order', async () => {
    const scroll = { y: 0 };
    // The last element sits at the top (a fixed sidebar, say): a binary search over the column misses it.
    const els = column(1000, scroll, (i) => (i === 999 ? 10 : i * 100));
    const on = new Set<Element>();
    const near = new Nearby((el, show) => (show ? on.add(el) : on.delete(el)), stop.signal);
    near.set(els);
    await settle();
    expect(on.has(els[999]!)).toBe(true);
    expect(on.has(els[500]!)).toBe(false);
  });

  it('measures every element anew at most once every few seconds of pauses, and still finds what moved', async () => {
    const scroll = { y: 0 };
    let shift = 0;
    const els = column(1000, scroll, (i) => i * 100 + (i === 900 ? shift : 0));
    const reads = countReads(els);
    const on = new Set<Element>();
    new Nearby((el, show) => (show ? on.add(el) : on.delete(el)), stop.signal).set(els);
    await settle();
    expect(reads.n).toBeGreaterThanOrEqual(1000);
    // Element 900 moves to the top with nothing to tell (no resize, no new height): the cached places miss it.
    shift = -90_000 + 10;
    reads.n = 0;
    scrollTo(scroll, 0.1 * innerHeight);
    await settle();
    expect(reads.n).toBeLessThan(100);
    expect(on.has(els[900]!)).toBe(false);
    // A pause after the remeasuring interval (three seconds, moved on by hand) measures all again and finds it.
    const now = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => now() + 3100);
    scrollTo(scroll, 0.2 * innerHeight);
    await settle();
    expect(reads.n).toBeGreaterThanOrEqual(1000);
    expect(on.has(els[900]!)).toBe(true);
  });

  it('measures in slices whatever it has to measure anew, even between its remeasuring', async () => {
    const scroll = { y: 0 };
    const els = column(1000, scroll);
    const reads = countReads(els);
    new Nearby(() => {}, stop.signal).set(els);
    await settle();
    // A resize forgets every place, well within the remeasuring interval. Each read now takes 0.05 ms, so measuring
    // them all takes longer than a slice (8 ms): counted are the reads made with no timer run between them.
    let inARow = 0;
    let most = 0;
    for (const el of els) {
      const measure = el.getBoundingClientRect;
      el.getBoundingClientRect = () => {
        most = Math.max(most, ++inARow);
        for (const until = performance.now() + 0.05; performance.now() < until;);
        return measure.call(el);
      };
    }
    reads.n = 0;
    const tick = setInterval(() => (inARow = 0), 1);
    window.dispatchEvent(new Event('resize'));
    await settle();
    clearInterval(tick);
    expect(reads.n).toBeGreaterThanOrEqual(1000);
    expect(most).toBeLessThan(500);
  });
});
