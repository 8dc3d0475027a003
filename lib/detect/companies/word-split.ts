/**
 * A word written solid as a run of listed words, whole: the katakana loanwords
 * (ノースグリッド: North, Grid; katakana-words.ts) and the English words Arabic
 * writes in its own letters (ايكوكلاود: Eco, Cloud; arabic-latin.ts) split the
 * same way.
 */
/**
 * A list written as one string of "word reading" pairs apart by spaces (a record literal of the same words ships about
 * a third larger): each word with its reading, the later lists' over the earlier's.
 */
export function pairMap(...lists: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) {
    const words = list.trim().split(/\s+/);
    for (let k = 0; k + 1 < words.length; k += 2) map.set(words[k]!, words[k + 1]!);
  }
  return map;
}

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
