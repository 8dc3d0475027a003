/**
 * Known names that French, German and Spanish text uses for something else:
 * a school or a mine named after a person, place or owner, a German noun in a
 * set phrase, a word in a place's name, a street's or a French place's name. They ride with the European chunk
 * (entrypoints/europe.ts), so the content script carries none of them.
 */

/** A school named after a person or a place ("l'Université Cheikh Anta Diop"): the name is the school's. */
const SCHOOL = /(?:^|[\s'’])(?:Université|University|Universidad|Universität|Universidade|Università|École|Escuela|Hochschule)(?: (?:de|of|du|des|de la|del|der))?(?: \p{Lu}[\p{L}'’-]*){0,3} $/u;

/** A mine or a plant named after its owner ("la mina Escondida", "die Zeche Zollverein"): the site, not the firm. */
const SITE = /(?:^|\s)(?:[Mm]ina|[Yy]acimiento|[Pp]lanta|Zeche|Grube)\s$/;
/** Inside the quotes a product's noun opens ("das Produkt „Lastwerk Flex“"): the product, not its maker. */
const PRODUCT_QUOTED = /(?:^|\s)(?:Produkt|App|Software|Plattform|producto|plataforma|produit|plateforme|logiciel|product|platform)\s[„"«“]\s?[^„"«“”»\n]{0,30}$/;

/** "Santa Cruz de la Sierra", "Río de la Plata", "Mar del Plata": a capitalized word and "de la" make the next one part of a place's name. */
const PLACE_NAME_BEFORE = /\p{Lu}\p{Ll}+ (?:de la|del|de los|de las) $/u;

/** Or one a description after it says is a mine ("Escondida, el mayor yacimiento de cobre"). */
const SITE_AFTER = /^,\s(?:el|la|le|the)\s(?:\p{L}+\s){0,2}(?:yacimiento|mina|mine|gisement)\b/u;

/** A valley, river or mountain named so ("el Valle de Aburrá" beside Aburrá Capital): the place. */
const LANDFORM = /(?:^|\s)(?:Valle|Vale|Río|Rio|Sierra|Cerro|Lago|Vallée|Val|Mont|Tal) (?:de |del |de la |d'|du )?$/;

/** A street named after the name ("la rue d'Antin", "avenue Montaigne", "calle Serrano"): an address. */
const STREET = /\b(?:rue|avenue|boulevard|quai|calle|avenida|Stra(?:ße|sse)) (?:de |d'|d’|du |des |de la )?$/i;

/** A French place's name hyphened with "d'" before the word: "les Côtes-d'Armor", "le Val-d'Oise". */
const HYPHENED_PLACE = /-d['’]$/;

/** Is [start, end) of the text no firm, for one of the reasons above? `ambiguous`: the name is also a word. */
export function europeanNotFirm(text: string, start: number, end: number, ambiguous = false): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  // "im Verbund mit", "im Gespräch mit": a German noun in a phrase, whatever firm it may also name.
  return SCHOOL.test(before) || SITE.test(before.slice(-12)) || LANDFORM.test(before.slice(-16)) || SITE_AFTER.test(text.slice(end, end + 40)) || PRODUCT_QUOTED.test(before) || (text.slice(start - 3, start) === 'im ' && text.startsWith(' mit ', end)) ||
    (ambiguous && PLACE_NAME_BEFORE.test(before.slice(-24))) || STREET.test(before.slice(-12)) || HYPHENED_PLACE.test(before.slice(-3));
}

/** The articles that mark a German text, and a capitalized word after a name. */
const GERMAN_PROSE = /(?:^| )(?:und|der|die|das) /;
const CAPITAL_NEXT = /^[ \t]+(\p{Lu}[\p{L}\p{M}-]*)/u;

/**
 * For a German text, what says whether the capitalized word after `e` is a common noun ("erhielt Limmatic
 * Fördergelder"), which German capitalizes, rather than the next word of another name: only a business word
 * (`business`) goes on a name there. Undefined for a text in another language, which is read once for that.
 */
export function germanNounsAfter(text: string, business: (w: string) => boolean): ((e: number) => boolean) | undefined {
  if (!GERMAN_PROSE.test(text)) return undefined;
  return (e) => {
    const next = CAPITAL_NEXT.exec(text.slice(e, e + 40))?.[1];
    return !!next && !business(next);
  };
}
