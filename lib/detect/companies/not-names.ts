/**
 * What a cue may frame like a name but is none: places, technical terms, a
 * round's letter, an asset class, a fund's number.
 */
import { lowerString } from './chars.ts';
import { BUSINESS_WORDS, fromLists, GIVEN_NAMES, NAME_SUFFIXES, PLACE_WORDS, TERM_WORDS } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';

export const PLACES = fromLists(() => new Set(PLACE_WORDS));
export const GIVEN = fromLists(() => new Set(GIVEN_NAMES));
const BUSINESS = fromLists(() => new Set([...BUSINESS_WORDS, ...NAME_SUFFIXES].map(lowerString)));
const TERMS = new Set(TERM_WORDS);
/** Products a cue may frame like a firm ("منصة «أزور» السحابية", read Azur; "the Copilot platform"): their makers are the companies. */
const PRODUCTS = new Set(['azure', 'azur', 'chatgpt', 'copilot', 'gemini', 'grok', 'llama', 'sora', 'facebook', 'instagram', 'whatsapp']);
/** Words that, alone together, name an asset class ("Private Equity und Venture Capital") or a kind of investor ("Business Angels"), not a firm. */
const ASSET_CLASS = new Set(['private', 'venture', 'capital', 'equity', 'growth', 'debt', 'credit', 'business', 'angel', 'angels']);
/** Scale words after a number (cue readers may frame "100 Millionen" like a name). */
const SCALE_WORD = /^(?:mio|mrd|millionen?|milliarden?|millions?|milliards?|billions?|millones|mil|crores?|lakhs?)\.?$/;
/** A central bank, the regulator, is no company ("el Banco Central de Brasil", "la Banque centrale", "the Reserve Bank of India"). */
const CENTRAL_BANK = /^(?:banco central|banque centrale|banca centrale|central bank|zentralbank|bundesbank|reserve bank|federal reserve)$/;

/** Legal forms no firm is named by alone (SAS and SE are: the airline, the software house). */
const LEGAL_ALONE = /^(?:ltd|limited|inc|llc|gmbh|plc|corp|corporation)\.?$/;

/**
 * A name made of places only ("Texas", "Abu Dhabi's", "Louisiana AI"), a technical term or a product alone ("GPU", "Azure"), a round's letter ("série B"),
 * an asset class or a fund's number ("Fund III"): no company.
 */
export const namesNoCompany = (n: CueName) => {
  const words = lowerString(n.canonical).split(' ');
  // The central banks named "State Bank" (Pakistan's, Vietnam's); the State Bank of India lends.
  if (CENTRAL_BANK.test(words.slice(0, 2).join(' ')) || /^state bank of (?:pakistan|vietnam|viet nam)/.test(words.join(' '))) return true;
  // "hat das Unternehmen 100 Millionen eingesammelt": a number and its scale word are an amount.
  if (/^\d[\d.,]*$/.test(words[0]!) && SCALE_WORD.test(words[1] ?? '')) return true;
  // A round's name ("como Serie B, la compañía …").
  if (words.length === 2 && /^(?:serie|série|series)$/.test(words[0]!) && /^[a-h]\d?$/.test(words[1]!)) return true;
  // An acronym hyphened to a plain word is a field or a kind ("AI-security firm", "AI-native start-ups"); a name so
  // written keeps a capital after the hyphen (Coca-Cola) or has one letter before it (X-energy).
  if (/^\p{Lu}{2,4}-\p{Ll}{3,}$/u.test(n.canonical)) return true;
  // A legal form alone is no name: one set apart from its name ("Munshi Pay (Pvt) Ltd") was read without it.
  if (words.length === 1 && LEGAL_ALONE.test(words[0]!)) return true;
  // A given name and one more word is a person, unless that word is a business's ("Louis Capital" goes on).
  if (words.length === 2 && GIVEN().has(words[0]!) && !BUSINESS().has(words[1]!)) return true;
  const places = PLACES();
  // A German genitive has no apostrophe: "Jungunternehmen Europas", "Deutschlands".
  const place = (w: string) => places.has(w.replace(/['’]s$/, '')) || (w.endsWith('s') && places.has(w.slice(0, -1)));
  // "a Louisiana AI campus": a place's AI is a project or a field, not a firm.
  return words.every(place) || (words.length > 1 && words.at(-1) === 'ai' && words.slice(0, -1).every(place)) || words.every((w) => ASSET_CLASS.has(w)) ||
    (words.length === 1 && (TERMS.has(words[0]!) || PRODUCTS.has(words[0]!) || words[0]!.length === 1 || /^[ivx]+$/.test(words[0]!)));
};
/**
 * The words the text writes after a given name ("chief executive Elif Karaca said"): people's surnames, which a cue
 * may frame later as it frames a firm ("Karaca, a former product manager"). One pass over the text.
 */
export function surnamesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}]))/gu)) if (GIVEN().has(lowerString(m[1]!))) out.add(m[2]!);
  return out;
}
/** A place's possessive ("Norway's Aker", "Japan's Nikkei"): it says where a firm is, and that the name after it is one. */
export const placesOwn = (w: string) => /['’]s$/.test(w) && PLACES().has(lowerString(w.slice(0, -2)));
/** A possessive, then the owner's arm, up to three words on: "Alphabet's venture capital arm". */
export const POSSESSIVE_ARM = /^['’]s (?:(?:[\w-]+ ){0,3}(?:arm|unit|subsidiary|division)\b|(?:co-?)?founder|CEO\b)/;
/** Nationality words and possessives ("Korean", "Taiwanese", "British", "Mexican", "Asia's"), and those of no such ending ("French"). */
export const DEMONYM = /(?:ean|ian|ese|ish|ican|['’]s)$|^(?:[Ff]rench|[Dd]utch|[Gg]reek|[Tt]hai|[Cc]zech|[Ww]elsh|[Gg]erman)$/;
/** Those, and "Swiss", which also names an airline in a list ("Lufthansa, Swiss, Austrian Airlines"), so only before a description. */
export const nationWord = (w: string) => DEMONYM.test(w) || /^[Ss]wiss$/.test(w);
