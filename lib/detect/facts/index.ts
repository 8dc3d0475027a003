/**
 * Funding facts: each money amount linked to the company its clause is about,
 * with a role read from cue words. When the company is unclear no fact is
 * made: a missing fact costs less than a wrong one in the reader's library.
 */
import { rangeAt, type Range } from '../companies/sentences.ts';
import type { CompanyEntity, Fact, MoneyEntity } from '../types.ts';
import { COMPANY_WORDS, FROM_WORDS } from './lexicon.ts';
import { factWords, onWords } from './words/registry.ts';
import { amongInvestors, namedAsSource } from './sources.ts';
import { ClauseCues, cueAt, hasAnaphor, hasRoundWord, investCueBetween, pointsElsewhere, roleOf, roundOf } from './roles.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FROM_RE = onWords(() => {
  const from = [...FROM_WORDS, ...factWords().flatMap((w) => w.from)];
  const companies = [...factWords().flatMap((w) => w.companies), ...COMPANY_WORDS];
  return new RegExp(`^[\\s,،]*(?:${from.map(esc).join('|')})\\s*(?:(?:${companies.map(esc).join('|')})\\s+)?$`, 'iu');
});
const DIGIT = /\d/;
const CLAUSE_EDGE = /[,،;，；]\s*(?:(?:and|while|whereas|et|und|y|mientras|بينما)\s+|و)?/gu;

/** Where the clause edges of a sentence sit: each edge's offset and the length of its mark. */
function clauseEdges(text: string, [s, e]: Range): [number, number][] {
  const sentence = text.slice(s, e);
  const edges: [number, number][] = [];
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(sentence); m; m = CLAUSE_EDGE.exec(sentence)) {
    // A decimal or thousands comma ("27,7 milliards", "1,500") is inside a number, not between clauses.
    if (!(DIGIT.test(sentence.charAt(m.index - 1)) && DIGIT.test(sentence.charAt(m.index + 1)))) edges.push([s + m.index, m[0].length]);
  }
  return edges;
}

/** The clause around `at`: commas and semicolons separate statements about different companies. */
function clauseOf(edges: readonly [number, number][], [s, e]: Range, at: number): Range {
  let cs = s;
  let ce = e;
  for (const [p, len] of edges) {
    if (p < at) cs = p + len;
    else {
      ce = p;
      break;
    }
  }
  return [cs, ce];
}

const real = (c: CompanyEntity) => c.kind !== 'media';
const within = (c: CompanyEntity, [s, e]: Range) => c.start >= s && c.end <= e;
/** All of `cs` (at least one) name the same company. */
const oneName = (cs: CompanyEntity[]) => cs.length > 0 && cs.every((c) => c.canonical === cs[0]!.canonical);

/** The investor named right after the amount ("$2B from Nvidia", "ملياري دولار من شركة Nvidia"). */
function investorAfter(text: string, money: MoneyEntity, inSentence: CompanyEntity[]): CompanyEntity | undefined {
  const next = inSentence.find((c) => c.start >= money.end);
  if (!next || !real(next) || next.start - money.end > 40) return undefined;
  const gap = text.slice(money.end, next.start);
  // "$2B from Nvidia", or an investing word between: "2 مليار دولار مشاركة Nvidia".
  return FROM_RE().test(gap) || (next.start - money.end <= 25 && investCueBetween(gap)) ? next : undefined;
}

/**
 * The company a clause is about: the one named before the amount in the
 * clause, else the sentence's opening company when nothing in between points
 * elsewhere, else (not for investments) the one named after it in the clause.
 * Two candidates on the same footing means unclear: none.
 */
function subjectOf(
  text: string, m: MoneyEntity, clause: Range, sentence: Range, all: CompanyEntity[], investing: boolean, cue: number,
) {
  // A round's size or a valuation belongs to the company, not to its investors ("led by Spark Capital").
  const operating = all.filter((c) => c.kind !== 'investor');
  const pool = investing || operating.length === 0 ? all : operating;
  if (hasAnaphor(text.slice(clause[0], m.start)) && !pool.some((c) => within(c, clause))) return undefined;
  const beforeInClause = pool.filter((c) => within(c, clause) && c.end <= m.start);
  if (oneName(beforeInClause)) return beforeInClause.at(-1);
  if (beforeInClause.length) {
    // "Nvidia agreed to acquire Runloop for $700 million": the actor is the one before the cue.
    const actors = cue >= 0 ? beforeInClause.filter((c) => c.end <= cue) : [];
    return oneName(actors) ? actors.at(-1) : undefined;
  }
  const beforeClause = pool.filter((c) => c.end <= clause[0] && c.start >= sentence[0]);
  if (beforeClause.length) {
    const last = beforeClause.at(-1)!;
    if (!oneName(beforeClause) || pointsElsewhere(text.slice(last.end, m.start))) return undefined;
    return last;
  }
  if (investing) return undefined;
  return pool.find((c) => within(c, clause) && c.start >= m.end && c.kind !== 'investor');
}

/** Companies inside a sentence, by binary search over the sorted list. */
function companiesIn(sorted: CompanyEntity[], [s, e]: Range): CompanyEntity[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: CompanyEntity[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < e; k++) if (sorted[k]!.end <= e) out.push(sorted[k]!);
  return out;
}

/** What the amounts of one sentence share, worked out once for all of them. */
class SentenceWork {
  readonly inSentence: CompanyEntity[];
  readonly pool: CompanyEntity[];
  private edges?: [number, number][];
  private readonly cues: ClauseCues[] = [];
  private round?: string | null;

  constructor(private readonly text: string, readonly range: Range, companies: CompanyEntity[]) {
    this.inSentence = companiesIn(companies, range);
    this.pool = this.inSentence.filter(real);
  }

  clauseAt(at: number): Range {
    this.edges ??= clauseEdges(this.text, this.range);
    return clauseOf(this.edges, this.range, at);
  }

  cuesOf([s, e]: Range): ClauseCues {
    let c = this.cues.find((k) => k.range[0] === s && k.range[1] === e);
    if (!c) this.cues.push((c = new ClauseCues(this.text, [s, e])));
    return c;
  }

  roundOf(): string | null {
    if (this.round === undefined) this.round = roundOf(this.cuesOf(this.range).text);
    return this.round;
  }
}

/**
 * The amounts that can sit between an amount of `sentence` and one of its cues:
 * those overlapping the sentence or starting up to 16 units past it. `reach`
 * holds the furthest end of amounts[0..i], so the first candidate is found by
 * binary search even if amounts overlapped.
 */
function amountsNear(amounts: MoneyEntity[], reach: number[], [s, e]: Range): MoneyEntity[] {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid]! <= s) lo = mid + 1;
    else hi = mid;
  }
  const out: MoneyEntity[] = [];
  for (let k = lo; k < amounts.length && amounts[k]!.start < e + 16; k++) if (amounts[k]!.end > s) out.push(amounts[k]!);
  return out;
}

/**
 * `sentences`: splitSentences(text). The caller has them already, and the
 * facts chunk then carries no second copy of the splitter.
 */
export function linkFacts(
  text: string, money: MoneyEntity[], companies: CompanyEntity[], sentences: readonly Range[],
): Fact[] {
  if (money.length === 0 || companies.length === 0) return [];
  const sorted = [...companies].sort((a, b) => a.start - b.start);
  const amounts = [...money].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const m of amounts) reach.push(Math.max(m.end, reach.at(-1) ?? -Infinity));
  const facts: Fact[] = [];
  let lastRaised: string | null = null;
  let work: SentenceWork | undefined;
  let near: MoneyEntity[] = [];
  for (const m of amounts) {
    // Amounts come in order: most fall in the sentence of the one before.
    const inLast = work && m.start >= work.range[0] && m.start < work.range[1];
    const sentence = inLast ? work!.range : sentences[rangeAt(sentences, m.start)];
    if (!sentence) continue;
    if (work?.range !== sentence) {
      work = new SentenceWork(text, sentence, sorted);
      near = work.pool.length ? amountsNear(amounts, reach, sentence) : [];
    }
    const { inSentence, pool } = work;
    // With no company in its sentence an amount can have no subject (nor investor): skip the clause and cue work.
    if (pool.length === 0) continue;
    const clause = work.clauseAt(m.start);
    const clauseCues = work.cuesOf(clause);
    const investor = investorAfter(text, m, inSentence);
    let role = investor ? 'invested' : roleOf(text, clauseCues, m, near);
    // A bare fragment ("$20 billion, well above ...") takes its sentence's cue.
    if (role === 'other' && !pool.some((c) => within(c, clause))) role = roleOf(text, work.cuesOf(sentence), m, near);
    const company = investor ?? subjectOf(text, m, clause, sentence, pool, role === 'invested', cueAt(clauseCues, role));
    if (!company || namedAsSource(text, company.start)) continue;
    // "a $650m round led by Nvidia": the round is not Nvidia's, whatever else the sentence says.
    if (role !== 'invested' && amongInvestors(text.slice(Math.max(sentence[0], company.start - 40), company.start))) continue;
    if (role === 'raised' && company.kind === 'investor' && !oneName(pool)) continue;
    let counterparty: string | null = null;
    if (role === 'acquisition') {
      counterparty = pool.find((c) => c.start >= company.end && c.canonical !== company.canonical)?.canonical ?? null;
    }
    if (role === 'invested') {
      const others = pool.filter((c) => c.canonical !== company.canonical);
      const target = others.find((c) => c.start >= m.end) ?? others.at(-1);
      counterparty = target?.canonical
        ?? (hasRoundWord(work.cuesOf(sentence).text) && lastRaised !== company.canonical ? lastRaised : null);
    }
    if (role === 'raised') lastRaised = company.canonical;
    facts.push({
      company: company.canonical, role, value: m.value, currency: m.currency, counterparty,
      round: role === 'raised' || role === 'invested' ? work.roundOf() : null,
      start: sentence[0], end: sentence[1], moneyStart: m.start, moneyEnd: m.end,
    });
  }
  return facts;
}
