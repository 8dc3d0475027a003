/** Character classes and the trie the figure scanner matches lexicons with. */

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

/** A letter of a script that separates words with spaces: a word may not run on into it. */
export function isWordLetter(c: number): boolean {
  return isLatinLetter(c) || isArabicLetter(c) || (c >= 0x0370 && c <= 0x052f);
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isKana(c: number): boolean {
  return c >= 0x3040 && c <= 0x30ff;
}

// Latin-1 letters without case or accent, so "près", "millón" and "fünf" match however they are typed.
const LATIN1 = 'aaaaaaaceeeeiiiidnooooo\u00d7ouuuuy\u00fe\u00dfaaaaaaaceeeeiiiidnooooo\u00f7ouuuuy\u00fey';

/** Lower-case and strip the accent of one unit (ASCII and Latin-1, all the lexicons need). */
export function lower(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c <= 0xff) return LATIN1.charCodeAt(c - 0xc0);
  return c;
}

export function lowerString(s: string): string {
  const l = s.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c >= 0xc0 && c <= 0xff) {
      let out = l.slice(0, i);
      for (let k = i; k < l.length; k++) out += String.fromCharCode(lower(l.charCodeAt(k)));
      return out;
    }
  }
  return l;
}

interface Node<T> {
  next?: Map<number, Node<T>>;
  value?: T;
  /** Key ends in a letter of a spaced script, so the text must not continue with one. */
  bounded?: boolean;
  /** The exact spelling required (ISO codes are matched in capitals only). */
  exact?: string;
}

export interface Match<T> {
  value: T;
  end: number;
}

/** A character trie over folded, lower-cased keys; lookups are longest-match at a position. */
export class Trie<T> {
  private readonly root: Node<T> = {};
  maxLen = 0;

  /** Adds `key`; `merge` decides what a second entry for the same key becomes. */
  add(key: string, value: T, options: { exact?: boolean; merge?: (old: T, add: T) => T } = {}): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = lower(key.charCodeAt(i));
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = {};
        node.next.set(c, child);
      }
      node = child;
    }
    node.value = node.value !== undefined && options.merge ? options.merge(node.value, value) : value;
    node.bounded = isWordLetter(key.charCodeAt(key.length - 1));
    if (options.exact) node.exact = key;
    this.maxLen = Math.max(this.maxLen, key.length);
  }

  /** Longest key that starts at `i` and ends on a word boundary. */
  match(text: string, i: number): Match<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: Match<T> | undefined;
    const stop = Math.min(text.length, i + this.maxLen);
    for (let j = i; j < stop; j++) {
      node = node.next?.get(lower(text.charCodeAt(j)));
      if (!node) break;
      if (node.value === undefined) continue;
      if (node.bounded && j + 1 < text.length && isWordLetter(text.charCodeAt(j + 1))) continue;
      if (node.exact !== undefined && text.slice(i, j + 1) !== node.exact) continue;
      best = { value: node.value, end: j + 1 };
    }
    return best;
  }
}

/** Skips at most one space (or none); never crosses a line break. */
export function skipSpace(text: string, i: number): number {
  return text.charCodeAt(i) === 0x20 ? i + 1 : i;
}

/** The start of the word that ends at `end` (letters, apostrophes, inner dots and hyphens). */
export function wordStartBefore(text: string, end: number, maxLen = 24): number {
  let i = end;
  const floor = Math.max(0, end - maxLen);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isWordLetter(c) || c === 0x27) i--;
    else if ((c === 0x2e || c === 0x2d) && i - 1 > floor && isWordLetter(text.charCodeAt(i - 2)) && i < end) i--;
    else break;
  }
  return i;
}

export interface Word {
  word: string;
  start: number;
}

/** The word before `pos` (one space between at most), folded to lower case; stops at a line break or punctuation. */
export function wordBefore(text: string, pos: number): Word | undefined {
  let j = pos;
  if (text.charCodeAt(j - 1) === 0x20) j--;
  // A trailing abbreviation dot belongs to the word ("ca.", "Mio.").
  const wordEnd = j;
  if (j > 1 && text.charCodeAt(j - 1) === 0x2e && isWordLetter(text.charCodeAt(j - 2))) j--;
  const s = wordStartBefore(text, j);
  if (s === j) return undefined;
  return { word: lowerString(text.slice(s, wordEnd)), start: s };
}

/** Up to `n` words before `pos`, nearest first, each with its start. */
export function wordsBefore(text: string, pos: number, n: number): Word[] {
  const out: Word[] = [];
  for (let w = wordBefore(text, pos); w; w = out.length < n ? wordBefore(text, w.start) : undefined) out.push(w);
  return out;
}
