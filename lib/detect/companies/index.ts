/**
 * Company mentions: the gazetteer (and the reader's watchlist) through a trie
 * over the folded text, then names read from cues. Public surface:
 * `findCompanies` and `gazetteerStats` (build cost, for the benchmark).
 */
import { toOriginal, type Normalized } from '../normalize.ts';
import type { CompanyEntity, CompanySource, WatchlistEntry } from '../types.ts';
import { isArabicLetter, lowerString } from './chars.ts';
import { resolveAmbiguous } from './context.ts';
import { findCueNames, governmentOf, type CueName } from './cues.ts';
import { genericAcronym, plainWord } from './plain-words.ts';
import { armAfter, parentStem } from './subsidiaries.ts';
import { listedBeside } from './partners.ts';
import { rankedItems } from './ranked-lists.ts';
import { decodeIndex, nameSources, type ShippedIndex } from './data/compact.ts';
import { GAZETTEER, SHIPPED_INDEX } from './data/index.ts';
import { edgesOk, scan, type Hit } from './match.ts';
import { splitSentences, type Range } from './sentences.ts';
import { aliasesAt, buildTrie, walk, type Trie } from './trie.ts';
import type { Alias, Target } from './sorted-names.ts';
import { resolved } from './key-runs.ts';
import { READERS } from './readers/registry.ts';
import type { InText } from './sound-alike.ts';
import { fitCues, type Tagged } from './fit-cues.ts';
import { businessAfter, headForm, ordinaryWord, shortForm } from './short-forms.ts';
import { toFullNames } from './full-names.ts';
import { acronymsAfter, bracketAfter } from './acronyms.ts';
import { GIVEN } from './not-names.ts';
import { initialsOf } from './initials.ts';
import { businessWord } from './cue-name.ts';

let gazTrie: Trie | undefined;
let buildMs = 0;
/** What reading every index's organizations took (Sorted.resolve), once gazetteerStats asked; -1 before. */
let resolveMs = -1;
/** Parts of the shipped index that came after the script (addNames), in the order they came (decodeIndex sorts them). */
let laterParts: ShippedIndex[] = [];
/** Names that chunks put among the Latin part's keys (addLatinNames), and their merge (data/merge-latin.ts). */
const latinExtras: ShippedIndex[] = [];
let mergeLatin: LatinMerge | undefined;
export type LatinMerge = (latin: ShippedIndex, extras: readonly ShippedIndex[]) => ShippedIndex;

/**
 * Adds a part of the shipped index (its script's chunk, in the extension); the
 * index is made again, with it, on next use. In Node the whole index is built
 * from the reviewed files, so there is nothing to add.
 */
export function addNames(part: ShippedIndex): void {
  // An empty part (the CJK chunk's, while no key starts in Hangul) has no first key to be ordered by.
  if (SHIPPED_INDEX && part.names) laterParts = withHanPart(laterParts, part);
}

/**
 * `parts` and `part`, but one part of the Han keys, as a key may not come twice (compact.ts): the one that carries
 * the most. The index is made again on next use, if `part` was new.
 */
function withHanPart(parts: ShippedIndex[], part: ShippedIndex): ShippedIndex[] {
  if (parts.includes(part) || parts.some((p) => p.han! > part.han!)) return parts;
  gazTrie = undefined;
  return [...parts.filter((p) => !part.han || !p.han), part];
}

/**
 * The European chunk's organizations (data/european-orgs.ts) and the names chunks' (data/names-chunk.ts): each an
 * index of its own, made on next use and read beside the main one. The names chunks' Arabic and CJK parts number
 * the organizations of their Latin part, so they wait for it (a chunk may fail to load); of their CJK parts a page
 * keeps one, as of the main index's Han keys.
 */
let orgParts: ShippedIndex[] = [];
let orgTries: Trie[] = [];
export function addOrgNames(part: ShippedIndex): void {
  orgParts = withHanPart(orgParts, part);
}

/** Lets a chunk put names among the Latin part's keys; the index is made again on next use. */
export function addLatinNames(part: ShippedIndex, merge: LatinMerge): void {
  latinExtras.push(part);
  mergeLatin = merge;
  gazTrie = undefined;
}

/**
 * The gazetteer's index, made on first use rather than when the script loads:
 * decoding it was some 12 ms of the content script's first task on every page.
 * In the extension the build hands it over ready-made; tests and Node build it
 * from the reviewed files.
 */
function gazetteer(): Trie {
  if (!gazTrie) {
    const t0 = performance.now();
    // The build leaves GAZETTEER undefined (scripts/gazetteer-plugin.ts), so the extension carries no code for this branch.
    gazTrie = GAZETTEER?.length ? buildTrie(nameSources(GAZETTEER)) : decodeIndex(mergeLatin ? mergeLatin(SHIPPED_INDEX!, latinExtras) : SHIPPED_INDEX!, ...laterParts);
    orgTries = orgParts.filter((p) => !p.later).map((p) => decodeIndex(p, ...(p.canon ? orgParts.filter((q) => q.later) : [])));
    buildMs = performance.now() - t0;
    resolveMs = -1;
  }
  return gazTrie;
}

/**
 * The gazetteer's size and what building its index took in this process (the benchmark reads it); the first call
 * also reads every index's organizations, which a page does as it first finds a key of each, and times that.
 */
export function gazetteerStats(): { entries: number; keys: number; buildMs: number; resolveMs: number; shipped: boolean } {
  const trie = gazetteer();
  if (resolveMs < 0) {
    const t0 = performance.now();
    for (const t of [trie, ...orgTries]) resolved(t);
    resolveMs = performance.now() - t0;
  }
  return { entries: trie.orgs, keys: trie.count, buildMs, resolveMs, shipped: !!SHIPPED_INDEX };
}

const watchTries = new WeakMap<WatchlistEntry[], Trie>();

function watchTrie(list: WatchlistEntry[]): Trie {
  let trie = watchTries.get(list);
  if (!trie) {
    trie = buildTrie(list.map((w) => ({
      canonical: w.canonical, kind: w.kind ?? 'company', source: 'watchlist' as const, names: [w.canonical, ...w.aliases],
    })));
    watchTries.set(list, trie);
  }
  return trie;
}

function tag(hits: Hit[], trie: Trie): Tagged[] {
  // A plain literal instead of a spread: the spread copies by property lookup and runs for every hit.
  return hits.map((h) => ({ start: h.start, end: h.end, target: h.target, ambiguous: h.ambiguous, exactCase: h.exactCase, trie }));
}

/** Leftmost-longest over both lists; on a tie the reader's own watchlist wins. */
function merge(a: Tagged[], b: Tagged[]): Tagged[] {
  // One list's hits are already sorted and disjoint.
  if (b.length === 0) return a;
  const all = [...b, ...a].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Tagged[] = [];
  for (const h of all) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}

// "Mistral Medium 3", "Meta Llama 4": a capitalized word and a version number right after an ambiguous name make a product.
const PRODUCT_AFTER = /^[ \t]+\p{Lu}[\p{L}\p{M}-]*[ \t]+\d/u;

/**
 * 行 that starts a word with the next character: 建行 in 新建行政, 农行 in 涉农行业, 中国银行 in 中国银行业; not 为 that
 * makes the bank the lead of a loan (建行为牵头行).
 */
const XING_WORD = /^(?:[业業政情列动動驶駛程]|[为為](?![牵牽]头|主[承办辦]))/;

/** A product's tier after the product: "ChatGPT Enterprise" is no Enterprise, the Egyptian paper. */
const PRODUCT_BEFORE = /(?:ChatGPT|Copilot|Gemini|Claude|Llama|Windows|Office)\s$/;

/** 航空客运, air passenger traffic: 空客 (Airbus) inside a word of flying. */
const FLYING = /^航空客/;

/** 物美价廉, "good and cheap": the idiom, not Wumart. */
const CHEAP = /^[价價]廉/;

/** "Disney+", "Apple TV+": a plus glued on makes a streaming service. */
const PLUS = /^\+(?!\d)/;

/** An ambiguous name that heads a product name is not the company. */
function namesProduct(text: string, h: Hit): boolean {
  return h.ambiguous && PRODUCT_AFTER.test(text.slice(h.end, h.end + 40));
}

/**
 * A mention of a known name that is not the company here, whether the scan or a repeat found it: a streaming
 * service, a product's tier, a bank's short form inside a word, a street, a place hyphened with d', a school, a mine or a set phrase (european-not-firms.ts, in the
 * European chunk), a firm's corporate venture arm (オムロンのCVC, script-arms.ts, in the CJK chunk), or a person's given name (given-names.ts, in the Arabic and
 * Chinese chunks), or a person's or a family's, or an acronym the article spells out as a kind of firm (plain-words.ts), or
 * an acronym that ends what a government body is of ("la Superintendencia de Banca, Seguros y AFP"; a known firm's
 * full name after a ministry's may be the next item of a list: "el Ministerio de Defensa, Airbus y Sener").
 */
function notTheFirm(text: string, start: number, end: number, ambiguous = false): boolean {
  return PLUS.test(text.slice(end, end + 2)) || (text[end - 1] === '行' && XING_WORD.test(text.slice(end, end + 3))) || CHEAP.test(text.slice(end, end + 2)) ||
    FLYING.test(text.slice(start - 1, start + 2)) ||
    (ambiguous && PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 10), start))) || !!READERS.madeProduct?.(text, end) || !!READERS.europeanNotFirm?.(text, start, end, ambiguous) || !!READERS.cjkNotFirm?.(text, start, end) ||
    !!READERS.arabicNotFirm?.(text, start, end, ambiguous) ||
    !!READERS.hanGivenName?.(text, start, end) || personal(text, start, end) || genericAcronym(text, start, end) ||
    (end - start <= 4 && governmentOf(text, start));
}

/** A name that fills a pair of title brackets is a work's title (《完美世界》, the game), unless it names a paper (《财经》). */
const titled = (text: string, start: number, end: number) => text[start - 1] === '《' && text[end] === '》';

/** A family's word before a name, or "family" after it ("la famille Mulliez", "los hermanos Batista", "the Walton family"). */
const FAMILY = /^(?:famil(?:le|ia|ie|y)|hermanos|irmãos|frères|brüder|عائلة|أسرة)$/;

/**
 * A surname after a capitalized given name ("Jeff Bezos", "Michael Dell"; latin-given-names.ts, in its chunk),
 * or a family's name: the firm that bears it is not meant here.
 */
function personal(text: string, start: number, end: number): boolean {
  const word = /(\S+) $/.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  const low = lowerString(word);
  return (word !== low && GIVEN().has(low)) || FAMILY.test(low) || /^ famil(?:y|ie)\b/.test(text.slice(end, end + 8));
}

/**
 * A name written all in lower case where every spelling of it has a capital
 * is a plain word ("centros de atención telefónica", "the orange juice"):
 * news writes a company's name with its capitals.
 */
function lowerCaseWord(text: string, h: Hit): boolean {
  if (h.exactCase) return false;
  const seen = text.slice(h.start, h.end);
  return seen === lowerString(seen) && /[a-zà-ÿ]/.test(seen);
}

/** Does [s, e) overlap a span of one of the lists (each sorted by start, spans disjoint)? */
function overlapsAny(lists: readonly (readonly { start: number; end: number }[])[]): (s: number, e: number) => boolean {
  return (s, e) => lists.some((l) => {
    let lo = 0;
    let hi = l.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (l[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < l.length && l[lo]!.start < e;
  });
}

/** Do the aliases (at least one) all name one organization? */
const oneOrganization = (aliases: readonly Alias[]) => new Set(aliases.map((a) => a.target)).size === 1;

/** The aliases of the key that `low` is, whole, or none; `found` is scratch for the walk. */
function wholeKey(trie: Trie, low: string, found: number[]): Alias[] {
  const n = walk(trie, low, 0, found);
  return n > 1 && found[n - 2] === low.length ? aliasesAt(trie, found[n - 1]!) : [];
}

/**
 * A cue name spelled exactly as a safe alias is that organization: the scan
 * passes over a name glued to a word of its own script (ファンドテマセク, a
 * fund, then Temasek), and the cue reader finds it there; so is one spelled as
 * an ambiguous one, which the cue settles. So is one that sounds like a Latin
 * name the text or the gazetteer holds (sound-alike.ts).
 */
function asKnown(trie: Trie, text: string, c: CueName, found: number[], inText: InText): void {
  const written = text.slice(c.start, c.end);
  const low = lowerString(written);
  const aliases = wholeKey(trie, trie.fold?.(low) ?? low, found);
  // An ambiguous alias as written counts too, where it is one organization's: the cue has said the word names a firm
  // here (米国のフィジカル・インテリジェンスが…調達).
  const asWritten = written.replace(/[\u30fb\u00b7]/g, '');
  // An outlet's cue settles its case too: datelines write agencies small ("Basel (awp/sda) –").
  const same = (a: Alias) => a.exact === asWritten || (c.kind === 'media' && lowerString(a.exact) === low);
  const alias = aliases.find((a) => !a.ambiguous) ??
    (oneOrganization(aliases) ? aliases.find(same) : undefined);
  // Or a name in Arabic or katakana that sounds like one the text or the gazetteer writes in Latin letters (سيليستا
  // ديجيتال: Celesta Digital B.V. in the same text; ناسبرس: Naspers). Only such a name is asked about.
  const t = alias ? trie.org(alias.target) : nounAndName(trie, text, c.start, written, found) ?? articleAndName(trie, text, c, written, found) ??
    (READERS.alike && !/^[\x20-\x7e]/.test(written) ? READERS.alike(trie, written, READERS, inText, c.canonical) : undefined);
  if (t) {
    c.canonical = t.canonical;
    c.kind = t.kind;
  } else parentFirst(trie, written, c, found);
}

/** An Arabic noun before a name, past its quote marks and without its clitic: "صحيفة «الشرق الأوسط»". */
const NOUN_BEFORE = /(?:^|\s)[وفبل]?([\u0621-\u064a]{3,})[\s«»"“”]+$/;

/**
 * An Arabic name whose noun makes a known one with it: "صحيفة «الشرق الأوسط»" is the paper the gazetteer knows as
 * "صحيفة الشرق الأوسط", though the words alone are the Middle East and no alias.
 */
function nounAndName(trie: Trie, text: string, start: number, written: string, found: number[]): Target | undefined {
  const noun = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  if (!noun || !isArabicLetter(written.charCodeAt(0))) return undefined;
  const alias = wholeKey(trie, lowerString(`${noun} ${written}`), found).find((a) => !a.ambiguous);
  return alias && trie.org(alias.target);
}

/** A German article before a name in quotes: "der „Standard“ berichtete". */
const ARTICLE_QUOTED = /(?:^|\s)([Dd]er|[Dd]ie|[Dd]as)\s*[„"»“]$/;

/**
 * A paper whose name opens with its article (Der Standard, Die Presse) named in quotes without it: the article stands
 * before the quote. An alias ambiguous alone is safe here, the cue having said an outlet is meant.
 */
function articleAndName(trie: Trie, text: string, c: CueName, written: string, found: number[]): Target | undefined {
  const article = c.kind === 'media' ? ARTICLE_QUOTED.exec(text.slice(Math.max(0, c.start - 6), c.start))?.[1] : undefined;
  if (!article) return undefined;
  const aliases = wholeKey(trie, lowerString(`${article} ${written}`), found);
  return oneOrganization(aliases) ? trie.org(aliases[0]!.target) : undefined;
}

/**
 * A katakana name whose first word is a known firm's is that firm's arm, named with the parent's English name,
 * not its romanization: ソニー・グローバルエデュケーション is Sony Global Education, not "Soni".
 */
function parentFirst(trie: Trie, written: string, c: CueName, found: number[]): void {
  const dot = written.indexOf('・');
  if (dot < 2 || !READERS.kanaLatin) return;
  const head = written.slice(0, dot);
  const alias = wholeKey(trie, head, found).find((a) => !a.ambiguous);
  const said = alias && READERS.kanaLatin(head);
  if (!said || !lowerString(c.canonical).startsWith(`${said} `)) return;
  c.canonical = `${parentStem(trie.org(alias.target).canonical)}${c.canonical.slice(said.length)}`;
}

/** 日本 glued before a katakana or Latin name, not the end of a longer kanji word. */
const JAPAN_ARM = /(?:^|[^\u4e00-\u9fff])日本[\u30a1-\u30faA-Z]$/;

/** Names looked for again per text: each costs one search of the text, so the count is bounded to keep it linear. */
const MAX_REPEATED = 32;

/** A name found again: a cue name, or a known one by its short form (which keeps the gazetteer as its source). */
type Again = CueName & { source?: CompanySource };
/** A name to look for again, and whether it is a short form (which must not run on into another name, nor be an ordinary word). */
interface Look {
  c: Again;
  short: boolean;
}

// A capitalized word right after a short form makes another name of it ("Lumbre Capital" beside "Lumbre Analytics"),
// and so does a business word after a Chinese or Japanese one (國泰航空, an airline, beside 國泰創投, whose short form is 國泰);
// a word of the economy after one makes a phrase of it (蓝海市场, a blue-ocean market, beside 蓝海生物's 蓝海), and a model a product
// (文心大模型 beside 文心智能), and a district a place (響灘地区 beside 響灘キャピタル).
const ANOTHER_NAME_NEXT = /^(?:地[区區域]|航空|[银銀]行|[证證証]券|人[寿壽]|金控|集[团團]|控股|[资資]本|[创創]投|基金|[电電]子|[电電]信|保[险險]|汽[车車]|市[场場]|[行產产][业業]|[领領]域|[经經][济濟]|大?模型)/u;

/**
 * Each name where else the text spells it the same way: a cue name ("the
 * startup Foo raised $5M" makes the later "Foo said" a mention too, though no
 * cue stands there), or a full name's short form (short-forms.ts). Same case,
 * same edges as the gazetteer scan (Arabic clitics included); the longest name
 * wins where two overlap.
 */
function mentionsAgain(text: string, names: Map<string, Look>, taken: (s: number, e: number) => boolean): Again[] {
  const found: Again[] = [];
  // German capitalizes every noun ("erhielt Limmatic Fördergelder"): there only a business word after a short form makes
  // another name (european-not-firms.ts, with the European chunk). Whether the text is German is asked once.
  const germanNoun = READERS.germanNounsAfter?.(text, businessWord);
  const anotherName = (e: number) => (/^[ \t]+\p{Lu}/u.test(text.slice(e, e + 3)) && !germanNoun?.(e)) || ANOTHER_NAME_NEXT.test(text.slice(e, e + 3));
  for (const [name, { c, short }] of names) {
    // Whether a short form is an ordinary word here costs a search of the text: asked once, when it first turns up.
    let ordinary: boolean | undefined;
    for (let s = text.indexOf(name); s >= 0; s = text.indexOf(name, s + name.length)) {
      const e = s + name.length;
      // "ذكاء" as a name is not "الذكاء" (intelligence): a word in ال is never a name read from a cue.
      // Nor is "الشرق" (Asharq, a paper) in "الشرق الأوسط", the Middle East.
      const inAl = /^(?:ال|لل)$/.test(text.slice(s - 2, s)) || /^ ال[اأ](?:وسط|قص[يى])/.test(text.slice(e, e + 7));
      // A short form with a capital or a business word after it is another name; with a small number, a model (「ツムギ2」, "衡舟-3"), not a year ("深算2024年").
      // Nor is one hyphened after a word ("Aix-Marseille-Provence" beside "Provence Angels"): it ends a compound; nor one
      // after German "im" or "am" ("Freiburg im Breisgau" beside "Breisgau Business Angels"), which a region takes.
      if (short && (anotherName(e) || /^[-‐]?\d{1,3}(?!\d)/.test(text.slice(e, e + 5)) || /\p{L}-$|\b[ia]m $/u.test(text.slice(s - 3, s)))) continue;
      if (!edgesOk(text, s, e) || inAl || taken(s, e) || notTheFirm(text, s, e) || (c.kind !== 'media' && titled(text, s, e))) continue;
      if (short && ordinary === undefined) ordinary = ordinaryWord(text, name);
      if (ordinary) break;
      const tail = short ? 0 : businessAfter(text, e);
      // "start-up Fenwright bought", then "Fenwright Payments reported": the name goes on, and is that longer one here.
      found.push(tail ? { ...c, start: s, end: e + tail, canonical: text.slice(s, e + tail) } : { ...c, start: s, end: e });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((n, k) => k === 0 || n.start >= found[k - 1]!.end);
}


/** What to look for again: every cue name as spelled, and the short form of every name spelled in full. */
function namesAgain(text: string, hits: readonly Tagged[], cues: readonly CueName[]): Map<string, Look> {
  const names = new Map<string, Look>();
  const add = (name: string | undefined, c: Again, short: boolean) => {
    if (name && names.size < MAX_REPEATED && !names.has(name)) names.set(name, { c, short });
  };
  const known = new Map<string, Again>();
  const seen = new Set<string>();
  for (const h of hits) {
    const full = text.slice(h.start, h.end);
    const t = h.trie.org(h.target);
    // A paper's first word is its town ("Belfast Telegraph", "Jakarta Globe"): a paper has no short form.
    const short = h.arm || seen.has(full) || t.kind === 'media' ? undefined : shortForm(full, true);
    seen.add(full);
    if (short && !known.has(short)) known.set(short, { start: h.start, end: h.end, canonical: t.canonical, kind: t.kind, source: t.source });
  }
  const shorts = cues.map((c) => c.short ?? (c.kind === 'media' ? undefined : shortForm(text.slice(c.start, c.end))));
  cues.forEach((c, k) => {
    if (shorts[k] && !known.has(shorts[k])) known.set(shorts[k], c);
  });
  const first = new Map<string, string>();
  for (const c of cues) {
    const written = text.slice(c.start, c.end);
    // A cue that reads a known name's short form ("Multiverse, fundada en 2019") names that company.
    const k = known.get(written);
    if (k) Object.assign(c, { canonical: k.canonical, kind: k.kind });
    // One spelling, one company: the name the first reading gave it ("إنتيلا (Intella)", then "وقالت إنتيلا").
    else if (first.has(written)) c.canonical = first.get(written)!;
    else first.set(written, c.canonical);
    add(written, c, false);
    // "Delos Cloud GmbH", then "Delos Cloud": the name less its legal form, as the canonical keeps it.
    if (written.length > c.canonical.length && written.startsWith(`${c.canonical} `)) add(c.canonical, c, false);
  }
  cues.forEach((c, k) => add(shorts[k], c, true));
  // Less sure than the short form, so asked after it: a head the short form already claimed stays its.
  cues.forEach((c) => add(c.short || c.kind === 'media' ? undefined : headForm(text.slice(c.start, c.end)), c, true));
  for (const [short, k] of known) add(short, k, true);
  // Least sure of all, so asked last: a name's initials ("Diario Financiero", then "DF"; initials.ts).
  for (const h of hits) {
    const initials = initialsOf(text.slice(h.start, h.end));
    if (!initials) continue;
    const t = h.trie.org(h.target);
    add(initials, { start: h.start, end: h.end, canonical: t.canonical, kind: t.kind, source: t.source }, true);
  }
  for (const c of cues) add(initialsOf(text.slice(c.start, c.end)), c, true);
  return names;
}

/** `sentences`: splitSentences(norm.text), when the caller already has it; `confirmed`: DetectOptions.known. */
export function findCompanies(
  original: string, norm: Normalized, watchlist: WatchlistEntry[], sentences: readonly Range[] = splitSentences(norm.text),
  confirmed?: Set<string>,
): CompanyEntity[] {
  const text = norm.text;
  // Nothing to read: and the index stays unmade (a page's first, empty call only warms the figures' tables).
  if (!text) return [];
  const low = lowerString(text);
  const trie = gazetteer();
  // The reader's watchlist is looked for as written; the gazetteer in the form its keys take, each index by its own
  // fold (the names chunk's Chinese part has pairs of its own: compact.ts, simplifiedPart).
  const read = (t: Trie) => tag(scan(t, text, t.fold?.(low) ?? low), t);
  const own = orgTries.reduce((hits, t) => merge(hits, read(t)), read(trie));
  const watched = watchlist.length ? tag(scan(watchTrie(watchlist), text, low), watchTrie(watchlist)) : [];
  const merged = merge(own, watched).filter((h) => !namesProduct(text, h) && !lowerCaseWord(text, h) && !notTheFirm(text, h.start, h.end, h.ambiguous) &&
    !(titled(text, h.start, h.end) && h.trie.org(h.target).kind !== 'media'));
  const cueNames = findCueNames(text, sentences, low);
  // A cue that frames exactly an ambiguous name ("Decagon, a startup …") says which sense the article means.
  const cued = new Map(cueNames.map((c) => [c.start, c.end]));
  const hits = resolveAmbiguous(text, merged, sentences, (h) => h.trie.org(h.target).canonical, confirmed, cued,
    cueNames.filter((c) => c.end - c.start > 3).map((c) => c.canonical));
  const fitted = fitCues(text, hits, cueNames);
  // Every gazetteer hit counts, kept or not: "ソニーグループ" is Sony, whether or not "ソニー" passed alone.
  // The test reads both lists as they are when it runs, so an arm's longer span and the names added below count too.
  const taken = overlapsAny([merged, fitted.cues]);
  for (const h of fitted.hits) {
    const t = h.trie.org(h.target);
    const arm = t.kind === 'media' ? undefined : armAfter(text, h.start, h.end, t.canonical, t.kind);
    if (arm && !taken(h.end, arm.end)) {
      h.end = arm.end;
      // 华为集团 is Huawei still, as the gazetteer knows it.
      if (arm.canonical !== t.canonical) h.arm = arm;
    } else if (!arm && t.kind !== 'media' && JAPAN_ARM.test(text.slice(Math.max(0, h.start - 3), h.start + 1)) && !taken(h.start - 2, h.start)) {
      // 日本マイクロソフト, 日本IBM: a foreign firm's Japanese arm, as the Japanese press names it (not 西日本).
      h.start -= 2;
      h.arm = { end: h.end, canonical: `${parentStem(t.canonical)} Japan`, kind: t.kind };
    }
  }
  const known = [
    ...fitted.hits.map((h) => ({ start: h.start, end: h.end, kind: h.trie.org(h.target).kind })), ...fitted.cues,
  ].sort((a, b) => a.start - b.start);
  // Each reader's finds join the list `taken` searches, which must stay sorted for it.
  const add = (more: CueName[]) => {
    fitted.cues.push(...more);
    fitted.cues.sort((a, b) => a.start - b.start);
  };
  add(listedBeside(text, known, taken));
  add(rankedItems(text, taken));
  if (READERS.solid) add(READERS.solid(text, taken, READERS));
  // An ambiguous alias the scan passed over may be just what the brackets define ("(وام)"): only names kept count here.
  // Each with its organization's name; in Chinese, a Latin name in brackets may gloss a Han one (han-glosses.ts).
  const named = (list: (Tagged | CueName)[]) => list.map((n) => ('trie' in n ? { ...(n.arm ?? n.trie.org(n.target)), start: n.start, end: n.end } : n));
  // One test serves both: it reads the lists as they stand when asked, so the acronyms added count for the glosses.
  const kept = overlapsAny([fitted.hits, fitted.cues]);
  const bracketed = [...fitted.hits, ...fitted.cues].filter((n) => bracketAfter(text, n.end));
  const { added, defined } = bracketed.length ? acronymsAfter(text, named(bracketed), kept) : { added: [], defined: new Map() };
  add(added);
  for (const h of fitted.hits) {
    const d = defined.get(text.slice(h.start, h.end));
    if (d && d.canonical !== h.trie.org(h.target).canonical) h.arm = { end: h.end, canonical: d.canonical, kind: d.kind };
  }
  if (READERS.arabicGlosses) add(READERS.arabicGlosses(text, fitted.cues, kept));
  if (READERS.hanGlosses) add(READERS.hanGlosses(text, () => named([...fitted.hits, ...fitted.cues]), fitted.cues, kept));
  const found: number[] = [];
  // The names the text writes, which one written by ear in Arabic or katakana may be (sound-alike.ts).
  const inText: InText = { text, hits: fitted.hits, cues: fitted.cues };
  for (const c of fitted.cues) {
    // What the text defined an acronym as stands above the gazetteer's sense of it.
    const d = defined.get(text.slice(c.start, c.end));
    if (d) Object.assign(c, { canonical: d.canonical, kind: d.kind });
    else asKnown(trie, text, c, found, inText);
    if (c.kind === 'media') READERS.paperArticle?.(text, c);
  }
  fitted.cues.push(...mentionsAgain(text, namesAgain(text, fitted.hits, fitted.cues), taken));
  const out: CompanyEntity[] = [];
  for (const h of fitted.hits) {
    // An arm is named by the gazetteer and a cue together; its name is not in the gazetteer.
    const named = h.arm ? { ...h.arm, source: 'cue' as const } : h.trie.org(h.target);
    const [s, e] = toOriginal(norm, h.start, h.end);
    out.push({ type: 'company', start: s, end: e, text: original.slice(s, e), canonical: named.canonical, kind: named.kind, source: named.source });
  }
  for (const c of fitted.cues as Again[]) {
    // "10,000 GPUs": the tail of a number the tokens split is no name; nor is a number before a legal form ("10 Oy").
    if (/\d[,.]$/.test(text.slice(c.start - 2, c.start)) || /^[\d\s.,]+$/.test(c.canonical) || personal(text, c.start, c.end) || governmentOf(text, c.start) || genericAcronym(text, c.start, c.end) ||
      plainWord(text, c.start, c.end) || PLUS.test(text.slice(c.end, c.end + 2)) || READERS.publicBody?.(text, c.end, c.canonical) || READERS.europeanNotFirm?.(text, c.start, c.end) || READERS.cjkNotFirm?.(text, c.start, c.end)) continue;
    const [s, e] = toOriginal(norm, c.start, c.end);
    out.push({ type: 'company', start: s, end: e, text: original.slice(s, e), canonical: c.canonical, kind: c.kind, source: c.source ?? 'cue' });
  }
  toFullNames(out);
  READERS.arabicVowels?.(out);
  return out.sort((a, b) => a.start - b.start);
}
