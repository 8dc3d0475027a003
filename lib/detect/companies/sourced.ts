/**
 * A bare source that ends its clause in French or Spanish, alone or with one
 * more ("selon Zonebourse.", "selon L'Est Républicain,", "selon BioSpace et Fierce Biotech.", "según
 * Expansión,"). A person is named in full, or by a surname the text gave a
 * first name before; the buildings and offices that stand for a government
 * are not sources (a capital city is a place, which every cue name is checked
 * against: not-names.ts). German capitalizes every noun ("laut Insidern."),
 * so "laut" is left out; a German town's paper is named by its own words. Rides with the European chunk.
 */
import type { CueName } from './cues.ts';

const SOURCED = /(?:\b[Ss]elon|\b[Ss]egún|\b[Dd]['’]après) (?!(?:Bercy|Matignon|Moncloa|Hacienda|Eurostat)\b)((?:L['’])?\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*)?)(?: (?:et|y) (\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*)?))?(?=[.,;:](?:\s|$))/gu;

/** Whether the text names `name` earlier after another capitalized word, as a person's surname ("Luis Romero … según Romero"). */
function surnameBefore(text: string, name: string, end: number): boolean {
  for (let at = text.lastIndexOf(name, end - 1); at > 0; at = text.lastIndexOf(name, at - 1)) {
    if (/\p{Lu}[\p{L}.'-]* $/u.test(text.slice(Math.max(0, at - 25), at))) return true;
  }
  return false;
}

/**
 * A German town's or region's paper, after a definite article: "Zuerst hatte die Aachener Zeitung berichtet", "der
 * Badischen Zeitung", "Der Rhein-Neckar-Zeitung sagte er". Not "der Schweizer Zeitung", a country's, which is no name.
 */
const TOWN_PAPER = /(?<=(?:^|\s)(?:[Dd]er|[Dd]ie|dem|des) )(?:(?!Schweizer )\p{Lu}\p{Ll}+er (?:Zeitung|Nachrichten|Rundschau|Tagblatt|Anzeiger|Morgenpost|Volkszeitung)|\p{Lu}\p{Ll}+ischen? (?:Zeitung|Post)|(?:\p{Lu}\p{Ll}+-)+Zeitung)(?![\p{L}])/gu;

export function sourcedOutlets(text: string): CueName[] {
  const out: CueName[] = [];
  for (const m of text.matchAll(TOWN_PAPER)) out.push({ start: m.index, end: m.index + m[0].length, canonical: m[0], kind: 'media' });
  for (const m of text.matchAll(SOURCED)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of [m[1], m[2]]) {
      if (!name) continue;
      const s = text.indexOf(name, at);
      at = s + name.length;
      // Two plain words are as likely a person ("selon Marc Dubois.").
      if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) || surnameBefore(text, name, s)) continue;
      out.push({ start: s, end: at, canonical: name, kind: 'media' });
    }
  }
  return out;
}
