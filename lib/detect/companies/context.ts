/**
 * Which ambiguous names (Meta, Apple, Oracle, X...) are meant as companies.
 * A name needs its exact case and a company cue in its sentence; a one- or
 * two-letter name ("X") needs a strong cue right next to it.
 */
import { foldWord } from '../normalize.ts';
import { isArabicLetter, isCjk, lowerString } from './chars.ts';
import {
  ARABIC_CLITICS, COMPANY_CUES, COMPANY_NOUNS_BEFORE, LEGAL_AFTER, LIST_JOINERS, MONEY_SIGNS,
} from './lexicon.ts';
import type { Hit } from './match.ts';
import { rangeAt, type Range } from './sentences.ts';
import { READERS } from './readers/registry.ts';
import { placesOwn, POSSESSIVE_ARM } from './not-names.ts';

const fold = (w: string) => lowerString(foldWord(w));
const CUES = new Set(COMPANY_CUES.map(fold));
const CLITICS = ARABIC_CLITICS.map(fold);
const NOUNS = new Set(COMPANY_NOUNS_BEFORE.map(fold));
const LEGAL = new Set(LEGAL_AFTER.map((w) => fold(w).replace(/\.$/, '')));
const JOINERS = new Set(LIST_JOINERS.map(fold));
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\d-]*/gu;

/** A word as a lexicon would spell it, with Arabic clitics tried off the front. */
function forms(word: string): string[] {
  const w = lowerString(word);
  const out = [w];
  if (isArabicLetter(w.charCodeAt(0))) for (const c of CLITICS) if (w.startsWith(c)) out.push(w.slice(c.length));
  return out;
}

/** The cue words, folded: the English ones and those the chunks brought (script-cues.ts); made again when those change. */
let scriptCues: { from: readonly (readonly string[] | undefined)[]; words: Set<string>; cjk: string[] } | undefined;
function cuesOfScripts() {
  const { arabicCues, europeanCues, cjkCues } = READERS;
  const from = [arabicCues, europeanCues, cjkCues];
  if (!scriptCues || from.some((list, k) => list !== scriptCues!.from[k])) {
    scriptCues = { from, words: new Set([...CUES, ...[...(arabicCues ?? []), ...(europeanCues ?? [])].map(fold)]), cjk: (cjkCues ?? []).map(fold) };
  }
  return scriptCues;
}

function hasCueWord(sentence: string): boolean {
  if (MONEY_SIGNS.test(sentence)) return true;
  const { words, cjk } = cuesOfScripts();
  for (const m of sentence.matchAll(WORD)) if (forms(m[0]).some((f) => words.has(f))) return true;
  const low = lowerString(sentence);
  return cjk.some((c) => low.includes(c));
}

/** The words between two mentions make a list ("Tesla, X and SpaceX", "تسلا وX"). */
function isListGap(gap: string): boolean {
  // The longest joiner with its blanks is a few units; a longer gap is prose, and lowering it all would cost a pass per hit.
  if (gap.length > 12) return false;
  const g = gap.trim();
  if (g === ',' || g === '،' || g === '、') return true;
  const rest = g.replace(/^[,،、]\s*/u, '');
  if (JOINERS.has(lowerString(rest))) return true;
  // Arabic "و" glued to the next name leaves a gap of just "و".
  return false;
}

function wordBefore(text: string, p: number): string {
  const m = /([\p{L}\p{M}-]+)\s*$/u.exec(text.slice(Math.max(0, p - 24), p));
  return m ? m[1]! : '';
}

function wordAfter(text: string, e: number): string {
  const m = /^\s*([\p{L}\p{M}.]+)/u.exec(text.slice(e, e + 24));
  return m ? m[1]!.replace(/\.$/, '') : '';
}

/** A source credited before a comma: "Selon Le Monde, ...", "Según Expansión, ...", "Laut Handelsblatt, ...". */
const CREDITED = new Set(['selon', 'según', 'segun', 'laut', 'après']);

/**
 * A paper or agency credited for what the sentence says, which names it as an
 * outlet however plain its name ("The Information"), or a firm given as an
 * example of its kind ("banks such as SEB"). French, German and Spanish
 * phrasings come with the European chunk (script-cues.ts).
 */
// A verb of reporting may take a day or two words of time before its "by" ("first reported on Tuesday by").
const CREDIT_BEFORE = /(?:(?:(?:reported|cited|quoted)(?: (?:on|last|earlier|first|late|early|this|previously|yesterday|today)(?: [A-Z]?[a-z]+)?)? by|told|according to)|(?:banks|lenders|insurers|investors|funds|firms|groups|companies|consortium|publishers|newspapers|outlets) (?:such as|like|including)) $/i;
/**
 * "… , The Information reported", "日経によると" (according to the Nikkei), "日経が報じた", "日経の報道を受け"; and with the
 * European chunk, "El Financiero informó", "wie der Spiegel berichtete" (READERS.reporting).
 */
const CREDIT_AFTER = /^(?: (?:first )?reported\b|によ[るれ]|[がは]報じ|の(?:報道|取材))/;
/** "según El Economista." with nothing after: the credit closes the clause. */
const CREDIT_ENDS = /^[.,;]|^$/;

/**
 * What only a company has, right at the name: its stock ("Oracle shares rose",
 * "Apple's stock", "shares of Meta", "die Oracle-Aktie"), a unit or a parent
 * ("the venture arm of HP", "the parent of Google"). French, German and Spanish
 * ones come with the European chunk (script-cues.ts).
 */
const STOCK_AFTER = /^(?:['’]s)?(?:\s+|-)(?:shares|stock|Aktien?|analysts?)\b/;
const OWN_BEFORE = /(?:(?:shares|stock|stake) (?:of|in)|(?:arm|unit|subsidiary|division|parent(?: company)?|owner) of) $/i;
/** The possessive word right before a name. */
const POSSESSIVE_BEFORE = /(\p{L}+['’]s) $/u;
/**
 * A deal verb after a name, or after the list it ends: "with GV participating", "GV and Alphabet also invested
 * $5m", "GV led the Series A round". Investors do that; a word or an initialism that is not a firm seldom does.
 * "Invested" alone is a person's verb as well ("Alan invested his savings"): only a sum or the round after it counts.
 */
const INVESTING_AFTER = /^(?:(?:,? and|,) \p{Lu}[\p{L}\d.&-]*(?: \p{Lu}[\p{L}\d.&-]*){0,3}){0,4},? (?:(?:also|both|each) )?(?:participat(?:ing|ed)\b(?! in (?:the|a) (?:talks?|meeting|discussions?|event|panel|survey|study))|co-invest(?:ing|ed)\b|invested (?:\$|€|£|¥|\d|in the (?:round|financing))|(?:co-)?led (?:the|a|an|its) (?:[\w$€£.,’'-]+ ){0,3}(?:round|financing|raise)\b)/u;

/**
 * A one-kanji country before a katakana name: "英アーム", "米オラクル" (the
 * Japanese press marks a foreign company so), not inside a longer kanji word.
 */
const JA_COUNTRY = /(?:^|[^\u4e00-\u9fff])[米英独仏中韓台蘭加豪印伊露瑞]$/;

/** An apposition that says what firm the name is: "GV, Alphabet's venture arm,", "GV, the venture firm,". */
const APPOSED_ARM = /^,\s+(?:\p{Lu}[\p{L}\d.&-]*(?: \p{Lu}[\p{L}\d.&-]*){0,2}['’]s|the|an?)\s(?:[\p{L}-]+ ){0,3}(?:arm|unit|subsidiary|division|investor|firm|fund)\b/u;

/** A cue that sits right at the name: a company noun before, a legal form after, a list of companies, a credit. */
function strongCue(text: string, hit: Hit, prev: Hit | undefined, next: Hit | undefined): boolean {
  const word = wordBefore(text, hit.start);
  const before = forms(word);
  // Or a German word for a kind of firm: "der Finanzinvestor Silver Lake".
  if (before.some((f) => NOUNS.has(f)) || READERS.germanTrades?.kind(word)) return true;
  // "laut EY im Halbjahr": these mean "according to" wherever they stand; "après" also means "after", so it needs the clause to close.
  if (CREDITED.has(before[0]!) && (before[0] !== 'après' || CREDIT_ENDS.test(text.charAt(hit.end)))) return true;
  const words = text.slice(Math.max(0, hit.start - 60), hit.start);
  if (CREDIT_BEFORE.test(words) || READERS.creditBefore?.test(words) || CREDIT_AFTER.test(text.slice(hit.end, hit.end + 16)) ||
    READERS.reporting?.test(text.slice(hit.end + 1, hit.end + 24))) return true;
  // An agency in a dateline's brackets ("أبوظبي، 9 مارس 2027 (وام) –").
  if (text.charAt(hit.start - 1) === '(' && /^\)\s*[–—-]/.test(text.slice(hit.end, hit.end + 4))) return true;
  // Or a role after a German hyphen ("Earlybird-Partnerin").
  if (READERS.roleCompound?.test(text.slice(hit.end, hit.end + 14))) return true;
  if (INVESTING_AFTER.test(text.slice(hit.end, hit.end + 100))) return true;
  if (STOCK_AFTER.test(text.slice(hit.end, hit.end + 12)) || POSSESSIVE_ARM.test(text.slice(hit.end, hit.end + 40)) || OWN_BEFORE.test(words) ||
    APPOSED_ARM.test(text.slice(hit.end, hit.end + 60))) return true;
  // A country's own firm: "Japan's Nikkei", "France's Mistral".
  const own = POSSESSIVE_BEFORE.exec(words);
  if (own && placesOwn(own[1]!)) return true;
  const first = text.charCodeAt(hit.start);
  if (first >= 0x30a0 && first <= 0x30ff && JA_COUNTRY.test(words.slice(-2))) return true;
  if (LEGAL.has(lowerString(wordAfter(text, hit.end)))) return true;
  if (prev && !prev.ambiguous && isListGap(text.slice(prev.end, hit.start))) return true;
  // The owner of a firm named right after it: "Alphabet's Isomorphic Labs".
  if (next && !next.ambiguous && /^['’]s $/.test(text.slice(hit.end, next.start)) && !placesOwn(text.slice(hit.start, next.start - 1))) return true;
  return !!next && !next.ambiguous && isListGap(text.slice(hit.end, next.start));
}

/**
 * A relative clause for a thing after a sentence's first word: "Kakao, which
 * owns a bank", "Cohere, dont le siège": the word names the company, not "Scale matters". "Qui", "que" and "that"
 * are said of people too: only with money raised ("Wave, qui avait levé 200 millions").
 */
const RELATIVE_AFTER = /^,\s+(?:(?:which|dont|cuya|cuyo|deren|dessen)\s|(?:qui|que|that)\s+(?:a|avait|had|has|ha|había)\s+(?:déjà\s+|already\s+|ya\s+)?(?:levé|raised|recaudado|captado)\s)/;
/**
 * A subject's auxiliary right after a sentence's first word ("Oracle avait ouvert", "Oracle hatte gemeldet", "Oracle
 * had"), or a verb of dealing in the past ("Citi asesoró a América Móvil", "Alphabet followed with deals").
 */
const VERB_AFTER_OPENER = /^ (?:had|has|avait|a|hatte|hat|había|ha|advised|followed|led|joined|signed|asesoró|lideró|firmó)\s/;

/**
 * One- or two-letter names ("X", "إكس"): too common to pass on a sentence cue
 * alone. A Han or kana unit is a syllable, so "三星" is a name of two syllables, not two letters.
 */
function shortName(name: string): boolean {
  const c = name.charCodeAt(0);
  return isArabicLetter(c) ? name.length <= 3 : isCjk(c) ? name.length <= 1 : name.length <= 2;
}

const caseless = (c: number) => isCjk(c) || isArabicLetter(c);
/**
 * A number right after an ambiguous name makes a list, an index or a model of it: "Fortune 500 companies",
 * "Nikkei 225 index", "Mistral 7B"; not a figure of its own ("Legrand 1,4 %", "et Dust 16 millions"). Nor is
 * "Free" before "Cashflow" the French operator, nor "24 heures" in "24 heures sur 24" the paper, nor "Oyo"
 * before "states" the hotel chain ("across Lagos, Ogun and Oyo states").
 */
const NUMBERED = /^ \d+(?:[A-Za-z]|\s+(?!%|per|mil|bil|Mi|Mrd|bn)[a-z])|^ Cash ?-?[Ff]low|^ sur \d|^ (?:states|provinces|counties|districts|prefectures)\b/;
/** "24 heures sur 24": never the paper, even where the article names it elsewhere (a year after a name still may be: "Bayer 2016"). */
const ROUND_THE_CLOCK = /^ sur \d/;

/**
 * Double quotes, opening and closing, that set a name off in a script without capitals, which has no other way to;
 * in English they set off any word (the slogan "Free"). Guillemets set a name off anywhere.
 */
const DOUBLE_QUOTES = ['""', '“”'];
/** "Index" that ends a market index's name ("the PHLX Semiconductor Index", "the S&P 500 Index") is no Index Ventures. */
const indexTail = (text: string, h: Hit) => text.slice(h.start, h.end) === 'Index' && /[\p{Lu}\d][\p{L}\d&]*\s$/u.test(text.slice(Math.max(0, h.start - 24), h.start));
/** What comes after or before the name makes it a list, an index, a model or a phrase, not the firm, however sure the article. */
const framed = (text: string, h: Hit) => NUMBERED.test(text.slice(h.end, h.end + 16)) || indexTail(text, h);
const compoundHead = (text: string, s: number) => text.charCodeAt(s - 1) === 0x2d && /\p{L}/u.test(text.charAt(s - 2));

/**
 * Keep safe hits, and ambiguous ones that pass. `known` holds targets that a
 * safe alias already named somewhere in the text ("Mistral AI" earlier makes a
 * later "Mistral" safe); `cued` maps the start of each cue name to its end.
 */
export function resolveAmbiguous<H extends Hit>(
  text: string, hits: H[], sentences: readonly Range[], keyOf: (h: H) => unknown = (h) => h.target, carried?: Set<unknown>,
  cued?: ReadonlyMap<number, number>, cueNamed: readonly unknown[] = [],
): H[] {
  const known = new Set(hits.filter((h) => !h.ambiguous).map(keyOf));
  // A short name the article also writes in a longer, sure form ("KT Corp.", "Google Ventures"), then alone ("KT has …").
  const longForm = new Set([...hits.filter((h) => !h.ambiguous && h.end - h.start > 3).map(keyOf), ...cueNamed]);
  for (const k of cueNamed) known.add(k);
  // Names from earlier slices count here, and this slice's go on to the next.
  for (const k of carried ?? []) known.add(k);
  for (const k of known) carried?.add(k);
  // In guillemets or in double quotes, as Arabic news sets a name off (صندوق الصناديق "جدا").
  const quoted = (h: Hit) => {
    const marks = `${text[h.start - 1]}${text[h.end]}`;
    return marks === '«»' || (DOUBLE_QUOTES.includes(marks) && caseless(text.charCodeAt(h.start)));
  };
  const quoteOnly = (h: Hit) => !!READERS.quotedOnly?.has(text.slice(h.start, h.end));
  /** Written in the alias's own case, as a name of its own: not a word that counts only quoted, nor a compound's head. */
  const asWritten = (h: Hit) => h.exactCase && !quoteOnly(h) && !compoundHead(text, h.start);
  const cueCache = new Map<number, boolean>();
  const sentenceCue = (i: number) => {
    let v = cueCache.get(i);
    if (v === undefined) {
      const [s, e] = sentences[i]!;
      v = hasCueWord(text.slice(s, e));
      cueCache.set(i, v);
    }
    return v;
  };
  // Safe mentions per sentence, counted once, so each ambiguous name costs O(1) here.
  const safeIn: number[] = [];
  for (const h of hits) {
    if (h.ambiguous) continue;
    const si = rangeAt(sentences, h.start);
    if (si >= 0) safeIn[si] = (safeIn[si] ?? 0) + 1;
  }
  const firstWord = new Map<number, number>();
  const sentenceStart = (hit: Hit) => {
    const si = rangeAt(sentences, hit.start);
    if (si < 0) return true;
    let at = firstWord.get(si);
    if (at === undefined) {
      const [s, e] = sentences[si]!;
      const m = /[\p{L}\p{N}]/u.exec(text.slice(s, Math.min(e, s + 200)));
      at = m ? s + m.index : e;
      firstWord.set(si, at);
    }
    return hit.start <= at;
  };
  const passes = (hit: H, k: number): boolean => {
    if (!hit.ambiguous) return true;
    // The head of a compound ("Corporate-Venture-Arm") is a noun, whatever its case.
    if (!hit.exactCase || compoundHead(text, hit.start) || framed(text, hit)) return false;
    // A name that is also a common Arabic word counts only in guillemets, each time (script-cues.ts ARABIC_QUOTED_ONLY),
    // or glossed by the same organization's Latin name in brackets ("القابضة (ADQ)").
    if (quoteOnly(hit)) return quoted(hit) || (!!hits[k + 1] && keyOf(hits[k + 1]!) === keyOf(hit) && /^ ?\($/.test(text.slice(hit.end, hits[k + 1]!.start)));
    const strong = strongCue(text, hit, hits[k - 1], hits[k + 1]) || quoted(hit);
    if (shortName(text.slice(hit.start, hit.end))) return strong || longForm.has(keyOf(hit));
    if (strong) return true;
    const si = rangeAt(sentences, hit.start);
    if (si < 0) return known.has(keyOf(hit));
    const [s, e] = sentences[si]!;
    if (READERS.surnameAlone?.(text, hit.start, hit.end, s, e)) return false;
    if (known.has(keyOf(hit))) return true;
    // A capital alone counts only in a text that surely names some company: a business story, not any prose
    // (alone.ts, which comes with the given names' chunk on a page in Latin script).
    return (safeIn[si] ?? 0) > 0 || sentenceCue(si) || (known.size > 0 && !!READERS.capitalAlone?.(text, hit.start, hit.end, s, e));
  };
  // A capital letter that opens a sentence proves nothing ("Zoom out: ..."):
  // such a name needs the same name accepted elsewhere, mid-sentence. Scripts without case (日経によると) lose nothing there.
  const opens = (h: Hit) => sentenceStart(h) && !caseless(text.charCodeAt(h.start));
  const openerPasses = (hit: H, k: number) => strongCue(text, hit, hits[k - 1], hits[k + 1]) ||
    (hit.exactCase && RELATIVE_AFTER.test(text.slice(hit.end, hit.end + 40))) ||
    // Opening a sentence that speaks of money or deals or names a sure firm, as the subject of a verb in a compound
    // tense ("Le Monde a été le premier quotidien à conclure un accord avec OpenAI").
    (hit.exactCase && VERB_AFTER_OPENER.test(text.slice(hit.end, hit.end + 11)) && (sentenceCue(rangeAt(sentences, hit.start)) ||
      (safeIn[rangeAt(sentences, hit.start)] ?? 0) > 0));
  const verdicts = hits.map((h, k) => !h.ambiguous || (h.exactCase && cued?.get(h.start) === h.end) || (opens(h) ? openerPasses(h, k) : passes(h, k)));
  // A list is one kind of thing: a name in a list whose other member passed ("Orange, Iliad et Bouygues", Iliad by
  // Bouygues) passes too. A comma alone is no list ("Según Expansión, Oracle …"): the run needs a joining word.
  for (let k = 0; k < hits.length;) {
    let j = k;
    let joined = false;
    for (; j + 1 < hits.length; j++) {
      const gap = text.slice(hits[j]!.end, hits[j + 1]!.start);
      if (!isListGap(gap)) break;
      if (!/^[,،、]$/.test(gap.trim())) joined = true;
    }
    if (joined && verdicts.slice(k, j + 1).some(Boolean)) {
      for (let i = k; i <= j; i++) {
        const h = hits[i]!;
        if (asWritten(h) && !shortName(text.slice(h.start, h.end)) && !framed(text, h) &&
          !(opens(h) && !openerPasses(h, i))) verdicts[i] = true;
      }
    }
    k = j + 1;
  }
  // A product the article names after its kind ("Son logiciel, baptisé Argus") is that product throughout (alone.ts).
  const products = new Set(hits.filter((h) => h.ambiguous && READERS.productNamed?.(text, h.start)).map(keyOf));
  hits.forEach((h, k) => {
    if (h.ambiguous && products.has(keyOf(h))) verdicts[k] = false;
  });
  // One name, one sense in an article: once a cue shows "Nabla" or "Decagon" is the company, its other
  // mentions in the same case are too, cue or none; not an acronym of three letters or fewer ("CVC" is as often the
  // common noun), which needs its cue each time. Three Han or kana are a whole name (寒武纪), no acronym, and so are
  // three Arabic letters (زين).
  const accepted = new Set(hits.filter((h, k) => h.ambiguous && verdicts[k]).map(keyOf));
  for (const k of accepted) carried?.add(k);
  return hits.filter((hit, k) => verdicts[k] || (opens(hit) && known.has(keyOf(hit))) ||
    (accepted.has(keyOf(hit)) && asWritten(hit) && !ROUND_THE_CLOCK.test(text.slice(hit.end, hit.end + 8)) && !indexTail(text, hit) &&
      (hit.end - hit.start > 3 || caseless(text.charCodeAt(hit.start)) || (hit.end - hit.start === 3 && !!READERS.firmAcronym?.(text, hit.start, hit.end)))));
}
