/**
 * English cue words for funding facts, as regular-expression fragments: stems
 * matched at a word start ("invest" finds "invested"). French, German and
 * Spanish ones come with the European chunk, Arabic, Chinese and Japanese
 * ones with theirs (words/); the last match anywhere (an Arabic word may carry clitics).
 */
import type { FactRole } from '../types.ts';

/** Each role's English cues; other languages' come with their chunk (words/). */
export const ROLE_CUES: Record<Exclude<FactRole, 'other'>, string[]> = {
  acquisition: ['acquir', 'acquisition', 'buy(?:s|ing)? ', 'bought', 'takeover'],
  debt: ['debt', 'loan', 'bond', 'credit facility', 'borrow'],
  valuation: ['valu(?:ed|ation|ing)', 'market cap'],
  revenue: ['revenue', 'sales(?![a-z])', 'turnover'],
  invested: ['invest(?:ed|s|ing)? ', 'investment from', 'backed', 'particip', 'put ', 'puts ', 'putting', 'poured', 'pouring'],
  raised: ['rais(?:ed|es|ing)', 'clos(?:ed|es|ing) (?:a|an|its|the)', 'secur(?:ed|es)', 'funding round', 'round'],
  spending: ['spend', 'spent', 'capex', 'capital expenditure', 'data cent'],
};

/** A figure someone aimed at is not the figure they got ("above the $15 billion it had targeted"). */
export const TARGET_WORDS = ['target', 'aim', 'sought', 'seeking', 'hop(?:ed|ing) to', 'set out to', 'originally',
  'initially', 'planned'];

/** Words that point back to a company without naming it: the clause's company is then unclear. */
export const ANAPHORS = ['the company', 'the startup', 'the firm'];

/** Words that name a round without a figure, so an investor's share can point to the round's company. */
export const ROUND_WORDS = ['round', 'particip'];

/** Role order when a clause holds several cues: the most specific wins. */
export const ROLE_ORDER: Exclude<FactRole, 'other'>[] = ['acquisition', 'debt', 'valuation', 'revenue', 'invested',
  'raised', 'spending'];

/** "… $2B from Nvidia", "ملياري دولار من شركة Nvidia": money, then a source word, then the investor. */
export const FROM_WORDS = ['from'];

/** A company word allowed between the source word and the investor ("من شركة Nvidia"). */
export const COMPANY_WORDS = ['the', 'company', 'firm'];

/** Round labels, as they should be reported when found. */
export const ROUND_PATTERNS: RegExp[] = [
  /\bpre-seed\b/i,
  /\bseed(?: round)?\b/i,
  /\bSeries [A-H]\b/,
  /\bbridge (?:round|financing)\b/i,
];
