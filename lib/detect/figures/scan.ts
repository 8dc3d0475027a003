/**
 * The linear scan: one pass over the folded text finds cheap anchors (digits,
 * scale-word stems, CJK scales, 百分之) with a regex that never backtracks
 * more than three units; each anchor is parsed locally with bounded look-ahead
 * and look-behind, and the scan resumes after what was read, so no stretch is
 * parsed more than a bounded number of times.
 */
import type { Qualifier } from '../types.ts';
import { type Amount, type Ctx, currencyOf, prefixCurrency, readTail, valueOf } from './amount.ts';
import { amountAtDigit, amountAtScaleWord, blank, percentAtWord } from './anchors.ts';
import type { AnchorHelpers } from './cjk-anchors.ts';
import { cjkAnchor, currencyTrie, joinTrie, maxLetterSignLen } from './lexicon.ts';
import { numberRunEnd, parseNumber } from './numbers.ts';
import { betweenBefore, qualifierAfter, qualifierBefore } from './qualify.ts';
import { isDigit, isLatinLetter, skipSpace, wordBefore } from './text.ts';

/** A figure in folded offsets, before mapping back to the page's text. */
export interface Figure {
  type: 'money' | 'percent';
  start: number;
  end: number;
  value: number;
  currency?: string;
  currencyInferred?: boolean;
  qualifier?: Qualifier;
  range?: { min: number; max: number };
}

/** What the Chinese and Japanese anchors borrow from the engine (cjk-anchors.ts). */
const HELPERS: AnchorHelpers = [readTail, parseNumber, numberRunEnd, blank];
// Stems of scale words that may follow a number word: million, milliard, millón,
// Milliarde, Mio. and Mia. ("eine Mio. Euro"), billion, trillion, مليار/مليون/ملايين, بليون, تريليون.
const STEM = /mi[lo]|mia|bill[ioó]|trill|مل[اي]|بلي|تر[يل]لي/iy;

/**
 * Where an anchor may start: a digit, 百分之, a CJK scale, or the first two
 * units of a stem. The regex engine skips the plain text between anchors
 * much faster than a loop over every unit.
 */
const ANCHOR = /[0-9亿億万萬兆成割]|百分之|[MmBb][Ii]|[Tt][Rr]|[مب]ل|تر|[Pp](?:er ?cent|ercent|rozent|our ?cent|or ciento)/g;

function stemAt(text: string, p: number): boolean {
  // Most m, b and t sit inside a word: rule those out before the regex.
  if (text.charCodeAt(p) < 0x80 && isLatinLetter(text.charCodeAt(p - 1))) return false;
  STEM.lastIndex = p;
  return STEM.test(text);
}

const complete = (a: Amount): boolean => !!a.currency || !!a.percent;

/** Joins "10-15 مليار دولار", "$10bn to $15bn", "entre 10 et 15 milliards d'euros" into one figure. */
function joinRange(ctx: Ctx, a1: Amount, between: number | undefined): { a1: Amount; a2: Amount } | undefined {
  const { text } = ctx;
  const j = skipSpace(text, a1.end);
  const join = joinTrie.match(text, j);
  if (!join || (!join.value.plain && between === undefined)) return undefined;
  let d = skipSpace(text, join.end);
  if (!isDigit(text.charCodeAt(d))) {
    const sign = currencyTrie.match(text, d);
    if (sign?.value.sign) d = skipSpace(text, sign.end);
    else {
      // A letter sign, which only stands before a number: "RM100bn-RM150bn".
      let k = d;
      while (k - d < maxLetterSignLen && isLatinLetter(text.charCodeAt(k))) k++;
      if (prefixCurrency(text, k)?.start !== d) return undefined;
      d = k;
    }
    if (!isDigit(text.charCodeAt(d))) return undefined;
  }
  const a2 = amountAtDigit(ctx, d, numberRunEnd(text, d));
  if (!a2 || a2.start < join.end) return undefined;
  // 100億円から150億円に: から after a complete amount says "from", a change.
  if (between === undefined && complete(a1) && join.value.from) return undefined;
  if (a2.percent || a1.percent) {
    if (!a2.percent || a1.scales.length || a1.currency) return undefined;
    // Tenths counted for both ends: 6〜7割 is 60 to 70 percent.
    return { a1: a2.percent.times && !a1.percent ? { ...a1, percent: a2.percent } : a1, a2 };
  }
  if (a1.currency && a2.currency && a1.currency.iso !== a2.currency.iso) return undefined;
  if (!a1.currency && !a2.currency) return undefined;
  // "$10-15" may be bare; "$20 billion to 2025" is no range.
  if (!a2.currency && !a2.scales.length && (a1.scales.length || !a1.currency)) return undefined;
  if (a1.scales.length === 0) {
    a1 = { ...a1, scales: a2.scales, hints: [...a1.hints, ...a2.hints], currency: a1.currency ?? a2.currency };
  }
  return { a1, a2 };
}

function toFigure(ctx: Ctx, a: Amount, start: number, end: number, qualifier: Qualifier | undefined, a2?: Amount): Figure | undefined {
  const value = valueOf(ctx, a);
  if (!Number.isFinite(value)) return undefined;
  const f: Figure = a.percent || a2?.percent ? { type: 'percent', start, end, value } : { type: 'money', start, end, value };
  if (f.type === 'money') {
    const cur = currencyOf(ctx, a.currency ? a : a2!);
    if (!cur) return undefined;
    f.currency = cur.iso;
    if (cur.inferred) f.currencyInferred = true;
  }
  if (a2) {
    const max = valueOf(ctx, a2);
    if (!(max > value) || !Number.isFinite(max)) return undefined;
    f.range = { min: value, max };
  }
  if (qualifier) f.qualifier = qualifier;
  return f;
}

/**
 * Both ends carry their own currency and, if either has one, their own scale
 * ("$10 billion to $15 billion", "100億円〜150億円"), or each its own percent
 * sign ("10% to 15%", "6 % à 14 %"): each is a figure a reader would quote
 * alone, so each gets its own span. "10 bis 12 Prozent" stays one.
 */
const standsAlone = (a1: Amount, a2: Amount): boolean => (a1.percent ? !!a2.percent :
  !!a1.currency && !!a2.currency && !a2.percent && (a1.scales.length > 0) === (a2.scales.length > 0));

type Found = { figs: Figure[]; next: number };

/** Reads the figure(s) at a digit anchor; `next` is where the scan resumes. */
function atDigit(ctx: Ctx, p: number): Found {
  const { text } = ctx;
  const run = numberRunEnd(text, p);
  const a1 = amountAtDigit(ctx, p, run);
  if (!a1) return { figs: [], next: run };
  const before = wordBefore(text, a1.start);
  const between = betweenBefore(before);
  const range = joinRange(ctx, a1, between);
  const lead = between ?? a1.start;
  const qBefore = (): Qualifier | undefined => qualifierBefore(text, lead, between === undefined ? before : undefined);
  if (range && standsAlone(a1, range.a2)) {
    const f1 = toFigure(ctx, a1, a1.start, a1.end, a1.midQualifier ?? qBefore());
    const f2 = toFigure(ctx, range.a2, range.a2.start, range.a2.end, range.a2.midQualifier ?? qualifierAfter(text, range.a2.end)?.q);
    if (f1 && f2 && f2.value > f1.value) {
      f1.range = f2.range = { min: f1.value, max: f2.value };
      return { figs: [f1, f2], next: f2.end };
    }
  } else if (range) {
    const q = range.a1.midQualifier ?? range.a2.midQualifier ?? qBefore() ?? qualifierAfter(text, range.a2.end)?.q;
    const fig = toFigure(ctx, range.a1, a1.start, range.a2.end, q, range.a2);
    if (fig) return { figs: [fig], next: fig.end };
  }
  if (complete(a1)) {
    const fig = toFigure(ctx, a1, a1.start, a1.end, a1.midQualifier ?? qualifierBefore(text, a1.start, before) ?? qualifierAfter(text, a1.end)?.q);
    if (fig) return { figs: [fig], next: fig.end };
  }
  return { figs: [], next: run };
}

function atWordAnchor(ctx: Ctx, p: number, a: Amount | undefined): Found {
  if (!a || !complete(a) || (a.percent && a.end <= p)) return { figs: [], next: p + 1 };
  const q = a.midQualifier ?? qualifierBefore(ctx.text, a.start) ?? qualifierAfter(ctx.text, a.end)?.q;
  const fig = toFigure(ctx, a, a.start, a.end, q);
  return fig ? { figs: [fig], next: fig.end } : { figs: [], next: p + 1 };
}

export function scan(ctx: Ctx): Figure[] {
  const { text } = ctx;
  const out: Figure[] = [];
  let cursor = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const p = m.index;
    const c = text.charCodeAt(p);
    let r: Found;
    if (isDigit(c)) r = atDigit(ctx, p);
    // 百分之, a CJK scale, 成 or 割: ANCHOR finds no other unit above U+3000.
    else if (c > 0x3000) r = atWordAnchor(ctx, p, cjkAnchor?.(ctx, p, HELPERS));
    else if ((c | 0x20) === 0x70) r = atWordAnchor(ctx, p, percentAtWord(ctx, p));
    else if (stemAt(text, p)) r = atWordAnchor(ctx, p, amountAtScaleWord(ctx, p));
    else {
      ANCHOR.lastIndex = p + 1;
      continue;
    }
    if (r.figs.length && r.figs[0]!.start >= cursor) {
      out.push(...r.figs);
      cursor = r.figs[r.figs.length - 1]!.end;
    }
    ANCHOR.lastIndex = Math.max(r.next, p + 1);
  }
  return out;
}
