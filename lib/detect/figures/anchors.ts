/**
 * What the scanner does at each kind of anchor: a digit, a scale word standing
 * after a number word (fünf Millionen, ملياري), and a percent word. Those of
 * Chinese and Japanese come with their lexicons (cjk-anchors.ts). Each reads
 * a bounded stretch around the anchor.
 */
import { type Amount, type Ctx, prefixCurrency, readTail } from './amount.ts';
import { numberWords, percentTrie, prefixCurrencies, scaleTrie } from './lexicon.ts';
import { parseNumber } from './numbers.ts';
import { isArabicLetter, isDigit, isLatinLetter, wordsBefore } from './text.ts';

const GROUPED = /\d[.,\u00a0\u202f ]\d{3}/;
const CLITICS = new Set(['و', 'ب', 'ل', 'ف', 'ك'].map((c) => c.charCodeAt(0)));

export function blank(start: number, end: number, value: number): Amount {
  return { start, end, commaDecimal: value, dotDecimal: value, scales: [], addend: 0, hints: [] };
}

/** The amount whose number starts at digit `p` (run end `run`), or undefined. */
export function amountAtDigit(ctx: Ctx, p: number, run: number): Amount | undefined {
  const { text } = ctx;
  const prev = text.charCodeAt(p - 1);
  let pre = p > 0 ? prefixCurrency(text, p) : undefined;
  // H100, A100, GPT-4, Llama-3: a number glued to a Latin word is a name.
  if (isLatinLetter(prev) && !pre) return undefined;
  if (prev === 0x2d && isLatinLetter(text.charCodeAt(p - 2))) return undefined;
  const n = parseNumber(text, p, run);
  if (!n) return undefined;
  const a: Amount = { start: p, end: n.end, commaDecimal: n.commaDecimal, dotDecimal: n.dotDecimal, scales: [], addend: 0, hints: [] };
  readTail(ctx, n.end, a);
  thousandBefore(text, p, a);
  // A code glued to a count under a hundred with no scale word names a thing, not money: "COP28", the climate summit
  // ("USD5bn" and "RMB100" are money).
  if (pre && !pre.entry.letter && a.scales.length === 0 && a.dotDecimal < 100 && /^[A-Z]{3}$/.test(text.slice(pre.start, p))) return undefined;
  // Grouped digits ("RM 1,500", "KSh 1,500") are money, where a plain count after a spaced sign may be a room's number.
  // A sign that ends in a slash is no word a room could be named by ("S/ 25 al mes").
  // A sign that wants a scale word also takes grouped digits glued to it: "N50,000" is the Nigerian press's naira.
  const spaced = prev === 0x20 && text.charCodeAt(p - 2) !== 0x2f;
  const grouped = GROUPED.test(text.slice(p, n.end));
  if (pre?.entry.letter && a.scales.length === 0 && (pre.entry.scaled ? prev === 0x20 || !grouped : spaced && !grouped) && !noDay(text, pre.entry.weekday, a)) {
    if (isLatinLetter(prev)) return undefined;
    pre = undefined;
  }
  if (a.end === n.end && isLatinLetter(text.charCodeAt(n.end))) return undefined; // 5G, 4o, 100x
  // Arabic typists often put the sign first: "بنسبة %20".
  if (!a.percent && !a.currency && !a.scales.length && prev === 0x25 && text.charCodeAt(p - 2) === 0x20 && isArabicLetter(text.charCodeAt(p - 3))) {
    a.percent = { langs: ['ar'] };
    a.start = p - 1;
  }
  if (pre && !a.percent) {
    // A sign before the number wins over a word after it: "US$ 113 millones de dólares" is USD. But the bare "$" is the
    // peso's sign too, and "$500 millones de pesos" says which.
    if (!(a.currency && a.currency.iso !== 'USD' && pre.entry === prefixCurrencies.get('$'))) a.currency = pre.entry;
    a.start = pre.start;
  }
  return a;
}

/** After a weekday's abbreviation, a number that cannot be a day of the month or a time ("Fr. 12.30 Uhr"). */
function noDay(text: string, weekday: boolean | undefined, a: Amount): boolean {
  if (!weekday || text.charCodeAt(a.end) === 0x2e || /^\s*Uhr/.test(text.slice(a.end, a.end + 5))) return false;
  return Math.min(a.dotDecimal, a.commaDecimal) > 31 || !Number.isInteger(a.dotDecimal) || !Number.isInteger(a.commaDecimal);
}

/**
 * Mexican press writes 1,300 millions as "mil 300 millones" and 4,800 millions
 * as "4 mil 800 millones": "mil" before a number under a thousand, with a scale
 * word after it, adds a thousand, or as many thousands as the number before it.
 * Without a scale word only a count of thousands says so ("30 mil 570 pesos").
 */
function thousandBefore(text: string, p: number, a: Amount): void {
  if (a.dotDecimal >= 1000 || !Number.isInteger(a.dotDecimal)) return;
  const m = MIL_BEFORE.exec(text.slice(Math.max(0, p - 9), p));
  if (!m || (a.scales.length === 0 && !m[1])) return;
  const thousands = 1000 * (m[1] ? Number(m[1]) : 1);
  a.commaDecimal += thousands;
  a.dotDecimal += thousands;
  a.start = p - m[0].length;
}
const MIL_BEFORE = /(?<![\p{L}\p{N}.,])(?:([1-9]\d{0,2}) )?[Mm]il $/u;

/** A number word and a scale word: "two billion", "un milliard", "fünf Millionen", ملياري. */
export function amountAtScaleWord(ctx: Ctx, p: number): Amount | undefined {
  const { text } = ctx;
  const m = scaleTrie.match(text, p);
  if (!m) return undefined;
  const prev = text.charCodeAt(p - 1);
  if (isLatinLetter(prev)) return undefined;
  let clitic = false;
  if (isArabicLetter(prev)) {
    // Only a clitic may be glued on (وملياري, بمليار), never a longer word or the article (المليارات).
    let k = p;
    while (k > 0 && p - k < 3 && isArabicLetter(text.charCodeAt(k - 1))) k--;
    if (p - k > 2 || (k > 0 && isArabicLetter(text.charCodeAt(k - 1)))) return undefined;
    for (let i = k; i < p; i++) if (!CLITICS.has(text.charCodeAt(i))) return undefined;
    clitic = true;
  }
  const before = prev === 0x20 ? p - 1 : p;
  // The digit anchor had its turn, unless the word takes no number (a year before a dual).
  if (isDigit(text.charCodeAt(before - 1)) && !m.value.alone) return undefined;
  if (!clitic) {
    const hyphen = prev === 0x2d; // "demi-milliard"
    const words = wordsBefore(text, hyphen ? p - 1 : p, 2);
    const w0 = words[0];
    const w1 = words[1];
    let base: number | undefined;
    let start = 0;
    if (w0 && w1) {
      base = numberWords.get(`${w1.word} ${w0.word}${hyphen ? '-' : ''}`);
      start = w1.start;
      // "two hundred million": a number word times a small scale word.
      const small = base === undefined ? scaleTrie.match(w0.word, 0) : undefined;
      const nw = numberWords.get(w1.word);
      const sv = small && small.end === w0.word.length ? Object.values(small.value.byLang)[0] : undefined;
      if (sv !== undefined && sv < 1000 && nw !== undefined) base = nw * sv;
    }
    if (base === undefined && w0) {
      // French elision: "d'un milliard" keeps "un milliard".
      const cut = w0.word.lastIndexOf("'") + 1;
      base = numberWords.get(w0.word.slice(cut) + (hyphen ? '-' : ''));
      start = w0.start + cut;
      // An Arabic clitic on the number word stays out of the span, as on a digit: "ساهم بثلاثة ملايين دولار".
      const clitic = base === undefined ? /^(?:و?[بلفك]|و)(?=[\u0621-\u064a]{3})/.exec(w0.word) : null;
      if (clitic) {
        base = numberWords.get(w0.word.slice(clitic[0].length));
        start = w0.start + clitic[0].length;
      }
    }
    if (base !== undefined) {
      if (Number.isNaN(base)) return undefined;
      const a = blank(start, p, base);
      readTail(ctx, p, a);
      return a;
    }
  }
  if (m.value.bare === undefined) return undefined;
  const a = blank(p, p, 1);
  readTail(ctx, p, a, true);
  return a;
}

/**
 * A number word before a percent word: "one per cent", "zwölf Prozent",
 * "veinte por ciento", "half a per cent". English "a" alone is no number
 * here ("a percent of"), nor a vague word ("several per cent").
 */
export function percentAtWord(ctx: Ctx, p: number): Amount | undefined {
  const { text } = ctx;
  const m = percentTrie.match(text, p);
  if (!m || m.value.times || text.charCodeAt(p - 1) !== 0x20) return undefined;
  const [w0, w1] = wordsBefore(text, p, 2);
  if (!w0) return undefined;
  let value = w1 ? numberWords.get(`${w1.word} ${w0.word}`) : undefined;
  let start = w1?.start ?? 0;
  if (value === undefined && w0.word !== 'a' && w0.word !== 'an') {
    value = numberWords.get(w0.word);
    start = w0.start;
  }
  if (value === undefined || !(value > 0)) return undefined;
  const a = blank(start, m.end, value);
  a.percent = m.value;
  return a;
}
