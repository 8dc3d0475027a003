/**
 * lib/detect: the pure engine. Text in, entities and funding facts out.
 * No DOM, no extension API (enforced by eslint), so it runs the same in the
 * content script, in Node for `npm run extract`, and in the benchmark.
 *
 * Public surface: `detect(text, options)`, `addScript` and the types in ./types.
 */
import { addLatinNames, addNames, addOrgNames, findCompanies, type LatinMerge } from './companies/index.ts';
import type { ShippedIndex } from './companies/data/compact.ts';
import { splitSentences } from './companies/sentences.ts';
import { LINKER, type Linker } from './facts/linker.ts';
import { findFigures } from './figures/index.ts';
import { addLexicons } from './figures/lexicon.ts';
import type { LexiconData } from './figures/lexicons/types.ts';
import { normalize } from './normalize.ts';
import { addReaders } from './companies/readers/registry.ts';
import type { ScriptReaders } from './companies/readers/types.ts';
import { addFactWords, factWords } from './facts/words/registry.ts';
import type { FactWords } from './facts/words/types.ts';
import type { CompanyEntity, DetectOptions, Detection, Entity } from './types.ts';

export type * from './types.ts';
export type { ShippedIndex } from './companies/data/compact.ts';
export type { LexiconData } from './figures/lexicons/types.ts';

/**
 * What a chunk brings in the extension: its languages' lexicons, and for a
 * script its part of the name index, its cue readers and fact words (the
 * European languages share the Latin ones, so theirs brings lexicons only).
 */
export interface ScriptPart {
  lexicons: readonly LexiconData[];
  names?: ShippedIndex;
  /** Names that go among the Latin part's keys ("LG电子", "Europäische Investitionsbank"), and how (data/merge-latin.ts). */
  latinNames?: ShippedIndex;
  mergeLatin?: LatinMerge;
  /** Organizations only the chunk knows, an index of their own (data/european-orgs.ts). */
  orgNames?: ShippedIndex;
  readers?: ScriptReaders;
  facts?: FactWords;
  /** The facts chunk's linker (lib/detect/facts/linker.ts). */
  linker?: Linker;
}

/**
 * Teaches the engine a script or languages it was shipped without
 * (lib/dom/scripts.ts loads them for pages that hold them). In Node every
 * one is built in.
 */
export function addScript(part: ScriptPart): void {
  addLexicons(part.lexicons);
  if (part.names) addNames(part.names);
  if (part.latinNames) addLatinNames(part.latinNames, part.mergeLatin!);
  if (part.orgNames) addOrgNames(part.orgNames);
  if (part.readers) addReaders(part.readers);
  if (part.facts) addFactWords(part.facts);
  if (part.linker) LINKER.link = part.linker;
}

/**
 * Cue names less the figures they overlap: one that runs on into an amount
 * ("unter Führung von Atomico 20 Millionen Dollar") ends before it, one that
 * starts inside an amount is none; nor is a known name inside one. Both lists
 * are sorted by start.
 */
function withoutFigures(companies: CompanyEntity[], figures: readonly Entity[]): CompanyEntity[] {
  if (figures.length === 0) return companies;
  const out: CompanyEntity[] = [];
  let k = 0;
  for (const c of companies) {
    while (k < figures.length && figures[k]!.end <= c.start) k++;
    const f = figures[k];
    if (!f || f.start >= c.end) out.push(c);
    // A known name the amount holds is the amount's ("N12 billion", naira): Israel's N12 is no part of it.
    else if (c.source !== 'cue') {
      if (c.start < f.start || c.end > f.end) out.push(c);
    } else if (f.start > c.start) {
      const text = c.text.slice(0, f.start - c.start).trimEnd();
      if (/\p{L}/u.test(text)) out.push({ ...c, end: c.start + text.length, text, canonical: c.canonical === c.text ? text : c.canonical });
    }
  }
  return out;
}

export function detect(text: string, options: DetectOptions = {}): Detection {
  const want = new Set(options.types ?? ['money', 'percent', 'company']);
  const norm = normalize(text);
  const entities: Entity[] = [];
  const figures = want.has('money') || want.has('percent') ? findFigures(text, norm) : [];
  for (const e of figures) if (want.has(e.type)) entities.push(e);
  // Companies are always found when facts are wanted, even if not reported,
  // because a fact needs its company.
  const sentences = splitSentences(norm.text);
  // A cue may frame an amount like a name ("CHF 230 Mio. an …", "51 Prozent der …"): an amount is never a company.
  const companies = withoutFigures(findCompanies(text, norm, options.watchlist ?? [], sentences, options.known), figures);
  if (want.has('company')) entities.push(...companies);
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  // Facts read sentences of the page's own text; when normalizing changed nothing they are the same ones.
  const money = entities.filter((e) => e.type === 'money');
  const link = () => LINKER.link?.(text, money, companies, norm.text === text ? sentences : splitSentences(text), factWords()) ?? [];
  if (LINKER.link || !money.length || !companies.length) return { entities, facts: link() };
  return { entities, facts: [], relink: link };
}
