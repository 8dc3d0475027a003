/**
 * The shipped index's line separator and ref codes (compact.ts describes the
 * form), apart so that the CJK chunk's merge (merge-latin.ts) can read refs
 * without bringing the encoder and the folding it needs.
 */
import type { CompanyKind } from '../../types.ts';

/** Between lines: a character no name holds that, unlike a newline, the shipped JSON writes as one byte (~0.3 kB gzip less). */
export const SEP = '|';

export const KIND_CODE: Record<CompanyKind, string> = { company: 'C', investor: 'I', media: 'M' };
/** Base 61 without the kind letters and `!`: fixed-width numbers need no separator (200 bytes less gzip than base 36 with commas). */
export const REF_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABDEFGHJKLNOPQRSTUVWXYZ_$';
export const BASE = REF_DIGITS.length;
/**
 * Before three ref digits, for an index of more organizations than two digits
 * count (3,721): the first ones keep the shorter form, so an index that fits
 * ships as it did.
 */
export const WIDE = '~';

/** Organization `n` as its ref digits: two, or `~` and three. */
export function refNumber(n: number): string {
  const d = (k: number) => REF_DIGITS[k % BASE]!;
  if (n < BASE * BASE) return d(Math.floor(n / BASE)) + d(n);
  if (n >= BASE * BASE * BASE) throw new Error(`gazetteer: organization ${n} is past what three reference digits count`);
  return WIDE + d(Math.floor(n / (BASE * BASE))) + d(Math.floor(n / BASE)) + d(n);
}
/** KIND_CODE read back, by char code (an array: a Map lookup per line was a sizeable part of a cold decode). */
export const KIND_OF: (CompanyKind | undefined)[] = [];
for (const [kind, code] of Object.entries(KIND_CODE)) KIND_OF[code.charCodeAt(0)] = kind as CompanyKind;
/** REF_DIGITS read back, by char code. */
export const DIGIT = new Int8Array(128);
for (let d = 0; d < BASE; d++) DIGIT[REF_DIGITS.charCodeAt(d)] = d;
