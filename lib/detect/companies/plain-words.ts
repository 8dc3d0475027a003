/**
 * Words the cue readers take for a name that are plain words where they
 * stand: an acronym that names a firm and a kind of investor alike (CVC is CVC
 * Capital Partners, and also any "corporate venture capital" arm, which an
 * article that spells the term out means wherever it writes the letters), a
 * German noun after an indefinite article ("ein KI-Rechenzentrum"), an
 * English county ("Waltham Cross, Hertfordshire"), and the front of an
 * agency's name.
 */
const SPELLED_OUT: Record<string, RegExp> = {
  CVC: /corporate[- ]venture[- ]capital|コーポレート・?ベンチャー・?キャピタル|企业风险投资|企業風險投資|capital[- ]risque d.entreprise|capital de riesgo corporativo/i,
};

/** Is the name at `start`..`end` an acronym the article spells out as a common noun? */
export function genericAcronym(text: string, start: number, end: number): boolean {
  const term = SPELLED_OUT[text.slice(start, end)];
  return !!term && term.test(text);
}

/** "ein", "eine", "einen", "einem", "einer", "eines" right before: what follows is a thing, a name takes none. */
const GERMAN_INDEFINITE = /(?:^|[\s(])[Ee]in(?:e[mnrs]?)?\s$/;
const COUNTY = /^\p{Lu}\p{Ll}+shire$/u;

/**
 * Is the cue name at `start`..`end` a plain noun or a place where it stands, or the front of an agency's or a public
 * body's name ("the National Treasury Management Agency", "the Kenya Agricultural and Livestock Research Organization":
 * a state body, or a news agency the gazetteer knows whole)?
 */
export function plainWord(text: string, start: number, end: number): boolean {
  if (/^ (?:Agency|Organi[sz]ation|Institute|Council)\b/.test(text.slice(end, end + 14))) return true;
  const word = text.slice(start, end);
  if (/\s/.test(word)) return false;
  return COUNTY.test(word) || GERMAN_INDEFINITE.test(text.slice(Math.max(0, start - 7), start));
}
