/**
 * One amount: a number (digits, CJK numerals or a number word), its scale words,
 * its currency or percent sign, read left to right from an anchor with bounded
 * look-ahead. Positions are in the folded text.
 */
import type { Qualifier } from '../types.ts';
import type { LangGuesser } from './lang.ts';
import {
  type CurrencyEntry, DECIMAL_COMMA, type LangEntry, type ScaleEntry, currencyTrie, linkerTrie, localCurrencies,
  maxPrefixLen, percentTrie, prefixCurrencies, prefixLastUnits, scaleTrie,
} from './lexicon.ts';
import type { Lang } from './lexicons/types.ts';
import { numberRunEnd, parseNumber } from './numbers.ts';
import { isDigit, isHan, isLatinLetter, isWordLetter, skipSpace } from './text.ts';

export interface Amount {
  /** Span in the folded text, prefix currency included. */
  start: number;
  end: number;
  /** The number read both ways; they differ only for an ambiguous "1,200". */
  commaDecimal: number;
  dotDecimal: number;
  /** Scale words in order; `override` replaces the word's value (the dual ملياري). */
  scales: { entry: ScaleEntry; override?: number }[];
  /** "1兆5000億", "مليار و500 مليون": the smaller part, already in units. */
  addend: number;
  currency?: CurrencyEntry;
  percent?: LangEntry;
  /** Word-level hints at the language (linker, percent word). */
  hints: Lang[][];
  /** 多/余 between the number and the scale. */
  midQualifier?: Qualifier;
}

/** Where a text names a place of LexiconData.localCurrencies, and what that place swaps in this text. */
interface Place {
  at: number;
  rule: number;
  swap: Record<string, string>;
}

export interface Ctx {
  text: string;
  lang: LangGuesser;
  /** Whether the text names the New Taiwan dollar (a bare 元 is then one), once asked. */
  taiwan?: boolean;
  /** Per language, where the text names its places that make a currency local (localCurrency), once asked. */
  places?: Map<Lang, Place[]>;
  /** Whether the text groups thousands with dots ("1.500 millones", Spain's way), once asked. */
  dotThousands?: boolean;
}

const WAW = 'و'.charCodeAt(0);
const WAHID = 'واحد';
const NISF = 'نصف';
const MID_OVER = new Set(['多', '余', '餘'].map((c) => c.charCodeAt(0)));

function firstValue(e: ScaleEntry): number | undefined {
  for (const l of e.langs) if (e.byLang[l] !== undefined) return e.byLang[l];
  return undefined;
}

/** Reads rising scale words ("mil millones", "万亿"); returns the end. */
function readScales(text: string, i: number, a: Amount, bareFirst = false): number {
  let last = 0;
  for (let n = 0; n < 3; n++) {
    // "a $1.5-billion deal": the first scale may be hyphenated to its number.
    const j = n === 0 && text.charCodeAt(i) === 0x2d && isLatinLetter(text.charCodeAt(i + 1)) ? i + 1 : skipSpace(text, i);
    const m = scaleTrie.match(text, j);
    if (!m) break;
    const bare = bareFirst && n === 0 ? m.value.bare : undefined;
    if (m.value.alone && bare === undefined) break;
    const v = bare ?? firstValue(m.value);
    if (v === undefined || v <= last) break;
    a.scales.push(bare !== undefined ? { entry: m.value, override: bare } : { entry: m.value });
    last = v;
    i = m.end;
  }
  return i;
}

function scaleProduct(a: Amount): number {
  let p = 1;
  for (const s of a.scales) p *= s.override ?? firstValue(s.entry) ?? 1;
  return p;
}

/** "ونصف (المليار)" after a scale: a half of that scale more. Returns the end, or undefined. */
function readHalf(text: string, j: number, a: Amount, big: number): number | undefined {
  if (!text.startsWith(NISF, j) || isWordLetter(text.charCodeAt(j + NISF.length))) return undefined;
  a.addend += big / 2;
  const end = j + NISF.length;
  // The scale may be repeated with the article: "مليار ونصف المليار".
  const k = skipSpace(text, end);
  const again = scaleTrie.match(text, text.startsWith('ال', k) ? k + 2 : k);
  return again && firstValue(again.value) === big ? again.end : end;
}

/** "مليار و500 مليون", "مليار ونصف", "1兆5000億": a smaller amount joined to the first. */
function readCompound(text: string, i: number, a: Amount): number {
  const big = scaleProduct(a);
  let j = skipSpace(text, i);
  if (text.charCodeAt(j) === WAW) {
    j = skipSpace(text, j + 1);
    const half = readHalf(text, j, a, big);
    if (half !== undefined) return half;
  } else if (j !== i || !isHan(text.charCodeAt(i - 1))) {
    return i; // CJK compounds are written solid
  }
  if (!isDigit(text.charCodeAt(j))) return i;
  const n = parseNumber(text, j, numberRunEnd(text, j));
  if (!n) return i;
  const part: Amount = { ...a, scales: [], hints: [], addend: 0 };
  const k = readScales(text, n.end, part);
  const small = scaleProduct(part);
  // Solid CJK may end in plain units: "2万4150円" is 24,150 yen.
  if (part.scales.length === 0 ? j !== i || n.dotDecimal >= big : small >= big) return i;
  a.addend += n.dotDecimal * small;
  return k;
}

/** A sign or code right before the number ("US$", "€", "USD "), and where it starts. */
export function prefixCurrency(text: string, numStart: number): { entry: CurrencyEntry; start: number } | undefined {
  let j = numStart;
  if (text.charCodeAt(j - 1) === 0x20) j--;
  // Every sign and code ends in a symbol or a capital: most numbers stop here.
  const last = text.charCodeAt(j - 1);
  if (!(last >= 0x41 && last <= 0x5a) && !prefixLastUnits.has(last)) return undefined;
  let k = j;
  while (k > 0 && j - k < maxPrefixLen) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x20 || c === 0x0a || isDigit(c)) break;
    k--;
  }
  for (let s = k; s < j; s++) {
    const chunk = text.slice(s, j);
    const entry = prefixCurrencies.get(chunk) ?? prefixCurrencies.get(chunk.toLowerCase());
    if (!entry) continue;
    // A code or "US$" must not be the tail of a longer word.
    if (isWordLetter(text.charCodeAt(s)) && s > 0 && isWordLetter(text.charCodeAt(s - 1))) continue;
    return { entry, start: s };
  }
  return undefined;
}

/** Currency after the amount: "dollars", "d'euros", "美元", "€", "USD". */
function readCurrency(text: string, i: number, a: Amount): number {
  // A compound's currency is hyphenated after its scale, as the scale to its number: "3,35-Milliarden-Dollar-Deal",
  // "a 200-million-dollar round"; not "a billion-dollar valuation", which names no amount.
  const hyphened = a.scales.length > 0 && text.charCodeAt(i) === 0x2d && isLatinLetter(text.charCodeAt(i + 1)) &&
    /\d-\p{L}/u.test(text.slice(a.start, i));
  const j = hyphened ? i + 1 : skipSpace(text, i);
  if (a.scales.length > 0) {
    const l = linkerTrie.match(text, j);
    if (l) {
      // "d'euros" runs on; "de dólares", "of dollars" need their space.
      const elided = text.charCodeAt(l.end - 1) === 0x27;
      const k = elided ? l.end : skipSpace(text, l.end);
      const c = elided || k > l.end ? currencyTrie.match(text, k) : undefined;
      if (c && !(c.value.sign && isDigit(text.charCodeAt(skipSpace(text, c.end))))) {
        a.currency = c.value;
        a.hints.push(l.value.langs);
        return c.end;
      }
    }
  }
  const c = currencyTrie.match(text, j);
  if (!c) return i;
  // "in 2025 $20bn": a sign followed by a number opens the next amount.
  if (c.value.sign && isDigit(text.charCodeAt(skipSpace(text, c.end)))) return i;
  a.currency = c.value;
  return c.end;
}

/** Everything after the number: percent sign, scales, compound, currency. */
export function readTail(ctx: Ctx, i: number, a: Amount, bareFirst = false): void {
  const { text } = ctx;
  const j = skipSpace(text, i);
  if (text.charCodeAt(j) === 0x25) {
    a.percent = { langs: [] };
    a.end = j + 1;
    return;
  }
  const p = percentTrie.match(text, j);
  // British "20pc" is glued and lower-case; "300 PC units" are computers.
  if (p && !(p.end - j === 2 && (j > i || text.charCodeAt(j) !== 0x70))) {
    a.percent = p.value;
    a.end = p.end;
    return;
  }
  if (MID_OVER.has(text.charCodeAt(i)) && scaleTrie.match(text, i + 1)) {
    a.midQualifier = 'over';
    i++;
  }
  i = readScales(text, i, a, bareFirst);
  if (a.scales.length > 0) {
    i = readCompound(text, i, a);
    const k = skipSpace(text, i);
    if (text.startsWith(WAHID, k) && !isWordLetter(text.charCodeAt(k + WAHID.length))) i = k + WAHID.length;
  }
  a.end = readCurrency(text, i, a);
  a.currency ??= a.scales.at(-1)?.entry.currency;
}

/** Whether the reading is the same in every language: then no language need be found. */
function unambiguous(a: Amount): boolean {
  if (a.commaDecimal !== a.dotDecimal) return false;
  for (const s of a.scales) {
    if (s.override !== undefined || s.entry.langs.length === 1) continue;
    const first = firstValue(s.entry);
    for (const l of s.entry.langs) if (s.entry.byLang[l] !== first) return false;
  }
  return true;
}

/** The language that decides "1,200" and "Billion": the words' own, else the page's. */
function langOf(ctx: Ctx, a: Amount): Lang | undefined {
  if (unambiguous(a)) return undefined;
  const sets: Lang[][] = [...a.hints];
  for (const s of a.scales) sets.push(s.entry.langs);
  if (a.currency && a.currency.langs.length) sets.push(a.currency.langs);
  if (a.percent && a.percent.langs.length) sets.push(a.percent.langs);
  let common: Lang[] | undefined;
  for (const s of sets) common = common ? common.filter((l) => s.includes(l)) : s;
  if (common?.length === 1) return common[0]!;
  // Only now is the page's language worth its cost.
  const guess = ctx.lang.at(a.start);
  if (!common || common.length === 0 || common.includes(guess)) return guess;
  return common[0]!;
}

/** The amount's value in currency units (or the percentage). */
export function valueOf(ctx: Ctx, a: Amount): number {
  const lang = langOf(ctx, a);
  let v = lang && DECIMAL_COMMA.has(lang) && !americasThousands(ctx, a, lang) ? a.commaDecimal : a.dotDecimal;
  for (const s of a.scales) {
    const by = s.override ?? (lang && s.entry.byLang[lang]) ?? firstValue(s.entry) ?? 1;
    // A fraction (cents) divides, so 41 cents is 0.41 exactly, not 41 × 0.01.
    v = by < 1 ? v / Math.round(1 / by) : v * by;
  }
  const value = (v + a.addend) * (a.percent?.times ?? 1);
  // Binary fractions make 4.1 × 10⁹ into 4099999999.9999995, which the export would show: fifteen significant
  // digits hold any figure the news writes and drop that noise. Most values are whole, and skip the string round trip.
  const whole = Math.round(value);
  return Math.abs(value - whole) <= Math.abs(value) * 1e-13 ? whole : Number(value.toPrecision(15));
}

/**
 * Latin America's Spanish groups thousands with commas ("36,872 millones de dólares") where Spain's would write
 * "36.872 millones", and a scale word after three decimals is rare: so read that lone group as thousands, unless the
 * text groups its thousands with dots elsewhere.
 */
function americasThousands(ctx: Ctx, a: Amount, lang: Lang): boolean {
  if (lang !== 'es' || !a.scales.length || a.commaDecimal === a.dotDecimal) return false;
  if (!/(?:^|[^\d.,])\d{1,3},\d{3}(?![\d.,])/.test(ctx.text.slice(a.start, a.end))) return false;
  return !(ctx.dotThousands ??= /\d\.\d{3}(?![\d.,])/.test(ctx.text));
}

/** A sentence's end between a place and an amount: "en Colombia y Chile." says nothing of the next sentence's pesos. */
const SENTENCE_END = /[.!?؟](?:\s|$)|\n/;
/**
 * A dollar with its country's letters before it (A$, NZ$): the sentence tells its dollars apart. Not US$, which the
 * Latin American press writes beside its own "$" ("US$3 millones —unos $2.850 millones—").
 */
const OWN_DOLLAR = /(?<!U)[A-Z]\$\s?\d/;

/**
 * The local currency a bare "$" or a plain currency word stands for, by the
 * place named last before the amount in its sentence, else by the place the
 * text names most, three times or more and more than any other
 * (LexiconData.localCurrencies).
 */
function localCurrency(ctx: Ctx, a: Amount, c: CurrencyEntry): string | undefined {
  const lang = ctx.lang.at(a.start);
  const local = localCurrencies.get(lang);
  // The bare sign, not US$ or C$: news style reads it as the US dollar (symbols.ts) except where a place says otherwise.
  const key = c === prefixCurrencies.get('$') ? '$' : c.inferred ? c.iso : '';
  if (!local?.swaps.some((swap) => key in swap)) return undefined;
  const byLang = (ctx.places ??= new Map<Lang, Place[]>());
  let places = byLang.get(lang);
  // The text's places are found once per language, on the first amount that asks.
  if (!places) {
    // A rule's `when` holds its bare sign's swap only (LexiconData.localCurrencies).
    const swaps = local.swaps.map((swap, k) => (local.when[k]?.test(ctx.text) === false ? Object.fromEntries(Object.entries(swap).filter(([from]) => from !== '$')) : swap));
    byLang.set(lang, (places = [...ctx.text.matchAll(local.re)].map((m) => {
      const rule = m.findIndex((g, k) => k > 0 && g) - 1;
      return { at: m.index, rule, swap: swaps[rule]! };
    })));
  }
  const last = places.findLast((p) => p.at < a.start);
  const since = last ? ctx.text.slice(last.at, a.start) : '';
  // A sentence that writes a dollar with its country's sign after the place ("Australia's AirTrunk for A$24 billion")
  // keeps the bare sign for the US dollar.
  if (last && !SENTENCE_END.test(since) && !(key === '$' && OWN_DOLLAR.test(since))) return last.swap[key];
  const counts = local.swaps.map((_, k) => places.filter((p) => p.rule === k).length);
  const most = Math.max(...counts);
  // The place the text names most, unless it has no say on this money (Jordan on a dirham) and so leaves it to the next test.
  const main = most >= 3 && counts.filter((n) => n === most).length === 1 ? places.find((p) => p.rule === counts.indexOf(most))! : undefined;
  if (main && (key in main.swap || !Object.keys(main.swap).length)) return main.swap[key];
  // A currency word (dinar, dirham, peso) is some country's money, unlike the sign, which news reads as the US
  // dollar: in a text about two countries, each named again and again, the last one before it that has such money
  // says which (a place named once in passing, "sells in Colombia and Chile.", says nothing of the next sentence's pesos).
  const own = key === '$' ? undefined : places.findLast((p) => p.at < a.start && key in p.swap && counts[p.rule]! >= 2);
  return own?.swap[key];
}

/** Resolves "¥" (yen or yuan) by the page's language, a local "$", peso or dirham by the place named (localCurrency), 元 in a Taiwanese text. */
export function currencyOf(ctx: Ctx, a: Amount): { iso: string; inferred: boolean } | undefined {
  const c = a.currency;
  if (!c) return undefined;
  const local = localCurrency(ctx, a, c);
  if (local) return { iso: local, inferred: true };
  if (c.iso === 'JPY' && c.inferred && ctx.lang.at(a.start) === 'zh') return { iso: 'CNY', inferred: true };
  // Taiwan's press writes 元 for its own dollar once it has said 新台幣 (mainland text writes 新台币).
  if (c.iso === 'CNY' && c.inferred && (ctx.taiwan ??= /[台臺]幣/.test(ctx.text))) return { iso: 'TWD', inferred: true };
  return { iso: c.iso, inferred: c.inferred };
}
