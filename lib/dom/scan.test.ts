import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from './collect.ts';
import { sliceEnd, slices } from './scan.ts';

describe('sliceEnd', () => {
  it('ends at the last paragraph break inside the window, even one that starts exactly at its edge', () => {
    const text = `aaaa${BLOCK_SEPARATOR}bbbb${BLOCK_SEPARATOR}cccc`;
    expect(sliceEnd(text, 0, 9)).toBe(4);
    expect(sliceEnd(text, 0, 10)).toBe(10);
    expect(sliceEnd(text, 6, 4)).toBe(10);
  });

  it('ignores paragraph breaks before the slice start and falls back to sentences, then spaces', () => {
    const text = `intro${BLOCK_SEPARATOR}One sentence. Two words here and more`;
    const start = 7;
    expect(sliceEnd(text, start, 20)).toBe(start + 'One sentence.'.length);
    expect(sliceEnd(text, start + 14, 10)).toBe(start + 14 + 'Two words'.length);
  });

  it('cuts a long text without any break into pieces that cover it exactly', () => {
    const text = 'word '.repeat(20_000);
    const parts = slices(text, 1500);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
    expect(parts.every((p) => p.end - p.start <= 1500 && p.end > p.start)).toBe(true);
    // The first slices are small (the engine runs cold there) and grow to the full size.
    expect(parts.slice(0, 4).map((p) => p.end - p.start)).toEqual([499, 995, 1495, 1495]);
  });
});
