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
  next: Map<number, Level2>;
}

/** The keys sharing two first units, and per third unit the keys sharing three (keys of length 2 excluded). */
interface Level2 {
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
  /** The same as a table by UTF-16 unit: 1 + the index in `levels` of the keys starting with it, 0 for none. */
  firstUnits: Uint16Array;
  /** Key index range per first unit, then per first two and three units: the walk starts three levels down instead of searching all keys. */
  levels: Level[];
  /** Hashed first three units of keys of three units or more: a cheap "no key can start here" before any walk. */
  prefix3: Uint8Array;
  /** First units of keys of one or two units, which the three-unit filter cannot speak for. */
  shortFirst: Uint8Array;
}

/** Hash slot of a key's (or the text's) first three units. */
export function slot3(c0: number, c1: number, c2: number): number {
  return (Math.imul(Math.imul(c0, 0x9e3779b1) ^ c1, 0x85ebca6b) ^ c2) & 0xffff;
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

/** Holds neither of the separators the batch fold and the key sort join on. */
function separatorFree(name: string): boolean {
  return !name.includes('\u0000') && !name.includes('\u0001');
}

export function buildTrie(sources: readonly NameSource[]): Trie {
  const aliases: Alias[] = [];
  const targets: Target[] = [];
  // Names and ambiguous names go through the normalizer in one batch: a call per name costs far more at load.
  const all: string[] = [];
  for (const src of sources) {
    for (const name of src.names) all.push(separatorFree(name) ? name : name.replace(/[\u0000\u0001]/g, ' '));
    if (src.ambiguous) for (const name of src.ambiguous) all.push(separatorFree(name) ? name : '');
  }
  const folded = foldAll(all);
  let at = 0;
  for (const src of sources) {
    const target = targets.length;
    const info: Target = { canonical: src.canonical, kind: src.kind, source: src.source };
    targets.push(info);
    const names = folded.slice(at, at + src.names.length);
    at += src.names.length;
    let risky: string[] | undefined;
    if (src.ambiguous?.length) {
      risky = src.ambiguous.map((name, r) => (separatorFree(name) ? folded[at + r]! : aliasKey(name)));
    }
    at += src.ambiguous?.length ?? 0;
    const first = aliases.length;
    for (const exact of names) {
      // Lists are short: a linear duplicate check beats building a Set per entry.
      let dup = !exact;
      for (let j = first; !dup && j < aliases.length; j++) dup = aliases[j]!.exact === exact;
      if (!dup) aliases.push({ target, exact, ambiguous: risky?.includes(exact) ?? false });
    }
  }
  // One lower-casing call for all keys; equal keys keep the order of their
  // indexes read as text, which earlier builds used and the alias pick relies on.
  const lows = lowerString(aliases.map((a) => a.exact).join('\u0001')).split('\u0001');
  const order = Array.from(lows, (_, i) => i);
  const names = order.map(String);
  order.sort((a, b) => {
    const x = lows[a]!;
    const y = lows[b]!;
    return x < y ? -1 : x > y ? 1 : names[a]! < names[b]! ? -1 : 1;
  });
  const keys = order.map((i) => lows[i]!);
  const aliasOf = Int32Array.from(order);
  const firsts = new Set(keys.map((k) => k.charCodeAt(0)));
  const firstUnits = new Uint16Array(0x10000);
  const levels: Level[] = [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const c = key.charCodeAt(0);
    let level = firstUnits[c] ? levels[firstUnits[c]! - 1] : undefined;
    if (level) level.hi = k + 1;
    else firstUnits[c] = levels.push((level = { lo: k, hi: k + 1, next: new Map() }));
    if (key.length < 2) continue;
    // Sorted keys: those sharing two (or three) first units sit side by side.
    let second = level.next.get(key.charCodeAt(1));
    if (second) second.hi = k + 1;
    else level.next.set(key.charCodeAt(1), (second = { lo: k, hi: k + 1, next: new Map() }));
    if (key.length < 3) continue;
    const r = second.next.get(key.charCodeAt(2));
    if (r) r[1] = k + 1;
    else second.next.set(key.charCodeAt(2), [k, k + 1]);
  }
  const prefix3 = new Uint8Array(0x10000);
  const shortFirst = new Uint8Array(0x10000);
  for (const key of keys) {
    if (key.length < 3) shortFirst[key.charCodeAt(0)] = 1;
    else prefix3[slot3(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))] = 1;
  }
  return { keys, aliasOf, aliases, targets, firsts, firstUnits, levels, prefix3, shortFirst };
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
  const f = p < n ? trie.firstUnits[low.charCodeAt(p)]! : 0;
  if (f === 0) return 0;
  const first = trie.levels[f - 1]!;
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
  let i = p + 2;
  if (sp1) while (i < n && space(low.charCodeAt(i))) i++;
  else if (keys[second.lo]!.length === 2) {
    out[count++] = i;
    out[count++] = second.lo;
  }
  if (i >= n) return count;
  // The third level is a table lookup too: most words fail here without any search.
  let c2 = low.charCodeAt(i);
  const sp2 = space(c2);
  if (sp2) c2 = 0x20;
  const third = second.next.get(c2);
  if (!third) return count;
  let lo = third[0];
  let hi = third[1];
  let d = 3;
  i++;
  if (sp2) while (i < n && space(low.charCodeAt(i))) i++;
  else if (keys[lo]!.length === 3) {
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
