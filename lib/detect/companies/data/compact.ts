/**
 * The gazetteer as the extension ships it: the name index already folded and
 * sorted at build time, so a page pays neither for the fold nor for the sort.
 * The category files stay the reviewed source; the build (wxt.config.ts)
 * swaps data/index.ts for the two strings made here.
 *
 * - `names`: every alias's match key in its own case, one per line, in index
 *   order (lower-cased key, as trie.ts sorts). Not front-coded: that saved
 *   about 1.4 kB of gzip in the Latin part and 0.2 kB in each other, but
 *   decoding it made a few strings per line, in cold code, and the garbage
 *   cost a collection inside the 5 ms the index has to get ready. Spelled out
 *   into one typed array instead (no string per line), the loop and the
 *   TextDecoder call took about 3.5 ms cold, for 1.3 kB less content script.
 * - `refs`: one field per line, run together: `!` first for an ambiguous
 *   alias; then either the kind (C, I, M) of an organization whose canonical
 *   name this line is, or the organization whose alias it is: `<` for the
 *   last canonical line above, `>` for the next one below (a fifth of the
 *   aliases sort beside their own name: "Nvidia Corporation" after "Nvidia"),
 *   `=` for the same organization as the line above (sameAsAbove),
 *   else two digits of REF_DIGITS giving its number (`~` and three past the
 *   3,721 two count). Organizations are numbered by the order of their
 *   canonical lines.
 */
import { lower } from '../chars.ts';
import { aliasKey, sortAliases, type NameSource, type Target } from '../sorted-names.ts';
import { rawKey, type KeyRun } from '../key-runs.ts';
import { indexSorted, type Trie } from '../trie.ts';
import type { OrgEntry } from './types.ts';
import { BASE, DIGIT, KIND_CODE, KIND_OF, refNumber, SEP, WIDE } from './refs.ts';

const WIDE_CODE = WIDE.charCodeAt(0);

export interface ShippedIndex {
  names: string;
  refs: string;
  /** For a part of the Han keys: 1 the Chinese one (ShippedParts.han, moreHan), 2 the Japanese one, 3 both: a page keeps the highest it gets. */
  han?: 1 | 2 | 3;
  /** ShippedParts.mixed: per line, where in the Latin part's names and refs it goes (merge-latin.ts). */
  at?: number[];
  /**
   * ShippedParts.han: pairs of characters, a traditional one and its simplified
   * form, that the page's text is folded by before its Han keys are looked for
   * (decodeIndex). The part then carries 英伟达 without 英偉達.
   */
  fold?: string;
  /**
   * The names chunks (ShippedParts.moreLatin): `canon` on the Latin part, which holds every canonical line;
   * `later` on the Arabic and CJK ones, whose refs number its organizations, so they decode only with it.
   */
  canon?: 1;
  later?: 1;
  /**
   * How many lines `names` holds, on every part but the content script's (whose refs bound it within a fifth): the
   * others' refs are mostly numbers, twice as long as their lines are many, and decodeIndex made the line offsets
   * at that length, a cold page's memory cleared for nothing.
   */
  lines?: number;
}

/**
 * The index cut by the script a key starts with. Keys sort by UTF-16 unit, so
 * Latin keys (and digits, Greek, Cyrillic: below U+0600) come first, Arabic
 * ones next, then those in kana (Japanese names in katakana), Han and Hangul
 * last: the parts a page gets, concatenated in this order, are still sorted.
 * The extension ships `latin` in the content script and the others in their
 * script's chunk (lib/dom/scripts.ts). The Han keys come twice, each time less
 * one language's own: `kana` (Japanese) has the kana keys and every Han key
 * but those in simplified Chinese forms, `han` (Chinese) every Han key but
 * those that hold kana. A Japanese page so carries no 英伟达, a Chinese one
 * no ソフトバンク; `zhja` has all of them, for the rare page that holds
 * both languages. A page keeps one of the three, as keys may not repeat.
 */
export interface ShippedParts {
  latin: ShippedIndex;
  arabic: ShippedIndex;
  kana: ShippedIndex;
  han: ShippedIndex;
  zhja: ShippedIndex;
  /** The keys in other CJK scripts: Hangul. */
  cjk: ShippedIndex;
  /**
   * Keys that start in Latin letters and go on in CJK ("LGエレクトロニクス",
   * "AFP通信"): no page without CJK text can hold them, so the CJK chunk
   * carries them and merges them into the Latin part, among whose keys they
   * sort (merge-latin.ts). Each line's ref is its organization's number.
   */
  mixed: ShippedIndex;
  /** Keys in French, German or Spanish only ("Europäische Investitionsbank"): the European chunk's, in the same form. */
  europe: ShippedIndex;
  /** The organizations only that chunk knows (data/european-orgs.ts), an index of their own, read beside the main one. */
  europeOrgs: ShippedIndex;
  /**
   * The organizations the names chunks carry (data/names-chunk.ts), one index of their own: their names in Latin
   * letters with every canonical line, and their Arabic and their CJK names, which number them as the main index's
   * script parts do. A page in those scripts loads their chunk and the Latin one. Each an index apart cost a page
   * some tenths of a millisecond more to get ready, and canonical lines it already had.
   */
  moreLatin: ShippedIndex;
  moreArabic: ShippedIndex;
  /**
   * Their CJK names, cut three ways as the main index's Han keys are (`kana`, `han`, `zhja`), Hangul in each: in one
   * part a Chinese page carried the katakana names and a Japanese one the simplified Chinese, a third of it each.
   */
  moreKana: ShippedIndex;
  moreHan: ShippedIndex;
  moreZhja: ShippedIndex;
}

/** What tells the parts apart beyond the script a key starts with: the build's are in scripts/ (gazetteer-plugin.ts). */
export interface PartsBy {
  /** Han keys no Japanese text holds, and those no Chinese text holds (scripts/han-forms.ts); kana alone mark the latter by default. */
  simplifiedOnly?: (name: string) => boolean;
  japaneseOnly?: (name: string) => boolean;
  /** Latin keys only French, German or Spanish text holds (data/european-only.ts). */
  europeanOnly?: (name: string) => boolean;
  /** Organizations, by canonical name, that the names chunk carries whole (data/names-chunk.ts). */
  namesChunk?: (canonical: string) => boolean;
  /** A Han character's simplified form (itself when it has no other), for the Chinese part's fold (scripts/han-forms.ts). */
  simplified?: (ch: string) => string;
}

/** Kana, and the CJK punctuation before them. */
const KANA = /[\u3000-\u30ff]/;

/** The part a key goes to, by its first unit; `shared`: the Han keys both the Japanese and the Chinese part carry. */
function partOf(key: string, by: PartsBy): Exclude<keyof ShippedParts, 'zhja' | 'europeOrgs' | `more${string}`> | 'shared' {
  const c = key.charCodeAt(0);
  if (c < 0x600) return /[\u3000-\uffff]/.test(key) ? 'mixed' : by.europeanOnly?.(key) ? 'europe' : 'latin';
  if (c < 0x700) return 'arabic';
  if (c >= 0x3000 && c < 0x3100) return 'kana';
  if (c >= 0x3400 && c < 0xa000) return KANA.test(key) || by.japaneseOnly?.(key) ? 'kana' : by.simplifiedOnly?.(key) ? 'han' : 'shared';
  // Past the Han block, so no key of the Han parts sorts after one of these.
  if (c >= 0xa000) return 'cjk';
  throw new Error(`gazetteer: "${key}" starts in a script no part carries`);
}

export function nameSources(entries: readonly OrgEntry[]): NameSource[] {
  return entries.map((o) => ({
    canonical: o.name, kind: o.kind, source: 'gazetteer', names: [o.name, ...o.aliases], ambiguous: o.ambiguous,
  }));
}

/** Build time: the whole index as one part. */
export function encodeIndex(entries: readonly OrgEntry[]): ShippedIndex {
  const { lines, refs, targets } = encodeLines(entries);
  return { names: lines.join(SEP), refs: sameAsAbove(lines.map((_, k) => k), refs, targets).join(''), lines: lines.length };
}

/**
 * Build time: the index in its script parts. Every canonical line must be in the Latin one, which decodes first.
 * Without `by`, no Han key is left to the Chinese part alone and no Latin one to the European chunk.
 */
export function encodeParts(all: readonly OrgEntry[], by: PartsBy = {}): ShippedParts {
  // An organization all of whose names only French, German or Spanish text holds is an index of its own, which the
  // European chunk carries whole: merged among the Latin keys, its thousand lines cost a cold page some milliseconds.
  const european = (e: OrgEntry) => !!by.europeanOnly && [e.name, ...e.aliases].every((a) => by.europeanOnly!(aliasKey(a)));
  const chunked = (e: OrgEntry) => !!by.namesChunk?.(e.name);
  const entries = all.filter((e) => !european(e) && !chunked(e));
  const { lines, refs, targets } = encodeLines(entries);
  const parts = { latin: [] as number[], arabic: [] as number[], kana: [] as number[], han: [] as number[], cjk: [] as number[], mixed: [] as number[], europe: [] as number[], shared: [] as number[] };
  lines.forEach((line, k) => {
    const part = partOf(line, by);
    // A canonical line, or a reference to the next one (>), would number organizations out of the Latin part's order
    // (a mixed line's ref is written as a number).
    if ((part !== 'latin' && /^!?[CIM]/.test(refs[k]!)) || (!['latin', 'mixed', 'europe'].includes(part) && /^!?>/.test(refs[k]!))) throw new Error(`gazetteer: "${line}" names an organization outside the Latin part`);
    parts[part].push(k);
  });
  const refsOf = (ks: number[]) => sameAsAbove(ks, refs, targets).join('');
  const withShared = (ks: number[]) => [...ks, ...parts.shared].sort((a, b) => a - b);
  const pack = (ks: number[]): ShippedIndex => ({ names: ks.map((k) => lines[k]!).join(SEP), refs: refsOf(ks), lines: ks.length });
  // The Latin line after one that goes in later may not say `=`: merged in, that line is no longer above it (merge-latin.ts).
  const later = [...parts.mixed, ...parts.europe];
  const latinRefs = sameAsAbove(parts.latin, refs, targets, new Set(later.map((k) => parts.latin.find((l) => l > k)!)));
  /** Lines that go in later, each with the offsets of the first Latin line after it, in the names and in the refs. */
  const toMerge = (ks: number[]): ShippedIndex => {
    const at: number[] = [];
    // Both lists are in line order, so one pass over the Latin lines sums the offsets.
    let i = 0;
    let name = 0;
    let ref = 0;
    for (const k of ks) {
      for (; i < parts.latin.length && parts.latin[i]! < k; i++) {
        name += lines[parts.latin[i]!]!.length + 1;
        ref += latinRefs[i]!.length;
      }
      at.push(name, ref);
    }
    return { names: ks.map((k) => lines[k]!).join(SEP), refs: ks.map((k) => (refs[k]!.startsWith('!') ? '!' : '') + refNumber(targets[k]!)).join(''), at };
  };
  // The Chinese part's fold reads the text the mixed keys are looked for in too: it may not change their characters
  // (HD現代, SBI証券 would be lost on a Chinese page, their text folded and their keys not).
  const mixedChars = new Set(parts.mixed.flatMap((k) => [...lines[k]!]));
  return {
    latin: { names: parts.latin.map((k) => lines[k]!).join(SEP), refs: latinRefs.join('') },
    arabic: pack(parts.arabic), cjk: pack(parts.cjk),
    kana: { ...pack(withShared(parts.kana)), han: 2 }, han: { ...(by.simplified ? simplifiedPart(withShared(parts.han), lines, refs, targets, by.simplified, mixedChars) : pack(withShared(parts.han))), han: 1 },
    zhja: { ...pack(withShared([...parts.kana, ...parts.han])), han: 3 },
    mixed: toMerge(parts.mixed), europe: toMerge(parts.europe), europeOrgs: encodeIndex(all.filter(european)),
    ...chunkParts(all.filter(chunked), by),
  };
}

/**
 * A names chunk's script of a name, by the parts of the main index (partOf, which throws on a script no part
 * carries): Latin letters first (those that go on in CJK among them), Arabic, or CJK.
 */
function chunkScript(name: string): 'latin' | 'arabic' | 'cjk' {
  const part = partOf(name, {});
  return part === 'latin' || part === 'mixed' ? 'latin' : part === 'arabic' ? 'arabic' : 'cjk';
}

/** The names chunks' parts, cut by script from one index's lines (encodeParts cuts the main one so), the CJK keys as the main Han keys. */
function chunkParts(entries: readonly OrgEntry[], by: PartsBy): Pick<ShippedParts, Extract<keyof ShippedParts, `more${string}`>> {
  const { lines, refs, targets } = encodeLines(entries);
  const of = (script: ReturnType<typeof chunkScript>) => lines.flatMap((line, k) => (chunkScript(line) === script ? [k] : []));
  const [latin, arabic, cjk] = [of('latin'), of('arabic'), of('cjk')];
  if ([...arabic, ...cjk].some((k) => /^!?[CIM>]/.test(refs[k]!))) throw new Error('gazetteer: a names chunk\'s canonical line is outside its Latin part');
  const pack = (ks: number[]): ShippedIndex => ({ names: ks.map((k) => lines[k]!).join(SEP), refs: sameAsAbove(ks, refs, targets).join(''), lines: ks.length });
  const side = (k: number) => partOf(lines[k]!, by);
  const zh = cjk.filter((k) => side(k) !== 'kana');
  // The Latin part's keys that go on in Han ("CJ集團") are looked for in the same folded text, so their characters
  // stay unfolded.
  const written = new Set(latin.flatMap((k) => [...lines[k]!]));
  return {
    moreLatin: { ...pack(latin), canon: 1 }, moreArabic: { ...pack(arabic), later: 1 },
    moreKana: { ...pack(cjk.filter((k) => side(k) !== 'han')), later: 1, han: 2 },
    moreHan: { ...(by.simplified ? simplifiedPart(zh, lines, refs, targets, by.simplified, written) : pack(zh)), later: 1, han: 1 },
    moreZhja: { ...pack(cjk), later: 1, han: 3 },
  };
}

/**
 * The Chinese part in simplified forms: each key folded character by
 * character (英偉達 becomes 英伟达, which it already has, and 台積電 becomes
 * 台积电), with the pairs that fold them, so the page's text is folded the
 * same way before its keys are looked for (decodeIndex). A fifth of the
 * part's keys were traditional twins. A pair is left out where folding
 * would make two organizations' keys one, or change an ambiguous key, whose
 * spelling is compared with the text's (match.ts), and for a character in
 * `keep`, which keys read from the same folded text hold as written.
 */
function simplifiedPart(
  ks: number[], lines: string[], refs: string[], targets: number[], simplified: (ch: string) => string, keep = new Set<string>(),
): ShippedIndex {
  const pairs = new Map<string, string>();
  for (const k of ks) {
    for (const ch of lines[k]!) {
      const to = simplified(ch);
      if (to !== ch && to.length === 1 && ch.length === 1 && !keep.has(ch)) pairs.set(ch, to);
    }
  }
  const fold = (line: string) => [...line].map((ch) => pairs.get(ch) ?? ch).join('');
  for (;;) {
    const owner = new Map<string, number>();
    const clash = new Set<number>();
    for (const k of ks) {
      const f = fold(lines[k]!);
      if (f !== lines[k] && refs[k]!.startsWith('!')) clash.add(k);
      const o = owner.get(f);
      if (o === undefined) owner.set(f, k);
      else if (targets[o] !== targets[k]) clash.add(k).add(o);
    }
    if (!clash.size) break;
    const before = pairs.size;
    for (const k of clash) for (const ch of lines[k]!) pairs.delete(ch);
    // Two organizations with one key as written: no fold made it, so no unfolding ends it (data.test.ts names such clashes).
    if (pairs.size === before) throw new Error(`one Chinese key for two organizations: ${[...clash].map((k) => lines[k]).join(', ')}`);
  }
  // One line per folded key (all the same organization's by now), the one written so if there is one, as it
  // alone may be ambiguous; then sorted again as the index sorts.
  const seen = new Set<string>();
  const kept = ks.map((k) => ({ k, line: fold(lines[k]!) })).sort((x, y) => +(x.line !== lines[x.k]) - +(y.line !== lines[y.k]))
    .filter(({ line }) => !seen.has(line) && !!seen.add(line)).map((x) => ({ ...x, key: lowerUnits(x.line) }));
  kept.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const out = kept.map(({ line }) => line);
  const outRefs = sameAsAbove(kept.map((_, n) => n), kept.map(({ k }) => refs[k]!), kept.map(({ k }) => targets[k]!));
  return {
    names: out.join(SEP), refs: outRefs.join(''), lines: out.length,
    ...(pairs.size ? { fold: [...pairs].map(([t, c]) => t + c).join('') } : {}),
  };
}

/**
 * A part's refs, where a line naming the same organization as the line above
 * it in that part, by number, says `=` instead (a seventh of the Chinese and
 * Japanese lines: 軟銀 after 软银). Never a part's first line: the parts
 * decode in any combination, so its line above may be another part's.
 */
function sameAsAbove(ks: number[], refs: string[], targets: number[], not = new Set<number>()): string[] {
  return ks.map((k, n) => {
    const ref = refs[k]!;
    const mark = ref.startsWith('!') ? '!' : '';
    // Only a number is worth replacing: a kind code must stay, as it counts its organization.
    return n > 0 && !not.has(k) && ref.length - mark.length >= 2 && targets[k] === targets[ks[n - 1]!] ? `${mark}=` : ref;
  });
}

/** Throws on data the form cannot carry, so a bad build fails instead of shipping wrong data. */
function encodeLines(entries: readonly OrgEntry[]): { lines: string[]; refs: string[]; targets: number[] } {
  for (const e of entries) {
    if (e.ticker || e.description) throw new Error(`gazetteer: ${e.name} carries details; they belong in details.ts`);
    // The canonical line doubles as the name shown to the reader, so it must already be its own key.
    if (aliasKey(e.name) !== e.name) throw new Error(`gazetteer: "${e.name}" changes when folded; write it folded`);
    for (const a of [e.name, ...e.aliases]) if (/[\n|]/.test(a) || !aliasKey(a)) throw new Error(`gazetteer: "${a}" cannot be encoded`);
  }
  const sorted = sortAliases(nameSources(entries));
  sorted.exact.forEach((exact, k) => {
    // The index reads the lines unit by unit through chars.lower (Sorted.runs), so that must give each key.
    if (lowerUnits(exact) !== sorted.keys[k]) throw new Error(`gazetteer: "${exact}" lowers differently unit by unit`);
    // decodeIndex finds a line's spelling at its key's offsets.
    if (exact.length !== sorted.keys[k]!.length) throw new Error(`gazetteer: "${exact}" changes length when lowered`);
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
    return mark + refNumber(no);
  });
  return { lines: sorted.exact, refs, targets: sorted.exact.map((_, k) => number.get(sorted.target[k]!)!) };
}

/**
 * Load time: one pass over each part's lines, for their offsets; no string
 * per line, nothing lowered and nothing joined (Sorted.runs), and the refs
 * read only when a key is first found (Sorted.resolve). Parts (encodeParts)
 * come in any order; any may be left out but the Latin one.
 */
export function decodeIndex(...parts: ShippedIndex[]): Trie {
  // Each part stays the text it came as, in its lines' own case (Sorted.runs): the index lowers what it reads.
  // Parts hold keys of one script each, so their first key's first unit orders them: they arrive in any order.
  const used = parts.filter((p) => p.names).sort((a, b) => a.names.charCodeAt(0) - b.names.charCodeAt(0));
  // Made once, as many as the lines (ShippedIndex.lines) or, in the content script's part, as its refs, one unit or
  // more a line: no array grows or gets copied (a pass to count the lines first was 0.2 ms of a cold page).
  const keyStart = new Int32Array(used.reduce((sum, p) => sum + (p.lines ?? p.refs.length), 2));
  const runs: KeyRun[] = [];
  let k = 0;
  let base = 0;
  // Each line's end by indexOf (native): the walk needs the offsets before it can find a key.
  for (const { names } of used) {
    const lo = k;
    for (let end = names.indexOf(SEP); end >= 0; end = names.indexOf(SEP, end + 1)) keyStart[++k] = base + end + 1;
    keyStart[++k] = base + names.length + 1;
    runs.push({ text: names, base, lo, hi: k });
    base += names.length + 1;
  }
  const made: Target[] = [];
  // Per organization, once the refs are read: its canonical line times 128, plus its kind's code.
  let canonical: Int32Array;
  const trie: Trie = indexSorted({
    runs, keyStart, count: k, exact: (line) => rawKey(trie, line), target: new Int32Array(0), ambiguous: new Uint8Array(0), orgs: 0,
    // An organization's number comes from the refs, so whoever holds one has had them read; resolving here too keeps
    // a caller that skipped `resolved` from reading an empty table.
    org: (t) => (made[t] ??= (trie.resolve?.(), { canonical: trie.exact(canonical[t]! >> 7), kind: KIND_OF[canonical[t]! & 127]!, source: 'gazetteer' })),
  });
  // The organizations are read from the refs when a key is first found (Sorted.resolve): a page that names none of
  // an index's organizations (the names chunks' twelve thousand) never pays for that pass.
  trie.resolve = () => {
    trie.resolve = undefined;
    // Made here, as many as the lines, rather than with the offsets at the refs' length: cleared as the engine made
    // them, the tables a page naming none of the index's organizations never reads were a fifth of getting it ready.
    const target = new Int32Array(trie.count);
    const ambiguous = new Uint8Array(trie.count);
    const canon = new Int32Array(trie.count);
    let orgs = 0;
    used.forEach(({ refs }, r) => {
      const { lo, hi } = runs[r]!;
      let at = 0;
      for (let line = lo; line < hi; line++) {
        let c = refs.charCodeAt(at);
        if (c === 0x21) {
          ambiguous[line] = 1;
          c = refs.charCodeAt(++at);
        }
        if (KIND_OF[c]) {
          canon[orgs] = (line << 7) | c;
          target[line] = orgs++;
          at++;
        } else if (c === 0x3d) {
          // =: the organization of the line above.
          target[line] = target[line - 1]!;
          at++;
        } else if (c === 0x3c || c === 0x3e) {
          // < and >: the canonical line above (already counted) or the next one (counted later at this number).
          target[line] = orgs - (c === 0x3c ? 1 : 0);
          at++;
        } else if (c === WIDE_CODE) {
          target[line] = (DIGIT[refs.charCodeAt(at + 1)]! * BASE + DIGIT[refs.charCodeAt(at + 2)]!) * BASE + DIGIT[refs.charCodeAt(at + 3)]!;
          at += 4;
        } else {
          target[line] = DIGIT[c]! * BASE + DIGIT[refs.charCodeAt(at + 1)]!;
          at += 2;
        }
      }
    });
    trie.target = target;
    trie.ambiguous = ambiguous;
    canonical = canon;
    trie.orgs = orgs;
  };
  const pairs = parts.map((p) => p.fold ?? '').join('');
  if (pairs) trie.fold = folder(pairs);
  return trie;
}

/** What folds a text by a part's character pairs (ShippedIndex.fold): one unit for one, so offsets stay. */
function folder(pairs: string): (s: string) => string {
  const to = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2) to.set(pairs[i]!, pairs[i + 1]!);
  const re = new RegExp(`[${[...to.keys()].join('')}]`, 'g');
  return (s) => s.replace(re, (ch) => to.get(ch)!);
}

/** A line lowered as the index reads it. */
function lowerUnits(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) out += String.fromCharCode(lower(line.charCodeAt(i)));
  return out;
}
