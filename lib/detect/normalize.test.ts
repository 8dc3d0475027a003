import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLDED_BLOCKS, foldUnit, normalize, toOriginal } from './normalize.ts';

describe('normalize', () => {
  it('folds outside the precomputed blocks nothing at all, so the table misses no unit', () => {
    const inBlock = (c: number) => FOLDED_BLOCKS.some(([a, b]) => c >= a && c <= b);
    const missed: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (!inBlock(c) && foldUnit(c) !== undefined) missed.push(c);
    expect(missed).toEqual([]);
    // And inside them the table agrees with foldUnit unit by unit.
    for (const [a, b] of FOLDED_BLOCKS) {
      for (let c = a; c <= b; c++) {
        const f = foldUnit(c);
        expect(normalize(String.fromCharCode(c)).text).toBe(f === undefined ? String.fromCharCode(c) : f < 0 ? '' : String.fromCharCode(f));
      }
    }
  });

  it('folds digits from every script to ASCII', () => {
    expect(normalize('١٢٣ ۴۵۶ ７８９').text).toBe('123 456 789');
  });

  it('drops tatweel, tashkeel and bidi marks and keeps offsets exact', () => {
    const input = 'دولارًا\u200F مـلـيـار\u00A0١٫٥';
    const norm = normalize(input);
    expect(norm.text).toBe('دولارا مليار 1.5');
    const i = norm.text.indexOf('مليار');
    const [s, e] = toOriginal(norm, i, i + 'مليار'.length);
    expect(input.slice(s, e)).toBe('مـلـيـار');
  });

  it('folds hamza forms of alef so spelling variants meet', () => {
    expect(normalize('إنفيديا').text).toBe(normalize('انفيديا').text);
  });

  it('maps every folded unit back into the original for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const norm = normalize(s);
        expect(norm.map.length).toBe(norm.text.length + 1);
        expect(norm.map[norm.text.length]).toBe(s.length);
        for (let i = 1; i < norm.map.length; i++) expect(norm.map[i]!).toBeGreaterThan(norm.map[i - 1]!);
      }),
    );
  });
});
