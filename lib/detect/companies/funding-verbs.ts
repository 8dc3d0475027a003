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
export function fundedAt(text: string, toks: Tok[], rj: number): boolean {
  // German puts the participle last: "Foo hat 20 Millionen Euro eingesammelt", "Foo hatte zuvor …".
  if (toks[rj + 1] && /^(?:hat|haben|hatte|hatten)$/.test(toks[rj + 1]!.w) && glued(text, toks[rj]!, toks[rj + 1]!)) {
    const end = toks.findIndex((t, n) => n > rj + 1 && n <= rj + 10 && GERMAN_PARTICIPLES.has(t.w));
    return end > 0 && /\d/.test(text.slice(toks[rj + 1]!.e, toks[end]!.s));
  }
  let k = rj + 1;
  while (k < rj + 3 && toks[k] && AUXILIARIES().has(lowerString(toks[k]!.w)) && glued(text, toks[k - 1]!, toks[k]!)) k++;
  const verb = toks[k];
  if (!verb || !glued(text, toks[k - 1]!, verb) || !VERBS().has(lowerString(verb.w))) return false;
  // A year is no amount ("La société d'Évry a racheté en 2021 le néerlandais…").
  const after = text.slice(verb.e, verb.e + 40).replace(/\b(?:19|20)\d\d\b/g, '');
  return /[\d$€£¥]/u.test(after) || (BUYERS.has(lowerString(verb.w)) && BOUGHT.test(after));
}

/** Verbs of buying, which need no amount after them when what was bought follows (BOUGHT). */
const BUYERS = new Set(['acquired', 'acquires', 'rachète', 'racheté', 'acquiert', 'compra', 'compró', 'adquiere', 'adquirió', 'adquirido', 'comprado']);
/** What a buyer bought: a name, or a company noun before one ("Foo avait déjà racheté la start-up lyonnaise Bar"). */
const BOUGHT = /^\s+(?:(?:the|la|le|les|el|los|las|a|une?)\s+|l['’])?(?:\p{Lu}|start-?up|société|groupe|éditeur|empresa|compañía|firma|rival)/u;

