import { describe, expect, it } from 'vitest';
import { money, pct, seen, usd } from './testkit.ts';

const B = 1e9;
const M = 1e6;
const eur = (text: string, value: number, extra = {}) => money(text, value, 'EUR', extra);
const inferred = { currencyInferred: true };

describe('Spanish money', () => {
  it.each([
    ['recaudó US$ 113 millones', [usd('US$ 113 millones', 113 * M)]],
    ['240 millones de euros', [eur('240 millones de euros', 240 * M)]],
    ['dos mil millones de dólares', [usd('dos mil millones de dólares', 2 * B, inferred)]],
    ['mil millones de dólares', [usd('mil millones de dólares', B, inferred)]],
    ['1.500 millones de dólares', [usd('1.500 millones de dólares', 1.5 * B, inferred)]],
    ['2,5 millones de euros', [eur('2,5 millones de euros', 2.5 * M)]],
    ['un millón de dólares', [usd('un millón de dólares', M, inferred)]],
    ['cerca de 40.000 millones de dólares', [usd('40.000 millones de dólares', 40 * B, { ...inferred, qualifier: 'approx' })]],
    ['más de 100 millones de euros', [eur('100 millones de euros', 100 * M, { qualifier: 'over' })]],
    ['hasta 5.000 millones de euros', [eur('5.000 millones de euros', 5 * B, { qualifier: 'up-to' })]],
    ['113 millones de USD', [usd('113 millones de USD', 113 * M)]],
    ['US$1.500 millones', [usd('US$1.500 millones', 1.5 * B)]],
    ['10 millones de dólares estadounidenses', [usd('10 millones de dólares estadounidenses', 10 * M)]],
    // Mexico: comma thousands, "mdd"/"mdp", and "pesos" read as Mexican (marked guessed).
    ['invertirá 1,300 millones de dólares', [usd('1,300 millones de dólares', 1.3 * B, inferred)]],
    ['una ronda de 35 mdd', [usd('35 mdd', 35 * M, inferred)]],
    ['un crédito por 900 mdp', [money('900 mdp', 900 * M, 'MXN', inferred)]],
    ['6,500 millones de pesos', [money('6,500 millones de pesos', 6.5 * B, 'MXN', inferred)]],
    // A lone group of three after a comma, with a scale word, is thousands too (Latin America's way)...
    ['ingresos por 36,872 millones de dólares', [usd('36,872 millones de dólares', 36.872 * B, inferred)]],
    // ...unless the text groups thousands with dots, as Spain does: then the comma is a decimal one.
    ['ganó 1,234 millones de euros y emitió 2.500 millones de euros', [eur('1,234 millones de euros', 1.234 * M), eur('2.500 millones de euros', 2.5 * B)]],
    // "mil 300 millones" is 1,300 millions; "mil" alone before a number with no scale word is not read.
    ['costará mil 300 millones de dólares', [usd('mil 300 millones de dólares', 1.3 * B, inferred)]],
    ['pagó mil 300 pesos', [money('300 pesos', 300, 'MXN', inferred)]],
    // With the count of thousands before "mil", no scale word is needed: 30,570 pesos.
    ['un promedio de 30 mil 570 pesos', [money('30 mil 570 pesos', 30570, 'MXN', inferred)]],
    // "4 mil 800 millones" is 4,800 millions; the count of thousands comes first.
    ['invertirá 4 mil 800 millones de dólares', [usd('4 mil 800 millones de dólares', 4.8 * B, inferred)]],
    ['(12 mil 500 millones de pesos)', [money('12 mil 500 millones de pesos', 12.5 * B, 'MXN', inferred)]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('reads "entre 10 y 15 millones de euros" as one range', () => {
    expect(seen('entre 10 y 15 millones de euros')).toEqual([eur('10 y 15 millones de euros', 10 * M, { range: { min: 10 * M, max: 15 * M } })]);
  });

  it.each([
    ['una participación del 20 por ciento', [pct('20 por ciento', 20)]],
    ['subió un 3,5%', [pct('3,5%', 3.5)]],
  ])('percent: %s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });
});
