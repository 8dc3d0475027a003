/**
 * The words before a name that say it is a company's: a company noun ("startup
 * Foo", "la banque Foo"), maybe with a nationality or a field between
 * ("la fintech colombiana Addi", "la plataforma de pagos Addi"), a nationality
 * standing for the noun ("la brasileña Tractian"), a German word for a kind of
 * business ("Rechenzentrumsbetreiber NorthSea"), "Singapore-based".
 */
import { lowerSet, lowerString } from './chars.ts';
import {
  ARABIC_NOUN_BEFORE, FOUNDER_TITLES, fromLists, NOUNS_BEFORE_NAME, PERSON_TRADES, PLACE_PREPOSITIONS, PLATFORM_NOUNS, POSSESSIVES,
  TRADE_NOUNS,
} from './cue-lexicon.ts';
import { READERS } from './readers/registry.ts';
import { glued, type Tok } from './tokens.ts';
import { capital } from './word-shapes.ts';

/** Founders' titles, lower-cased ("founder", "fondateur", "Gründer"): a name after one is a person's, one before it a firm's. */
export const FOUNDERS = fromLists(() => lowerSet(FOUNDER_TITLES));

export const NOUNS = fromLists(() => lowerSet(NOUNS_BEFORE_NAME));
export const TRADE = fromLists(() => lowerSet(TRADE_NOUNS));
const OWN = new Set(POSSESSIVES);
const PLATFORMS = new Set(PLATFORM_NOUNS);
const PERSONAL = fromLists(() => lowerSet(PERSON_TRADES));
/** A token as a company noun: lower case, without a French elided article ("l'assureur"). */
export const nounOf = (t: Tok) => lowerString(t.w).replace(/^[ld]'/, '');
export const companyNoun = (w: string) => NOUNS().has(w) || TRADE().has(w);
/** A trade a person may also have ("the developer John Smith"). */
export const personTrade = (w: string) => PERSONAL().has(w);
/** A town's, country's or public fund's adjective (script-cues.ts EUROPEAN_ROMANCE), which only the European chunk brings. */
export const romanceAdjective = (w: string) => !!READERS.romance?.adjective.test(w);

/** A German word for a kind of business ("Rechenzentrumsbetreiber Alpenrechen"): a description, not the name. */
const germanTrade = (w: string) => READERS.germanTrades?.kind(w) ?? '';
export const descriptor = (w: string) => germanTrade(w) !== '';
/** The field, not a name: "startup de IA Sabiá Labs", "invested in AI". */
export const FIELD = /^(?:AI|IA|KI)$/;
/** Words between a company noun and the name that say its field: "de pagos", "para pymes", "d'investissement". */
const FIELD_OPENER = /^(?:de|du|des|para|en|d'\p{L}+)$/iu;
/** How many words back a company noun may stand before its field's words end: "plataforma de infraestructura de pagos". */
export const FIELD_REACH = 6;
/** Articles before a nationality that stands for the company noun ("la brasileña Tractian"). */
const ADJECTIVE_ARTICLES = new Set(['la', 'le', 'el']);
/** An adjective after a company noun, not a person's noun ("a company lawyer, Brennan"): of a place, or a few of a firm's standing. */
const describes = (w: string) => romanceAdjective(w) || /^(?:independ[ai]ente|indépendante?|independent|nuev[oa]|nouvelle|new|estatal|p[úu]blic[oa]|public|privad[oa]|private|local|familiar|familiale|emergente|young|joven|jeune|historique|hist[óo]ric[oa]|principale?|actuel(?:le)?|existente?)$/i.test(w);
/** Articles before a company noun that a comma and its name follow. */
// Or a possessive: "Su principal competidor, Deoleo,".
const APPOSITION_ARTICLE = /^(?:an?|the|una?|une|la|le|el|ein|eine|einer?|su|sus|its|their|son|sa|ses|leur|seine|ihre?)$/i;
/** Prepositions a place follows (cue-lexicon.ts). */
export const AT_PLACE = new Set(PLACE_PREPOSITIONS);

/**
 * What before token `i` says the run from it is a company's name: `noun` for
 * a company noun, `trade` for a word a person's name may also follow (then a
 * name that looks like a person's is left alone), or nothing.
 */
export function cueBefore(text: string, toks: Tok[], i: number): '' | 'noun' | 'trade' {
  const prev = toks[i - 1];
  // "A Taiwanese packaging contractor, Hsinwei Advanced Packaging, filed", "the utility, Oncor,": the noun after its article, then its name.
  // A small adjective may follow the noun: "una empresa independiente, Rutalia, que arranca".
  const noun = !prev ? -1 : companyNoun(nounOf(prev)) ? i - 1 : toks[i - 2] && companyNoun(nounOf(toks[i - 2]!)) && describes(prev.w) && glued(text, toks[i - 2]!, prev) ? i - 2 : -1;
  if (noun >= 0 && text.slice(prev!.e, toks[i]!.s) === ', ' && toks.slice(Math.max(0, noun - 4), noun).some((t) => APPOSITION_ARTICLE.test(t.w))) {
    // The name closes the apposition with a comma of its own: "the fund, Japanese trading house Mitsui" goes on.
    let k = i;
    while (toks[k + 1] && capital(toks[k + 1]!.w) && glued(text, toks[k]!, toks[k + 1]!)) k++;
    return text.charCodeAt(toks[k]!.e) === 0x2c ? 'trade' : '';
  }
  if (!prev || !glued(text, prev, toks[i]!)) return '';
  // "Rechenzentrumsbetreiber NorthSea", "KI-Start-up Helvion", "Datenspezialist Rossum".
  const trade = germanTrade(prev.w);
  if (trade) return trade;
  if (ARABIC_NOUN_BEFORE.test(prev.w)) return 'noun';
  // "Singapore-based BDx Data Centers".
  if (/.-based$/i.test(prev.w)) return 'trade';
  /** The kind of company noun token `k` is, if it is one. */
  const ofNoun = (k: number): '' | 'noun' | 'trade' => {
    const noun = toks[k] ? nounOf(toks[k]) : '';
    const kind = PERSONAL().has(noun) ? 'trade' : TRADE().has(noun) || NOUNS().has(noun) ? 'noun' : '';
    // "su plataforma North": the subject's own product.
    const det = PLATFORMS.has(noun) && toks[k - 1];
    return det && OWN.has(lowerString(det.w)) ? '' : kind;
  };
  const own = ofNoun(i - 1);
  if (own) return own;
  const lowPrev = lowerString(prev.w);
  // "la fundadora de Brisa Computación", "the founder of Quorvex": a person founds a company (one who may look like a person's name).
  if (/^(?:of|de|du|von)$/.test(lowPrev) && toks[i - 2] && FOUNDERS().has(lowerString(toks[i - 2]!.w))) return 'trade';
  // "l'allemand BioNTech": an elided article and a nationality.
  if (/^l'/.test(lowPrev) && romanceAdjective(lowPrev.slice(2))) return 'trade';
  const before = toks[i - 2];
  if (before && glued(text, before, prev)) {
    // French and Spanish put the nationality, or a small adjective, after the noun: "la fintech colombiana Addi", "le
    // groupe allemand Siemens", "la empresa familiar Salmonera Quellón"; or let a nationality stand for the noun: "la
    // brasileña Tractian". A field word may end like one ("de logística", "d'informatique"): then the field reading below decides.
    const adjective = (describes(prev.w) ? ofNoun(i - 2) : '') ||
      (romanceAdjective(prev.w) && ADJECTIVE_ARTICLES.has(lowerString(before.w)) ? 'trade' : '');
    if (adjective) return adjective;
  }
  // "la plataforma de pagos Addi", "fabricant de processeurs SiPearl", "la société d'investissement Otium Capital".
  // The field may take two: "la plataforma de infraestructura de pagos Pomelo"; a place is no field ("cabinet de données basé à Londres").
  if (AT_PLACE.has(lowPrev)) return '';
  for (let k = i - 1; k >= Math.max(1, i - FIELD_REACH); k--) {
    const t = toks[k]!;
    if (!glued(text, toks[k - 1]!, t) || (capital(t.w) && !FIELD.test(t.w))) return '';
    // The field must be there: "fonds de 200 millions", "la Banque des Territoires" name none.
    if (!FIELD_OPENER.test(t.w)) continue;
    if (k === i - 1 && !t.w.includes("'")) return '';
    // "la desarrolladora cordobesa de agentes de IA Lemon": a nationality may stand between the noun and its field.
    const noun = ofNoun(k - 1) || (k > 1 && romanceAdjective(toks[k - 1]!.w) ? ofNoun(k - 2) : '');
    if (noun) return noun;
  }
  return '';
}

