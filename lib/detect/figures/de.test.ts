import { describe, expect, it } from 'vitest';
import { money, pct, seen, usd } from './testkit.ts';

const B = 1e9;
const M = 1e6;
const eur = (text: string, value: number, extra = {}) => money(text, value, 'EUR', extra);

describe('German money from Switzerland', () => {
  it('reads "60 Mio. Fr." as Swiss francs', () => {
    expect(seen('Das Start-up sammelt 60 Mio. Fr. ein.')).toEqual([money('60 Mio. Fr.', 60e6, 'CHF')]);
    expect(seen('Die Bewertung liegt bei 1,2 Mia. Franken.')).toEqual([money('1,2 Mia. Franken', 1.2e9, 'CHF', { currencyInferred: true })]);
    // A number word before an abbreviated scale, and the teens.
    expect(seen('Das Start-up sammelte eine Mio. Euro ein, der Konzern zahlt elf Milliarden Euro.')).toEqual([
      money('eine Mio. Euro', 1e6, 'EUR'), money('elf Milliarden Euro', 11e9, 'EUR'),
    ]);
  });

  it('reads "Fr. 8 Mio." with the franc first, but not a Friday\'s date', () => {
    expect(seen('Die Firma erhielt Fr. 8 Mio. von Investoren.')).toEqual([money('Fr. 8 Mio.', 8e6, 'CHF')]);
    expect(seen('Die Sitzung ist am Fr. 8. März.')).toEqual([]);
  });

  it('reads "Fr. 690" without a scale word only where no day or time could be meant', () => {
    expect(seen('Kanzleien zahlen bis zu Fr. 690 monatlich.')).toEqual([money('Fr. 690', 690, 'CHF', { qualifier: 'up-to' })]);
    expect(seen('Das Abo kostet Fr. 49.90 im Monat.')).toEqual([money('Fr. 49.90', 49.9, 'CHF')]);
    expect(seen('Die Präsentation folgt am Fr. 12.30 Uhr.')).toEqual([]);
    expect(seen('Die Frist endet am Fr. 28 im Juni.')).toEqual([]);
  });
});

describe('German money', () => {
  it('reads an amount hyphenated into a compound', () => {
    expect(seen('Der 3,35-Milliarden-Dollar-Deal und eine 1,5-Milliarden-Euro-Runde.')).toEqual([
      usd('3,35-Milliarden-Dollar', 3.35 * B, { currencyInferred: true }), eur('1,5-Milliarden-Euro', 1.5 * B),
    ]);
  });

  it.each([
    ['Das Start-up sammelte 23 Millionen Euro ein.', [eur('23 Millionen Euro', 23 * M)]],
    ['zunächst fünf Millionen Euro', [eur('fünf Millionen Euro', 5 * M)]],
    ['eine Milliarde Euro', [eur('eine Milliarde Euro', B)]],
    ['1,5 Milliarden Euro', [eur('1,5 Milliarden Euro', 1.5 * B)]],
    ['1.200 Millionen Euro', [eur('1.200 Millionen Euro', 1.2 * B)]],
    ['rund 2,3 Mrd. Euro', [eur('2,3 Mrd. Euro', 2.3 * B, { qualifier: 'approx' })]],
    ['500 Mio. Euro', [eur('500 Mio. Euro', 500 * M)]],
    ['mehr als 100 Millionen US-Dollar', [usd('100 Millionen US-Dollar', 100 * M, { qualifier: 'over' })]],
    ['etwa 20 Milliarden Dollar', [usd('20 Milliarden Dollar', 20 * B, { qualifier: 'approx', currencyInferred: true })]],
    ['3 Mrd. €', [eur('3 Mrd. €', 3 * B)]],
    ['bis zu 50 Mio. EUR', [eur('50 Mio. EUR', 50 * M, { qualifier: 'up-to' })]],
    ['eine Billion Euro', [eur('eine Billion Euro', 1e12)]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('reads "zwischen 10 und 15 Millionen Euro" as one range', () => {
    expect(seen('zwischen 10 und 15 Millionen Euro')).toEqual([eur('10 und 15 Millionen Euro', 10 * M, { range: { min: 10 * M, max: 15 * M } })]);
  });

  it.each([
    ['ein Anteil von 15 Prozent', [pct('15 Prozent', 15)]],
    ['ein Plus von 2,5 %', [pct('2,5 %', 2.5)]],
  ])('percent: %s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });
});
