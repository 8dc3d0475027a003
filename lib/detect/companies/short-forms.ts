/**
 * Short forms: once an article has named "Lumbre Analytics", "小鹏汽车" or
 * "خزنة لمراكز البيانات" in full, it goes on with "Lumbre", "小鹏" and "خزنة".
 * The short form is the full name less a generic tail (a business word, a
 * legal form, "for data centres"), so it is only looked for in the article
 * that spelled the full name, and names the same company.
 */
import { isArabicLetter, isCjk, isUpperLatin, lowerSet, lowerString } from './chars.ts';
import { BUSINESS_WORDS, fromLists, GENERIC_BEFORE_AI, LEGAL_FORMS, NAME_SUFFIXES, NOT_NAME_WORDS, PLACE_WORDS } from './cue-lexicon.ts';
import { SHORT_FORM_NOT_HEADS } from './lexicon.ts';
import { READERS } from './readers/registry.ts';

const TAIL = fromLists(() => lowerSet([...NAME_SUFFIXES, ...LEGAL_FORMS, ...BUSINESS_WORDS]));
const NOT_SHORT = fromLists(() => lowerSet([...NOT_NAME_WORDS, ...GENERIC_BEFORE_AI, ...PLACE_WORDS, ...SHORT_FORM_NOT_HEADS]));

/**
 * Latin: the name less its generic tail ("Neura Robotics": Neura, "YTL Power
 * International": YTL), the head two words or more when that is what is left
 * ("Isar Valley Capital": Isar Valley).
 */
function latinShort(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const tail = (w: string) => TAIL().has(lowerString(w.replace(/\.$/, '')));
  let n = words.length;
  while (n > 1 && tail(words[n - 1]!)) n--;
  if (n === words.length) return undefined;
  // A head that ends in a place is the place ("New Zealand Growth Capital Partners" is not "New Zealand").
  if (n > 1) return words.slice(0, n).every((w) => isUpperLatin(w.charCodeAt(0))) && !NOT_SHORT().has(lowerString(words[n - 1]!)) ? words.slice(0, n).join(' ') : undefined;
  return headWord(words[0]!);
}

/** A name's first word as a name of its own, unless it is a generic or a too short one. */
function headWord(head: string): string | undefined {
  const lowHead = lowerString(head);
  if (TAIL().has(lowHead) || NOT_SHORT().has(lowHead) || !isUpperLatin(head.charCodeAt(0))) return undefined;
  // A one- or two-letter head must be an acronym ("KT Corp"); a mixed-case one must be a real word's length.
  return head.length < 2 || (head.length < 4 && head !== head.toUpperCase()) ? undefined : head;
}

/**
 * The first word alone, where the short form keeps more than one: "Channell
 * Commercial Corporation" goes on as "Channell", "Alphawave IP Group" as
 * "Alphawave", and so where the name has no generic tail to drop ("KoBold
 * Metals" goes on as "KoBold"). A mixed-case word of six letters or more only:
 * a shorter or all-capital head ("Isar", "YTL") is as often another firm's.
 */
export function headForm(name: string): string | undefined {
  const short = latinShort(name) ?? name;
  if (!short?.includes(' ')) return undefined;
  const head = headWord(short.slice(0, short.indexOf(' ')));
  return head && head.length >= 6 && head !== head.toUpperCase() ? head : undefined;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Does `text` hold `word` (lower-case) as a whole word? indexOf, not a regex built per name: names come by the dozen. */
function writtenLower(text: string, word: string): boolean {
  for (let s = text.indexOf(word); s >= 0; s = text.indexOf(word, s + 1)) {
    if (!LETTER.test(text.charAt(s - 1)) && !LETTER.test(text.charAt(s + word.length))) return true;
  }
  return false;
}

/** The short form a full name may go by later in its article; `known`: a name the gazetteer knows (short-forms-cjk.ts). */
export function shortForm(name: string, known = false): string | undefined {
  const c = name.charCodeAt(0);
  // Arabic, Chinese and Japanese short forms come with their scripts' readers (short-forms-ar.ts, short-forms-cjk.ts).
  if (isArabicLetter(c)) return READERS.arabicShort?.(name);
  // So do Latin heads before a kana tail (SBIホールディングス).
  if (isCjk(c) || isCjk(name.charCodeAt(name.length - 1))) return READERS.solidShort?.(name, READERS, known);
  return latinShort(name);
}

/**
 * A Latin short form the article also writes lower-case is an ordinary word
 * there ("Scale" and "at scale"), unless it also stands alone inside a
 * sentence with its capital ("after booking", but "Because Booking has been
 * designated"), which only a name does. Asked only once the short form turns
 * up, since the search costs a pass over the text.
 */
export function ordinaryWord(text: string, short: string): boolean {
  return isUpperLatin(short.charCodeAt(0)) && writtenLower(text, lowerString(short)) && !usedAsName(text, short);
}

/** Inside a sentence, after a small letter or a comma, with a small word or a stop after it: not the full name's first word. */
function usedAsName(text: string, short: string): boolean {
  for (let s = text.indexOf(short); s >= 0; s = text.indexOf(short, s + 1)) {
    if (/[\p{Ll},][ \t]$/u.test(text.slice(Math.max(0, s - 2), s)) && /^(?:['’]s)?(?:[ \t]+\p{Ll}|[,.;:])/u.test(text.slice(s + short.length, s + short.length + 4))) return true;
  }
  return false;
}

/**
 * How many units of business words ("Payments", "Robotics Inc.") follow a Latin name at `e`, if
 * any; none where another capitalized word goes on after them, as a product's name does ("Quarrowin Pay Platform").
 */
export function businessAfter(text: string, e: number): number {
  const m = /^(?: \p{Lu}[\p{L}.]*){1,2}(?! \p{Lu})/u.exec(text.slice(e, e + 40));
  if (!m) return 0;
  let n = 0;
  for (const w of m[0].slice(1).split(' ')) {
    if (!TAIL().has(lowerString(w.replace(/\.$/, ''))) || PRODUCT_WORD.test(w)) return 0;
    n += w.length + 1;
  }
  return n;
}
/** Business words a product line is named with as often as a firm ("Quarrowin Pay", "Quarrowin Cloud"). */
const PRODUCT_WORD = /^(?:Pay|Cloud|Energy|Software|Platform|App|Apps|Studio|Store|Update|Markets|Capital)$/;
