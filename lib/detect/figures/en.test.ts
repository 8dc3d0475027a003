import { describe, expect, it } from 'vitest';
import { pct, seen, usd, money } from './testkit.ts';

const B = 1e9;
const M = 1e6;
const inferred = { currencyInferred: true };

describe('English money', () => {
  it.each([
    ['The lab closed a $20 billion round.', [usd('$20 billion', 20 * B)]],
    ['It raised $6.6bn last year.', [usd('$6.6bn', 6.6 * B)]],
    // The Nigerian press writes the naira as N, with a scale word.
    ['raising N2.55bn in a pre-seed round', [money('N2.55bn', 2.55 * B, 'NGN')]],
    // Or glued to grouped digits without one; a spaced sign or a short count stays a name (N95 masks, "N 2,000").
    ['lends N180,000 to traders', [money('N180,000', 180000, 'NGN')]],
    ['N95 masks and lot N 2,000 for R5', []],
    // And the South African press writes the rand as R.
    ['R20.4bn and R14-billion in data centres', [money('R20.4bn', 20.4 * B, 'ZAR'), money('R14-billion', 14 * B, 'ZAR')]],
    // Written out, not 4.1 * B: the product in binary floating point is 4099999999.9999995, which no reader wrote.
    ['a £4.1bn offer and a $0.7 billion loan', [money('£4.1bn', 4100000000, 'GBP'), usd('$0.7 billion', 700000000)]],
    ['a US$6.6bn deal', [usd('US$6.6bn', 6.6 * B)]],
    ['Anthropic took $300m from Google', [usd('$300m', 300 * M)]],
    ['the €1.5B fund', [money('€1.5B', 1.5 * B, 'EUR')]],
    ['£250 million of debt', [money('£250 million', 250 * M, 'GBP')]],
    ['a $1.2 trillion valuation', [usd('$1.2 trillion', 1.2e12)]],
    ['sold for $1,200 million', [usd('$1,200 million', 1.2 * B)]],
    ['about $500,000 in grants', [usd('$500,000', 500000, { qualifier: 'approx' })]],
    ['a $5k bonus', [usd('$5k', 5000)]],
    ['HK$7.8 billion and NT$30bn', [money('HK$7.8 billion', 7.8 * B, 'HKD'), money('NT$30bn', 30 * B, 'TWD')]],
    ['USD 5 billion facility', [usd('USD 5 billion', 5 * B)]],
    ['a 300 million USD contract', [usd('300 million USD', 300 * M)]],
    ['two billion dollars', [usd('two billion dollars', 2 * B, inferred)]],
    ['half a billion dollars in chips', [usd('half a billion dollars', 0.5 * B, inferred)]],
    ['It spent 40 million dollars.', [usd('40 million dollars', 40 * M, inferred)]],
    ['20 billion US dollars', [usd('20 billion US dollars', 20 * B)]],
    ['50 million euros', [money('50 million euros', 50 * M, 'EUR')]],
    ['10 billion yen', [money('10 billion yen', 10 * B, 'JPY')]],
    ['more than $2 billion', [usd('$2 billion', 2 * B, { qualifier: 'over' })]],
    ['nearly $40bn', [usd('$40bn', 40 * B, { qualifier: 'approx' })]],
    ['up to $15 billion', [usd('$15 billion', 15 * B, { qualifier: 'up-to' })]],
    ['at least $1 billion', [usd('$1 billion', B, { qualifier: 'at-least' })]],
    ['less than $100 million', [usd('$100 million', 100 * M, { qualifier: 'under' })]],
    ['$3 billion or more', [usd('$3 billion', 3 * B, { qualifier: 'at-least' })]],
    ['a $1.5-billion deal', [usd('$1.5-billion', 1.5 * B)]],
    ['a 200-million-dollar round', [usd('200-million-dollar', 200 * M, { currencyInferred: true })]],
    // "Rs" is also Pakistan's and Sri Lanka's sign: India's only as a guess; "₹" is India's alone.
    ['Rs 500 crore and ₹1,000 crore', [money('Rs 500 crore', 5e9, 'INR', { currencyInferred: true }), money('₹1,000 crore', 1e10, 'INR')]],
    ['€1bn ($1.1bn)', [money('€1bn', B, 'EUR'), usd('$1.1bn', 1.1 * B)]],
    ['a $500K grant', [usd('$500K', 5e5)]],
    ['a $1.2T valuation', [usd('$1.2T', 1.2e12)]],
    ['1.5 billion U.S. dollars', [usd('1.5 billion U.S. dollars', 1.5 * B)]],
    ['C$2 billion and A$300m', [money('C$2 billion', 2 * B, 'CAD'), money('A$300m', 300 * M, 'AUD')]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it.each([
    ['a $10-15 billion raise', usd('$10-15 billion', 10 * B, { range: { min: 10 * B, max: 15 * B } })],
    ['around $10–$12 billion', usd('$10–$12 billion', 10 * B, { qualifier: 'approx', range: { min: 10 * B, max: 12 * B } })],
  ])('range: %s', (text, want) => {
    expect(seen(text)).toEqual([want]);
  });

  it('keeps "from X to Y" as two amounts', () => {
    expect(seen('revenue grew from $1 billion to $5 billion').map((f) => f.text)).toEqual(['$1 billion', '$5 billion']);
  });

  it('does not join amounts listed with "and"', () => {
    expect(seen('$2 billion and $3 billion').map((f) => f.text)).toEqual(['$2 billion', '$3 billion']);
  });

  it.each([
    ['up 12%', [pct('12%', 12)]],
    ['a 10 per cent stake', [pct('10 per cent', 10)]],
    ['rose 3.5 percent', [pct('3.5 percent', 3.5)]],
    ['between 10% and 15%', [pct('10%', 10, { range: { min: 10, max: 15 } }), pct('15%', 15, { range: { min: 10, max: 15 } })]],
    ['earnings of 41 cents a share', [usd('41 cents', 0.41, { currencyInferred: true })]],
    ['closed up 31% at 402 pence', [pct('31%', 31), money('402 pence', 4.02, 'GBP')]],
    // A number word before a percent word, in each language; not "a" alone, nor a vague word.
    ['what one per cent of revenue costs', [pct('one per cent', 1)]],
    ['half a percent more', [pct('half a percent', 0.5)]],
    ['um etwa zwölf Prozent höher', [pct('zwölf Prozent', 12, { qualifier: 'approx' })]],
    ['compraron el veinte por ciento del tramo', [pct('veinte por ciento', 20)]],
    ['a percent of them, several per cent of all', []],
    ['a 10-15% cut', [pct('10-15%', 10, { range: { min: 10, max: 15 } })]],
    ['more than 70%', [pct('70%', 70, { qualifier: 'over' })]],
    ['a 20pc stake', [pct('20pc', 20)]],
    ['shares rose 3.5pc', [pct('3.5pc', 3.5)]],
    ['Dell shipped 300 PC units', []],
    ['a batch of 20 pc cases', []],
  ])('percent: %s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });
});
