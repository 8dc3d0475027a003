/**
 * Spanish angels' networks, named for their members: "la red Ángeles del Sur",
 * "la red de inversores ángeles Pampa Ángeles", "la Red de Ángeles de
 * Occidente", "el Club de Ángeles Guayas", "Ángeles del Norte, una red de
 * inversionistas". The word alone is a city's (Los Ángeles) or a woman's name
 * (María de los Ángeles), so only the network's noun, in front or in an
 * apposition, makes one of it. Rides with the European chunk.
 */
import type { CueName } from './cues.ts';

/** The name: a word before Ángeles, or after it a word, or a place after de or del ("Ángeles Inversionistas de Antioquia"). */
const NAME = '(?:\\p{Lu}\\p{Ll}+ )?Ángeles(?: \\p{Lu}\\p{Ll}+)?(?: (?:del|de la|de) \\p{Lu}\\p{Ll}+)?';
/** The network's noun before the name, lower case: "red", "red de inversores ángeles", "red de inversionistas". */
const AFTER_NOUN = new RegExp(`\\bred(?: de (?:inversores|inversionistas)(?: [aá]ngeles)?)? (${NAME})`, 'gu');
/** The noun as the name's own first word: "Red de Ángeles del Centro", "Red Paisa de Ángeles", "Club de Ángeles Guayas". */
const OWN_NOUN = new RegExp(`\\b(?:Red|Club)(?: \\p{Lu}\\p{Ll}+)? de ${NAME}`, 'gu');
/** The name, then the noun in apposition: "Ángeles del Norte, una red de inversionistas". */
const APPOSED = new RegExp(`(?<![Ll]os |[Ll]as |de )(${NAME}), una red\\b`, 'gu');

export function spanishAngels(text: string): CueName[] {
  const out: CueName[] = [];
  if (!text.includes('ngeles')) return out;
  for (const re of [AFTER_NOUN, OWN_NOUN, APPOSED]) {
    for (const m of text.matchAll(re)) {
      const name = m[1] ?? m[0];
      const start = m.index + m[0].lastIndexOf(name);
      // Its own short form is the whole name: Ángeles alone is the city's (Los Ángeles).
      out.push({ start, end: start + name.length, canonical: name, kind: 'investor', short: name });
    }
  }
  return out;
}
