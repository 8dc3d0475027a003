import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from './normalize.ts';

describe('normalize', () => {
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
