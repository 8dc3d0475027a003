import { describe, expect, it } from 'vitest';
import { numberRunEnd, parseNumber } from './numbers.ts';
import { parseCjkNumeral } from './cjk-anchors.ts';

const read = (s: string) => parseNumber(s, 0, numberRunEnd(s, 0));

describe('parseNumber', () => {
  it.each([
    ['1,235', 1.235, 1235],
    ['1.235', 1235, 1.235],
    // A three-digit "decimal" ending in zero is a thousands group in any language.
    ['1,300', 1300, 1300],
    ['1.700', 1700, 1700],
    ['36,000', 36000, 36000],
    ['1,5', 1.5, 1.5],
    ['6.6', 6.6, 6.6],
    ['1,234,567', 1234567, 1234567],
    ['1.234.567', 1234567, 1234567],
    ['1,234.5', 1234.5, 1234.5],
    ['1.234,5', 1234.5, 1234.5],
    ['1 500', 1500, 1500],
    ['20 000,50', 20000.5, 20000.5],
    ['0,500', 0.5, 0.5],
    ['1234.567', 1234.567, 1234.567],
    // Swiss grouping, straight or curly apostrophe.
    ["200'000", 200000, 200000],
    ['1’200’000', 1200000, 1200000],
    ["2'500.50", 2500.5, 2500.5],
  ])('%s', (s, commaDecimal, dotDecimal) => {
    expect(read(s)).toMatchObject({ commaDecimal, dotDecimal, end: s.length });
  });

  it.each(['12.03.2025', '1,2,3', '1.2.3', '1,23,4', '1234567890123456789'])('refuses %s', (s) => {
    expect(read(s)).toBeUndefined();
  });

  it('takes an apostrophe only before a group of exactly three digits', () => {
    expect(read("5'11")).toMatchObject({ end: 1, dotDecimal: 5 });
    expect(read("20'0000")).toMatchObject({ end: 2, dotDecimal: 20 });
  });

  it('stops the space grouping at a four-digit group', () => {
    expect(read('2024 500')).toMatchObject({ end: 4, dotDecimal: 2024 });
  });
});

describe('parseCjkNumeral', () => {
  it.each([
    ['二十', 20], ['一百五十', 150], ['三千', 3000], ['十', 10], ['两', 2], ['三点五', 3.5],
  ])('%s', (s, value) => {
    expect(parseCjkNumeral(s, 0)).toEqual({ value, end: s.length });
  });
});
