/**
 * Germany's savings and cooperative banks, named for where they lend:
 * "Sparkasse Freiburg-Nördlicher Breisgau", "Kreissparkasse Ludwigsburg",
 * "Volksbank Mittelhessen", "Raiffeisenbank im Hochtaunus". There are
 * hundreds, each local, so the network's word and the place make the name,
 * as the gazetteer could never list them all. Rides with the European chunk.
 */
import type { CueName } from './cues.ts';
import { germanNoun } from './european-names.ts';

/** The networks' words, which their banks' names open with. */
const NETWORKS = 'Sparkasse|Volksbank|Raiffeisenbank|Sparda-Bank|VR-Bank|VR Bank|PSD Bank';
/**
 * The network's word, then a place: one capitalized word (hyphens joining its parts), and a second after an
 * adjective in -er ("Nördlicher Breisgau") or after im, am or an der ("im Hochtaunus").
 */
const BANK = new RegExp(
  `(?<![\\p{L}-])(?:Kreis|Stadt)?(?:${NETWORKS}) ((?:im |am |an der )?\\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)*)(?:(?<=er) (\\p{Lu}\\p{Ll}+))?(?![\\p{L}-])`, 'gu');
/** Whether the text names one of the networks at all ("Kreissparkasse" writes its word small), before the text is read for them. */
const ANY_NETWORK = new RegExp(`${NETWORKS}|sparkasse`);

export function germanBanks(text: string): CueName[] {
  const out: CueName[] = [];
  if (!ANY_NETWORK.test(text)) return out;
  for (const m of text.matchAll(BANK)) {
    // "die Sparkasse Kredite": a plural noun after the word is what it gives, not where it is.
    const place = m[1]!;
    if (germanNoun(place, true)) continue;
    const name = m[0];
    out.push({ start: m.index, end: m.index + name.length, canonical: name, kind: 'investor' });
  }
  return out;
}
