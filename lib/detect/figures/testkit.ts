/** Shared helpers for the figure tests: run the engine and keep the fields a test compares. */
import { normalize } from '../normalize.ts';
import type { MoneyEntity, PercentEntity } from '../types.ts';
import { findFigures } from './index.ts';

export type Seen = Partial<Pick<MoneyEntity, 'text' | 'value' | 'currency' | 'currencyInferred' | 'qualifier' | 'range'>> & {
  type?: 'money' | 'percent';
};

export function figures(text: string): (MoneyEntity | PercentEntity)[] {
  return findFigures(text, normalize(text));
}

/** The figures with only the fields under test, for `toEqual` against a table. */
export function seen(text: string): Seen[] {
  return figures(text).map((f) => {
    const out: Seen = { type: f.type, text: f.text, value: f.value };
    if (f.type === 'money') {
      out.currency = f.currency;
      if (f.currencyInferred) out.currencyInferred = true;
    }
    if (f.qualifier) out.qualifier = f.qualifier;
    if (f.range) out.range = f.range;
    return out;
  });
}

export const usd = (text: string, value: number, extra: Seen = {}): Seen => ({ type: 'money', text, value, currency: 'USD', ...extra });
export const money = (text: string, value: number, currency: string, extra: Seen = {}): Seen => ({ type: 'money', text, value, currency, ...extra });
export const pct = (text: string, value: number, extra: Seen = {}): Seen => ({ type: 'percent', text, value, ...extra });
