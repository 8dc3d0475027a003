/**
 * News outlets the gazetteer does not know, named where a story credits
 * them: a wire story's dateline ("München/Ditzingen (dpa-AFX) –", "LONDRES
 * (Reuters) -") and a German outlet in quotes after "laut" or a word for a
 * paper, or before "zufolge" or "berichtete" ("laut „Handelszeitung“",
 * "die Wirtschaftszeitung „Dagens Næringsliv“"); a source a figure is credited to.
 */
import type { CueName } from './cues.ts';

/**
 * A paragraph's opening place (capitalized words and short lower-case ones:
 * "Frankfurt am Main", "CIUDAD DE MÉXICO", "Zürich/Wien"), then the agencies
 * in brackets, then a dash.
 */
const DATELINE = /^[^\S\n]*\p{Lu}[\p{L}.'-]*(?:[ /](?:\p{Lu}[\p{L}.'-]*|\p{Ll}{1,3}))*[^\S\n]*\(([^()\n]{2,40})\)[^\S\n]*[–—-]/u;
/** One agency of a dateline: letters, maybe with a hyphen or a space ("dpa-AFX", "El Financiero"). */
const AGENCY = /^[\p{L}][\p{L}&.-]*(?: [\p{L}][\p{L}&.-]*){0,3}$/u;
const QUOTED = /(?:\blaut|zeitung|magazin|blatt|portal|agentur)[^\S\n]+„([^“„\n]{2,40})“|„([^“„\n]{2,40})“[^\S\n]*(?:zufolge|berichtet)/gi;
/** A title, not an outlet: capitals start an outlet's name, and it holds at most four words. */
const OUTLET = /^\p{Lu}[\p{L}\d&.-]*(?: [\p{L}\d&.-]+){0,3}$/u;

/**
 * A source a figure is credited to: "según recoge Expansión", "según datos de
 * Valora Analitik", "according to data from PitchBook", "laut Daten von
 * Dealroom", "selon La Nouvelle République". The verb, the word for data or
 * the paper's article rules out a person (a bank, court or ministry is no paper).
 */
const CREDITED = /(?:[Ss]egún (?:recoge|publica|publicó|informa|informó|adelanta|adelantó|(?:datos|cálculos|estimaciones|cifras) de(?:l)?)|(?:[Ss]elon|[Ss]egún) (?=(?:La|Le|El) (?!Banque|Banco|Commission|Comisión|Cour|Autorit|Minist)\p{Lu})|[Aa]ccording to (?:data|figures|estimates) (?:from|by)|[Ss]elon les (?:données|calculs|chiffres) (?:de|du|d')|(?:Daten|Berechnungen|Schätzungen) (?:von|des|der)(?! (?:Studie|Analyse|Umfrage|Untersuchung|Erhebung|Prognose|Autoren|Analysten|Experten|Forscher)\b)) ?(\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*){0,3})/gu;

export function findOutlets(text: string): CueName[] {
  const out: CueName[] = [];
  // Only a paragraph's start can hold a dateline: the regex runs on the first units of each, never across the text.
  for (let p = 0; p < text.length; p = text.indexOf('\n', p) + 1 || text.length) {
    const head = text.slice(p, p + 100);
    if (!head.includes('(')) continue;
    const m = DATELINE.exec(head);
    if (!m) continue;
    let at = p + m[0].indexOf('(') + 1;
    for (const part of m[1]!.split('/')) {
      const name = part.trim();
      const s = at + part.indexOf(name);
      if (name && AGENCY.test(name)) out.push({ start: s, end: s + name.length, canonical: name, kind: 'media' });
      at += part.length + 1;
    }
  }
  if (/egún|ccording to|elon [lL]|Daten|Berechnungen|Schätzungen/.test(text)) {
    for (const m of text.matchAll(CREDITED)) {
      const name = m[1]!;
      const s = m.index + m[0].length - name.length;
      // "Bolsas y Mercados Españoles": a name that runs on past "y" is longer than the match.
      if (!/^ (?:y|e|et|and|und|de|del) \p{Lu}/u.test(text.slice(s + m[1]!.length, s + m[1]!.length + 6))) {
        out.push({ start: s, end: s + name.length, canonical: name, kind: 'media' });
      }
    }
  }
  if (!text.includes('„')) return out;
  for (const m of text.matchAll(QUOTED)) {
    const name = m[1] ?? m[2]!;
    const s = m.index + m[0].indexOf(name);
    if (OUTLET.test(name)) out.push({ start: s, end: s + name.length, canonical: name, kind: 'media' });
  }
  return out;
}
