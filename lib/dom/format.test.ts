import { describe, expect, it } from 'vitest';
import { dirOf, factLine, figureLines, formatMoney, formatPercent } from './format.ts';
import { placeBox } from './tooltip/index.ts';

describe('formatting figures for the tooltip', () => {
  it('shows an amount exactly and in words in the reader’s locale', () => {
    expect(formatMoney(20e9, 'USD', 'en')).toBe('$20,000,000,000 · 20 billion US dollars');
    expect(formatMoney(5e9, 'USD', 'ar')).toContain('مليار');
  });

  it('adds an English line for Arabic-script amounts when the reader is not English', () => {
    const e = { type: 'money' as const, text: '5 مليار دولار', start: 0, end: 13, value: 5e9, currency: 'USD' };
    expect(figureLines(e, 'ar').english).toBe('$5,000,000,000 · 5 billion US dollars');
    expect(figureLines(e, 'en').english).toBeUndefined();
    expect(figureLines({ ...e, text: '$5 billion' }, 'ar').english).toBeUndefined();
  });

  it('shows ranges and survives unknown currencies', () => {
    const e = { type: 'money' as const, text: '$10bn to $15bn', start: 0, end: 14, value: 1e10, currency: 'USD', range: { min: 1e10, max: 1.5e10 } };
    expect(figureLines(e, 'en').range).toBe('$10,000,000,000 – $15,000,000,000');
    expect(formatMoney(5, 'NOT-A-CODE', 'en')).toBe('5 NOT-A-CODE');
    expect(figureLines({ ...e, value: Number.NaN }, 'en').main).toBe('$10bn to $15bn');
  });

  it('formats percentages and fact lines', () => {
    expect(formatPercent(40, 'en')).toBe('40%');
    const fact = { company: 'xAI', role: 'raised' as const, value: 2e10, currency: 'USD', counterparty: 'Nvidia', round: null, start: 0, end: 1, moneyStart: 0, moneyEnd: 1 };
    expect(factLine(fact, 'en', { raised: 'Raised' } as never)).toBe('xAI · Raised · $20B · Nvidia');
  });

  it('reads direction from the text', () => {
    expect(dirOf('إنفيديا')).toBe('rtl');
    expect(dirOf('Nvidia')).toBe('ltr');
  });
});

describe('placeBox', () => {
  const rect = (left: number, top: number, w = 50, h = 20) => ({ left, top, right: left + w, bottom: top + h, width: w, height: h }) as DOMRect;

  it('goes below the anchor when it fits, above when it does not', () => {
    expect(placeBox(rect(100, 100), 200, 100, 1000, 800, false)).toEqual({ left: 100, top: 128 });
    expect(placeBox(rect(100, 750), 200, 100, 1000, 800, false).top).toBe(642);
  });

  it('stays inside the viewport and aligns to the right edge for RTL', () => {
    expect(placeBox(rect(950, 100), 200, 100, 1000, 800, false).left).toBe(792);
    expect(placeBox(rect(10, 100), 200, 100, 1000, 800, true).left).toBe(8);
    expect(placeBox(rect(500, 100), 200, 100, 1000, 800, true).left).toBe(350);
  });
});
