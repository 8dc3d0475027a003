/**
 * Public bodies that a cue frames like a firm: a central bank or an agency an
 * apposition names so, a state's agency for investment and a legislature. They ride with the
 * given names' chunk (entrypoints/given.ts), which a page about money loads,
 * so the content script does without them.
 */

/**
 * An apposition that calls the name a central bank or a public agency ("Eesti Pank, the central bank",
 * "Innosuisse, l'agence fédérale pour l'innovation").
 */
const PUBLIC_APPOSED = /^,\s(?:the\s|l['’]|la\s|le\s|el\s|die\s|der\s)?(?:country['’]s\s|[\p{L}-]+\s)?(?:central bank|banque centrale|banco central|zentralbank|(?:federal|state|government|public) agency|agence (?:fédérale|publique|nationale|gouvernementale)|agencia (?:federal|pública|nacional|estatal)|bundesagentur|regulator|régulateur|regulador)/iu;

/** A state's or a city's agency for investment ("the Indiana Economic Development Corporation"). */
const PUBLIC_AGENCY = /\beconomic development (?:corporation|board|agency|council|authority)$/i;

/** A legislature, which raises taxes and credits as a firm raises money ("the credit, which Congress raised to 35 per cent"). */
const LEGISLATURE = /^(?:Congress|Parliament|Senate|Bundestag|Bundesrat|Assemblée nationale|Congreso|Cortes|Knesset)$/;

/** A state's programme named after the name: "The India Semiconductor Mission", "the Swiss AI Initiative". */
const PROGRAMME_AFTER = /^ (?:Mission|Initiative|Programme|Program)\b/;

/** Is the cue name that ends at `end`, named `canonical`, a public body rather than a company? */
export function publicBody(text: string, end: number, canonical: string): boolean {
  return PUBLIC_APPOSED.test(text.slice(end, end + 48)) || PUBLIC_AGENCY.test(canonical) || LEGISLATURE.test(canonical) ||
    PROGRAMME_AFTER.test(text.slice(end, end + 14));
}
