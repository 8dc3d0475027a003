/**
 * The name index: every alias folded and lower-cased, sorted, searched by
 * narrowing a range one character at a time. It behaves as a trie (one walk
 * per candidate start, at most the longest alias deep) but compiles to a
 * single sorted array, so ~2,000 aliases are ready in a few milliseconds with
 * no per-node objects.
 */
import { foldWord } from '../normalize.ts';
import type { CompanyKind, CompanySource } from '../types.ts';
import { lowerString } from './chars.ts';

export interface Target {
  canonical: string;
  kind: CompanyKind;
  source: CompanySource;
  ticker?: string;
  description?: string;
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

/** The keys [lo, hi) that share a prefix, and the ranges one unit further down (keys of length 1 excluded). */
interface Level {
  lo: number;
  hi: number;
  next: Map<number, [number, number]>;
}

export interface Trie {
  /** Lower-cased keys, sorted by UTF-16 unit; equal keys sit side by side. */
  keys: string[];
  /** aliasOf[k] is the alias behind keys[k]. */
  aliasOf: Int32Array;
  aliases: Alias[];
  targets: Target[];
  /** First units of all keys, to skip most text positions at once. */
  firsts: Set<number>;
  /** The same as a table by UTF-16 unit (1 = some key starts with it), for the scan's inner loop. */
  firstUnits: Uint8Array;
  /** Key index range per first unit, and per first two units: the walk starts two levels down instead of searching all keys. */
  byFirst: Map<number, Level>;
}

/** The spelling an alias is matched with: folded, runs of spaces made one. */
export function aliasKey(name: string): string {
  return foldWord(name).trim().replace(/\s+/g, ' ');
}

/** Fold many names at once: one pass of the normalizer over them all is far cheaper than one per name. */
function foldAll(names: string[]): string[] {
  if (names.length === 0) return [];
  return foldWord(names.join('\u0000'))
    .replace(/\s+/g, ' ')
    .split('\u0000')
    .map((k) => k.trim());
}

export function buildTrie(sources: readonly NameSource[]): Trie {
  const aliases: Alias[] = [];
  const targets: Target[] = [];
  const all: string[] = [];
  for (const src of sources) for (const name of src.names) all.push(name.replace(/[\u0000\u0001]/g, ' '));
  const folded = foldAll(all);
  let at = 0;
  for (const src of sources) {
    const target = targets.length;
    const info: Target = { canonical: src.canonical, kind: src.kind, source: src.source };
    if (src.ticker) info.ticker = src.ticker;
    if (src.description) info.description = src.description;
    targets.push(info);
    const risky = src.ambiguous?.length ? src.ambiguous.map(aliasKey) : undefined;
    const first = aliases.length;
    for (let i = 0; i < src.names.length; i++) {
      const exact = folded[at++]!;
      // Lists are short: a linear duplicate check beats building a Set per entry.
      let dup = !exact;
      for (let j = first; !dup && j < aliases.length; j++) dup = aliases[j]!.exact === exact;
      if (!dup) aliases.push({ target, exact, ambiguous: risky?.includes(exact) ?? false });
    }
  }
  // Sorting "key\0index" strings natively beats a comparator callback; "\0"
  // sorts first, so a key still precedes its own extensions.
  const lows = lowerString(aliases.map((a, i) => `${a.exact}\u0000${i}`).join('\u0001')).split('\u0001').sort();
  const keys: string[] = new Array(lows.length);
  const aliasOf = new Int32Array(lows.length);
  for (let k = 0; k < lows.length; k++) {
    const cut = lows[k]!.lastIndexOf('\u0000');
    keys[k] = lows[k]!.slice(0, cut);
    aliasOf[k] = Number(lows[k]!.slice(cut + 1));
  }
  const firsts = new Set(keys.map((k) => k.charCodeAt(0)));
  const firstUnits = new Uint8Array(0x10000);
  for (const c of firsts) firstUnits[c] = 1;
  const byFirst = new Map<number, Level>();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const c = key.charCodeAt(0);
    let level = byFirst.get(c);
    if (level) level.hi = k + 1;
    else byFirst.set(c, (level = { lo: k, hi: k + 1, next: new Map() }));
    if (key.length < 2) continue;
    // Sorted keys: those sharing two first units sit side by side.
    const r = level.next.get(key.charCodeAt(1));
    if (r) r[1] = k + 1;
    else level.next.set(key.charCodeAt(1), [k, k + 1]);
  }
  return { keys, aliasOf, aliases, targets, firsts, firstUnits, byFirst };
}

/** Unit `d` of `key`, or -1 past its end (so shorter keys sort first, as they do). */
function unit(key: string, d: number): number {
  return d < key.length ? key.charCodeAt(d) : -1;
}

/** First index in [lo, hi) whose unit at `d` is at least `c`. */
function lowerBound(keys: string[], lo: number, hi: number, d: number, c: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (unit(keys[mid]!, d) < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Same as chars.isSpace, kept local: it runs on every unit of every walk. */
function space(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c;
}

/**
 * Every key that starts at `p` in the lower-cased text, as [end, keyIndex]
 * pairs written into `out` from index 0, shortest first; returns how many
 * units were written (the array is reused, never cleared). A run of whitespace
 * in the text matches one space of a key, so line breaks inside a name do not hide it.
 */
export function walk(trie: Trie, low: string, p: number, out: number[]): number {
  const keys = trie.keys;
  const n = low.length;
  // Keys never start with a space, so the first two levels are plain table lookups.
  const first = p < n ? trie.byFirst.get(low.charCodeAt(p)) : undefined;
  if (!first) return 0;
  let count = 0;
  if (keys[first.lo]!.length === 1) {
    out[count++] = p + 1;
    out[count++] = first.lo;
  }
  if (p + 1 >= n) return count;
  const c1 = low.charCodeAt(p + 1);
  const sp1 = space(c1);
  const second = first.next.get(sp1 ? 0x20 : c1);
  if (!second) return count;
  let lo = second[0];
  let hi = second[1];
  let d = 2;
  let i = p + 2;
  if (sp1) while (i < n && space(low.charCodeAt(i))) i++;
  else if (keys[lo]!.length === 2) {
    out[count++] = i;
    out[count++] = lo;
  }
  while (i < n && lo < hi) {
    let c = low.charCodeAt(i);
    const sp = space(c);
    if (sp) c = 0x20;
    lo = lowerBound(keys, lo, hi, d, c);
    hi = lowerBound(keys, lo, hi, d, c + 1);
    if (lo >= hi) break;
    d++;
    i++;
    if (sp) while (i < n && space(low.charCodeAt(i))) i++;
    else if (keys[lo]!.length === d) {
      out[count++] = i;
      out[count++] = lo;
    }
  }
  return count;
}

/** Aliases that share the key at index `k`. */
export function aliasesAt(trie: Trie, k: number): Alias[] {
  const out: Alias[] = [];
  const key = trie.keys[k]!;
  for (let j = k; j < trie.keys.length && trie.keys[j] === key; j++) out.push(trie.aliases[trie.aliasOf[j]!]!);
  return out;
}

export function startsAny(trie: Trie, c: number): boolean {
  return trie.firsts.has(c);
}
