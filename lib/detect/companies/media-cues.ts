/**
 * News outlets the gazetteer does not know, named where a story credits
 * them: a wire story's dateline ("München/Ditzingen (dpa-AFX) –", "LONDRES
 * (Reuters) -") and a German outlet in quotes after "laut" or a word for a
 * paper, or before "zufolge" or "berichtete" ("laut „Handelszeitung“",
 * "die Wirtschaftszeitung „Dagens Næringsliv“"); a source a figure is credited to.
 */
import { germanNounAlone } from './cue-name.ts';
import type { CueName } from './cues.ts';
import { READERS } from './readers/registry.ts';

/**
 * A paragraph's opening place (capitalized words and short lower-case ones:
 * "Frankfurt am Main", "CIUDAD DE MÉXICO", "Zürich/Wien"), then the agencies
 * in brackets, then a dash.
 */
// The place may be followed by a date ("Lausanne, 18 mai 2027 (ATS) –", "HELSINKI, Feb 9 (Nordic Tech Wire) -").
const DATELINE = /^[^\S\n]*\p{Lu}[\p{L}.'-]*(?:[ /](?:\p{Lu}[\p{L}.'-]*|\p{Ll}{1,3}))*(?:,[^\S\n]+(?:\d{1,2}\.?[^\S\n]+\p{L}+\.?[^\S\n]+\d{4}|\p{Lu}\p{Ll}+\.?[^\S\n]+\d{1,2}))?[^\S\n]*\(([^()\n]{2,40})\)[^\S\n]*[–—-]/u;
/** One agency of a dateline: letters, maybe with a hyphen or a space ("dpa-AFX", "El Financiero"). */
const AGENCY = /^[\p{L}][\p{L}&.-]*(?: [\p{L}][\p{L}&.-]*){0,3}$/u;
/** A title, not an outlet: capitals start an outlet's name, and it holds at most four words. */
const OUTLET = /^\p{Lu}[\p{L}\d&.-]*(?: [\p{L}\d&.-]+){0,3}$/u;

/**
 * A source a figure is credited to: "according to data from PitchBook". The
 * word for data rules out a person; so does a name no person has, with a
 * capital inside or a web address ("according to StateScoop", "Law.com", "first reported by TechJuice"). French, German and Spanish ones ("según
 * recoge Expansión", "laut „Handelszeitung“") come with the European chunk
 * (script-cues.ts EUROPEAN_OUTLETS).
 */
const CREDITED = /(?:[Aa]ccording to (?:data|figures|estimates) (?:from|by) ?(\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*){0,3})|(?:[Aa]ccording to|reported by) (\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*|\p{Lu}[\p{L}\d]*\.com)(?![\p{L}\d]))/gu;

/** Each outlet a credit names, less one whose name runs on past "y", "and" or "de" ("Bolsas y Mercados Españoles"), or in small words. */
function credited(text: string, re: RegExp, out: CueName[]): void {
  for (const m of text.matchAll(re)) {
    let name = m[1] ?? m[2]!;
    // A German word for what the source is comes first, capitalized as nouns are: "Schätzungen des Beratungsunternehmens Novaspace".
    const trade = /^(\p{L}+) (?=\p{Lu})/u.exec(name);
    if (trade && READERS.germanTrades?.kind(trade[1]!)) name = name.slice(trade[0].length);
    const s = m.index + m[0].length - name.length;
    // Nor one whose name runs on in small words, an association's ("selon La Guilde du jeu vidéo du Québec").
    const after = text.slice(s + name.length, s + name.length + 10);
    if (!germanNounAlone(name) && !/^ (?:y|e|et|and|und|de|del) \p{Lu}/u.test(after) && !/^ (?:du|des|de la|del|de los) \p{Ll}/u.test(after)) {
      out.push({ start: s, end: s + name.length, canonical: name, kind: 'media' });
    }
  }
}

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
      // "Frankfurt (Eigener Bericht) –": the paper's own report, no agency.
      if (name && AGENCY.test(name) && !/^Eigene[rn]? /.test(name)) out.push({ start: s, end: s + name.length, canonical: name, kind: 'media' });
      at += part.length + 1;
    }
  }
  if (text.includes('ccording to') || text.includes('reported by')) credited(text, CREDITED, out);
  const eu = READERS.outlets;
  if (!eu?.spot.test(text)) return out;
  credited(text, eu.credited, out);
  out.push(...eu.sourced(text));
  for (const m of text.matchAll(eu.quoted)) {
    const name = m[1] ?? m[2]!;
    const s = m.index + m[0].indexOf(name);
    if (OUTLET.test(name)) out.push({ start: s, end: s + name.length, canonical: name, kind: 'media' });
  }
  return out;
}
