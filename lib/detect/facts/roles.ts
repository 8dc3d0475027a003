/**
 * What a money amount is, from the cue words of its clause. The order in
 * ROLE_ORDER settles clauses with several cues; a valuation cue only counts
 * when it governs this amount ("valued at $X", "a $X valuation"), not the next.
 */
import type { FactRole, MoneyEntity } from '../types.ts';
import { ANAPHORS, ROLE_CUES, ROLE_ORDER, ROUND_PATTERNS, ROUND_WORDS, TARGET_WORDS } from './lexicon.ts';
import type { Range } from '../companies/sentences.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatinWord = (w: string) => /^[\p{Script=Latin}\s'().?:|\\\-\[\]]+$/u.test(w.replace(/\(\?:|\)\?/g, ''));

/** Latin cues start at a word edge; Arabic, Chinese and Japanese ones may sit inside a word. */
function cueRegex(latin: string[], other: string[], flags: string): RegExp {
  const parts = [];
  if (latin.length) parts.push(`(?<![\\p{L}])(?:${latin.join('|')})`);
  if (other.length) parts.push(`(?:${other.join('|')})`);
  return new RegExp(parts.join('|'), flags);
}

const ROLE_RES = ROLE_ORDER.map((role) => ({ role, re: cueRegex(ROLE_CUES[role].latin, ROLE_CUES[role].other, 'giu') }));

/**
 * The same cues split in two, without the lookbehind: a lookbehind in front
 * runs at every offset and defeats the regex engine's quick scan. Used where
 * only "is there a cue" matters; the word edge is then checked by hand.
 */
const ROLE_QUICK = ROLE_ORDER.map((role) => {
  const { latin, other } = ROLE_CUES[role];
  return {
    role,
    latin: latin.length ? new RegExp(`(?:${latin.join('|')})`, 'giu') : undefined,
    other: other.length ? new RegExp(`(?:${other.join('|')})`, 'iu') : undefined,
  };
});
const LETTER = /\p{L}/u;

/** No letter right before `at` (one code point back), as `(?<![\p{L}])` says. */
function wordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  const from = at >= 2 && c >= 0xdc00 && c <= 0xdfff ? at - 2 : at - 1;
  return !LETTER.test(text.slice(from, at));
}

/** Offset of the first cue in `s` (a Latin one at a word start, or any other-script one), or -1. */
function firstCue(q: (typeof ROLE_QUICK)[number], s: string): number {
  let first = -1;
  if (q.other) first = s.search(q.other);
  const re = q.latin;
  if (!re) return first;
  re.lastIndex = 0;
  for (let m = re.exec(s); m && (first < 0 || m.index < first); m = re.exec(s)) {
    if (wordStart(s, m.index)) return m.index;
    re.lastIndex = m.index + 1;
  }
  return first;
}

const split = (words: string[]) => [words.filter(isLatinWord), words.filter((w) => !isLatinWord(w))] as const;
const TARGET_RE = cueRegex(...split(TARGET_WORDS), 'iu');
const ANAPHOR_RE = cueRegex(...split(ANAPHORS.map(esc)), 'iu');
const ROUND_WORD_RE = cueRegex(...split(ROUND_WORDS.map(esc)), 'iu');

/** No other amount sits between offsets a and b. */
function clear(all: MoneyEntity[], a: number, b: number, self: MoneyEntity): boolean {
  return !all.some((m) => m !== self && m.start < b && m.end > a);
}

function governsValuation(text: string, cueStart: number, cueEnd: number, m: MoneyEntity, all: MoneyEntity[]): boolean {
  if (cueEnd <= m.start) return m.start - cueEnd <= 40 && clear(all, cueEnd, m.start, m);
  // "a $4.1 billion valuation" but not "$6.6 billion at a valuation of 157 billion".
  if (cueStart >= m.end && cueStart - m.end <= 3) return !/\d/.test(text.slice(cueEnd, cueEnd + 15));
  return false;
}

export function roleOf(text: string, [cs, ce]: Range, m: MoneyEntity, all: MoneyEntity[]): FactRole {
  const near = text.slice(Math.max(cs, m.start - 30), Math.min(ce, m.end + 30));
  const nearStart = Math.max(cs, m.start - 30);
  const t = TARGET_RE.exec(near);
  if (t) {
    const at = nearStart + t.index;
    const end = at + t[0].length;
    // A target word right before another amount is that amount's ("比原先瞄准的150亿美元").
    const before = at < m.start && clear(all, at, m.start, m);
    const after = at >= m.end && clear(all, m.end, at, m) && !all.some((o) => o.start >= end && o.start - end <= 15);
    if (before || after) return 'other';
  }
  const clause = text.slice(cs, ce);
  for (let r = 0; r < ROLE_RES.length; r++) {
    const { role, re } = ROLE_RES[r]!;
    if (role !== 'valuation') {
      if (firstCue(ROLE_QUICK[r]!, clause) >= 0) return role;
      continue;
    }
    // Most clauses hold no valuation cue: the quick search says so without the lookbehind regex.
    const quick = ROLE_QUICK[r]!;
    if (firstCue(quick, clause) < 0) continue;
    re.lastIndex = 0;
    for (const hit of clause.matchAll(re)) {
      const s = cs + hit.index;
      if (role !== 'valuation' || governsValuation(text, s, s + hit[0].length, m, all)) return role;
    }
  }
  return 'other';
}

/** Where the first cue of `role` sits in the clause, or -1. */
export function cueAt(text: string, [cs, ce]: Range, role: FactRole): number {
  const found = ROLE_QUICK.find((r) => r.role === role);
  if (!found) return -1;
  const at = firstCue(found, text.slice(cs, ce));
  return at >= 0 ? cs + at : -1;
}

export function roundOf(sentence: string): string | null {
  for (const re of ROUND_PATTERNS) {
    const m = re.exec(sentence);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

export const hasAnaphor = (s: string) => ANAPHOR_RE.test(s);

/** Like hasAnaphor, but "OpenAI, the company ..." right after a name is an apposition, not a pointer elsewhere. */
export function pointsElsewhere(between: string): boolean {
  const m = ANAPHOR_RE.exec(between);
  if (!m) return false;
  if (/^[\s,،(]*$/u.test(between.slice(0, m.index))) return hasAnaphor(between.slice(m.index + m[0].length));
  return true;
}
const INVEST_RE = ROLE_RES.find((r) => r.role === 'invested')!.re;

/** The gap between an amount and a name is an investing word ("participation de Nvidia", "مشاركة Nvidia"). */
export function investCueBetween(gap: string): boolean {
  INVEST_RE.lastIndex = 0;
  const m = INVEST_RE.exec(gap);
  return !!m && /^[\s,،:\-–]*$/u.test(gap.slice(0, m.index));
}

export const hasRoundWord = (s: string) => ROUND_WORD_RE.test(s);
