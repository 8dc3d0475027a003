/**
 * A name read from a cue, and the word shapes that make one: what is trimmed
 * from the front of a run, what reads as a person, and the canonical form
 * (legal form left out) that every cue reader gives its names.
 */
import type { CompanyKind } from '../types.ts';
import { lowerSet, lowerString } from './chars.ts';
import { BUSINESS_WORDS, fromLists, INVESTOR_SUFFIXES, MEDIA_SUFFIXES, NAME_SUFFIXES, NOT_NAME_WORDS } from './cue-lexicon.ts';
import { PLACES, placesOwn, POSSESSIVE_ARM } from './not-names.ts';
import { AT_PLACE, companyNoun, descriptor, FIELD, nounOf } from './cue-before.ts';
import type { Tok } from './tokens.ts';
import { distinctive } from './word-shapes.ts';
import { READERS } from './readers/registry.ts';

export interface CueName {
  start: number;
  end: number;
  canonical: string;
  kind: CompanyKind;
  /** The short form the article may call it by later, when its reader knows one better than shortForm does (a katakana name's). */
  short?: string;
}

export const SUFFIX = lowerSet([...NAME_SUFFIXES, ...MEDIA_SUFFIXES]);
const BUSINESS = fromLists(() => lowerSet(BUSINESS_WORDS));
/** A word that ends or goes on a firm's name: a suffix (Capital, Labs) or a business word (Medical, Payments). */
export const businessWord = (w: string) => SUFFIX.has(lowerString(w)) || BUSINESS().has(lowerString(w));
const INVESTOR = lowerSet(INVESTOR_SUFFIXES);
export const NOT_NAME = fromLists(() => lowerSet(NOT_NAME_WORDS));

const DESCRIBED_BY = /.-(?:based|backed|powered|owned|funded|led|linked|controlled|spin-off|ausgründung|startup|start-up|language|driven|enabled|focused|native|centric|oriented)$/i;
/** A word that says what backs or drives a firm ("Boston-based", "KKR-backed"): it describes the name after it. */
export const describing = (w: string) => DESCRIBED_BY.test(w);
/** A German noun no firm is called (european-names.ts, with the European chunk): `alone` for a one-word name. */
export const germanNounAlone = (name: string) => !!READERS.germanNoun?.(name, true);
/** A German trade alone, one word ("Krankenhausbetreiber"): a kind of firm, not one (german-trades.ts, with the European chunk). */
export const germanTradeAlone = (name: string) => !name.includes(' ') && !!READERS.germanTrades?.kind(name);
/** A Spanish verb in the past, plural, that opens a sentence before its subjects ("Participaron Aburrá Capital y …"). */
const PLURAL_PAST = /^\p{Lu}\p{Ll}{5,}(?:aron|ieron)$/u;
/** "Norway's Aker": a place's possessive says where, not who. */
const frontWord = (w: string) => NOT_NAME().has(lowerString(w)) || descriptor(w) || /^(?:19|20)\d\d$/.test(w) || DESCRIBED_BY.test(w) ||
  !!READERS.germanNoun?.(w, false) || placesOwn(w) || PLURAL_PAST.test(w);

/**
 * Drop function words, months, years, "Jakarta-based", "KKR-backed", "ETH-Spin-off" and German
 * descriptions from the front of a run; and a town's adjective before such a
 * word or a company noun ("Zuger Infrastrukturinvestor", "Londoner Fonds",
 * "Zürcher Fintech"), or "AI" before a
 * name ("startup de IA Sabiá Labs").
 */
/** The Romance articles a name may open with, capitalized. */
const ROMANCE_ARTICLE = /^(?:La|El|Le|Les|Los|Las)$/;

export function trimFront(toks: Tok[], i: number, j: number): number {
  // A place of more than one word is all description: "Bay Area-based Nimbus AI", "Abu Dhabi-backed".
  for (let k = j - 1; k > i; k--) {
    if (toks[k]!.w.includes('-') && DESCRIBED_BY.test(toks[k]!.w)) {
      i = k + 1;
      break;
    }
  }
  // The Arabic article before a capitalized word opens the name ("Al Mada Ventures"); Spanish "Al" (to the) is a front word.
  // So does a Romance article with its capital inside a sentence ("director de La Haus", "clientes de El Corte Inglés"), and
  // English "The" after a French, German or Spanish word ("liderada por The Yield Lab Latam").
  const ownArticle = (k: number) => k < j && !!toks[k - 1] && (ROMANCE_ARTICLE.test(toks[k]!.w) ? /^\p{Ll}+$/u.test(toks[k - 1]!.w) :
    toks[k]!.w === 'The' && /^(?:por|de|del|par|von|con|y|et|und|en|mit|avec|pour|para)$/.test(toks[k - 1]!.w));
  while (i <= j && ((frontWord(toks[i]!.w) && !(toks[i]!.w === 'Al' && i < j && /^\p{Lu}/u.test(toks[i + 1]!.w)) && !ownArticle(i)) ||
    (i === j && germanNounAlone(toks[i]!.w)) ||
    (i < j && (/^\p{Lu}\p{Ll}+er$/u.test(toks[i]!.w) ? frontWord(toks[i + 1]!.w) || companyNoun(nounOf(toks[i + 1]!)) : FIELD.test(toks[i]!.w))))) i++;
  // "das (Hamburger) Family Office Sihltal Capital": a kind of investor before the name (european-names.ts).
  i += READERS.kindOpener?.(toks, i, j) ?? 0;
  // "en Chile Araucaria IA sumó", "In Japan Sakura Compute raised": the place a preposition puts before the name says where, not who.
  if (i < j && toks[i - 1] && AT_PLACE.has(lowerString(toks[i - 1]!.w)) && PLACES().has(lowerString(toks[i]!.w))) i++;
  return i;
}

export function peopleLike(toks: Tok[], i: number, j: number): boolean {
  if (i === j) return false;
  for (let k = i; k <= j; k++) {
    const w = toks[k]!.w;
    if (SUFFIX.has(lowerString(w)) || BUSINESS().has(lowerString(w)) || distinctive(w) || w === '&') return false;
  }
  return true;
}

/**
 * Legal forms a name's canonical leaves out, as the English press and the
 * gazetteer do ("Kessler Digital SE" is Kessler Digital, an Indian "… India Private Limited" is … India): the span keeps them.
 * "Company", "Group" and "Holdings" stay, being part of how a name is said.
 */
const LEGAL_TAIL = /(?: (?:[Ii]nc|ltée|Corp|Ltd|(?:Private |Pvt\.? )?Limited|\((?:Pvt|Private)\) (?:Ltd|Limited)|S\.R\.L|LLC|plc|PLC|GmbH|mbH|AG|SE|SA|S\.A|SAS|S\.A\.S|BV|B\.V|NV|N\.V|KG|KGaA|SpA|S\.p\.A|SL|S\.L|SARL|Sàrl|SRL|S\.r\.l|Pte|Pty|Pvt|Oy|Oyj|S\.A\.C|SAC|S\.Coop)\.?)+$/;

function withoutLegalForm(name: string): string {
  const bare = name.replace(LEGAL_TAIL, '');
  return bare && bare !== name ? bare : name;
}

/** A roman series number, II to XII. */
const SERIES = /^ (?:I{2,3}|IV|VI{0,3}|IX|XI{0,2})(?![\p{L}\p{N}])/u;

export function make(text: string, toks: Tok[], i: number, j: number, kind?: CompanyKind): CueName {
  // A year after the name is the clause's ("für die ADNOC und Borealis 2021 Investitionen …"), as one before it is (frontWord).
  while (j > i && /^(?:19|20)\d\d$/.test(toks[j]!.w)) j--;
  // "Für Amperfeld Ventures ist es …": a preposition opening the sentence (european-names.ts, with the European chunk).
  if (j > i && READERS.openerDropped?.(text, toks[i]!.s, toks[i]!.w, text.slice(toks[i + 1]!.s, toks[j]!.e))) i++;
  const s = toks[i]!.s;
  const last = toks[j]!;
  // Keep the dot of "Inc." or "B.V." inside the span; drop a sentence's full stop.
  let e = last.e - (text[last.e - 1] === '.' && !/^(?:inc|corp|ltd|co|[bn]\.v|s\.a|s\.a\.[cs]|s\.r\.l)\.$/i.test(text.slice(last.s, last.e)) ? 1 : 0);
  // A blank-check company's series number follows its legal form: "Legato Merger Corp. III", "Churchill Capital Corp IX".
  const series = /^(?:corp|inc|co|ltd)\.?$/i.test(last.w) ? SERIES.exec(text.slice(e, e + 6)) : null;
  if (series) e += series[0].length;
  // "Alphabet's venture capital arm": the owner is the name, without its possessive. So is one the article
  // also writes without it ("Olive Young's stores" beside "Olive Young said"); "Wendy's" never loses its own.
  if (/.['’]s$/.test(text.slice(s, e)) && (POSSESSIVE_ARM.test(text.slice(e - 2, e + 40)) || text.includes(`${text.slice(s, e - 2)} `))) e -= 2;
  const canonical = withoutLegalForm(text.slice(s, e).replace(/\s+/g, ' '));
  const investorish = toks.slice(i, j + 1).some((t) => INVESTOR.has(lowerString(t.w)));
  return { start: s, end: e, canonical, kind: kind ?? (investorish ? 'investor' : 'company') };
}
