/**
 * Words of French, German and Spanish text that are no part of a name a cue reads:
 * German nouns of kinds, the prepositions a sentence opens with and a town's
 * adjective; and the region a French cooperative bank's name adds. They ride with
 * the European chunk (entrypoints/europe.ts); cue-name.ts asks through READERS.
 */
import type { Tok } from './tokens.ts';

/** German plural nouns of orders and contracts ("das Start-up Serienaufträge …"): no firm is called so, nor is any part of a name. */
const GERMAN_PLURAL_NOUN = /^\p{Lu}\p{Ll}*(?:aufträgen?|verträgen?)$/u;
/**
 * German nouns of kinds no one-word firm's name has ("Kapitalerhöhung", "Wettbewerbshüter", "Branchenverbands",
 * "Entwürfe", "Anschlussanfragen", the genitive of "die größte Bank des Landes"): alone after a cue they are the sentence's noun. In a longer name they may belong ("Elbufer Beteiligungen").
 */
const GERMAN_NOUN_ALONE = /^\p{Lu}\p{Ll}+(?:ungen|heiten|keiten|schaften|erhöhung|hüter|herstellern?|verbande?s|verbänden?|entwürfe|eigentümern?|forschung|anfragen|täten)$|^(?:Landes|Jahres|Marktes|Staates|Daten)$/u;
/** Is `w` such a noun: any of them for a one-word name (`alone`), else only those no part of a name is. */
export const germanNoun = (w: string, alone: boolean) => GERMAN_PLURAL_NOUN.test(w) || (alone && GERMAN_NOUN_ALONE.test(w));

/**
 * Prepositions, capitalized as a sentence opens with them, that may stand before a name ("Für Amperfeld Ventures ist
 * es …", "Desde Encina Capital explicaron …"). Some firms' names open so too (Par Pacific, Zur Rose), so one is
 * dropped only where the article also writes the rest of the name without it.
 */
const OPENING_PREPOSITIONS = new Set(['Für', 'Nach', 'Über', 'Seit', 'Aus', 'Durch', 'Gegen', 'Ohne', 'Unter', 'Zur', 'Zum', 'Vom',
  'Beim', 'Auf', 'Bis', 'Desde', 'Hasta', 'Sobre', 'Tras', 'Hacia', 'Sin', 'Ante', 'Durante', 'Chez', 'Par', 'Depuis', 'Vers', 'Sans',
  'Sous', 'Après', 'Avant', 'Pendant']);

/** Does the text near `from` (an article's length either way, so a huge page stays linear) write `rest` without `prep` before it? */
function writtenWithout(text: string, from: number, prep: string, rest: string): boolean {
  const near = text.slice(Math.max(0, from - 10_000), from + 10_000);
  for (let at = near.indexOf(rest); at >= 0; at = near.indexOf(rest, at + rest.length)) {
    if (near.slice(Math.max(0, at - prep.length - 1), at) !== `${prep} `) return true;
  }
  return false;
}

/**
 * A town's adjective after a German article, before a firm's registered name ("an der Münchner Kestrion GmbH"): the
 * town's, where the article writes the name without it ("Kestrion entwickelt …"); a name of its own may hold one
 * (Pirnaer Reinraumtechnik GmbH, Hamburger Sparkasse).
 */
const TOWN_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
const ARTICLE_BEFORE = /(?:^|\s)(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des)\s$/;
const GERMAN_LEGAL = / (?:GmbH|AG|SE|KG|KGaA|eG)\.?$/;

/**
 * A big town's adjective is the town's even where the name is written once ("bei der Münchner Isar Research GmbH"),
 * unless a plain German noun follows it, as in the names that hold one (Hamburger Sparkasse, Dresdner Bank AG).
 */
const CITY_ADJECTIVE =
  /^(?:Berlin|Münchn?|München|Hamburg|Köln|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dresdn|Nürnberg|Brem|Karlsruh|Mannheim|Heidelberg|Darmstädt|Wien|Graz|Linz|Zürch|Basl|Bern|Kiel|Rostock|Potsdam|Aachen|Bonn|Essen|Dortmund|Bochum|Freiburg|Würzburg|Regensburg|Augsburg|Ulm|Mainz|Wiesbaden|Erlang|Jena|Magdeburg|Erfurt|Lübeck|Götting|Tübing|Konstanz|Innsbruck|Salzburg|Luzern|Bielefeld|Kassel|Braunschweig|Oldenburg|Osnabrück|Paderborn|Heilbronn|Chemnitz)er$/;
const TOWN_NOUN =
  /(?:technik|bank|kasse|werke?|betriebe?|zeitung|nachrichten|versicherung(?:en)?|rück|hafen|bahn|messe|bau|gesellschaft|brauerei|bräu|post|stahl|energie|verkehrs?|börse|maschinen|städtische|seitige|volks\p{Ll}*|stadt\p{Ll}*)$/u;
const cityOwn = (word: string, rest: string) => CITY_ADJECTIVE.test(word) && !TOWN_NOUN.test(rest.split(' ')[0]!.toLowerCase());

/** A legal form closing a registered name, in the languages whose prepositions OPENING_PREPOSITIONS holds or in English. */
const LEGAL_END = / (?:GmbH|AG|SE|KG|KGaA|eG|Inc|Corp|Ltd|LLC|SAS|SA|S\.A|S\.L|B\.V|N\.V|plc)\.?$/;

/**
 * A registered name is often written whole once and then by its first word alone ("Für Voltara Semiconductor Inc.
 * … Voltara entwickelt …"): that word without the preposition speaks for the name too. A name that opens with one
 * (Zur Rose Group AG) is never written as "Rose" alone.
 */
const prepositionDropped = (text: string, from: number, word: string, rest: string) =>
  writtenWithout(text, from, word, rest) || (LEGAL_END.test(rest) && writtenWithout(text, from, word, rest.slice(0, rest.indexOf(' '))));

/** Is the preposition `word` at `from` before a name `rest` that the article also writes without it, or a town's adjective before it? */
export const openerDropped = (text: string, from: number, word: string, rest: string) =>
  (OPENING_PREPOSITIONS.has(word) && prepositionDropped(text, from, word, rest)) ||
  (TOWN_ADJECTIVE.test(word) && GERMAN_LEGAL.test(rest) && ARTICLE_BEFORE.test(text.slice(Math.max(0, from - 5), from)) &&
    (cityOwn(word, rest) || writtenWithout(text, from, word, rest.replace(GERMAN_LEGAL, ''))));

/**
 * The words of a kind of investor that German writes in English before a name, with a town's adjective before them
 * ("das Hamburger Family Office Hanse Ocean Invest"): how many tokens from `i` to drop, the name running to `j`.
 */
export function kindOpener(toks: readonly Tok[], i: number, j: number): number {
  const town = i + 2 < j && TOWN_ADJECTIVE.test(toks[i]!.w) ? 1 : 0;
  return i + town + 1 < j && toks[i + town]!.w === 'Family' && toks[i + town + 1]!.w === 'Office' ? town + 2 : 0;
}

/** France's cooperative banks, whose regional banks add their region to the name ("Crédit Agricole Nord de France"). */
const COOPERATIVE = /^(?:Cr[ée]dit Agricole|Caisses? d['’][EÉ]pargne|Banque Populaire|Cr[ée]dit Mutuel)$/;
/**
 * Up to four capitalized words or a department's number, joined by de, du, des or d' ("Grand Est Europe", "Toulouse 31"),
 * and one of those may open it before a word ("du Languedoc", "d'Île-de-France").
 */
const REGION = /^ ((?:(?:(?:du|de la|des|de) |d['’])?\p{Lu}[\p{L}'’-]*|\d{2,3})(?: (?:de la |de |du |des |d['’])?(?:\p{Lu}[\p{L}'’-]*|\d{2,3})){0,3})(?![\p{L}\p{N}])/u;
/** French around the name: a title-case English heading ("Crédit Agricole Backs …") has no region after it. */
const FRENCH = /\s(?:le|la|les|des|du|et|avec|auprès|selon|pour)\s/;

/** The region a cooperative bank's regional name adds after the network's name at [start, end), if any. */
export function regionalBank(text: string, start: number, end: number): string | undefined {
  if (!COOPERATIVE.test(text.slice(start, end))) return undefined;
  const m = REGION.exec(text.slice(end, end + 60));
  if (!m || /^(?:SA|S\.A|Group|Groupe)$/.test(m[1]!.split(' ')[0]!)) return undefined;
  return FRENCH.test(text.slice(Math.max(0, start - 120), end + 120)) ? m[1] : undefined;
}
