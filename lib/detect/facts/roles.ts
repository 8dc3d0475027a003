/**
 * What a money amount is, from the cue words of its clause. The order in
 * ROLE_ORDER settles clauses with several cues; a valuation cue only counts
 * when it governs this amount ("valued at $X", "a $X valuation"), not the next.
 */
import type { FactRole, MoneyEntity } from '../types.ts';
import { ANAPHORS, ROLE_CUES, ROLE_ORDER, ROUND_PATTERNS, ROUND_WORDS, TARGET_WORDS } from './lexicon.ts';
import { factWords, onWords } from './words/registry.ts';
import type { FactWords } from './words/types.ts';
import type { Range } from '../companies/sentences.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Latin cues start at a word edge; Arabic, Chinese and Japanese ones may sit inside a word. */
function cueRegex(latin: string[], other: string[], flags: string): RegExp {
  const parts = [];
  if (latin.length) parts.push(`(?<![\\p{L}])(?:${latin.join('|')})`);
  if (other.length) parts.push(`(?:${other.join('|')})`);
  return new RegExp(parts.join('|'), flags);
}

/** A list's words that chunks brought: those matched at a word start (`latin`), or the others. */
const brought = (latin: boolean, pick: (w: FactWords) => string[] | undefined) =>
  factWords().filter((w) => !!w.latin === latin).flatMap((w) => pick(w) ?? []);
const other = (pick: (w: FactWords) => string[] | undefined) => brought(false, pick);
/** The English words with the Latin-script ones chunks brought. */
const latin = (own: string[], pick: (w: FactWords) => string[] | undefined) => [...own, ...brought(true, pick)];
const roleOther = (role: (typeof ROLE_ORDER)[number]) => other((w) => w.roles[role]);
const roleLatin = (role: (typeof ROLE_ORDER)[number]) => latin(ROLE_CUES[role], (w) => w.roles[role]);

const ROLE_RES = onWords(() => ROLE_ORDER.map((role) => ({ role, re: cueRegex(roleLatin(role), roleOther(role), 'giu') })));

/**
 * The same cues split in two, without the lookbehind: a lookbehind in front
 * runs at every offset and defeats the regex engine's quick scan. Used where
 * only "is there a cue" matters; the word edge is then checked by hand.
 */
interface Quick {
  latin?: RegExp;
  other?: RegExp;
}
// No Unicode mode: the fragments hold no property escape and no character
// beyond the BMP, and case folding without it still pairs é/É and ü/Ü; the
// mode made these searches, run on every clause with an amount, much slower.
const quick = (latin: string[], other: string[]): Quick => ({
  latin: latin.length ? new RegExp(`(?:${latin.join('|')})`, 'gi') : undefined,
  other: other.length ? new RegExp(`(?:${other.join('|')})`, 'i') : undefined,
});
const ROLE_QUICK = onWords(() => ROLE_ORDER.map((role) => quick(roleLatin(role), roleOther(role))));
const LETTER = /\p{L}/u;

/** No letter right before `at` (one code point back), as `(?<![\p{L}])` says. */
function wordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  const from = at >= 2 && c >= 0xdc00 && c <= 0xdfff ? at - 2 : at - 1;
  return !LETTER.test(text.slice(from, at));
}

/**
 * Arabic, kana and CJK units. Each other-script cue holds one (checked below),
 * so a clause with none, as most of an English page, needs no other-script search.
 */
const CUE_SCRIPT = /[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff]/;
const GATED = onWords(() => ROLE_ORDER.every((role) => roleOther(role).every((w) => CUE_SCRIPT.test(w))));

/** Offset of the first cue in `s` (a Latin one at a word start, or any other-script one), or -1. */
function firstCue(q: Quick, s: string, others = true): number {
  let first = -1;
  if (q.other && others) first = s.search(q.other);
  const re = q.latin;
  if (!re) return first;
  re.lastIndex = 0;
  for (let m = re.exec(s); m && (first < 0 || m.index < first); m = re.exec(s)) {
    if (wordStart(s, m.index)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return first;
}

/** The first cue in `s` with its length: what `(?<![\p{L}])latin|other` would match first. */
function cueMatch(q: Quick, s: string): { index: number; length: number } | undefined {
  const index = firstCue(q, s);
  if (index < 0) return undefined;
  // As in the one-regex form, a Latin cue at a word start takes precedence over an other-script one.
  if (q.latin && wordStart(s, index)) {
    q.latin.lastIndex = index;
    const m = q.latin.exec(s);
    if (m?.index === index) return { index, length: m[0].length };
  }
  return { index, length: q.other!.exec(s.slice(index))![0].length };
}

// These run around every amount, so in the quick form.
const TARGET_QUICK = onWords(() => quick(latin(TARGET_WORDS, (w) => w.target), other((w) => w.target)));
const ANAPHOR_QUICK = onWords(() => quick(latin(ANAPHORS, (w) => w.anaphors).map(esc), other((w) => w.anaphors).map(esc)));
const ROUND_WORD_QUICK = onWords(() => quick(latin(ROUND_WORDS, (w) => w.rounds).map(esc), other((w) => w.rounds).map(esc)));
const INVEST_QUICK = () => ROLE_QUICK()[ROLE_ORDER.indexOf('invested')]!;
const ROUNDS = onWords(() => [...ROUND_PATTERNS, ...factWords().flatMap((w) => w.roundPatterns)]);

/** No other amount sits between offsets a and b. */
function clear(all: readonly MoneyEntity[], a: number, b: number, self: MoneyEntity): boolean {
  return !all.some((m) => m !== self && m.start < b && m.end > a);
}

function governsValuation(text: string, cueStart: number, cueEnd: number, m: MoneyEntity, all: readonly MoneyEntity[]): boolean {
  // German puts the company and more between: "bewerten die Investoren Isarlogik nach der Runde mit 1,1 Milliarden".
  if (cueEnd <= m.start) return m.start - cueEnd <= 64 && clear(all, cueEnd, m.start, m);
  // "a $4.1 billion valuation" but not "$6.6 billion at a valuation of 157 billion".
  if (cueStart >= m.end && cueStart - m.end <= 3) return !/\d/.test(text.slice(cueEnd, cueEnd + 15));
  return false;
}

/**
 * The cues of one clause (or sentence), searched on demand and kept: the
 * amounts of a clause, and cueAt after roleOf, ask the same questions of it.
 */
export class ClauseCues {
  readonly text: string;
  /** Per role in ROLE_ORDER: offset of its first cue in `text`, -1 for none, -2 not searched yet. */
  private readonly firsts = ROLE_ORDER.map(() => -2);
  private readonly others: boolean;

  constructor(page: string, readonly range: Range) {
    this.text = page.slice(range[0], range[1]);
    this.others = !GATED() || CUE_SCRIPT.test(this.text);
  }

  first(r: number): number {
    if (this.firsts[r] === -2) this.firsts[r] = firstCue(ROLE_QUICK()[r]!, this.text, this.others);
    return this.firsts[r]!;
  }
}

/**
 * `all`: the amounts that may sit between this one and a cue; any superset of
 * those overlapping its sentence (and 16 units past it) gives the same answer.
 */
export function roleOf(text: string, cues: ClauseCues, m: MoneyEntity, all: readonly MoneyEntity[]): FactRole {
  const [cs, ce] = cues.range;
  const nearStart = Math.max(cs, m.start - 30);
  const near = text.slice(nearStart, Math.min(ce, m.end + 30));
  const t = cueMatch(TARGET_QUICK(), near);
  if (t) {
    const at = nearStart + t.index;
    const end = at + t.length;
    // A target word right before another amount is that amount's ("比原先瞄准的150亿美元").
    const before = at < m.start && clear(all, at, m.start, m);
    const after = at >= m.end && clear(all, m.end, at, m) && !all.some((o) => o.start >= end && o.start - end <= 15);
    if (before || after) return 'other';
  }
  // Japanese marks the amount as the verb's object: "190億円を調達", "3億ドルを出資". That verb is the amount's role,
  // whatever another clause's verb says ("190億円を調達　SBIなどが出資").
  const marker = text.charAt(m.end);
  if (marker === 'を' || marker === 'で') {
    const object = text.slice(m.end + 1, m.end + 6);
    const quicks = ROLE_QUICK();
    for (let r = 0; r < quicks.length; r++) if (quicks[r]!.other?.exec(object)?.index === 0) return ROLE_ORDER[r]!;
  }
  const res = ROLE_RES();
  for (let r = 0; r < res.length; r++) {
    const { role, re } = res[r]!;
    if (cues.first(r) < 0) continue;
    if (role !== 'valuation') return role;
    // Most clauses hold no valuation cue: the quick search said so without the lookbehind regex.
    re.lastIndex = 0;
    for (const hit of cues.text.matchAll(re)) {
      const s = cs + hit.index;
      if (governsValuation(text, s, s + hit[0].length, m, all)) return role;
    }
  }
  return 'other';
}

/** Where the first cue of `role` sits in the page, or -1. */
export function cueAt(cues: ClauseCues, role: FactRole): number {
  const r = ROLE_ORDER.indexOf(role as (typeof ROLE_ORDER)[number]);
  const at = r < 0 ? -1 : cues.first(r);
  return at >= 0 ? cues.range[0] + at : -1;
}

export function roundOf(sentence: string): string | null {
  for (const re of ROUNDS()) {
    const m = re.exec(sentence);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

export const hasAnaphor = (s: string) => firstCue(ANAPHOR_QUICK(), s) >= 0;

/** Like hasAnaphor, but "OpenAI, the company ..." right after a name is an apposition, not a pointer elsewhere. */
export function pointsElsewhere(between: string): boolean {
  const m = cueMatch(ANAPHOR_QUICK(), between);
  if (!m) return false;
  if (/^[\s,،(]*$/u.test(between.slice(0, m.index))) return hasAnaphor(between.slice(m.index + m.length));
  return true;
}

/** The gap between an amount and a name is an investing word ("participation de Nvidia", "مشاركة Nvidia"). */
export function investCueBetween(gap: string): boolean {
  const at = firstCue(INVEST_QUICK(), gap);
  return at >= 0 && /^[\s,،:\-–]*$/u.test(gap.slice(0, at));
}

export const hasRoundWord = (s: string) => firstCue(ROUND_WORD_QUICK(), s) >= 0;
