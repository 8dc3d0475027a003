/**
 * How a figure is shown to the reader: in the reader's locale through Intl,
 * exact and in words ("$20,000,000,000 · 20 billion US dollars"). Amounts
 * written in Arabic script also get an English line, for readers who quote
 * them in English-language notes.
 */
import type { Entity, Fact, MoneyEntity, PercentEntity } from '../detect/types.ts';

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

export function isArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

function safe(fn: () => string, fallback: string): string {
  try {
    return fn();
  } catch {
    // An unknown currency code or locale must not cost the reader the tooltip.
    return fallback;
  }
}

/** "$20,000,000,000 · 20 billion US dollars" in `locale`. */
export function formatMoney(value: number, currency: string, locale: string): string {
  const exact = safe(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value),
    `${value} ${currency}`,
  );
  const words = safe(
    () => new Intl.NumberFormat(locale, {
      style: 'currency', currency, currencyDisplay: 'name', notation: 'compact', compactDisplay: 'long',
    }).format(value),
    '',
  );
  return words && words !== exact ? `${exact} · ${words}` : exact;
}

export function formatPercent(value: number, locale: string): string {
  return safe(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100), `${value}%`);
}

function formatRange(e: MoneyEntity | PercentEntity, locale: string): string | null {
  if (!e.range) return null;
  const one = (v: number) => (e.type === 'money' ? formatMoney(v, e.currency, locale).split(' · ')[0]! : formatPercent(v, locale));
  return `${one(e.range.min)} – ${one(e.range.max)}`;
}

export interface FigureLines {
  /** The main line, in the reader's locale. */
  main: string;
  /** The English line for Arabic-script amounts when the reader's locale is not English. */
  english?: string;
  range?: string;
}

export function figureLines(e: MoneyEntity | PercentEntity, locale: string): FigureLines {
  // A re-anchored fact the engine no longer reads has no value: show its words.
  if (!Number.isFinite(e.value)) return { main: e.text };
  const fmt = (loc: string) => (e.type === 'money' ? formatMoney(e.value, e.currency, loc) : formatPercent(e.value, loc));
  const lines: FigureLines = { main: fmt(locale) };
  if (isArabicScript(e.text) && !locale.toLowerCase().startsWith('en')) lines.english = fmt('en');
  const range = formatRange(e, locale);
  if (range) lines.range = range;
  return lines;
}

/** The currency's name in the reader's language ("US Dollar"), or its code. */
export function currencyName(code: string, locale: string): string {
  return safe(() => new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code, code);
}

/** A one-line summary of a funding fact: "xAI · Raised · $20B · Nvidia". */
export function factLine(fact: Fact, locale: string, verbs: Record<Fact['role'], string>): string {
  const amount = safe(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: fact.currency, notation: 'compact' }).format(fact.value),
    `${fact.value} ${fact.currency}`,
  );
  const parts = [fact.company, verbs[fact.role], amount];
  if (fact.counterparty) parts.push(fact.counterparty);
  if (fact.round) parts.push(fact.round);
  return parts.join(' · ');
}

/** Text direction for a piece of page text. */
export function dirOf(text: string): 'rtl' | 'ltr' {
  return /[\u0590-\u08ff]/.test(text) ? 'rtl' : 'ltr';
}

export function entityLabel(e: Entity): string {
  return e.type === 'company' ? e.canonical : e.text;
}
