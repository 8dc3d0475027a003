/**
 * Germany's savings and cooperative banks, named for where they lend:
 * "Sparkasse Freiburg-Nördlicher Breisgau", "Kreissparkasse Ludwigsburg",
 * "Volksbank Mittelhessen", "Raiffeisenbank im Hochtaunus". There are
 * hundreds, each local, so the network's word and the place make the name,
 * as the gazetteer could never list them all. Rides with the European chunk.
 */
import type { CueName } from './cues.ts';
import { germanNoun } from './european-names.ts';

/**
 * The network's word, then a place: one capitalized word (hyphens joining its parts), and a second after an
 * adjective in -er ("Nördlicher Breisgau") or after im, am or an der ("im Hochtaunus").
 */
const BANK =
  /(?<![\p{L}-])(?:Kreis|Stadt)?(?:Sparkasse|Volksbank|Raiffeisenbank|Sparda-Bank|VR-Bank|VR Bank|PSD Bank) ((?:im |am |an der )?\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*)(?:(?<=er) (\p{Lu}\p{Ll}+))?(?![\p{L}-])/gu;

export function germanBanks(text: string): CueName[] {
  const out: CueName[] = [];
  if (!/[Ss]parkasse|Volksbank|Raiffeisen|Sparda|VR.Bank|PSD Bank/.test(text)) return out;
  for (const m of text.matchAll(BANK)) {
    // "die Sparkasse Kredite": a plural noun after the word is what it gives, not where it is.
    const place = m[1]!;
    if (germanNoun(place, true)) continue;
    const name = m[0];
    out.push({ start: m.index, end: m.index + name.length, canonical: name, kind: 'investor' });
  }
  return out;
}
