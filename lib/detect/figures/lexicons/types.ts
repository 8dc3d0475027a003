import type { Qualifier } from '../../types.ts';
import type { CjkAnchor } from '../cjk-anchors.ts';

export type Lang = 'en' | 'ar' | 'fr' | 'de' | 'es' | 'zh' | 'ja';

/** [ISO 4217 code, true when the word only suggests the currency (bare "dollars" → USD)]. */
export type CurrencyDef = readonly [string, boolean];

/**
 * One language's words for figures. Keys are written as a reader would type
 * them; the compiler folds them (normalize + lower case), so accents, hamza and
 * tashkeel variants need not be listed twice.
 */
export interface LexiconData {
  lang: Lang;
  /** Chinese and Japanese: the reader of amounts at 百, 成, 割 and a CJK scale (cjk-anchors.ts), which comes with the lexicon. */
  anchor?: CjkAnchor;
  /** True where "1,5" is one and a half and "1.200" is twelve hundred. */
  decimalComma: boolean;
  /** Scale words after a number: "billion" → 1e9. Consecutive rising scales multiply ("mil millones"). */
  scales: Record<string, number>;
  /**
   * Scale forms that are an amount on their own, with no number before them:
   * Arabic مليار (one billion), the dual ملياري (two billion), Spanish "mil".
   * The value is the whole amount. Plurals ("billions", مليارات) are never here.
   */
  bareScales?: Record<string, number>;
  /** Scale words that carry their currency: "mdd" (millones de dólares) → [1e6, USD, inferred]. */
  scaleCurrencies?: Record<string, readonly [number, string, boolean]>;
  /** Words that may stand for the number before a scale word: "two", "un", "half a". */
  numberWords?: Record<string, number>;
  /** Currency words after the amount (and the scale). */
  currencies: Record<string, CurrencyDef>;
  /** Small words between a scale and its currency: "d'", "de", "of". */
  linkers?: string[];
  /** Words after a number that make it a percentage. */
  percentWords: string[];
  /** Words after a number that make it tenths, as a percentage: "２割" is 20%. */
  percentTenths?: string[];
  /** Hedges written before the figure ("more than"). */
  qualifiersBefore: Record<string, Qualifier>;
  /** Hedges written after the figure ("or more", 以上); never part of the span. */
  qualifiersAfter?: Record<string, Qualifier>;
  /** Words joining the two ends of a range on their own ("to", "à", "bis"). */
  rangeJoin: string[];
  /** "between" words, and the "and" words that join a range only after them. */
  between: string[];
  betweenJoin: string[];
  /** Joins that themselves say "from": "100億円から150億円に" is a change, "100億から150億円" a range. */
  fromJoin?: string[];
  /** Frequent short words, used only to guess the language near an ambiguous number. */
  stopwords?: string[];
  /**
   * Places that make a bare sign or a currency word local: "$" and "pesos"
   * near Argentina are ARS, "dirhams" near Morocco MAD. `places` is a regex
   * source (matched case-blind at a word start); `swap` maps what was read
   * ("$" for the bare sign, else the code the word suggested) to the local
   * code. A place with nothing to swap still stands between an amount and a
   * place further back; one that maps its own money to itself ("pesos" in
   * Mexico) says so for an amount further on too. `when`, a regex source: the
   * swap of "$" holds only in a text it matches (a Mexican text that writes the
   * US dollar as "US$" writes its peso as "$").
   */
  localCurrencies?: { places: string; swap: Record<string, string>; when?: string }[];
}

/**
 * A currency noun with nationality words, all explicit: "canadian dollars"
 * (adjective first) or, with `after`, "dólares canadienses".
 */
export function withForms(nouns: string[], adjectives: Record<string, string>, after = false): Record<string, CurrencyDef> {
  const out: Record<string, CurrencyDef> = {};
  for (const noun of nouns) {
    for (const [adj, iso] of Object.entries(adjectives)) out[after ? `${noun} ${adj}` : `${adj} ${noun}`] = [iso, false];
  }
  return out;
}

/**
 * Currency words grouped by code, '|'-separated; a leading '~' marks a word
 * that only suggests the currency. Grouping keeps the shipped tables small.
 */
export function byIso(groups: Record<string, string>): Record<string, CurrencyDef> {
  const out: Record<string, CurrencyDef> = {};
  for (const [iso, words] of Object.entries(groups)) {
    for (const w of words.split('|')) out[w.replace(/^~/, '')] = [iso, w.startsWith('~')];
  }
  return out;
}

/** Hedge words grouped by what they say, '|'-separated. */
export function byQualifier(groups: Partial<Record<Qualifier, string>>): Record<string, Qualifier> {
  const out: Record<string, Qualifier> = {};
  for (const [q, words] of Object.entries(groups) as [Qualifier, string][]) for (const w of words.split('|')) out[w] = q;
  return out;
}
