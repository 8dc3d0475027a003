/**
 * An ambiguous name (Oracle, Meta, Stripe, Orange) written with its capital
 * in the middle of a sentence that has no other cue: "Según Expansión, Oracle
 * también ha visitado los terrenos". In English, French and Spanish prose a
 * capital there marks a proper noun, and a gazetteer name standing alone is
 * the company far more often than the word. The capital proves nothing where
 * the name is one word of a longer proper noun (Harrison Ford, Orange
 * County), a place after a preposition (in Salzgitter), a model or index
 * before a number (Fortune 500), or German, which capitalizes every noun
 * (die Zeit, der Index).
 */
const CAPITAL = /^\p{Lu}/u;
/** A neighbour word's capital, past any quote or bracket that opens it ("„Alpenblick"). */
const CAPITAL_WORD = /^[^\p{L}\p{N}]*\p{Lu}/u;
const WORD_BEFORE = /(\S+)\s+$/u;
const WORD_AFTER = /^\s+(\S+)/u;
/** Prepositions that put a place, not a firm, after them. */
const PLACE_BEFORE = /^(?:in|at|near|à|au|aux|en|nach|bei|aus|im|desde|hacia|cerca)$/i;
/** Words only German sentences have; one in the sentence leaves its capitals unread. */
const GERMAN = /(?:^|\s)(?:der|die|das|dem|den|des|und|ist|sind|mit|für|nicht|auch|wird|wurde|eine?[mnrs]?)\s/i;
const NUMBER_AFTER = /^\s*\d/;
/** An indefinite article makes it a thing ("an Apple", "une Orange"), not the one firm. */
const ARTICLE_BEFORE = /^(?:an?|une?|una|ein[e]?)$/i;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

/**
 * Is the hit [start, end) of `text`, inside the sentence [s, e), a capitalized
 * name standing alone? `firstWord` says the sentence's first word is elsewhere:
 * a capital that opens a sentence is read by other rules.
 */
export function capitalAlone(text: string, start: number, end: number, s: number, e: number): boolean {
  // Three letters or fewer are acronyms as often as names (CVC, ING).
  if (end - start < 4 || !CAPITAL.test(text.charAt(start))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(s, start - 30), start))?.[1];
  // In Arabic or Han text every Latin word has its capital: only Latin prose around it makes the capital news.
  if (!before || !LATIN.test(before) || (CAPITAL_WORD.test(before) && !/[,;:]$/.test(before)) || PLACE_BEFORE.test(before) || ARTICLE_BEFORE.test(before)) return false;
  const rest = text.slice(end, Math.min(e, end + 30));
  // A hyphen joins it to a compound ("Orange-backed", "Google-Mutter"), which other rules read.
  if (rest.startsWith('-') || NUMBER_AFTER.test(rest)) return false;
  const after = WORD_AFTER.exec(rest)?.[1];
  if (after && CAPITAL_WORD.test(after) && !/^[,;:.)]/.test(rest)) return false;
  if (GERMAN.test(text.slice(s, e))) return false;
  return !personal(text, text.slice(start, end));
}

/** Is the name written after a capitalized given name anywhere in the text (Harrison Ford, Eli Lilly as a person)? */
function personal(text: string, name: string): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, k - 20), k))?.[1];
    if (before && /^\p{Lu}\p{Ll}+$/u.test(before)) return true;
  }
  return false;
}
