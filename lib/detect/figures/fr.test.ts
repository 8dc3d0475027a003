import { describe, expect, it } from 'vitest';
import { money, pct, seen, usd } from './testkit.ts';

const B = 1e9;
const M = 1e6;
const eur = (text: string, value: number, extra = {}) => money(text, value, 'EUR', extra);

describe('French money from Switzerland and Québec', () => {
  it.each([
    ['une levée de 250 millions de francs', [money('250 millions de francs', 250e6, 'CHF', { currencyInferred: true })]],
    ['un budget de 4 MCHF', [money('4 MCHF', 4e6, 'CHF')]],
    ['une valorisation de 1,2 mia de francs', [money('1,2 mia de francs', 1.2e9, 'CHF', { currencyInferred: true })]],
    ['un investissement de 8,5 MMDH', [money('8,5 MMDH', 8.5e9, 'MAD')]],
    ["l'action a clôturé à 98,40 DH à Casablanca", [money('98,40 DH', 98.4, 'MAD')]],
    ["un prêt de 200'000 francs", [money("200'000 francs", 200e3, 'CHF', { currencyInferred: true })]],
    ['un plan de 185 G$ sur dix ans', [money('185 G$', 185e9, 'CAD', { currencyInferred: true })]],
    ['une ronde de 12,5 M$ CA', [money('12,5 M$ CA', 12.5e6, 'CAD')]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('reads a bare "M$" as Canadian in a text about Québec, US in one from France, and "$ US" as US anywhere', () => {
    const quebec = 'La firme montréalaise a levé 75 M$ au Québec. Le Canada suit. Elle vise un rachat de 2 milliards $ US.';
    expect(seen(quebec)).toEqual([
      money('75 M$', 75 * M, 'CAD', { currencyInferred: true }), usd('2 milliards $ US', 2 * B),
    ]);
    expect(seen('La start-up parisienne a levé 500 M$ auprès de fonds américains.')).toEqual([usd('500 M$', 500 * M)]);
    // A Canadian fund says whose money it was, not which dollar: France's press writes US dollars.
    expect(seen('Elle avait été rachetée par le fonds de pension canadien Qorvest pour 5,3 milliards de dollars.')).toEqual([
      usd('5,3 milliards de dollars', 5.3 * B, { currencyInferred: true }),
    ]);
  });
});

describe('French money', () => {
  it.each([
    ['Mistral a levé 600 millions d’euros', [eur('600 millions d’euros', 600 * M)]],
    ['une valorisation de 6 milliards d\'euros', [eur('6 milliards d\'euros', 6 * B)]],
    ['un tour de 1,5 milliard d\'euros', [eur('1,5 milliard d\'euros', 1.5 * B)]],
    ['pour un milliard d\'euros', [eur('un milliard d\'euros', B)]],
    ['deux milliards de dollars', [usd('deux milliards de dollars', 2 * B, { currencyInferred: true })]],
    ['un contrat de 1 500 millions d\'euros', [eur('1 500 millions d\'euros', 1.5 * B)]],
    ['environ 300 M€ levés', [eur('300 M€', 300 * M, { qualifier: 'approx' })]],
    ['une enveloppe de 2 Md€', [eur('2 Md€', 2 * B)]],
    ['un loyer de 20 000 €', [eur('20 000 €', 20000)]],
    ['près de 2,5 milliards de dollars américains', [usd('2,5 milliards de dollars américains', 2.5 * B, { qualifier: 'approx' })]],
    ['plus de 100 millions d\'euros', [eur('100 millions d\'euros', 100 * M, { qualifier: 'over' })]],
    ['au moins 50 millions d\'euros', [eur('50 millions d\'euros', 50 * M, { qualifier: 'at-least' })]],
    ['15 million d\'euros', [eur('15 million d\'euros', 15 * M)]],
    ['1,5 G€ de chiffre', [eur('1,5 G€', 1.5 * B)]],
    ['500 millions de $', [usd('500 millions de $', 500 * M)]],
    ['1,2 milliard de livres sterling', [money('1,2 milliard de livres sterling', 1.2 * B, 'GBP')]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('reads "entre 10 et 15 milliards d\'euros" as one range', () => {
    expect(seen('entre 10 et 15 milliards d\'euros')).toEqual([eur('10 et 15 milliards d\'euros', 10 * B, { range: { min: 10 * B, max: 15 * B } })]);
  });

  it('reads "de 2 à 3 milliards d\'euros" as one range', () => {
    expect(seen('de 2 à 3 milliards d\'euros')).toEqual([eur('2 à 3 milliards d\'euros', 2 * B, { range: { min: 2 * B, max: 3 * B } })]);
  });

  it.each([
    ['en hausse de 12 %', [pct('12 %', 12)]],
    ['une part de 1,5 %', [pct('1,5 %', 1.5)]],
    ['une baisse de 20 pour cent', [pct('20 pour cent', 20)]],
  ])('percent: %s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });
});
