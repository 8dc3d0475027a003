/**
 * A text that names "Lumora Photonics" and then says "Lumora" means one
 * company, though "Photonics" is no generic tail (short-forms.ts): the reader
 * of the popup wants both under the full name, as the article would list it.
 */
import type { CompanyEntity } from '../types.ts';
import { READERS } from './readers/registry.ts';

/**
 * Word-edge prefixes of a Latin or Arabic name ("A B C": "A", "A B"). A Chinese name read from a cue has no edges
 * to cut at: its short forms are its prefixes after its city (cjk-places.ts hanPrefixes, with the CJK chunk).
 */
function prefixes(c: CompanyEntity): string[] {
  const name = c.text;
  const han = c.source === 'cue' ? READERS.places?.hanPrefixes(name) : undefined;
  if (han?.length) return han;
  const out: string[] = [];
  for (let k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) out.push(name.slice(0, k));
  return out;
}

/** Does `a`, a Chinese cue name, open `b` past the city `b` opens with? */
const opens = (a: CompanyEntity, b: CompanyEntity) => a.text.charCodeAt(0) >= 0x4e00 && b.text.length > a.text.length && prefixes(b).includes(a.text);

/**
 * Gives a cue name the canonical of the one longer name in the same text that
 * opens with it. Names from the gazetteer keep theirs, so one company reads
 * the same in every article; where two longer names open alike ("Lumbre
 * Capital", "Lumbre Analytics") the short one is left as it is.
 */
export function toFullNames(companies: CompanyEntity[]): void {
  const longer = new Map<string, CompanyEntity | null>();
  for (const c of companies) {
    for (const p of prefixes(c)) {
      const had = longer.get(p);
      if (had === undefined) longer.set(p, c);
      // One of the two opens the other (晶途智能 and 成都晶途智能装备有限公司): the longer is the full name.
      else if (had && had.canonical !== c.canonical) longer.set(p, opens(had, c) ? c : opens(c, had) ? had : null);
    }
  }
  if (longer.size === 0) return;
  for (const c of companies) {
    // Two letters ("SK", before SK化学 and SK宽带) head a family of firms, not one of them; two Han characters are a name.
    const solid = /^[\u4e00-\u9fff]{2,}$/.test(c.text);
    if (c.source !== 'cue' || (c.canonical !== c.text && !solid) || (c.text.length < 3 && !solid)) continue;
    const full = longer.get(c.text);
    if (!full) continue;
    c.canonical = full.canonical;
    c.kind = full.kind;
  }
}
