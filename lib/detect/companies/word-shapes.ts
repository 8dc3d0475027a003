/**
 * The shapes of a word that can be part of a Latin-script name: a capital
 * (OpenAI), camel case (xAI), digits (468), digits before capitals (33N), "&". These run on every token of
 * a cue sentence, so ASCII is settled by char code and the rest by Unicode
 * regexes.
 */
const LATIN_START = /^[\p{Script=Latin}\d&]/u;
const UPPER_START = /^\p{Lu}/u;
const CAMEL_START = /^\p{Ll}+\p{Lu}/u;
const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

const isLatin = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 0x80) return isAsciiUpper(c) || isAsciiLower(c) || (c >= 0x30 && c <= 0x39) || c === 0x26;
  return LATIN_START.test(w);
};
export const capital = (w: string) => {
  const c = w.charCodeAt(0);
  if (c < 0x80) return isAsciiUpper(c);
  return UPPER_START.test(w) && isLatin(w);
};
const camel = (w: string) => { // xAI
  let k = 0;
  while (k < w.length && isAsciiLower(w.charCodeAt(k))) k++;
  if (k === w.length) return false;
  const c = w.charCodeAt(k);
  if (c < 0x80) return k > 0 && isAsciiUpper(c);
  return CAMEL_START.test(w) && isLatin(w);
};
export const distinctive = (w: string) => /\p{Lu}.*\p{Lu}|\d/u.test(w) || camel(w); // OpenAI, MGX, 468
export const allDigits = (w: string) => {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
};
/** Digits before capitals ("33N Ventures", "4AG Robotics"); not a unit or a period ("5G", "3D", "4K", "10X", "1H", "3Q"). */
const numbered = (w: string) => /^\d+[A-Z]/.test(w) && !/^\d+[BDGHKMQX]$/.test(w);
/** A capitalized scale or currency word, which makes the number before it an amount: "Auenwald Capital 6 Mio. €". */
const AMOUNT_WORD = /^(?:Mio|Mrd|Millionen|Milliarden|Million|Milliarde|Euro|Dollar|US-Dollar|Franken|Pfund|Yen|Bn|Mn)$/;
/** Does an amount start at token k (digits, then a scale or currency word)? Then no name runs on into it. */
export const amountAt = (toks: readonly { w: string }[], k: number) =>
  !!toks[k] && allDigits(toks[k]!.w) && !!toks[k + 1] && AMOUNT_WORD.test(toks[k + 1]!.w);
/**
 * French and Italian elide an article into the word after it: the capital of "L’entreprise" or "L'azienda" opens a
 * sentence, and the small letter after the apostrophe says a common noun follows ("L'Oréal" keeps its own capital).
 */
const elidedNoun = (w: string) => (w.charCodeAt(1) === 0x27 || w.charCodeAt(1) === 0x2019) && /^.['’]\p{Ll}/u.test(w);
export const namePart = (w: string) => (capital(w) && !elidedNoun(w)) || camel(w) || allDigits(w) || numbered(w) || w === '&';
