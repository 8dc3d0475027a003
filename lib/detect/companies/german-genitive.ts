/**
 * The genitive s German glues to a name with no apostrophe ("Zalandos Plattform"):
 * only German text has it, so it rides with the European chunk (entrypoints/europe.ts),
 * and the scan asks for it through READERS.germanGenitive.
 */

/** German function words; two of them near a name say the text around it is German. */
const GERMAN_WORD = /[\s(„"](?:der|die|das|dem|den|und|ist|sind|mit|für|nicht|auch|wird|wurde|hat|haben|werden|eine?[mnrs]?|sich|bei|nach|über|zum|zur|vom)(?=[\s,.])/g;
/** Before a plural, not a genitive, which stands in for the article: "die Investoren kaufen Targets", "zwei Teslas", "seinen Blocks". */
const PLURAL_BEFORE = /(?:^|\s)(?:die|der|den|viele|einige|mehrere|alle|zwei|drei|vier|\d+|\p{Ll}+(?:en|er|e))\s$/u;
/** A verb of saying in the past, which ends in e as those words do: "sagte Mubadalas Deutschland-Chef" is a genitive. */
const SAID_BEFORE = /(?:^|\s)(?:sagte|erklärte|betonte|ergänzte|meinte|bestätigte|kommentierte|schätzte)\s$/;
/** A time after the word ("Targets Anfang 2025") makes it a plural's object, not an owner. */
const TIME_AFTER = /^ (?:Anfang|Ende|Mitte)\b/;

/** A noun, or an adjective and its noun, after the genitive. */
const GENITIVE_NEXT = /^ (?:\p{Lu}|\p{Ll}+(?:e|er|en|es|em) \p{Lu})/u;

/**
 * German "Zalandos Plattform", "Nvidias neuer Chip", "OpenAIs Modell": a name ending
 * in a letter other than s, x, z or ß takes its genitive s with no apostrophe in
 * German text; in English "Apples" is no one's genitive, so the text around must be German.
 */
export function germanGenitive(text: string, s: number, e: number): boolean {
  const last = text.charAt(e - 1);
  if (!/\p{L}/u.test(last) || /[sxzßSXZ]/.test(last)) return false;
  const before = text.slice(Math.max(0, s - 16), s);
  if ((PLURAL_BEFORE.test(before) && !SAID_BEFORE.test(before)) || TIME_AFTER.test(text.slice(e + 1, e + 10))) return false;
  // A noun or an adjective and its noun follow a genitive; "juristischen Benchmarks übertreffe" is a plural.
  if (!GENITIVE_NEXT.test(text.slice(e + 1, e + 40))) return false;
  const around = text.slice(Math.max(0, s - 160), Math.min(text.length, e + 160));
  return (around.match(GERMAN_WORD)?.length ?? 0) >= 2;
}
