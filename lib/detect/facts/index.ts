/**
 * Funding facts: each money amount linked to the company its clause is about,
 * with a role read from cue words. When the company is unclear no fact is
 * made: a missing fact costs less than a wrong one in the reader's library.
 */
import { splitSentences, rangeAt, type Range } from '../companies/sentences.ts';
import type { CompanyEntity, Fact, FactRole, MoneyEntity } from '../types.ts';
import { COMPANY_WORDS, FROM_WORDS, ROLE_CUES, ROLE_ORDER, ROUND_PATTERNS } from './lexicon.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ROLE_RES = ROLE_ORDER.map((role) => {
  const { latin, other } = ROLE_CUES[role];
  const parts = [`(?<![\\p{L}])(?:${latin.join('|')})`];
  if (other.length) parts.push(`(?:${other.join('|')})`);
  return { role, re: new RegExp(parts.join('|'), 'iu') };
});
const FROM_RE = new RegExp(
  `^[\\s,،]*(?:${FROM_WORDS.map(esc).join('|')})\\s*(?:(?:${COMPANY_WORDS.map(esc).join('|')})\\s+)?$`, 'iu');

/** Clause edges inside a sentence: commas and semicolons that start a new statement. */
function clauseOf(text: string, [s, e]: Range, at: number): Range {
  const re = /[,،;]\s*(?:(?:and|while|whereas|et|und|y|mientras|و|بينما)\s)?|[,،;]/gu;
  let cs = s;
  let ce = e;
  for (const m of text.slice(s, e).matchAll(re)) {
    const p = s + m.index;
    if (p < at) cs = p + m[0].length;
    else if (p >= at) {
      ce = p;
      break;
    }
  }
  return [cs, ce];
}

function roleIn(snippet: string): FactRole {
  for (const { role, re } of ROLE_RES) if (re.test(snippet)) return role;
  return 'other';
}

function roundIn(snippet: string): string | null {
  for (const re of ROUND_PATTERNS) {
    const m = re.exec(snippet);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

const real = (c: CompanyEntity) => c.kind !== 'media';
const within = (c: CompanyEntity, [s, e]: Range) => c.start >= s && c.end <= e;

/** The investor named right after the amount ("$2B from Nvidia"). */
function investorAfter(text: string, money: MoneyEntity, inSentence: CompanyEntity[]): CompanyEntity | undefined {
  const next = inSentence.find((c) => c.start >= money.end);
  if (!next || next.start - money.end > 40) return undefined;
  return FROM_RE.test(text.slice(money.end, next.start)) ? next : undefined;
}

/** The company a clause is about: nearest before the amount, else nearest after, else the sentence's only one. */
function subjectOf(money: MoneyEntity, clause: Range, sentence: CompanyEntity[], avoid?: CompanyEntity): CompanyEntity | undefined {
  const pool = sentence.filter((c) => c !== avoid && real(c));
  const inClause = pool.filter((c) => within(c, clause));
  const before = inClause.filter((c) => c.end <= money.start);
  if (before.length) return before[before.length - 1];
  const after = inClause.find((c) => c.start >= money.end);
  if (after) return after;
  const names = new Set(pool.map((c) => c.canonical));
  return names.size === 1 ? pool[0] : undefined;
}

export function linkFacts(text: string, money: MoneyEntity[], companies: CompanyEntity[]): Fact[] {
  if (money.length === 0 || companies.length === 0) return [];
  const sentences = splitSentences(text);
  const sorted = [...companies].sort((a, b) => a.start - b.start);
  const facts: Fact[] = [];
  let lastRaised: string | null = null;
  for (const m of [...money].sort((a, b) => a.start - b.start)) {
    const si = rangeAt(sentences, m.start);
    if (si < 0) continue;
    const sentence = sentences[si]!;
    const inSentence = sorted.filter((c) => within(c, sentence));
    const clause = clauseOf(text, sentence, m.start);
    const clauseText = text.slice(clause[0], clause[1]);
    const round = roundIn(text.slice(sentence[0], sentence[1]));
    const base = { value: m.value, currency: m.currency, start: sentence[0], end: sentence[1], moneyStart: m.start, moneyEnd: m.end };

    const investor = investorAfter(text, m, inSentence);
    let role = investor ? 'invested' : roleIn(clauseText);
    if (role === 'other' && !investor) role = roleIn(text.slice(sentence[0], sentence[1]));
    let company: CompanyEntity | undefined;
    let counterparty: string | null = null;
    if (role === 'invested') {
      company = investor ?? subjectOf(m, clause, inSentence);
      const target = company && inSentence.find((c) => real(c) && c.canonical !== company!.canonical);
      counterparty = target?.canonical ?? (lastRaised !== company?.canonical ? lastRaised : null);
    } else {
      company = subjectOf(m, clause, inSentence);
    }
    if (!company || !real(company)) continue;
    if (role === 'raised') lastRaised = company.canonical;
    const withRound = role === 'raised' || role === 'invested' ? round : null;
    facts.push({ company: company.canonical, role: role as FactRole, counterparty, round: withRound, ...base });
  }
  return facts;
}
