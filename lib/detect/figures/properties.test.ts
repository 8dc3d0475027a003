import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figures } from './testkit.ts';

/** The first figure that breaks the span contract, or undefined; one expect per text keeps big inputs fast. */
function badSpan(text: string): unknown {
  let last = 0;
  for (const f of figures(text)) {
    const ok = f.start >= last && f.end > f.start && f.text === text.slice(f.start, f.end) && Number.isFinite(f.value);
    if (!ok) return f;
    last = f.end;
  }
  return undefined;
}

function checkSpans(text: string): void {
  expect(badSpan(text)).toBeUndefined();
}

// Pieces that make the scanner work hard when glued together at random.
const piece = fc.constantFrom(
  '$', 'US$', '€', '20', '1,5', '1.200', '٣٫٣', '٬', ' ', '\u00a0', '\u200f', '\u202e', 'ـ', 'ً', '-', 'to', 'and',
  'billion', 'milliards', "d'", 'euros', 'مليار', 'ملياري', 'دولار', 'و', 'بين', '亿', '万', '美元', '百分之', '二十',
  '%', '٪', 'per cent', 'في المئة', 'entre', 'et', 'about', 'نحو', '以上', '\n', '〜', 'Md€', 'Mio.', '\ud800',
);

describe('figures never fail and keep exact spans', () => {
  it('on arbitrary strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkSpans), { numRuns: 500 });
  });

  it('on random mixes of figure words, signs and marks', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), checkSpans), { numRuns: 1000 });
  });

  it.each([
    ['5 MB of digits', '7'.repeat(5_000_000)],
    ['1 MB of "1,"', '1,'.repeat(500_000)],
    ['"$$$"', '$'.repeat(1_000_000)],
    ['٣٫٣٫…', '٣٫'.repeat(300_000)],
    ['a scale word 100k times', 'billion '.repeat(100_000)],
    ['Arabic scale word 100k times', 'مليار '.repeat(100_000)],
    ['amounts 20k times', '$1 billion to '.repeat(20_000)],
    ['space groups', '1 111 '.repeat(50_000)],
  ])('on pathological input: %s', (_name, text) => {
    expect(() => checkSpans(text)).not.toThrow();
  }, 60_000); // a generous bound for megabytes on a shared machine; speed is measured apart
});

describe('formatting an amount and reading it back gives the value', () => {
  const amount = fc.integer({ min: 1, max: 999_999 }).map((n) => n / 100);

  it('en-US currency style with a scale word', () => {
    const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
    fc.assert(fc.property(amount, fc.constantFrom(['million', 1e6], ['billion', 1e9]), (n, [word, scale]) => {
      const text = `It raised ${fmt.format(n)} ${word} last week.`;
      const [f] = figures(text);
      expect(f?.type).toBe('money');
      expect(f!.value).toBeCloseTo(n * (scale as number), 0);
      expect(f).toMatchObject({ currency: 'USD' });
    }));
  });

  it('whole dollars in en-US style', () => {
    const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
      const [f] = figures(`a grant of ${fmt.format(n)} for research`);
      expect(f).toMatchObject({ type: 'money', value: n, currency: 'USD' });
    }));
  });

  it('Arabic "N مليار دولار" with Arabic-Indic digits', () => {
    const fmt = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 2, useGrouping: false });
    fc.assert(fc.property(amount, (n) => {
      const [f] = figures(`جمعت الشركة ${fmt.format(n)} مليار دولار`);
      expect(f).toMatchObject({ type: 'money', currency: 'USD' });
      expect(f!.value).toBeCloseTo(n * 1e9, 0);
    }));
  });

  it('French "N millions d\'euros" with French grouping', () => {
    const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    fc.assert(fc.property(amount, (n) => {
      const [f] = figures(`une levée de ${fmt.format(n)} millions d'euros`);
      expect(f).toMatchObject({ type: 'money', currency: 'EUR' });
      expect(f!.value).toBeCloseTo(n * 1e6, 0);
    }));
  });

  it('German "N Millionen Euro" with German grouping', () => {
    const fmt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
    fc.assert(fc.property(amount, (n) => {
      const [f] = figures(`eine Finanzierung von ${fmt.format(n)} Millionen Euro`);
      expect(f).toMatchObject({ type: 'money', currency: 'EUR' });
      expect(f!.value).toBeCloseTo(n * 1e6, 0);
    }));
  });

  it('percentages', () => {
    fc.assert(fc.property(amount, fc.constantFrom('%', ' per cent', ' في المئة', ' Prozent'), (n, sign) => {
      const [f] = figures(`a stake of ${n}${sign} in it`);
      expect(f).toMatchObject({ type: 'percent', value: n });
    }));
  });
});
