/**
 * The gazetteer as the extension ships it: the name index already folded and
 * sorted at build time, so a page pays neither for the fold nor for the sort.
 * The category files stay the reviewed source; the build (wxt.config.ts)
 * swaps data/index.ts for the two strings made here.
 *
 * - `names`: every alias's match key in its own case, one per line, in index
 *   order (lower-cased key, as trie.ts sorts). In the chunks' parts it is
 *   front-coded: each line opens with one base-36 digit, the units it shares
 *   with the line before. The part every page decodes (`plain: 1`, the Latin
 *   keys) is not: front-coding saved 1.4 kB of its gzip but decoding it, in
 *   cold code, took 2 to 4 ms of the 5 ms the index has to get ready.
 * - `refs`: one field per line, run together: `!` first for an ambiguous
 *   alias; then either the kind (C, I, M) of an organization whose canonical
 *   name this line is, or the organization whose alias it is: `<` for the
 *   last canonical line above, `>` for the next one below (a fifth of the
 *   aliases sort beside their own name: "Nvidia Corporation" after "Nvidia"),
 *   else two digits of REF_DIGITS giving its number. Organizations are
 *   numbered by the order of their canonical lines.
 */
import type { CompanyKind } from '../../types.ts';
import { lowerString } from '../chars.ts';
import { aliasKey, indexSorted, sortNames, type NameSource, type Target, type Trie } from '../trie.ts';
import type { OrgEntry } from './types.ts';

export interface ShippedIndex {
  names: string;
  refs: string;
  /** 1 when `names` is the lines as they are, not front-coded. */
  plain?: 1;
  /** 1 when the lines are already lower-case (Arabic has no case), so they are their own keys. */
  lower?: 1;
}

/**
 * The index cut in three by the script a key starts with. Keys sort by UTF-16
 * unit, so Latin keys (and digits, Greek, Cyrillic: below U+0600) come first,
 * Arabic ones next, Chinese, Japanese and Korean last: any of the parts,
 * concatenated in this order, is still sorted. The extension ships `latin` in
 * the content script and the others in their script's chunk (lib/dom/scripts.ts).
 */
export interface ShippedParts {
  latin: ShippedIndex;
  arabic: ShippedIndex;
  cjk: ShippedIndex;
}

/** The part a key goes to, by its first unit. */
function partOf(key: string): keyof ShippedParts {
  const c = key.charCodeAt(0);
  if (c < 0x600) return 'latin';
  if (c < 0x700) return 'arabic';
  if (c >= 0x3000) return 'cjk';
  throw new Error(`gazetteer: "${key}" starts in a script no part carries`);
}

const KIND_CODE: Record<CompanyKind, string> = { company: 'C', investor: 'I', media: 'M' };
/** Base 61 without the kind letters and `!`: fixed-width numbers need no separator (200 bytes less gzip than base 36 with commas). */
const REF_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABDEFGHJKLNOPQRSTUVWXYZ_$';
const BASE = REF_DIGITS.length;
/** KIND_CODE read back, by char code (an array: a Map lookup per line was a sizeable part of a cold decode). */
const KIND_OF: (CompanyKind | undefined)[] = [];
for (const [kind, code] of Object.entries(KIND_CODE)) KIND_OF[code.charCodeAt(0)] = kind as CompanyKind;
/** REF_DIGITS read back, by char code. */
const DIGIT = new Int8Array(128);
for (let d = 0; d < BASE; d++) DIGIT[REF_DIGITS.charCodeAt(d)] = d;

export function nameSources(entries: readonly OrgEntry[]): NameSource[] {
  return entries.map((o) => ({
    canonical: o.name, kind: o.kind, source: 'gazetteer', names: [o.name, ...o.aliases], ambiguous: o.ambiguous,
  }));
}

/** Build time: the whole index as one part. */
export function encodeIndex(entries: readonly OrgEntry[]): ShippedIndex {
  const { lines, refs } = encodeLines(entries);
  return { names: frontCode(lines), refs: refs.join('') };
}

/** Build time: the index in its three parts. Every canonical line must be in the Latin one, which decodes first. */
export function encodeParts(entries: readonly OrgEntry[]): ShippedParts {
  const { lines, refs } = encodeLines(entries);
  const parts = { latin: [] as number[], arabic: [] as number[], cjk: [] as number[] };
  lines.forEach((line, k) => {
    const part = partOf(line);
    // A canonical line, or a reference to the next one (>), would number organizations out of the Latin part's order.
    if (part !== 'latin' && /^!?[CIM>]/.test(refs[k]!)) throw new Error(`gazetteer: "${line}" names an organization outside the Latin part`);
    parts[part].push(k);
  });
  const refsOf = (ks: number[]) => ks.map((k) => refs[k]!).join('');
  /**
   * A part whose lines are their own keys, lowered, skips lowering when decoded (a join, a lowering and a split:
   * about 0.5 ms of a cold start each for the Arabic and CJK parts). Its exact case is then lost, which only an
   * ambiguous alias needs (match.ts): so a line that lowering changes ("三菱UFJ銀行") may not share its key with one.
   */
  const pack = (ks: number[]): ShippedIndex => {
    const keys = ks.map((k) => lowerString(lines[k]!));
    const risky = new Set(ks.filter((k) => refs[k]!.startsWith('!')).map((k) => lowerString(lines[k]!)));
    const lowerable = ks.every((k, n) => keys[n] === lines[k] || !risky.has(keys[n]!));
    return { names: frontCode(lowerable ? keys : ks.map((k) => lines[k]!)), refs: refsOf(ks), ...(lowerable ? { lower: 1 as const } : {}) };
  };
  return {
    latin: { names: parts.latin.map((k) => lines[k]!).join('\n'), refs: refsOf(parts.latin), plain: 1 },
    arabic: pack(parts.arabic), cjk: pack(parts.cjk),
  };
}

/** Throws on data the form cannot carry, so a bad build fails instead of shipping wrong data. */
function encodeLines(entries: readonly OrgEntry[]): { lines: string[]; refs: string[] } {
  for (const e of entries) {
    if (e.ticker || e.description) throw new Error(`gazetteer: ${e.name} carries details; they belong in details.ts`);
    // The canonical line doubles as the name shown to the reader, so it must already be its own key.
    if (aliasKey(e.name) !== e.name) throw new Error(`gazetteer: "${e.name}" changes when folded; write it folded`);
    for (const a of [e.name, ...e.aliases]) if (/\n/.test(a) || !aliasKey(a)) throw new Error(`gazetteer: "${a}" cannot be encoded`);
  }
  const sorted = sortNames(nameSources(entries));
  const lowered = lowerLines(sorted.exact);
  sorted.exact.forEach((exact, k) => {
    if (lowered[k] !== sorted.keys[k]) throw new Error(`gazetteer: "${exact}" lowers differently inside the joined names`);
  });
  const number = new Map<number, number>();
  sorted.exact.forEach((exact, k) => {
    const t = sorted.target[k]!;
    if (exact === sorted.targets[t]!.canonical) number.set(t, number.size);
  });
  let above = 0;
  const refs = sorted.exact.map((exact, k) => {
    const t = sorted.target[k]!;
    const mark = sorted.ambiguous[k] ? '!' : '';
    const own = sorted.targets[t]!;
    if (exact === own.canonical) {
      above++;
      return mark + KIND_CODE[own.kind];
    }
    const no = number.get(t)!;
    if (no === above - 1) return `${mark}<`;
    if (no === above) return `${mark}>`;
    if (no >= BASE * BASE) throw new Error('gazetteer: too many organizations for two reference digits');
    return mark + REF_DIGITS[Math.floor(no / BASE)]! + REF_DIGITS[no % BASE]!;
  });
  return { lines: sorted.exact, refs };
}

const MAX_SHARED = 35;

function frontCode(lines: readonly string[]): string {
  let prev = '';
  return lines.map((line) => {
    let p = 0;
    while (p < MAX_SHARED && p < line.length && p < prev.length && line.charCodeAt(p) === prev.charCodeAt(p)) p++;
    prev = line;
    return p.toString(36) + line.slice(p);
  }).join('\n');
}

/** Base-36 digits read back by char code: parseInt per line cost a third of the decode. */
const SHARED = new Uint8Array(128);
for (let d = 0; d < 36; d++) SHARED[d.toString(36).charCodeAt(0)] = d;

function frontDecode(text: string): string[] {
  const lines = text.split('\n');
  let prev = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    prev = lines[k] = prev.slice(0, SHARED[line.charCodeAt(0)]) + line.slice(1);
  }
  return lines;
}

/**
 * Load time: split strings and one pass over the lines. Parts (encodeParts)
 * must come in their order, the Latin one first; any may be left out but that one.
 */
export function decodeIndex(...parts: ShippedIndex[]): Trie {
  let exact: string[] = [];
  let keys: string[] = [];
  for (const p of parts) {
    if (!p.names) continue;
    // A plain part is lowered as it comes; joining its lines again to lower them cost as much as decoding.
    const lines = p.plain ? p.names.split('\n') : frontDecode(p.names);
    const lowered = p.lower ? lines : p.plain ? lowerString(p.names).split('\n') : lowerLines(lines);
    exact = exact.length ? exact.concat(lines) : lines;
    keys = keys.length ? keys.concat(lowered) : lowered;
  }
  const refs = parts.map((p) => p.refs).join('');
  const n = exact.length;
  const target = new Int32Array(n);
  const ambiguous = new Uint8Array(n);
  const targets: Target[] = [];
  let at = 0;
  for (let k = 0; k < n; k++) {
    let c = refs.charCodeAt(at);
    if (c === 0x21) {
      ambiguous[k] = 1;
      c = refs.charCodeAt(++at);
    }
    const kind = KIND_OF[c];
    if (kind) {
      target[k] = targets.push({ canonical: exact[k]!, kind, source: 'gazetteer' }) - 1;
      at++;
    } else if (c === 0x3c || c === 0x3e) {
      // < and >: the canonical line above (already pushed) or the next one (pushed later at this index).
      target[k] = targets.length - (c === 0x3c ? 1 : 0);
      at++;
    } else {
      target[k] = DIGIT[c]! * BASE + DIGIT[refs.charCodeAt(at + 1)]!;
      at += 2;
    }
  }
  return indexSorted({ keys, exact, target, ambiguous, targets });
}

/**
 * The lines lower-cased in one call on the joined text: a loop over the lines
 * ran in the interpreter (this runs once per page, cold) and cost more than
 * lowering the whole text. encodeIndex checks at build time that this gives
 * what lowering each line apart would.
 */
function lowerLines(lines: string[]): string[] {
  return lowerString(lines.join('\n')).split('\n');
}
