import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectText } from './collect.ts';
import { KeyAllocator, scanMap } from './scan.ts';
import { startSlice } from './schedule.ts';

/**
 * The scan's slicing is checked against a simulated clock: the fake engine
 * "costs" 10 ms per 1,000 characters, and scheduler.yield records when the
 * main thread is given back. No real time is measured.
 */
describe('chunked scanning', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  /** Runs a scan with a fake engine that costs `msPerK` ms per 1,000 chars; returns what it saw. */
  async function fakeScan(msPerK: number) {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const yields: number[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: vi.fn(async () => {
        yields.push(clock);
      }),
    };
    const costs: number[] = [];
    const parts: string[] = [];
    const detector = (text: string) => {
      const cost = (text.length / 1000) * msPerK;
      clock += cost;
      costs.push(cost);
      parts.push(text);
      return { entities: [], facts: [] };
    };
    const block = 'word '.repeat(60).trim();
    document.body.innerHTML = Array.from({ length: 300 }, () => `<p>${block}</p>`).join('');
    const map = collectText(document.body);
    startSlice();
    await scanMap(map, { detector, keys: new KeyAllocator() });
    vi.restoreAllMocks();
    return { map, yields, costs, parts, clock };
  }

  it('cuts the text the same way on a fast and a slow machine, and yields between calls', async () => {
    // About 1 ms per 1,000 chars is ten times slower than the engine here.
    const slow = await fakeScan(1);
    expect(slow.map.text.length).toBeGreaterThan(80_000);
    // Every character reached the engine once.
    expect(slow.parts.join('').length).toBe(slow.map.text.length);
    // The thread is given back at least every ~8 ms of work plus one call.
    const marks = [0, ...slow.yields, slow.clock];
    const gaps = marks.slice(1).map((t, i) => t - marks[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(8 + Math.max(...slow.costs));
    expect(Math.max(...slow.costs)).toBeLessThan(10);
    expect(slow.yields.length).toBeGreaterThan(5);
    // The pieces do not depend on the clock: the same page gives the same facts on every load.
    const fast = await fakeScan(0.05);
    expect(fast.parts).toEqual(slow.parts);
    expect(fast.yields.length).toBeLessThan(slow.yields.length);
  });
});
