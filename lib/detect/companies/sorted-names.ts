/**
 * The organizations' names as the index holds them: every alias folded to its
 * matching key, one per spelling, sorted by key. The build sorts the gazetteer
 * so (compact.ts); only the reader's watchlist is sorted while a page waits.
 */
import { foldWord } from '../normalize.ts';
import type { CompanyKind, CompanySource } from '../types.ts';
import { lowerString } from './chars.ts';
import { rawKey, type KeyRun } from './key-runs.ts';

export interface Target {
  canonical: string;
  kind: CompanyKind;
  source: CompanySource;
}

export interface Alias {
  target: number;
  /** The alias as folded text in its own case, spaces collapsed: for the exact-case test. */
  exact: string;
  ambiguous: boolean;
}

export interface NameSource extends Target {
  names: string[];
  ambiguous?: string[];
}

/**
 * The index as parallel arrays in key order. The gazetteer arrives in this
 * order from the build (compact.ts), so loading it sorts and folds nothing.
 * An alias's own spelling and its organization are made when first asked for:
 * a page asks for a few dozen of thousands, and making them all up front was
 * enough young garbage to cost a collection while the page waited.
 */
export interface Sorted {
  /**
   * The keys, sorted by their lower-case form unit by unit (equal keys side by
   * side), in a few long texts (`runs`), as if those were one: key k runs
   * from keyStart[k] for keyStart[k + 1] - keyStart[k] - 1 units. A few
   * strings and one array, not a string per key: thousands of small strings
   * were enough young garbage to cost the page a collection while the index
   * got ready. The shipped index keeps its lines' own case, and the index
   * reads each unit through chars.lower: lowering the texts as a page started
   * was over half of getting it ready, and joining its parts into one text
   * most of the rest.
   */
  runs: KeyRun[];
  keyStart: Int32Array;
  /** How many keys there are. */
  count: number;
  /** The alias behind key k, folded, in its own case. */
  exact: (k: number) => string;
  /** target[k]: the number of the organization key k names (see `org`). Read through `resolved` (key-runs.ts). */
  target: Int32Array;
  /** 1 where the alias is also an ordinary word or other thing. Read through `resolved`. */
  ambiguous: Uint8Array;
  /** Organization number t. */
  org: (t: number) => Target;
  /** How many organizations there are. Read through `resolved`. */
  orgs: number;
  /**
   * Where the index fills target, ambiguous and orgs only when first asked (the shipped one, compact.ts), what
   * fills them; it then removes itself.
   */
  resolve?: () => void;
}

/**
 * The spelling an alias is matched with: folded, runs of spaces made one, no
 * middle dots. The press writes such names with and without the dots; the walk
 * steps over a dot in the text, so one key serves both.
 */
export function aliasKey(name: string): string {
  return foldWord(name).replace(/[\u30fb\u00b7]/g, '').trim().replace(/\s+/g, ' ');
}

/**
 * One alias per folded spelling of each source, in index order: by lower-cased
 * key, equal keys in source order. Only the reader's watchlist is sorted while a
 * page waits (the gazetteer comes sorted from the build), so plainness wins here.
 */
export function sortNames(sources: readonly NameSource[]): Sorted {
  const { keys, exact, target, ambiguous, targets } = sortAliases(sources);
  return { ...keyRuns(keys), exact: (k) => exact[k]!, target, ambiguous, org: (t) => targets[t]!, orgs: targets.length };
}

/** Keys in order as Sorted holds them, in one run: the separator is never read, the offsets say where each key ends. */
function keyRuns(keys: readonly string[]): Pick<Sorted, 'runs' | 'keyStart' | 'count'> {
  const keyStart = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) keyStart[k + 1] = keyStart[k]! + keys[k]!.length + 1;
  return { runs: [{ text: keys.join('\n'), base: 0, lo: 0, hi: keys.length }], keyStart, count: keys.length };
}

/** Key k's length. */
export const keyLength = (s: Sorted, k: number): number => s.keyStart[k + 1]! - s.keyStart[k]! - 1;

/** Key k as a lower-case string (tests and rare paths; the walk reads the text by offset). */
export const keyAt = (s: Sorted, k: number): string => lowerString(rawKey(s, k));

/** Every key, in order (tests). */
export const keysOf = (s: Sorted): string[] => Array.from({ length: s.count }, (_, k) => keyAt(s, k));

/** sortNames as plain arrays, for the build (compact.ts) to encode. */
export function sortAliases(sources: readonly NameSource[]) {
  const targets: Target[] = [];
  const aliases: (Alias & { key: string })[] = [];
  for (const src of sources) {
    const target = targets.push({ canonical: src.canonical, kind: src.kind, source: src.source }) - 1;
    const risky = new Set(src.ambiguous?.map(aliasKey));
    const seen = new Set<string>();
    for (const name of src.names) {
      const exact = aliasKey(name);
      if (!exact || seen.has(exact)) continue;
      seen.add(exact);
      aliases.push({ target, exact, ambiguous: risky.has(exact), key: lowerString(exact) });
    }
  }
  aliases.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return {
    keys: aliases.map((a) => a.key),
    exact: aliases.map((a) => a.exact),
    target: Int32Array.from(aliases, (a) => a.target),
    ambiguous: Uint8Array.from(aliases, (a) => (a.ambiguous ? 1 : 0)),
    targets,
  };
}
