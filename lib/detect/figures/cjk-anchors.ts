/**
 * The anchors of Chinese and Japanese amounts: a CJK scale after a CJK numeral
 * (二十亿美元, 十億円), 百分之 (百分之二十), and tenths (八成, 三割). They ride
 * with the zh and ja lexicons, so only a page in those languages loads them
 * (lib/dom/scripts.ts); the scanner hands over the engine's own readers of the
 * rest (`AnchorHelpers`), which a chunk must not carry a second copy of.
 */
import type { Amount, Ctx } from './amount.ts';
import type { Lang } from './lexicons/types.ts';
import type { ParsedNumber } from './numbers.ts';

/**
 * What a CJK anchor borrows from the scanner: readTail, parseNumber,
 * numberRunEnd and an empty amount's maker, in a tuple, whose places minify
 * where property names would not.
 */
export type AnchorHelpers = readonly [
  readTail: (ctx: Ctx, i: number, a: Amount) => void,
  parseNumber: (text: string, i: number, runEnd: number) => ParsedNumber | undefined,
  numberRunEnd: (text: string, i: number) => number,
  blank: (start: number, end: number, value: number) => Amount,
];

export type CjkAnchor = (ctx: Ctx, p: number, h: AnchorHelpers) => Amount | undefined;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
// 数十亿 "several billion", 上万 "tens of thousands": vague, not an amount.
const codes = (chars: string) => [...chars].map((c) => c.charCodeAt(0));
const VAGUE_CJK = new Set(codes('数數几幾上成好多'));
const BAI = '百'.charCodeAt(0);
const CHENG = '成'.charCodeAt(0);
const WARI = '割'.charCodeAt(0);

const CJK_DIGITS = new Map(codes('〇零一二两兩三四五六七八九').map((c, k) => [c, +'0012223456789'[k]!]));
const CJK_UNITS = new Map(codes('十百千').map((c, k) => [c, 10 ** (k + 1)]));
const POINT = '点'.charCodeAt(0);

const isCjkNumeral = (c: number): boolean => CJK_DIGITS.has(c) || CJK_UNITS.has(c);

/**
 * Reads a Chinese/Japanese numeral below ten thousand ("二十", "一百五十",
 * "三点五"); the larger units (万, 亿) are scale words. With `units` false, 百
 * and 千 end the numeral so they can act as scales after it.
 */
export function parseCjkNumeral(text: string, i: number, limit = 12): { value: number; end: number } | undefined {
  let total = 0;
  let digit = -1;
  let j = i;
  const stop = Math.min(text.length, i + limit);
  for (; j < stop; j++) {
    const c = text.charCodeAt(j);
    const d = CJK_DIGITS.get(c);
    if (d !== undefined) {
      digit = digit > 0 ? digit * 10 + d : d;
      continue;
    }
    const u = CJK_UNITS.get(c);
    if (u === undefined) break;
    total += (digit < 0 ? 1 : digit) * u;
    digit = -1;
  }
  if (j === i) return undefined;
  let value = total + (digit > 0 ? digit : 0);
  if (text.charCodeAt(j) === POINT && CJK_DIGITS.has(text.charCodeAt(j + 1))) {
    let frac = '';
    j++;
    while (j < stop && CJK_DIGITS.has(text.charCodeAt(j))) frac += String(CJK_DIGITS.get(text.charCodeAt(j++)));
    value = Number(`${value}.${frac}`);
  }
  return { value, end: j };
}

/** 二十亿美元, 十億円: a CJK numeral before a CJK scale. */
function amountAtCjkScale(ctx: Ctx, p: number, h: AnchorHelpers): Amount | undefined {
  const { text } = ctx;
  let k = p;
  while (k > 0 && p - k < 12 && isCjkNumeral(text.charCodeAt(k - 1))) k--;
  if (k === p) return undefined;
  const prev = text.charCodeAt(k - 1);
  if (VAGUE_CJK.has(prev) || isDigit(prev)) return undefined;
  const n = parseCjkNumeral(text, k);
  if (!n || n.end !== p) return undefined;
  const a = h[3](k, p, n.value); // blank
  h[0](ctx, p, a); // readTail
  return a;
}

/** 百分之二十, 百分之3.5: the percent word comes first in Chinese. */
function percentAtBai(ctx: Ctx, p: number, h: AnchorHelpers): Amount | undefined {
  const { text } = ctx;
  const i = p + 3;
  let value: number | undefined;
  let end = i;
  if (isDigit(text.charCodeAt(i))) {
    const n = h[1](text, i, h[2](text, i)); // parseNumber to numberRunEnd
    if (n) {
      value = n.dotDecimal;
      end = n.end;
    }
  } else {
    const n = parseCjkNumeral(text, i);
    if (n) {
      value = n.value;
      end = n.end;
    }
  }
  if (value === undefined) return undefined;
  const a = h[3](p, end, value); // blank
  a.percent = { langs: ['zh'] };
  return a;
}

/** Tenths: 八成 in Chinese, 三割 in Japanese (80%, 30%). */
const TENTHS: Record<number, Lang> = { [0x6210]: 'zh', [0x5272]: 'ja' };
/** What after 成 or 割 makes another word: 成为 (become), 成立 (found), 成本 (cost), 割引 (discount)... */
const NOT_TENTHS = new Set(codes('为為立本功员員果长長交熟型品份分年人就绩績都了不引'));

/** 八成, 两成, 三割: one numeral from one to nine, alone, before the word for tenths. */
function percentAtTenths(ctx: Ctx, p: number, h: AnchorHelpers): Amount | undefined {
  const { text } = ctx;
  const lang = TENTHS[text.charCodeAt(p)];
  if (!lang || p === 0 || NOT_TENTHS.has(text.charCodeAt(p + 1))) return undefined;
  // Japanese counts tenths in 割: 成 among kana ends a name there (山本一成).
  if (lang === 'zh' && /[\u3040-\u30ff]/.test(text.slice(Math.max(0, p - 12), p + 12))) return undefined;
  const n = parseCjkNumeral(text, p - 1, 1);
  if (!n || n.value < 1 || n.value > 9 || isCjkNumeral(text.charCodeAt(p - 2)) || isDigit(text.charCodeAt(p - 2))) return undefined;
  // Tenths as a percent word that multiplies, as percentTenths are (lexicon.ts): a range's first number shares it (6〜7割).
  const a = h[3](p - 1, p + 1, n.value); // blank
  a.percent = { langs: [lang], times: 10 };
  return a;
}

/** The amount at an anchor the scanner found on 百, a CJK scale, 成 or 割. */
export const cjkAnchor: CjkAnchor = (ctx, p, h) => {
  const c = ctx.text.charCodeAt(p);
  return c === BAI ? percentAtBai(ctx, p, h) : c === CHENG || c === WARI ? percentAtTenths(ctx, p, h) : amountAtCjkScale(ctx, p, h);
};
