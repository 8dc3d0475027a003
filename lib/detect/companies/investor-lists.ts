/**
 * Names listed after an opener: "led by A, B and C", "with participation from",
 * "بقيادة", "clients such as". The opener says what the names are (investors, or
 * the companies a deal or a list is about).
 */
import type { CompanyKind } from '../types.ts';
import { lowerString } from './chars.ts';
import { fromLists, INVESTOR_LIST_OPENERS, TARGET_LIST_OPENERS } from './cue-lexicon.ts';
import { FIELD, FOUNDERS } from './cue-before.ts';
import { germanTradeAlone, make, peopleLike, trimFront, type CueName } from './cue-name.ts';
import { nationWord } from './not-names.ts';
import { glued, type Tok } from './tokens.ts';
import { allDigits, amountAt, namePart } from './word-shapes.ts';

/** Each opener with the kind of the names it lists. */
const OPENERS = fromLists((): [string, CompanyKind][] => [
  ...INVESTOR_LIST_OPENERS.map((op): [string, CompanyKind] => [lowerString(op), 'investor']),
  ...TARGET_LIST_OPENERS.map((op): [string, CompanyKind] => [lowerString(op), 'company']),
]);

const ARTICLE = /^(?:the|die|der|den|dem|das|le|la|les|el|los|las)$/;

export function investorList(text: string, toks: Tok[], from: number, out: CueName[], kind: CompanyKind, firmsOnly = false): void {
  let k = from;
  while (k < toks.length) {
    // "Zulieferer wie die Kerbach Halbleiter": the article before the first name is not the name's (after a comma, "die" opens a clause).
    if (k === from && ARTICLE.test(toks[k]!.w) && toks[k + 1] && glued(text, toks[k]!, toks[k + 1]!)) k++;
    let j = k;
    if (!namePart(toks[k]!.w)) return;
    while (j + 1 < toks.length && namePart(toks[j + 1]!.w) && glued(text, toks[j]!, toks[j + 1]!) && !amountAt(toks, j + 1)) j++;
    const i = trimFront(toks, k, j);
    // "backed by 12 investors", "invested in AI": a number or the field alone names no one.
    // "backed by Chinese investors": a nationality before a plural names no one either ("led by Georgian and" does).
    const next = toks[j + 1];
    // So does one before any plain word: "led by Scottish investment house Baillie Gifford", "led by Dutch chip-equipment maker ASML".
    const demonym = i === j && nationWord(toks[i]!.w) && !!next && glued(text, toks[j]!, next) && /^\p{Ll}{4,}(?:-\p{Ll}+)*$/u.test(next.w) &&
      !/^(?:pour|avec|dans|sans|sous|vers|with|from|into|over|after|para|desde|hacia|entre|über|durch|nach)$/.test(next.w);
    // "unter Führung von Gründer Hofmann": a founder's title before a name makes it a person's.
    const founder = toks.slice(k, i).some((t) => FOUNDERS().has(lowerString(t.w)));
    // "Wohnungskonzerne wie Vonovia, Krankenhausbetreiber und …": a German trade noun alone is a kind of firm, not one.
    const trade = i === j && germanTradeAlone(toks[i]!.w);
    if (i <= j && !founder && !trade && (firmsOnly || !peopleLike(toks, i, j)) && !(i === j && (allDigits(toks[i]!.w) || FIELD.test(toks[i]!.w) || demonym))) out.push(make(text, toks, i, j, kind));
    const gap = text.slice(toks[j]!.e, toks[j + 1]?.s ?? toks[j]!.e).trim();
    const joiner = toks[j + 1] && /^(?:and|und|et|y|e|و|or|ou|oder|o)$/i.test(toks[j + 1]!.w);
    if (gap === ',' || gap === '،') k = j + 1 + (toks[j + 2] && /^(?:and|und|et|y)$/i.test(toks[j + 1]!.w) ? 1 : 0);
    else if (gap === '' && joiner) k = j + 2;
    else return;
  }
}

/** Openers in scripts without spaces run straight into the name ("由红杉领投"): only a Latin one must end a word. */
const LATIN_END = /\p{Script=Latin}$/u;

export function listOpenerEnd(lowSentence: string, base: number, toks: Tok[]): [number, CompanyKind, string][] {
  const starts: [number, CompanyKind, string][] = [];
  for (const [op, kind] of OPENERS()) {
    for (let at = lowSentence.indexOf(op); at >= 0; at = lowSentence.indexOf(op, at + 1)) {
      // A whole word: "controlled by" holds "led by", and "Unternehmen wies" "Unternehmen wie".
      if ((at > 0 && /\p{L}/u.test(lowSentence[at - 1]!)) || (LATIN_END.test(op) && /\p{L}/u.test(lowSentence.charAt(at + op.length)))) continue;
      const end = base + at + op.length;
      let lo = 0;
      let hi = toks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid]!.s < end) lo = mid + 1;
        else hi = mid;
      }
      // German invests in what takes the accusative: "investiert in der Regel", in the dative, says how or where.
      if (lo < toks.length && !(op.endsWith(' in') && /^(?:der|dem)$/.test(toks[lo]!.w))) starts.push([lo, kind, op]);
    }
  }
  return starts;
}
