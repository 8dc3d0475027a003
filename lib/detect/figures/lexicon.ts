/**
 * Compiles the per-language lexicons once, at module load, into tries and maps
 * keyed by folded lower-case text, so a lookup at an anchor costs a few map hits.
 */
import type { Qualifier } from '../types.ts';
import { foldWord } from '../normalize.ts';
import { BUILTIN_LEXICONS } from './lexicons/index.ts';
import { CODES, LETTER_SIGNS, SYMBOLS } from './lexicons/symbols.ts';
import type { Lang, LexiconData } from './lexicons/types.ts';
import type { CjkAnchor } from './cjk-anchors.ts';
import { Trie, lowerString } from './text.ts';

const LEXICONS: LexiconData[] = [...BUILTIN_LEXICONS];

export const DECIMAL_COMMA = new Set<Lang>();

export interface ScaleEntry {
  /** Value per language; `langs` lists where the word exists. */
  byLang: Partial<Record<Lang, number>>;
  langs: Lang[];
  /** The amount the word stands for with no number before it (مليار = 1e9, ملياري = 2e9). */
  bare?: number;
  /** Read only with no number before it: the Arabic dual (ملياري) takes none. */
  alone?: boolean;
  /** The currency the word carries: "mdd" is millones de dólares. */
  currency?: CurrencyEntry;
}

export interface CurrencyEntry {
  iso: string;
  inferred: boolean;
  langs: Lang[];
  /** A sign or code: after a number it may instead open the next amount. */
  sign: boolean;
  /** A letter sign (symbols.ts LETTER_SIGNS); `scaled`: it counts only before a number with a scale word. */
  letter?: boolean;
  scaled?: boolean;
  /** A weekday's abbreviation too ("Fr."): a number no date has (over 31, or with a fraction) needs no scale word. */
  weekday?: boolean;
}

export interface LangEntry {
  langs: Lang[];
  /** A percent word counting tenths (割) multiplies the number. */
  times?: number;
}

export interface JoinEntry {
  /** Joins a range on its own ("to", "-"); otherwise only after a "between" word ("and"). */
  plain: boolean;
  /** Says "from" itself (から): after a complete amount it is a change, not a range. */
  from?: boolean;
}

const fold = (s: string): string => lowerString(foldWord(s));
const union = (a: Lang[], b: Lang[]): Lang[] => [...new Set([...a, ...b])];

export const scaleTrie = new Trie<ScaleEntry>();
export const currencyTrie = new Trie<CurrencyEntry>();
export const percentTrie = new Trie<LangEntry>();
export const linkerTrie = new Trie<LangEntry>();
export const joinTrie = new Trie<JoinEntry>();
export const qualifierAfterTrie = new Trie<Qualifier>();
export const numberWords = new Map<string, number>();
export const qualifiersBefore = new Map<string, Qualifier>();
export const betweenWords = new Set<string>();
export const stopwords = new Map<string, Lang>();
/** Signs and codes written before a number, by folded spelling (codes by exact spelling). */
export const prefixCurrencies = new Map<string, CurrencyEntry>();
/** The last units of those spellings other than a capital ("$", "₲", "." of "Gs."), so a number with none before it is passed over at once. */
export const prefixLastUnits = new Set<number>();
export let maxPrefixLen = 0;
/** The longest letter sign (symbols.ts LETTER_SIGNS), for finding one before a range's second number. */
export let maxLetterSignLen = 0;
export const cjkQualifiersBefore = new Map<string, Qualifier>();
/** Last word of each "before" hedge → the most words such a hedge has: one lookup rules out most positions. */
export const qualifierLastWords = new Map<string, number>();
/**
 * Per language, its places that make a currency local (LexiconData.localCurrencies):
 * one regex for all, group k + 1 being place k, and each place's swap.
 */
export const localCurrencies = new Map<Lang, { re: RegExp; swaps: Record<string, string>[]; when: (RegExp | undefined)[] }>();

/**
 * Two languages may share a word: the entries merge, the first one's fields
 * winning and the other filling in what it lacks (a currency, 割's tenths).
 */
const mergeLangs = { merge: <T extends { langs: Lang[] }>(a: T, b: T): T => ({ ...b, ...a, langs: union(a.langs, b.langs) }) };
const mergeScale = {
  merge: (a: ScaleEntry, b: ScaleEntry): ScaleEntry => ({ ...mergeLangs.merge(a, b), byLang: { ...a.byLang, ...b.byLang } }),
};

/** The reader of Chinese and Japanese amount anchors, once a lexicon of theirs is in (cjk-anchors.ts). */
export let cjkAnchor: CjkAnchor | undefined;

function compileLang(lex: LexiconData): void {
  const lang = lex.lang;
  cjkAnchor ??= lex.anchor;
  if (lex.decimalComma) DECIMAL_COMMA.add(lang);
  for (const [k, v] of Object.entries(lex.scales)) {
    const bare = lex.bareScales?.[k];
    scaleTrie.add(fold(k), { byLang: { [lang]: v }, langs: [lang], ...(bare !== undefined ? { bare } : {}) }, mergeScale);
  }
  for (const [k, [v, iso, inferred]] of Object.entries(lex.scaleCurrencies ?? {})) {
    scaleTrie.add(fold(k), { byLang: { [lang]: v }, langs: [lang], currency: { iso, inferred, langs: [lang], sign: false } }, mergeScale);
  }
  for (const [k, v] of Object.entries(lex.bareScales ?? {})) {
    if (k in lex.scales) continue;
    scaleTrie.add(fold(k), { byLang: { [lang]: v }, langs: [lang], bare: v, alone: true });
  }
  for (const [k, [iso, inferred]] of Object.entries(lex.currencies)) {
    currencyTrie.add(fold(k), { iso, inferred, langs: [lang], sign: false }, mergeLangs);
  }
  for (const k of lex.percentTenths ?? []) percentTrie.add(fold(k), { langs: [lang], times: 10 }, mergeLangs);
  for (const k of lex.percentWords) percentTrie.add(fold(k), { langs: [lang] }, mergeLangs);
  for (const k of lex.linkers ?? []) linkerTrie.add(fold(k), { langs: [lang] }, mergeLangs);
  const joinMerge = { merge: (a: JoinEntry, b: JoinEntry): JoinEntry => ({ plain: a.plain || b.plain, from: a.from || b.from }) };
  for (const k of lex.rangeJoin) joinTrie.add(fold(k), { plain: true, from: lex.fromJoin?.includes(k) ?? false }, joinMerge);
  for (const k of lex.betweenJoin) joinTrie.add(fold(k), { plain: false }, joinMerge);
  for (const [k, q] of Object.entries(lex.qualifiersAfter ?? {})) qualifierAfterTrie.add(fold(k), q);
  for (const [k, v] of Object.entries(lex.numberWords ?? {})) numberWords.set(fold(k), v);
  for (const [k, q] of Object.entries(lex.qualifiersBefore)) {
    const key = fold(k);
    if (lang === 'zh' || lang === 'ja') cjkQualifiersBefore.set(key, q);
    else {
      qualifiersBefore.set(key, q);
      const last = key.slice(key.lastIndexOf(' ') + 1);
      qualifierLastWords.set(last, Math.max(qualifierLastWords.get(last) ?? 0, key.split(' ').length));
    }
  }
  for (const k of lex.between) betweenWords.add(fold(k));
  for (const k of lex.stopwords ?? []) stopwords.set(fold(k), lang);
  if (lex.localCurrencies) {
    // One pass over the text for all of a language's places; a letter before one (Latin, accented or Arabic) is another word.
    const groups = lex.localCurrencies.map(({ places }) => `(${places})`).join('|');
    localCurrencies.set(lang, {
      re: new RegExp(`(?:^|[^a-zà-ÿ\u0600-\u06ff])(?:${groups})`, 'gi'), swaps: lex.localCurrencies.map((l) => l.swap),
      when: lex.localCurrencies.map((l) => (l.when ? new RegExp(l.when) : undefined)),
    });
  }
}

function compile(): void {
  for (const lex of LEXICONS) compileLang(lex);
  for (const [k, [iso, inferred]] of Object.entries(SYMBOLS)) {
    const e: CurrencyEntry = { iso, inferred, langs: [], sign: true };
    currencyTrie.add(fold(k), e);
    prefixCurrencies.set(fold(k), e);
    maxPrefixLen = Math.max(maxPrefixLen, k.length);
  }
  for (const [k, [iso, inferred]] of Object.entries(CODES)) {
    const e: CurrencyEntry = { iso, inferred, langs: [], sign: true };
    currencyTrie.add(k, e, { exact: true });
    prefixCurrencies.set(k, e);
  }
  for (const [k, [iso, scaled, weekday]] of Object.entries(LETTER_SIGNS)) {
    prefixCurrencies.set(k, { iso, inferred: false, langs: [], sign: true, letter: true, scaled, weekday });
    maxLetterSignLen = Math.max(maxLetterSignLen, k.length);
  }
  for (const k of prefixCurrencies.keys()) {
    const last = k.charCodeAt(k.length - 1);
    if (!(last >= 0x41 && last <= 0x5a)) prefixLastUnits.add(last);
  }
  // The hyphen and tildes join ranges in every language: "10-15", "100億〜150億".
  for (const k of ['-', '~', '〜', '～']) joinTrie.add(k, { plain: true });
}

let compiled = false;

/**
 * Fills the tables on first use rather than when the script loads: building
 * them was about half of the content script's first task on every page (some
 * 20 ms here), which a slow machine stretched past the 50 ms long-task line.
 */
export function compileLexicon(): void {
  if (compiled) return;
  compiled = true;
  compile();
}

/** Languages that arrive later (a script's chunk, in the extension): compiled now if the tables exist, else with them. */
export function addLexicons(more: readonly LexiconData[]): void {
  for (const lex of more) {
    if (LEXICONS.includes(lex)) continue;
    LEXICONS.push(lex);
    if (compiled) compileLang(lex);
  }
}
