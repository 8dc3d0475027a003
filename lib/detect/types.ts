/**
 * The engine's output contract. Everything downstream (page highlights, storage,
 * export, the `extract` CLI) reads these shapes, so change them with care.
 * Offsets are UTF-16 code units into the original text, end exclusive.
 */

export interface Span {
  start: number;
  end: number;
  /** Exactly `original.slice(start, end)`. */
  text: string;
}

/** How a figure is hedged in the sentence ("about", "more than", نحو, rund, ...). */
export type Qualifier = 'approx' | 'over' | 'under' | 'up-to' | 'at-least';

export interface MoneyEntity extends Span {
  type: 'money';
  /** Amount in units of `currency`; for a range this is the lower bound. */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** True when the currency was guessed (a bare "dollars" read as USD). */
  currencyInferred?: boolean;
  qualifier?: Qualifier;
  /** Present for "$10bn to $15bn" and "10-15 مليار دولار": both bounds. */
  range?: { min: number; max: number };
}

export interface PercentEntity extends Span {
  type: 'percent';
  value: number;
  qualifier?: Qualifier;
  range?: { min: number; max: number };
}

export type CompanyKind = 'company' | 'investor' | 'media';
export type CompanySource = 'gazetteer' | 'cue' | 'watchlist';

export interface CompanyEntity extends Span {
  type: 'company';
  canonical: string;
  kind: CompanyKind;
  source: CompanySource;
  ticker?: string;
  description?: string;
}

export type Entity = MoneyEntity | PercentEntity | CompanyEntity;
export type EntityType = Entity['type'];

export type FactRole =
  | 'raised'
  | 'invested'
  | 'valuation'
  | 'debt'
  | 'revenue'
  | 'spending'
  | 'acquisition'
  | 'other';

/** A funding fact: who did what with how much, and the clause that says so. */
export interface Fact {
  company: string;
  role: FactRole;
  value: number;
  currency: string;
  counterparty: string | null;
  round: string | null;
  /** The sentence or clause that carries the fact. */
  start: number;
  end: number;
  /** Offsets of the money entity the fact is built on. */
  moneyStart: number;
  moneyEnd: number;
}

/** An extra company from the reader's settings, matched like the gazetteer. */
export interface WatchlistEntry {
  canonical: string;
  aliases: string[];
  kind?: CompanyKind;
}

export interface DetectOptions {
  watchlist?: WatchlistEntry[];
  /** Entity types to report; all by default. */
  types?: EntityType[];
  /**
   * Companies confirmed in earlier pieces of the same page (named by a safe
   * alias, or accepted mid-sentence), for a caller that reads a page in
   * slices: one set per page, passed to every call, which adds to it.
   * "Mistral AI" in one slice then makes "Mistral" in a later one a company,
   * as it would in one call over the whole text.
   */
  known?: Set<string>;
}

export interface Detection {
  entities: Entity[];
  facts: Fact[];
  /**
   * Set when the text holds an amount and a company but no linker is loaded
   * yet (the extension loads it with the facts chunk): the facts, once it is.
   */
  relink?: () => Fact[];
}
