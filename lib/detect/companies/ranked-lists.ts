/**
 * Names in a ranked or bulleted list of deals, each item a name, its seat in
 * brackets and its figures: "1. Halcyon Reasoning (San Francisco) — $6.5
 * billion", "2. Jabuti Dados (São Paulo). 250 millones de reales". Stories
 * of the month's largest rounds are written so, with no cue word around the
 * names. A known name in the brackets is a backer or a parent, not a seat,
 * and then the item is left alone, as is one with no figure after it, unless
 * the item is a heading of a list of three or more ("2. Ondara (Bilbao)", its
 * story in the paragraph below): a listicle of startups to watch.
 */
import type { CueName } from './cues.ts';

const ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+(\p{Lu}[\p{L}\p{M}\d&'.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}\d&'.-]*|&)){0,3})[ \t]*\(\p{Lu}[^()\n]{1,40}\)([^\n]*)/gmu;
/** A sum on the item's line: a currency sign, or a number and a scale word. */
const SUM = /[$€£¥₹]|\d\s*(?:bn|billion|million|m|Mio|Mrd|millones|millions?|milliards?|Milliarden|Millionen)\b/i;

/** `taken` holds the names found another way (and the gazetteer's hits). */
export function rankedItems(text: string, taken: (s: number, e: number) => boolean): CueName[] {
  const out: CueName[] = [];
  // Most texts hold no list item with a seat: one test spares the scan.
  if (!/^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+\p{Lu}[^\n]*\(/mu.test(text)) return out;
  const items = [...text.matchAll(ITEM)];
  const headings = items.filter((m) => !m[2]!.trim()).length >= 3;
  for (const m of items) {
    const name = m[1]!;
    if (!SUM.test(m[2]!) && !(headings && !m[2]!.trim())) continue;
    const start = m.index + m[0].indexOf(name);
    const open = m.index + m[0].indexOf('(', start - m.index + name.length);
    const close = text.indexOf(')', open);
    if (taken(start, start + name.length) || taken(open + 1, close)) continue;
    out.push({ start, end: start + name.length, canonical: name, kind: 'company' });
  }
  return out;
}
