/**
 * Names that open a line or a sentence in a set way. Roundups open each item
 * with the firm's name in capitals and a colon ("FERROWISE: The Pittsburgh
 * company, which …"). Such a run at a line's start, in a text with two or
 * more, is a name when its item is about a firm and the text also writes its
 * first word with small letters after the capital ("Ferrowise told
 * Reuters"): a heading word (UPDATE:, ANALYSIS:) seldom is, and places and
 * given names never count. Its canonical name and its later mentions are in
 * the text's own case. A sentence may also open with the year a firm was
 * founded (foundedLeads).
 */
import { lowerString } from './chars.ts';
import { NOT_NAME, type CueName } from './cue-name.ts';
import { FOUNDED_NOT_FIRM } from './founded-bodies.ts';
import { GIVEN, PLACES } from './not-names.ts';

const LEAD = /^([A-Z][A-Z0-9&'.-]*[A-Z0-9](?: [A-Z][A-Z0-9&'.-]*[A-Z0-9]){0,3}):[ \t]/gm;
/**
 * Words that head an item without naming anyone (a newsletter's sections, a market wrap's assets, links), and the
 * first words of cities' names in a dateline (NEW YORK:, SAN JOSE:).
 */
const HEADING = /^(?:update|breaking|exclusive|analysis|note|correction|editor|comment|opinion|deals?|funding|background|context|why|what|how|who|when|where|bottom|the|and|top|q|a|new|san|los|las|santa|saint|st|são|rio|buenos|kuala|tel|palo|mountain|salt|kansas|st\.|markets?|stocks?|equities|bonds?|oil|gold|silver|bitcoin|crypto|currenc(?:y|ies)|forex|earnings|economy|rates|treasuries|commodities|dollar|euro|yen|read|more|source|sources|watch|related|photos?|video|live|sector|ipos?|venture|wall|driving|big|key|quick|also|plus|data|chart|quote|reporter|host|question|answer)$/;
/** What an item about a firm says after its colon: a sum, or a word of a firm and its deals. */
const ABOUT_A_FIRM = /[$€£¥]\s?\d|\d\s?(?:m|bn|million|billion)\b|\b(?:start-?up|company|firm|maker|developer|provider|raised|closed|secured|round|valu(?:es|ation)|acquired|investors?|backers?)\b/i;
/** A small word inside the run ("DRIVING THE NEWS"): a heading's phrase, not a name. */
const SMALL_WORD = /^(?:the|of|and|for|in|on|to|a|an|with|at|by)$/i;

/** A word no lead names: one of those no name is, a place or a given name (lower case). */
const plainWord = (low: string) => NOT_NAME().has(low) || PLACES().has(low) || GIVEN().has(low);

/** Where `word` stands in `text` as a whole word, from `from` on, or -1. */
function wordAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) return at;
  }
  return -1;
}

/** The run in the text's own case: a word it writes in title case so, else title case from four letters, else capitals (AI). */
function ownCase(text: string, run: string): string {
  return run.split(' ').map((w) => {
    const title = w[0] + lowerString(w.slice(1));
    return wordAt(text, title, 0) >= 0 || w.length > 3 ? title : w;
  }).join(' ');
}

export function capsLeads(text: string, out: CueName[]): void {
  const mine: CueName[] = [];
  // A roundup has items; a lone capital run and colon opens a story (a dateline, "NEW YORK: CoreWeave …").
  const leads = [...text.matchAll(LEAD)].slice(0, 64);
  if (leads.length < 2) return;
  for (const m of leads) {
    const run = m[1]!;
    const canonical = ownCase(text, run);
    const first = canonical.split(' ')[0]!;
    const low = lowerString(first);
    const eol = text.indexOf('\n', m.index);
    const line = text.slice(m.index + m[0].length, eol < 0 ? undefined : eol);
    const written = wordAt(text, first, 0);
    if (first === run.split(' ')[0] || HEADING.test(low) || plainWord(low) || PLACES().has(lowerString(run)) ||
      run.split(' ').some((w) => SMALL_WORD.test(w)) || !ABOUT_A_FIRM.test(line.slice(0, 300)) || written < 0) continue;
    mine.push({ start: m.index, end: m.index + run.length, canonical, kind: 'company' });
    // Its mentions in the text's case: the whole name, or its first word where no other capital follows it.
    for (let at = written; at >= 0; at = wordAt(text, first, at + 1)) {
      const whole = text.startsWith(canonical, at) && wordAt(text.slice(at, at + canonical.length + 1), canonical, 0) === 0;
      if (!whole && /^ \p{Lu}/u.test(text.slice(at + first.length, at + first.length + 2))) continue;
      mine.push({ start: at, end: at + (whole ? canonical.length : first.length), canonical, kind: 'company' });
    }
  }
  if (!mine.length) return;
  // Another reader's name on the same words ("NIMBRA LABS" after a cue, "Cantilever" after "Berlin-based") takes this one's.
  for (const n of out) {
    const same = mine.find((c) => c.start < n.end && n.start < c.end);
    if (same) n.canonical = same.canonical;
  }
  out.push(...mine);
}

/**
 * A sentence that opens with the year a firm was founded, then a comma and the name ("Fondée en 2021, Hautrive
 * Data exploite…", "Founded in 2019, Quorvex sells…"): the participle agrees with a firm. Not after its founders
 * ("Fondée en 2019 par A, B et C, la société…"), whose list runs on in commas.
 */
const FOUNDED_LEAD = /(?:^|[.!?]\s+)(?:Fond[ée]e?s?|Fundad[oa]s?|Founded|Gegründet|Cr[ée]{2}e?s?|Cread[oa]s?|Established) (?:en |in |im Jahr )?(?:19|20)\d\d, ((?:\p{Lu}[\p{L}\d&.'-]*)(?: \p{Lu}[\p{L}\d&.'-]*){0,3})(?= \p{Ll})/gmu;

export function foundedLeads(text: string, out: CueName[]): void {
  for (const m of text.matchAll(FOUNDED_LEAD)) {
    const name = m[1]!;
    if (plainWord(lowerString(name.split(' ')[0]!)) || FOUNDED_NOT_FIRM.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, canonical: name, kind: 'company' });
  }
}
