/**
 * A text that names "Lumora Photonics" and then says "Lumora" means one
 * company, though "Photonics" is no generic tail (short-forms.ts): the reader
 * of the popup wants both under the full name, as the article would list it.
 */
import type { CompanyEntity } from '../types.ts';

/** Word-edge prefixes of a Latin or Arabic name ("A B C": "A", "A B"); CJK names have no edges to cut at. */
function prefixes(name: string): string[] {
  const out: string[] = [];
  for (let k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) out.push(name.slice(0, k));
  return out;
}

/**
 * Gives a cue name the canonical of the one longer name in the same text that
 * opens with it. Names from the gazetteer keep theirs, so one company reads
 * the same in every article; where two longer names open alike ("Lumbre
 * Capital", "Lumbre Analytics") the short one is left as it is.
 */
export function toFullNames(companies: CompanyEntity[]): void {
  const longer = new Map<string, CompanyEntity | null>();
  for (const c of companies) {
    for (const p of prefixes(c.text)) {
      const had = longer.get(p);
      if (had === undefined) longer.set(p, c);
      else if (had && had.canonical !== c.canonical) longer.set(p, null);
    }
  }
  if (longer.size === 0) return;
  for (const c of companies) {
    // Two letters ("SK", before SK化学 and SK宽带) head a family of firms, not one of them.
    if (c.source !== 'cue' || c.canonical !== c.text || c.text.length < 3) continue;
    const full = longer.get(c.text);
    if (!full) continue;
    c.canonical = full.canonical;
    c.kind = full.kind;
  }
}
