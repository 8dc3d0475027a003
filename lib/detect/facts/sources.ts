/**
 * Companies an amount's sentence names but that the amount is not about: the
 * source of an estimate ("analysts at Jefferies estimate €90 billion", "laut
 * EY") and the investors of a round ("a $650m round led by Nvidia"). No fact
 * is better than crediting them with it.
 */

const SOURCE_BEFORE = /(?:analyst|economist|strateg|économiste)\w*\s+(?:at|from|of|bei|von|der|de|chez|del|d')\s*$|(?:laut|according to|selon|según|d'après)\s+$/i;

/** Is the company at [start, …) introduced as the source of a figure? */
export function namedAsSource(text: string, start: number): boolean {
  return SOURCE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

const LED_BY = /\b(?:led|backed) by\b|angeführt|unter (?:der )?Führung|liderad|encabezad|men[ée]e par|pilot[ée]e par|بقيادة/i;

/** A new clause: what came before it ("backed by Amazon, and LG AI Research was handed …") lists others. */
const NEW_CLAUSE = /.*(?:[;،]|, (?:and|und|et|y|while|whereas) )/su;

/** Do the words before a company, in its clause, put it among a round's investors? */
export function amongInvestors(before: string): boolean {
  // Most words before a company hold no such phrase: the clause is cut only when one is there.
  return LED_BY.test(before) && LED_BY.test(before.replace(NEW_CLAUSE, ''));
}
