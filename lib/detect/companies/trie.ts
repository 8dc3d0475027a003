/**
 * The name index: every alias folded and lower-cased, sorted, searched by
 * narrowing a range one character at a time. It behaves as a trie (one walk
 * per candidate start, at most the longest alias deep) but is a few sorted
 * arrays and flat tables: the shipped gazetteer comes already sorted from the
 * build, so it is ready without folding, sorting or building nodes.
 */
import { lower } from './chars.ts';
import { keyAt, keyLength, sortNames, type Alias, type NameSource, type Sorted } from './sorted-names.ts';
import { resolved, type KeyRun } from './key-runs.ts';

/** The keys [lo, hi) that share their first unit, and the run that holds them (Sorted.runs). */
interface Level {
  lo: number;
  hi: number;
  text: string;
  base: number;
  /** Once the heads and pairs of its keys are marked: mayStart marks a level when a text first needs it, before any walk there. */
  marked: boolean;
}

export interface Trie extends Sorted {
  /**
   * Per UTF-16 unit: 2 + the index in `levels` of the keys starting with it, 1 for none, 0 while not yet
   * looked up: read through levelOf, which looks a unit up the first time a text holds it. In blocks of 256
   * units, each made as a text first holds one of its units: one table for them all was a third of the memory
   * a cold engine cleared for every index it made, and a page in one script reads a few blocks.
   */
  firstUnits: Uint16Array[];
  levels: Level[];
  /**
   * Hashed heads of the keys, by length 1 to HEAD_UNITS, two bits a slot and four slots a byte:
   * bit 1 marks the first units of some key, bit 2 a whole key that short. A text position
   * whose head is unmarked before any whole key fits can start no key.
   */
  heads: Uint8Array;
  /**
   * For keys whose first two units are ASCII, by (unit0 << 7 | unit1): the key
   * range sharing them, as [lo, hi) in pairLo/pairHi less the first key of
   * their level (hi 0: none; no first unit starts 65,535 keys). Latin text
   * then starts each walk two levels down with one table read.
   */
  pairLo: Uint16Array;
  pairHi: Uint16Array;
  /** Folds a text before its keys are looked for, where a part of the shipped index says how (compact.ts: ShippedIndex.fold). */
  fold?: (s: string) => string;
}

/**
 * The ASCII-pair table slot of units c0 c1, or -1 when the pair table cannot speak for them: a space,
 * or a hyphen, which may stand for a key's space ("B-Capital-Fonds", deeper).
 */
function pairSlot(c0: number, c1: number): number {
  return c0 < 0x80 && c1 < 0x80 && !space(c1) && c1 !== 0x2d ? (c0 << 7) | c1 : -1;
}

/** A running hash over a head's units (slotOf then picks its slot). */
const mix = (h: number, c: number) => Math.imul(h ^ c, 0x9e3779b1) >>> 0;
const SEED = 0x2545f491;
/**
 * Units of a head. Six, not four: in English text four let through every
 * "the ", "mark", "open" and "data" (a key starts so), a walk each, while
 * six turn most of them away before the walk.
 */
const HEAD_UNITS = 6;
/**
 * 2^17 slots: ~12,000 marked heads leave about 9% of them marked. Packed four to a byte, not one: a cold
 * engine clears the table for every index it makes.
 */
const HEAD_MASK = 0x1ffff;
// The length only picks a lane of the slot: a chain of mixes already differs by length.
const slotOf = (h: number, length: number) => (h ^ (h >>> 15) ^ (length << 14)) & HEAD_MASK;

const PREFIX = 1;
const WHOLE = 2;

/** Mark the heads of the key at `at` of `text`, `length` units long (up to HEAD_UNITS units), in `heads`. */
function markHeads(heads: Uint8Array, text: string, at: number, length: number): void {
  let h = SEED;
  const n = Math.min(HEAD_UNITS, length);
  for (let d = 1; d <= n; d++) {
    h = mix(h, lower(text.charCodeAt(at + d - 1)));
    const s = slotOf(h, d);
    heads[s >> 2]! |= (d === length ? PREFIX | WHOLE : PREFIX) << ((s & 3) << 1);
  }
}

/**
 * May some key start at `p` of the lower-cased text? False is sure; true needs
 * the walk. A run of whitespace is read as one space, as the walk reads it.
 */
export function mayStart(trie: Trie, low: string, p: number): boolean {
  const heads = trie.heads;
  const n = low.length;
  if (p >= n) return false;
  const f = levelOf(trie, low.charCodeAt(p));
  if (f === 0) return false;
  const level = trie.levels[f - 1]!;
  if (!level.marked) markLevel(trie, level);
  // Two ASCII units no key starts with, and no one-unit key: one table read
  // settles it, as it does for most word starts of Latin text.
  const r = p + 1 < n ? pairSlot(low.charCodeAt(p), low.charCodeAt(p + 1)) : -1;
  if (r >= 0 && trie.pairHi[r] === 0 && keyLength(trie, level.lo) !== 1) return false;
  let i = p;
  let h = SEED;
  for (let d = 1; d <= HEAD_UNITS; d++) {
    if (d > 1) while (i < n && isNameDot(low.charCodeAt(i))) i++;
    // The text ends inside every head that fits: no longer key can start here.
    if (i >= n) return false;
    let c = low.charCodeAt(i++);
    // A hyphen may stand for a key's space (deeper): the heads hashed the space, so let the walk decide.
    if (c === 0x2d && d > 1) return true;
    if (space(c)) {
      c = 0x20;
      while (i < n && space(low.charCodeAt(i))) i++;
    }
    h = mix(h, c);
    const s = slotOf(h, d);
    const v = heads[s >> 2]! >> ((s & 3) << 1);
    if (v & WHOLE) return true;
    if (!(v & PREFIX)) return false;
  }
  // The whole head agrees with some key's: walk.
  return true;
}

/** The middle dots that Japanese and Chinese put between the words of a foreign name (コースラ・ベンチャーズ, 伯克希尔·哈撒韦). */
const isNameDot = (c: number) => c === 0x30fb || c === 0xb7;
const katakana = (c: number) => c >= 0x30a1 && c <= 0x30fa;
/** A blank between two katakana words, which Japanese also writes for a name's middle dot (パナソニック エナジー). */
const kanaBlank = (low: string, i: number) => low.charCodeAt(i) === 0x20 && katakana(low.charCodeAt(i - 1)) && katakana(low.charCodeAt(i + 1));

/**
 * The lookup tables over sorted names, all made empty: the keys sharing a
 * first unit are found by binary search the first time a text holds that
 * unit (levelOf), and their heads marked when a text first starts a word
 * with it (markLevel). A page pays only for the prefixes it contains, and
 * getting the index ready reads no key.
 */
export function indexSorted(sorted: Sorted): Trie {
  const { runs, keyStart } = sorted;
  // levelOf looks for a unit's keys in one run: runs must not share a first unit, as the shipped parts do not.
  for (let r = 1; r < runs.length; r++) {
    if (firstUnitOf(runs[r - 1]!, keyStart, runs[r - 1]!.hi - 1) >= firstUnitOf(runs[r]!, keyStart, runs[r]!.lo)) throw new Error('name index: two runs hold keys with one first unit');
  }
  // Each field by name, not `...sorted`: a cold engine copied the spread through its slow path, some 2 ms
  // of the 5 the index has to get ready.
  const { count, exact, target, ambiguous, org, orgs } = sorted;
  // Each table its own array: carved from one buffer, they took a cold engine longer to make than these do.
  return {
    runs, keyStart, count, exact, target, ambiguous, org, orgs, firstUnits: [], levels: [],
    heads: new Uint8Array((HEAD_MASK + 1) >> 2), pairLo: new Uint16Array(0x4000), pairHi: new Uint16Array(0x4000),
  };
}

/** The lower-cased first unit of key k of `run`. */
const firstUnitOf = (run: KeyRun, keyStart: Int32Array, k: number): number => lower(run.text.charCodeAt(keyStart[k]! - run.base));

/** 1 + the index in trie.levels of the keys that start with unit `c` (lower-cased), 0 for none. */
export function levelOf(trie: Trie, c: number): number {
  const v = trie.firstUnits[c >> 8]?.[c & 255];
  return v ? v - 1 : findLevel(trie, c);
}

/** levelOf, the first time `c` is asked about: two binary searches in the run whose first units span it. */
function findLevel(trie: Trie, c: number): number {
  const { keyStart } = trie;
  const run = trie.runs.find((r) => r.lo < r.hi && firstUnitOf(r, keyStart, r.hi - 1) >= c);
  let f = 0;
  if (run && firstUnitOf(run, keyStart, run.lo) <= c) {
    const lo = lowerBound(run.text, run.base, keyStart, run.lo, run.hi, 0, c);
    const hi = lowerBound(run.text, run.base, keyStart, lo, run.hi, 0, c + 1);
    if (lo < hi) f = trie.levels.push({ lo, hi, text: run.text, base: run.base, marked: false });
  }
  (trie.firstUnits[c >> 8] ??= new Uint16Array(256))[c & 255] = f + 1;
  return f;
}

/**
 * Marks the heads and ASCII pairs of the keys of level f - 1. Doing it for
 * every key up front was most of getting the index ready (that runs cold,
 * once per page); a page in one script needs the levels of that script only.
 */
function markLevel(trie: Trie, level: Level): void {
  const { keyStart, pairLo, pairHi } = trie;
  const { lo, hi, text, base } = level;
  for (let k = lo; k < hi; k++) {
    const at = keyStart[k]! - base;
    const length = keyStart[k + 1]! - keyStart[k]! - 1;
    markHeads(trie.heads, text, at, length);
    const r = length < 2 ? -1 : pairSlot(lower(text.charCodeAt(at)), lower(text.charCodeAt(at + 1)));
    if (r < 0) continue;
    if (pairHi[r] === 0) pairLo[r] = k - lo;
    pairHi[r] = k + 1 - lo;
  }
  level.marked = true;
}

export function buildTrie(sources: readonly NameSource[]): Trie {
  return indexSorted(sortNames(sources));
}

/**
 * First index in [lo, hi) whose unit at `d` is at least `c`; a key that ends before `d` reads -1 there, so shorter
 * keys sort first, as they do. `text` holds the keys at their offsets less `base` (Level).
 */
function lowerBound(text: string, base: number, starts: Int32Array, lo: number, hi: number, d: number, c: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = starts[mid]! + d;
    if ((at < starts[mid + 1]! - 1 ? lower(text.charCodeAt(at - base)) : -1) < c) lo = mid + 1;
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
  // Keys never start with a space, so the first level is a plain table lookup.
  const f = p < low.length ? levelOf(trie, low.charCodeAt(p)) : 0;
  if (f === 0) return 0;
  const level = trie.levels[f - 1]!;
  // The pair table below speaks for marked levels only (a caller may walk without asking mayStart first).
  if (!level.marked) markLevel(trie, level);
  let count = 0;
  if (keyLength(trie, level.lo) === 1) {
    out[count++] = p + 1;
    out[count++] = level.lo;
  }
  const r = pairSlot(low.charCodeAt(p), low.charCodeAt(p + 1));
  if (r < 0) return deeper(trie, level, low, p + 1, 1, level.lo, level.hi, out, count);
  // Two ASCII units: their key range is one table read away.
  const hi = trie.pairHi[r]!;
  if (hi === 0) return count;
  const lo = level.lo + trie.pairLo[r]!;
  if (keyLength(trie, lo) === 2) {
    out[count++] = p + 2;
    out[count++] = lo;
  }
  return deeper(trie, level, low, p + 2, 2, lo, level.lo + hi, out, count);
}

/** The rest of the walk: narrow [lo, hi) by binary search, one unit of text at a time. */
function deeper(trie: Trie, level: Level, low: string, i: number, d: number, lo: number, hi: number, out: number[], count: number): number {
  const { keyStart } = trie;
  const { text, base } = level;
  const n = low.length;
  // Where keys went on both with a hyphen and with a space ("deutsche-startups.de" beside "deutsche bank"): the
  // hyphen's way is walked first, and the space's from there if that found nothing ("Deutsche-Bank-Managerin").
  let back = -1;
  let backD = 0;
  let backLo = 0;
  let backHi = 0;
  let backCount = 0;
  let spaced = false;
  for (;;) {
    if (!(i < n && lo < hi)) {
      if (back < 0 || count !== backCount) break;
      // Past the hyphen as a space; only a compound's part ends there, a hyphen after it too: "Saint-Laurent" is a river.
      [i, d, lo, hi, back, spaced] = [back + 1, backD + 1, backLo, backHi, -1, true];
      continue;
    }
    if (isNameDot(low.charCodeAt(i))) {
      i++;
      continue;
    }
    let c = low.charCodeAt(i);
    const sp = space(c);
    if (sp) c = 0x20;
    let l = lowerBound(text, base, keyStart, lo, hi, d, c);
    let h = lowerBound(text, base, keyStart, l, hi, d, c + 1);
    // German joins a name's words with hyphens in a compound ("Northern-Data-Aktie"): the hyphen may also stand
    // for a key's space (Coca-Cola's own hyphen is matched as written first).
    if (c === 0x2d && !spaced) {
      const sl = lowerBound(text, base, keyStart, lo, hi, d, 0x20);
      const sh = lowerBound(text, base, keyStart, sl, hi, d, 0x21);
      if (l >= h) {
        l = sl;
        h = sh;
      } else if (sl < sh && back < 0) [back, backD, backLo, backHi, backCount] = [i, d, sl, sh, count];
    }
    // No key goes on with the blank between two katakana words: it stands for a dot, which keys leave out.
    if (l >= h && sp && kanaBlank(low, i)) {
      i++;
      continue;
    }
    lo = l;
    hi = h;
    if (lo >= hi) continue;
    d++;
    i++;
    if (sp) while (i < n && space(low.charCodeAt(i))) i++;
    else if (keyLength(trie, lo) === d && (!spaced || low.charCodeAt(i) === 0x2d)) {
      out[count++] = i;
      out[count++] = lo;
    }
  }
  return count;
}

/** Aliases that share the key at index `k`. */
export function aliasesAt(trie: Trie, k: number): Alias[] {
  const { target, ambiguous } = resolved(trie);
  const out: Alias[] = [];
  const key = keyAt(trie, k);
  for (let j = k; j < trie.count && keyAt(trie, j) === key; j++) {
    out.push({ target: target[j]!, exact: trie.exact(j), ambiguous: ambiguous[j] === 1 });
  }
  return out;
}
