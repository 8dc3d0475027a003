/**
 * Ranges: two ends that each carry their own currency (and scale, if any) are
 * two figures sharing `range`; ends that share a scale or currency are one.
 */
import { describe, expect, it } from 'vitest';
import { type Seen, money, pct, seen, usd } from './testkit.ts';

const B = 1e9;
const M = 1e6;
const inferred = { currencyInferred: true };
const r = (min: number, max: number) => ({ range: { min, max } });

describe('ranges of two complete amounts', () => {
  it.each<[string, Seen[]]>([
    ['spending will be between $40 billion and $45 billion this year',
      [usd('$40 billion', 40 * B, r(40 * B, 45 * B)), usd('$45 billion', 45 * B, r(40 * B, 45 * B))]],
    ['a round of $3 billion to $4 billion', [usd('$3 billion', 3 * B, r(3 * B, 4 * B)), usd('$4 billion', 4 * B, r(3 * B, 4 * B))]],
    ['valued from €1bn to €2bn', [money('€1bn', B, 'EUR', r(B, 2 * B)), money('€2bn', 2 * B, 'EUR', r(B, 2 * B))]],
    ['priced at $8 to $12 a share', [usd('$8', 8, r(8, 12)), usd('$12', 12, r(8, 12))]],
    ['entre 300 millions d\'euros et 500 millions d\'euros',
      [money('300 millions d\'euros', 300 * M, 'EUR', r(300 * M, 500 * M)), money('500 millions d\'euros', 500 * M, 'EUR', r(300 * M, 500 * M))]],
    ['zwischen 2 Milliarden Euro und 3 Milliarden Euro',
      [money('2 Milliarden Euro', 2 * B, 'EUR', r(2 * B, 3 * B)), money('3 Milliarden Euro', 3 * B, 'EUR', r(2 * B, 3 * B))]],
    ['entre 200 millones de dólares y 300 millones de dólares', [
      usd('200 millones de dólares', 200 * M, { ...inferred, ...r(200 * M, 300 * M) }),
      usd('300 millones de dólares', 300 * M, { ...inferred, ...r(200 * M, 300 * M) }),
    ]],
    ['بين 5 مليارات دولار و7 مليارات دولار', [
      usd('5 مليارات دولار', 5 * B, { ...inferred, ...r(5 * B, 7 * B) }),
      usd('7 مليارات دولار', 7 * B, { ...inferred, ...r(5 * B, 7 * B) }),
    ]],
    ['融资100亿美元至150亿美元', [usd('100亿美元', 10 * B, r(10 * B, 15 * B)), usd('150亿美元', 15 * B, r(10 * B, 15 * B))]],
    ['100億円〜150億円を調達', [money('100億円', 1e10, 'JPY', r(1e10, 1.5e10)), money('150億円', 1.5e10, 'JPY', r(1e10, 1.5e10))]],
    // Percentages alike, when each end has its own sign.
    ['between 10% and 15%', [pct('10%', 10, r(10, 15)), pct('15%', 15, r(10, 15))]],
    ['une hausse de 6 % à 14 %', [pct('6 %', 6, r(6, 14)), pct('14 %', 14, r(6, 14))]],
    ['营收增长20%至30%', [pct('20%', 20, r(20, 30)), pct('30%', 30, r(20, 30))]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('keeps the hedge before the range on the first end only', () => {
    const [a, b] = seen('about $10 billion to $12 billion');
    expect(a?.qualifier).toBe('approx');
    expect(b?.qualifier).toBeUndefined();
  });

  it('gives no range when the second end is smaller (a fall, not a range)', () => {
    expect(seen('revenue fell from $5bn to $1bn')).toEqual([usd('$5bn', 5 * B), usd('$1bn', B)]);
  });

  it('gives no range between two currencies', () => {
    expect(seen('$10 billion to €15 billion')).toEqual([usd('$10 billion', 10 * B), money('€15 billion', 15 * B, 'EUR')]);
  });
});

describe('ranges sharing a scale or currency stay one figure', () => {
  it.each<[string, Seen]>([
    ['$10-15 billion', usd('$10-15 billion', 10 * B, r(10 * B, 15 * B))],
    ['$10 to $15 billion', usd('$10 to $15 billion', 10 * B, r(10 * B, 15 * B))],
    ['10 à 15 milliards d\'euros', money('10 à 15 milliards d\'euros', 10 * B, 'EUR', r(10 * B, 15 * B))],
    ['10 bis 15 Milliarden Euro', money('10 bis 15 Milliarden Euro', 10 * B, 'EUR', r(10 * B, 15 * B))],
    ['de 10 a 15 millones de euros', money('10 a 15 millones de euros', 10 * M, 'EUR', r(10 * M, 15 * M))],
    ['10-15 مليار دولار', usd('10-15 مليار دولار', 10 * B, { ...inferred, ...r(10 * B, 15 * B) })],
    ['10亿至15亿美元', usd('10亿至15亿美元', B, r(B, 1.5 * B))],
    ['between 10 and 15 per cent', pct('10 and 15 per cent', 10, r(10, 15))],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual([want]);
  });
});
