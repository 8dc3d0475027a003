/**
 * Word tokens of a cue sentence, read by char code. It gives exactly what
 * /W+(?:[-'.&]W+)*\.?|&/gu would over text.slice(s, e), W a letter, mark or digit
 * not in Han, kana or Hangul (WORD_CP),
 * less an elision before a capital (d'Otium), but a Unicode regex over every
 * cue sentence was the cue reader's largest cost.
 */

export interface Tok {
  s: number;
  e: number;
  /** Without a closing dot, which is punctuation unless the word is a legal abbreviation. */
  w: string;
}

/**
 * Letters, marks and digits, but not Han, kana or Hangul: those scripts write
 * words solid, so a Latin name glued to them ("手がけるLegalOn Technologies")
 * would take in the clause before it. Their names have readers of their own.
 */
const WORD_CP = /^(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{M}\d]$/u;
// Per BMP unit: 0 not yet seen, 1 a word unit, 2 not. Filled on first sight so loading costs nothing.
const BMP = new Uint8Array(0x10000);

/** Units taken by a word code point at `i` (before `e`), or 0. */
function wordAt(text: string, i: number, e: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < e) {
    const d = text.charCodeAt(i + 1);
    // A full pair is one code point; a lone surrogate is never a letter.
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CP.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP[c]!;
  if (k === 0) BMP[c] = k = WORD_CP.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** End of the run of word code points starting at `i` (`i` itself when there is none). */
function runEnd(text: string, i: number, e: number): number {
  for (let n = i < e ? wordAt(text, i, e) : 0; n > 0; n = i < e ? wordAt(text, i, e) : 0) i += n;
  return i;
}

const UPPER = /\p{Lu}/u;

/**
 * Where a word starts past a French or Italian elision before a name: "d'Otium
 * Capital", "dell'Eni" are "Otium Capital" and "Eni" to the name readers. Only
 * before a capital: "l'assureur" stays whole, as the cue words spell it. So too
 * past an Arabic clitic.
 */
function elided(text: string, i: number, j: number): number {
  // Arabic clitics glued to a Latin name ("وGlobivest", "لـOpenAI") are not the name's: و ف ب ل ك and the tatweel.
  for (let k = i; k < j && k < i + 4; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644 || c === 0x643 || c === 0x640) continue;
    if (k > i && c >= 0x41 && c <= 0x5a) return k;
    break;
  }
  for (let k = i; k < j && k < i + 7; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x27) return k > i && k + 1 < j && UPPER.test(text[k + 1]!) ? k + 1 : i;
    if (c < 0x61 || c > 0x7a) return i;
  }
  return i;
}

export function tokens(text: string, s: number, e: number): Tok[] {
  const out: Tok[] = [];
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c === 0x26) {
      out.push({ s: i, e: i + 1, w: '&' });
      i++;
      continue;
    }
    let j = runEnd(text, i, e);
    if (j === i) {
      // Step over a whole pair, as a Unicode regex does.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < e && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    for (;;) {
      const sep = j < e ? text.charCodeAt(j) : 0;
      // An ampersand between two words with no space makes one word: "AT&S" is a name, where "AT" alone is a preposition.
      if (sep !== 0x2d && sep !== 0x27 && sep !== 0x2e && sep !== 0x26) break;
      const k = runEnd(text, j + 1, e);
      if (k === j + 1) break;
      j = k;
    }
    const dot = j < e && text.charCodeAt(j) === 0x2e;
    i = elided(text, i, j);
    out.push({ s: i, e: dot ? j + 1 : j, w: text.slice(i, j) });
    i = dot ? j + 1 : j;
  }
  return out;
}

/**
 * Only spaces (no line break, no punctuation) between two tokens, or none around an ampersand. A name never
 * goes on past "Corp." or "Inc.": after one, a capital starts a new sentence
 * that the splitter could not tell apart ("its parent LG Corp. Furiosa AI grew").
 */
export const glued = (text: string, a: Tok, b: Tok) => {
  // An ampersand may touch the words it joins: "Christ&Company", "AT&T".
  if (b.s === a.e) return a.w === '&' || b.w === '&';
  // A closing dot ends the name, unless it closes initials and a capital goes on ("D.A. Davidson") or is the first
  // half of Singapore's or Australia's legal form ("Pte. Ltd.").
  if (b.s < a.e || (text.charCodeAt(a.e - 1) === 0x2e && !((a.w.includes('.') || /^Pt[ey]$/.test(a.w)) && UPPER.test(b.w[0]!)))) return false;
  for (let k = a.e; k < b.s; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
};
