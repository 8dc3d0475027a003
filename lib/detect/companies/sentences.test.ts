import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhite, rangeAt, splitSentences } from './sentences.ts';

const parts = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('ends a sentence at a full stop followed by a space or a closer', () => {
    expect(parts('Foo raised $5M. Bar did not.')).toEqual(['Foo raised $5M.', 'Bar did not.']);
    // The closer itself opens the next span: offsets matter here, not typography.
    expect(parts('He said "it is done." Then left.')).toEqual(['He said "it is done.', '" Then left.']);
    expect(parts('(See the filing.) Next one.')).toEqual(['(See the filing.', ') Next one.']);
    expect(parts('v1.2.3 shipped')).toEqual(['v1.2.3 shipped']);
  });

  it('keeps abbreviations, initials, decimals and domains inside the sentence', () => {
    expect(parts('Nvidia Corp. and U.S. funds put in 1.5 billion via X.com today. Done.')).toEqual([
      'Nvidia Corp. and U.S. funds put in 1.5 billion via X.com today.', 'Done.',
    ]);
    expect(parts('It closed a Series A. Investors cheered.')).toEqual(['It closed a Series A.', 'Investors cheered.']);
  });

  it('splits on the end marks of every script and on line breaks, trimming blanks', () => {
    expect(parts('英伟达投资。阿里巴巴融资！  ')).toEqual(['英伟达投资。', '阿里巴巴融资！']);
    expect(parts('هل جمعت الشركة تمويلا؟ نعم؛ وأكثر')).toEqual(['هل جمعت الشركة تمويلا؟', 'نعم؛', 'وأكثر']);
    expect(parts('Title line\n\n\u00a0 Body text\u3000')).toEqual(['Title line', 'Body text']);
    expect(parts('   \n\t')).toEqual([]);
  });

  it('returns ordered, trimmed, disjoint spans that hold every non-blank unit', () => {
    const unit = fc.constantFrom('a', 'B', '.', ' ', '\n', '!', '?', '。', '؟', '"', 'Inc', 'U.S', '1', '\u00a0', 'é');
    fc.assert(fc.property(fc.array(unit, { maxLength: 60 }).map((u) => u.join('')), (text) => {
      const spans = splitSentences(text);
      let last = 0;
      for (const [s, e] of spans) {
        expect(s).toBeGreaterThanOrEqual(last);
        expect(e).toBeGreaterThan(s);
        expect(isWhite(text.charCodeAt(s))).toBe(false);
        expect(isWhite(text.charCodeAt(e - 1))).toBe(false);
        for (let k = last; k < s; k++) if (text[k] !== '\n') expect(isWhite(text.charCodeAt(k))).toBe(true);
        last = e;
      }
      for (let k = last; k < text.length; k++) expect(isWhite(text.charCodeAt(k))).toBe(true);
    }));
  });

  it('agrees with the Unicode \\s class on what is blank', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhite(c)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it('finds the sentence holding an offset', () => {
    const text = 'One. Two. Three.';
    const spans = splitSentences(text);
    expect(rangeAt(spans, text.indexOf('Two'))).toBe(1);
    expect(rangeAt(spans, text.indexOf(' Two'))).toBe(-1);
  });
});
