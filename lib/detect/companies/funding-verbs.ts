/**
 * A funding verb right after a run of capitalized words makes the run a
 * company's name: "Foo raised $5M", "Foo a levé", "Foo has also raised",
 * "Foo ha cerrado", "Foo hat 40 Millionen Euro eingesammelt". The amount
 * after the verb is required: the same verbs in other news name no one.
 */
import { lowerSet, lowerString } from './chars.ts';
import { fromLists, FUNDING_AUXILIARIES, FUNDING_VERBS } from './cue-lexicon.ts';
import { glued, type Tok } from './tokens.ts';

const VERBS = fromLists(() => lowerSet(FUNDING_VERBS));
const AUXILIARIES = fromLists(() => lowerSet(FUNDING_AUXILIARIES));
const GERMAN_PARTICIPLES = new Set(['eingesammelt', 'eingeworben', 'erhalten', 'aufgenommen', 'gesichert', 'investiert']);

/** A funding verb, maybe after an auxiliary or two ("Foo a levé", "Foo has also raised"), right after the run, with an amount after it. */
export function fundedAt(text: string, toks: Tok[], rj: number, ri = rj): boolean {
  // "Neura Robotics aus Metzingen sammelte", "das Start-up hinter den Flux-Bildmodellen sammelte": after a preposition
  // or a dative article the run is a place or a noun, and the subject stands further back.
  if (ri > 0 && NOT_SUBJECT_BEFORE.test(toks[ri - 1]!.w) && glued(text, toks[ri - 1]!, toks[ri]!)) return false;
  // "Im nahen Metzingen sammelte …": so after such a preposition and an adjective.
  if (ri > 1 && /^\p{Ll}+e[nm]$/u.test(toks[ri - 1]!.w) && /^(?:[Ii]m|[Aa]m|[Vv]om|[Bb]eim)$/.test(toks[ri - 2]!.w)) return false;
  // German puts the participle last: "Foo hat 20 Millionen Euro eingesammelt", "Foo hatte zuvor …"; and the subject
  // after the auxiliary when something else opens the clause ("Zuletzt hatte Foo 2024 … eingesammelt").
  const aux = [rj + 1, ri - 1].find((k) => toks[k] && AUX_DE.test(toks[k]!.w) && (k > rj ? glued(text, toks[rj]!, toks[k]!) : glued(text, toks[k]!, toks[ri]!)));
  if (aux !== undefined) {
    const end = toks.findIndex((t, n) => n > rj && n <= rj + 10 && GERMAN_PARTICIPLES.has(t.w));
    return end > 0 && /\d/.test(text.slice(toks[rj]!.e, toks[end]!.s).replace(YEAR_DE, ''));
  }
  // "Quarrystone, which uses AI to write unit tests, raised $18m": the verb may come after a relative clause.
  const clause = clauseEnd(text, toks, rj);
  // "Medical Microinstruments (MMI) sammelte …": the acronym the firm goes by, in brackets before the verb.
  const acronym = toks[rj + 1];
  const bracketed = clause === undefined && !!acronym && /^[A-Z][A-Z\d&]{1,6}$/.test(acronym.w) && text.slice(toks[rj]!.e, acronym.s) === ' (' &&
    text[acronym.e] === ')';
  const from = clause ?? (bracketed ? rj + 1 : rj);
  let k = from + 1;
  const joined = (a: number) => glued(text, toks[a]!, toks[a + 1]!) || (a === clause && /^,\s+$/.test(text.slice(toks[a]!.e, toks[a + 1]!.s))) ||
    (bracketed && a === from && /^\)\s+$/.test(text.slice(toks[a]!.e, toks[a + 1]!.s)));
  while (k < from + 3 && toks[k] && AUXILIARIES().has(lowerString(toks[k]!.w)) && joined(k - 1)) k++;
  const verb = toks[k];
  if (!verb || !joined(k - 1) || !VERBS().has(lowerString(verb.w))) return false;
  // A year after a preposition is no amount ("La société d'Évry a racheté en 2021 le néerlandais…").
  // Within the sentence: the next one's year is no amount of this one's ("… eingeworben. Gegründet wurde es 2022").
  const after = text.slice(verb.e, Math.min(verb.e + 40, toks[toks.length - 1]!.e + 2)).replace(YEAR, '');
  const w = lowerString(verb.w);
  // Buying and revenue verbs have other senses that take a number (Smith acquired 5,000 shares, Messi ingresó en el
  // minuto 70, Le Pen a réalisé 33,9 %): they need money, or for a buyer what it bought.
  if (BUYERS.has(w)) return MONEY.test(after) || BOUGHT.test(after);
  if (EARNERS.has(w)) return MONEY.test(after) || REVENUE.test(after);
  return /[\d$€£¥]/u.test(after);
}

const AUX_DE = /^(?:hat|haben|hatte|hatten)$/;
const NOT_SUBJECT_BEFORE = /^(?:aus|bei|im|in|vom|von|nach|mit|für|den|dem|from|at)$/;

/** Relative pronouns that open a clause set off by commas after a name. */
// Not "that", which a place may stand before ("a start-up based in Cambridge, Massachusetts, that uses …").
const RELATIVE = /^(?:which|who|whose|qui|dont|que|cuya|cuyo)$/;

/** The last token of a relative clause right after token `rj`, set off by commas and at most twelve words long, if one is there. */
function clauseEnd(text: string, toks: Tok[], rj: number): number | undefined {
  const open = toks[rj + 1];
  if (!open || !RELATIVE.test(open.w) || !/^,\s+$/.test(text.slice(toks[rj]!.e, open.s))) return undefined;
  for (let k = rj + 1; k < rj + 13 && toks[k + 1]; k++) {
    const gap = text.slice(toks[k]!.e, toks[k + 1]!.s);
    if (/^,\s+$/.test(gap)) return k;
    if (!/^\s+$/.test(gap)) return undefined;
  }
  return undefined;
}
/** A bare year between the name and the participle is no amount ("Zuletzt hatte Foo 2024 einen Kredit erhalten"). */
const YEAR_DE = /\b(?:19|20)\d\d\b(?!\s*(?:Euro|Dollar|Franken|Mio|Mrd|Millionen|Milliarden))/g;
const YEAR = /\b(?:en|in|since|depuis|de|im|seit|desde|el)\s+(?:19|20)\d\d\b/g;
/** A sum of money: a currency sign or word, or a scale word, after the verb. */
const MONEY = /[$€£¥]|\d\s*(?:bn|m|mn|md|M€|Mrd)\b|\b(?:euros?|dollars?|dólares|millions?|milliards?|billions?|millones|mil millones|Millionen|Milliarden)\b/u;
/** Verbs of buying, which need no amount after them when what was bought follows (BOUGHT). */
const BUYERS = new Set(['acquired', 'acquires', 'rachète', 'racheté', 'acquiert', 'adquiere', 'adquirió', 'adquirido']);
/**
 * What a buyer bought: a company noun, or a name after a definite article or none ("Foo avait déjà racheté la
 * start-up lyonnaise Bar", "Foo acquired Bar"); not "a Picasso".
 */
const BOUGHT = /^\s+(?:(?:the|la|le|les|el|los|las)\s+|l['’])?(?:\p{Lu}|start-?up|société|groupe|éditeur|empresa|compañía|firma|rival)/u;
/** Verbs of a year's revenue, which need money or the word for revenue after them. */
const EARNERS = new Set(['réalisé', 'enregistré', 'facturó', 'facturado']);
const REVENUE = /chiffre d['’]affaires|ventes|bénéfice|ingresos|ventas|facturación/u;

