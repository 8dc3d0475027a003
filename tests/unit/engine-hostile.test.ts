/**
 * The whole engine (figures, companies, facts together) on input built to hurt
 * it. It must return, never throw, and every span must be exact. Time is
 * measured by `npm run bench`, not asserted here: these machines are shared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/index.ts';

function expectExact(text: string): void {
  const { entities, facts } = detect(text);
  // Checked in plain code and asserted once: 100k expect() calls cost seconds, more than detect itself.
  const badSpans = entities.filter((e) => e.start < 0 || e.end > text.length || e.text !== text.slice(e.start, e.end));
  const badFacts = facts.filter((f) => !(f.start <= f.moneyStart && f.moneyEnd <= f.end));
  expect(badSpans.slice(0, 3)).toEqual([]);
  expect(badFacts.slice(0, 3)).toEqual([]);
}

describe('detect on hostile input', () => {
  const cases: [string, string][] = [
    ['5 MB of digits', '7'.repeat(5_000_000)],
    ['1 MB of "1,"', '1,'.repeat(500_000)],
    ['1 MB of "$"', '$'.repeat(1_000_000)],
    ['Arabic-Indic decimals', '٣٫'.repeat(300_000)],
    ['a scale word 100k times', 'billion '.repeat(100_000)],
    ['an Arabic scale word 100k times', 'مليار '.repeat(100_000)],
    ['a company name 100k times', 'Nvidia '.repeat(100_000)],
    ['capitalized words with no end', 'Alpha Beta Gamma Capital '.repeat(40_000)],
    ['bidi controls between every character', '\u202E$\u200F2\u2066 bn\u2069 '.repeat(50_000)],
    ['a sentence of amounts and companies', 'xAI raised $20 billion from Nvidia, شركة إنفيديا ٢ مليار دولار. '.repeat(10_000)],
  ];
  for (const [name, text] of cases) it(`returns exact spans on ${name}`, () => expectExact(text));

  it('never throws on arbitrary strings, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => expectExact(s)), { numRuns: 300 });
  });
});
