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

  it('sizes engine calls to the budget and yields between them', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const yields: number[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: vi.fn(async () => {
        yields.push(clock);
      }),
    };
    const costs: number[] = [];
    const lengths: number[] = [];
    const detector = (text: string) => {
      const cost = text.length / 100;
      clock += cost;
      costs.push(cost);
      lengths.push(text.length);
      return { entities: [], facts: [] };
    };
    const block = 'word '.repeat(60).trim();
    document.body.innerHTML = Array.from({ length: 300 }, () => `<p>${block}</p>`).join('');
    const map = collectText(document.body);
    expect(map.text.length).toBeGreaterThan(80_000);
    startSlice();
    await scanMap(map, { detector, keys: new KeyAllocator() });
    // Every character reached the engine once.
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(map.text.length);
    // After the first call has measured the engine, calls stay near the 8 ms target.
    expect(Math.max(...costs.slice(2))).toBeLessThanOrEqual(12);
    // The thread is given back at least every ~20 ms of work.
    const marks = [0, ...yields, clock];
    const gaps = marks.slice(1).map((t, i) => t - marks[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(20 + costs[0]!);
    expect(yields.length).toBeGreaterThan(30);
  });
});
