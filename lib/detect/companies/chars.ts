/**
 * Character classes for the boundary rules. Each script has its own idea of a
 * word edge: Latin and digits need a non-letter neighbour, Arabic allows
 * clitics in front, CJK has no word edges at all.
 */

export function isLatinAlnum(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Latin-1 letters (minus × and ÷) and Latin Extended-A/B, plus combining marks that ride on them.
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff);
}

/** Arabic letters only: digits and punctuation in the Arabic block do not glue words together. */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Han, kana and Hangul: scripts written without spaces, where a name may sit anywhere. */
export function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f);
}

/** Any other letter-like unit (Greek, Cyrillic, Hebrew...), treated with Latin-style edges. */
export function isOtherLetter(c: number): boolean {
  return (c >= 0x370 && c <= 0x52f) || (c >= 0x590 && c <= 0x5ff);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c;
}

const lowerTable = new Uint16Array(0x530);
for (let c = 0; c < lowerTable.length; c++) {
  const low = String.fromCharCode(c).toLowerCase();
  // Only one-unit folds keep offsets intact ("İ" lowers to two units: leave it).
  lowerTable[c] = low.length === 1 ? low.charCodeAt(0) : c;
}

/** Case fold one UTF-16 unit without ever changing the text's length. */
export function lower(c: number): number {
  return c < 0x530 ? lowerTable[c]! : c;
}

/** Lower-case a string unit by unit (same length as the input). */
export function lowerString(s: string): string {
  // The engine's own lower-casing is much faster. "İ" is the only unit it lowers to two:
  // that one stays as it is. (A loop unit by unit, as this fell back to, made the whole
  // name index lower slowly once a Turkish bank's name was in it.)
  if (s.indexOf('\u0130') < 0) return s.toLowerCase();
  return s.split('\u0130').map((part) => part.toLowerCase()).join('\u0130');
}

/** The words of a lexicon as a set of their lower-case forms, for lookups of lower-cased tokens. */
export function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map(lowerString));
}

export function isUpperLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
