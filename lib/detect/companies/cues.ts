/**
 * Names the gazetteer does not know, read from cues around them: a legal or
 * investor suffix ("Spark Capital"), a company noun before ("startup Foo",
 * "شركة Foo"), a funding verb after ("Foo raised $5M"), a list of investors
 * ("led by A, B and C"), a Latin name before 公司. Precision over recall: a run
 * of plain capitalized words that may be a person is left alone.
 */
import { lowerSet, lowerString } from './chars.ts';
import { GENERIC_BEFORE_AI, MEDIA_SUFFIXES, SUFFIXES_AFTER_DATA, TITLE_WORDS } from './cue-lexicon.ts';
import { anyIn, cueSpots, hanCompanyWords, holds } from './cue-spots.ts';
import type { Range } from './sentences.ts';
import { findOutlets } from './media-cues.ts';
import { READERS } from './readers/registry.ts';
import { glued, tokens, type Tok } from './tokens.ts';
import { apposition } from './appositions.ts';
import { capsLeads, foundedLeads } from './caps-leads.ts';
import { fundedAt } from './funding-verbs.ts';
import { nationWord, namesNoCompany, PLACES, surnamesIn } from './not-names.ts';
import { companyNoun, cueBefore, FIELD, FIELD_REACH, FOUNDERS, nounOf, NOUNS } from './cue-before.ts';
import { allDigits, amountAt, capital, distinctive, namePart } from './word-shapes.ts';
import { businessWord, make, NOT_NAME, peopleLike, SUFFIX, trimFront, type CueName } from './cue-name.ts';
import { investorList, listOpenerEnd } from './investor-lists.ts';

export type { CueName } from './cue-name.ts';

const MEDIA = lowerSet(MEDIA_SUFFIXES);
const AFTER_DATA = lowerSet(SUFFIXES_AFTER_DATA);
const GENERIC_AI = lowerSet(GENERIC_BEFORE_AI);
const TITLES = lowerSet(TITLE_WORDS);
const QUEBEC_LEGAL = /^(?:inc|ltée)\.?$/;

/** Maximal runs of name-like tokens, as [first, last] token indexes. */
function runs(text: string, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  // A capitalized word glued to the one before: what goes on a bank's or a fund's name past "of".
  const word = (k: number) => !!toks[k] && /^\p{Lu}\p{Ll}/u.test(toks[k]!.w) && toks[k]!.w !== 'The' && glued(text, toks[k - 1]!, toks[k]!);
  let i = 0;
  while (i < toks.length) {
    if (!namePart(toks[i]!.w) || toks[i]!.w === '&') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && namePart(toks[j + 1]!.w) && glued(text, toks[j]!, toks[j + 1]!) && !amountAt(toks, j + 1)) j++;
    while (j > i && (toks[j]!.w === '&' || allDigits(toks[j]!.w))) j--;
    // "Development Bank of Rwanda": a bank or a fund named for its country goes on past "of".
    if (j > i && /^(?:Bank|Fund)$/.test(toks[j]!.w) && toks[j + 1]?.w === 'of' && glued(text, toks[j]!, toks[j + 1]!) && word(j + 2)) {
      j += 2;
      while (word(j + 1)) j++;
    }
    // Pakistan writes a private firm's legal form with a bracket inside: "Munshi Pay (Pvt) Ltd".
    if (toks[j + 2] && /^(?:Pvt|Private)$/.test(toks[j + 1]!.w) && /^(?:Ltd|Limited)$/.test(toks[j + 2]!.w) &&
      text.slice(toks[j]!.e, toks[j + 1]!.s) === ' (' && text.slice(toks[j + 1]!.e, toks[j + 2]!.s) === ') ') j += 2;
    // Québec writes the legal form in lower case ("Borealis Calcul inc., un exploitant"): it still ends the name.
    if (toks[j + 1] && QUEBEC_LEGAL.test(toks[j + 1]!.w) && glued(text, toks[j]!, toks[j + 1]!)) j++;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}


/** "Spark Capital", "Fidelity Management & Research Company": a run that ends in a suffix. */
const HYPHEN_DESCRIBING = /(?:^|-)(?:based|backed|led|listed|owned|funded|focused)$/;

function bySuffix(text: string, toks: Tok[], i: number, j: number): CueName | undefined {
  // A web address for a name is a firm's: "BigBear.ai".
  if (/\.ai$/.test(toks[j]!.w)) return make(text, toks, i, j);
  let last = j;
  while (last >= i && !SUFFIX.has(lowerString(toks[last]!.w))) last--;
  if (last <= i) return undefined;
  const core = toks.slice(i, last).filter((t) => !SUFFIX.has(lowerString(t.w)) && t.w !== '&');
  if (core.length === 0) return undefined;
  const before = lowerString(toks[last - 1]!.w);
  const end = lowerString(toks[last]!.w);
  // "Korean AI", "Asia's AI", "Texas AI", "Generative AI": a describing word, not a name.
  // "European VC", "Silicon Valley VC" likewise.
  const generic = end === 'ai' || end === 'vc';
  if (generic && (GENERIC_AI.has(before) || nationWord(before) || PLACES().has(before) || before === 'valley')) return undefined;
  if (before === 'joint') return undefined; // "Joint Venture"
  // "a San Francisco-based AI answer engine", "Contracted AI capacity": the suffix follows a describing word, not a name.
  if (HYPHEN_DESCRIBING.test(before) || (end === 'ai' && last === i + 1 && /^\p{Lu}\p{Ll}+ed$/u.test(toks[i]!.w))) return undefined;
  // "CDC Data Centres", but not "la Asociación de Data Centers".
  if (AFTER_DATA.has(end) && (before !== 'data' || last - i < 2)) return undefined;
  const kind = MEDIA.has(end) ? 'media' : undefined;
  while (last < j && continues(lowerString(toks[last + 1]!.w))) last = toks[last + 1]!.w === 'of' ? j : last + 1;
  // "the Philadelphia SE Semiconductor index": a market index, named like a firm; and "the Central Bank of Nigeria".
  if (/^ind(?:ex|ice)/i.test(toks[last + 1]?.w ?? '') || (end === 'bank' && before === 'central')) return undefined;
  return make(text, toks, i, last, kind);
}


/** A headline in Title Case: mostly capitals and no closing full stop (German prose capitalizes nouns, but ends in one). */
function titleCaseLine(text: string, e: number, toks: Tok[]): boolean {
  if (/[.!?。]["'”»)]?$/u.test(text.slice(Math.max(0, e - 2), e))) return false;
  const words = toks.filter((t) => /\p{L}/u.test(t.w));
  if (words.length < 5) return false;
  return words.filter((t) => capital(t.w)).length / words.length >= 0.7;
}

/**
 * What a firm, never a person, has: analysts, economists, staff, shares, bonds ("analysts at Kepler Cheuvreux" though it
 * reads like a person's name); and what is bought whole ("a racheté Boyd Thermal", "acquired Quarvel Thermal").
 */
const FIRMS_ONLY = /analy|strateg|aktie|anleihe|acciones|shares|nomist|nom bei| at$|rach[eè]t|acqui[rs]|adqui[re]|emparer|empar[ée]|main sur|übernimmt|übernahme|takeover|buyout/;


/**
 * The last token of a name a cue introduces: at most four words, or five when
 * the fifth is an investor or business word ("New Zealand Green Investment
 * Finance"), before a function word, and ending at its legal form or investor
 * word when it has one, since German capitalizes the noun after it
 * ("Alpenrechen AG Kredite").
 */
function nameEnd(toks: Tok[], i: number, rj: number): number {
  const j = Math.min(rj, i + 3) + (rj > i + 3 && businessWord(toks[i + 4]!.w) ? 1 : 0);
  for (let k = i; k <= j; k++) {
    const w = lowerString(toks[k]!.w);
    if (NOT_NAME().has(w)) return k - 1;
    // "Business Angels Region Stuttgart": a network named for its kind of investor goes on past "Angels".
    if (k > i && SUFFIX.has(w) && !(k < j && continues(lowerString(toks[k + 1]!.w))) && !(k === i + 1 && toks[i]!.w === 'Business')) return k;
  }
  return j;
}

/** A word that carries a name on past its investor word: "Sequoia Capital Partners", "Forgepoint Capital International". */
// "Clarendon Fund Managers": not a suffix of its own, whose spot would hide the trade noun "manager".
// "of" only stands inside a run where a bank or a fund named for its country goes on (runs, "Development Bank of Rwanda").
const continues = (w: string) => SUFFIX.has(w) || w === 'international' || w === 'global' || w === 'managers' || w === 'network' || w === 'of';

/** "Ayala Corp-backed", "KKR-led": the name before the hyphen backs what follows. */
const BACKED = /^(.*\S)-(?:backed|led|funded)$/i;

function lastBacked(toks: Tok[], ri: number, rj: number): number {
  for (let k = rj; k >= ri; k--) if (BACKED.test(toks[k]!.w)) return k;
  return -1;
}

/**
 * A run that ends in "-backed" names its backer when the part before the
 * hyphen is a name by its own shape (a suffix, capitals inside): "Trump-backed"
 * names a person, so a plain word is left alone.
 */
function backer(text: string, toks: Tok[], i: number, j: number): CueName | undefined {
  const last = toks[j]!;
  const m = BACKED.exec(last.w)!;
  const cut = toks.slice(0, j + 1);
  cut[j] = { s: last.s, e: last.s + m[1]!.length, w: m[1]! };
  const named = bySuffix(text, cut, i, j) ?? (i === j && distinctive(m[1]!) ? make(text, cut, i, j) : undefined);
  return named && { ...named, kind: 'investor' };
}

/** "The maker of Claude", "the lab behind Le Chat", "its Business Technology Platform", "seiner Cloud": a thing the company owns. */
const PRODUCT_OF = /(?:(?:maker|developer|creator|owner) of|behind|(?:^|[^\p{L}])(?:its|their|seine[mnrs]?|ihre[mnrs]?|son|sa|ses|leurs?|sus?)) $/iu;
/** Unless it is "its Quantum Labs unit": a unit, an arm or a fund the company owns is a company too. */
const UNIT = /^(?:unit|subsidiary|arm|division|fund|affiliate|tochter\p{L}*|filiale?)$/iu;

function namesFromRuns(text: string, toks: Tok[], headline: boolean, cues: number[], out: CueName[]): void {
  for (const [ri, rj] of runs(text, toks)) {
    // A run yields a name only through a cue word just before it, inside it or just after it,
    // or through an apposition after it ("Quorvex, a Paris-based startup").
    const apposed = apposition(text, toks, ri, rj);
    // The cue may stand words back: "la plataforma de pagos Addi".
    // Or a funding verb after it, maybe past an auxiliary: "Foo a levé".
    const funded = fundedAt(text, toks, rj, ri);
    if (!apposed && !funded && !holds(cues, toks[Math.max(0, ri - FIELD_REACH)]!.s, (toks[rj + 1] ?? toks[rj]!).e)) continue;
    // "The maker of Claude closed …", "the lab behind Le Chat raised …": a product, whose maker the sentence is about.
    if (PRODUCT_OF.test(text.slice(Math.max(0, toks[ri]!.s - 16), toks[ri]!.s)) && !UNIT.test(toks[rj + 1]?.w ?? '')) continue;
    for (let k = ri; k <= rj; k++) {
      if (!BACKED.test(toks[k]!.w)) continue;
      let st = ri;
      while (st < k && NOT_NAME().has(lowerString(toks[st]!.w))) st++;
      const backs = backer(text, toks, st, k);
      if (backs) out.push(backs);
    }
    // "Temasek-backed Meridian Compute": what follows the backer is the company it backs.
    const backed = lastBacked(toks, ri, rj);
    if (backed >= 0 && backed < rj) {
      const last = nameEnd(toks, backed + 1, rj);
      if (last > backed) out.push(make(text, toks, backed + 1, last));
      continue;
    }
    let i = trimFront(toks, ri, rj);
    // The noun may open the run itself: German capitalizes it ("der Autobauer Porsche"), and so does a
    // sentence ("L'assureur Brandex"). Grupo, Banco or Groupe written so is the name's own first word (Grupo Altiplano).
    let from = i;
    if (i < rj && companyNoun(nounOf(toks[i]!))) {
      i++;
      // A Romance company noun may be the name's first word ("Grupo Altiplano", "Banque Misr"); German capitalizes every noun.
      if (!READERS.romance?.heads.test(toks[from]!.w)) from = i;
    }
    if (i > rj || (i > 0 && TITLES.has(lowerString(toks[i - 1]!.w)))) continue;
    const cue = cueBefore(text, toks, i);
    if (cue) {
      const last = nameEnd(toks, i, rj);
      const lone = i === last && (allDigits(toks[i]!.w) || FIELD.test(toks[i]!.w));
      if (last >= i && !lone && !(cue === 'trade' && peopleLike(toks, i, last))) out.push(make(text, toks, from, last));
      continue;
    }
    if (headline) continue;
    const suffixed = bySuffix(text, toks, i, rj);
    // "San Francisco AI start-up Foo": a run right before a company noun describes it.
    const next = toks[rj + 1];
    const describes = next && glued(text, toks[rj]!, next) && NOUNS().has(lowerString(next.w));
    if (suffixed && !describes) {
      out.push(suffixed);
      continue;
    }
    if (apposed === 'noun' || (apposed && !peopleLike(toks, i, rj))) {
      out.push(make(text, toks, i, rj));
      continue;
    }
    const after = toks[rj + 1];
    // "Ola founder Bhavish Aggarwal", "Brassmoor chief executive Hollis Brand": the person's name after the title.
    const t = after && toks[rj + 2] && FOUNDERS().has(lowerString(`${after.w} ${toks[rj + 2]!.w}`)) ? rj + 2 : rj + 1;
    const person = toks[t + 1];
    // Not a role ("Former chief executive Tom Jenkins").
    const founded = !!after && !!person && glued(text, toks[rj]!, after) && (t > rj + 1 || FOUNDERS().has(lowerString(after.w))) &&
      glued(text, toks[t]!, person) && capital(person.w) && !(t > rj + 1 && ROLE_BEFORE.test(toks[i]!.w));
    // Two people are not one subject joined by "&": "Foo & Bar raised" is a firm.
    const joined = rj - i === 2 && toks[i + 1]!.w === '&';
    if ((funded || founded) && (rj - i === 0 || joined || (rj - i === 1 && !peopleLike(toks, i, rj)))) out.push(make(text, toks, i, rj));
  }
}

/** Words that make a title of "chief executive" rather than stand for a firm before it. */
const ROLE_BEFORE = /^(?:former|interim|acting|outgoing|incoming|deputy|joint|group|new|then|its|the|our|their|company|bank)$/i;

/** "den Lüftungs- und Klimaanlagenhersteller": a compound's first part, cut off before "und", is no name. */
const SPLIT_COMPOUND = /^- (?:und|oder|bzw\.|sowie) /;
/**
 * "the Department of Energy closed a loan": what a government body is of is no firm, nor what follows it in its name
 * ("the Ministry of Electronics and Information Technology", "la Superintendencia de Banca, Seguros y AFP").
 */
const GOVERNMENT_OF = /\b(?:(?:Department|Ministry|Office|Bureau|Secretary|Minister) of (?:the )?|(?:Superintendencia|Ministerio|Secretaría|Comisión Nacional) de (?:la )?)(?:\p{Lu}[\p{L}-]*(?:, | and | & | y | e | ))*$/u;

/** Does the name at `start` say what a government body is of? */
export const governmentOf = (text: string, start: number): boolean => GOVERNMENT_OF.test(text.slice(Math.max(0, start - 60), start));

export function findCueNames(text: string, sentences: readonly Range[], lowText: string = lowerString(text)): CueName[] {
  const out: CueName[] = [];
  const { cues, openers } = cueSpots(text, lowText);
  const han = hanCompanyWords(text);
  const c = { i: 0 };
  const o = { i: 0 };
  const h = { i: 0 };
  // Arabic has no capitals and no cue spots of its own here: its reader looks at each sentence of a text that holds it.
  const arabic = READERS.arabic && /[\u0600-\u06ff]/.test(text) ? READERS.arabic : undefined;
  for (const [s, e] of sentences) {
    arabic?.(text, s, e, out);
    // The Latin-before-公司 pattern only matters in the few sentences holding 公司 or 集团.
    if (READERS.hanLatin && anyIn(han, h, s, e)) READERS.hanLatin(text, s, e, out);
    const cue = anyIn(cues, c, s, e);
    const opener = anyIn(openers, o, s, e);
    // Most sentences hold no cue word at all: nothing to read there.
    if (!cue && !opener) continue;
    const toks = tokens(text, s, e);
    if (toks.length === 0) continue;
    const headline = titleCaseLine(text, e, toks);
    if (cue) {
      namesFromRuns(text, toks, headline, cues, out);
    }
    if (opener && !headline) {
      const lowSentence = lowerString(text.slice(s, e));
      for (const [k, kind, op] of listOpenerEnd(lowSentence, s, toks)) investorList(text, toks, k, out, kind, FIRMS_ONLY.test(op));
    }
  }
  out.push(...findOutlets(text));
  if (READERS.textNames) out.push(...READERS.textNames(text));
  capsLeads(text, out);
  foundedLeads(text, out);
  // A one-word name the text also gives a person as a surname is theirs; the text is read for them only if one came.
  const surnames = out.some((n) => !n.canonical.includes(' ')) ? surnamesIn(text) : undefined;
  return out.filter((n) => !namesNoCompany(n) && !SPLIT_COMPOUND.test(text.slice(n.end, n.end + 8)) &&
    !governmentOf(text, n.start) && !surnames?.has(n.canonical));
}

