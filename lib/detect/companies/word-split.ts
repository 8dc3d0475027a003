/**
 * A word written solid as a run of listed words, whole: the katakana loanwords
 * (ノースグリッド: North, Grid; katakana-words.ts) and the English words Arabic
 * writes in its own letters (ايكوكلاود: Eco, Cloud; arabic-latin.ts) split the
 * same way.
 */
export interface WordList {
  /** The listed word's English, or undefined for a piece the list does not hold. */
  get(piece: string): string | undefined;
  /** The longest and the shortest piece worth trying. */
  longest: number;
  shortest: number;
}

/**
 * The words of `list` that cover `word` from `from` to its end, or undefined
 * when no split does. Longer pieces are tried first at each point, and a split
 * that strands a remainder backs off. `failed` records the points that led
 * nowhere: a caller trying several starts in one word may share it.
 */
export function splitWords(list: WordList, word: string, from = 0, failed = new Set<number>()): string[] | undefined {
  if (from === word.length) return [];
  // A point that led nowhere once leads nowhere again: without this, a long word of many short listed words
  // is tried in exponentially many ways.
  if (failed.has(from)) return undefined;
  for (let n = Math.min(list.longest, word.length - from); n >= list.shortest; n--) {
    const english = list.get(word.slice(from, from + n));
    const rest = english && splitWords(list, word, from + n, failed);
    if (rest) return [english, ...rest];
  }
  failed.add(from);
  return undefined;
}
