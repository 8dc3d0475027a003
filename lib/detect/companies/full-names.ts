/**
 * A text that names "Lumora Photonics" and then says "Lumora" means one
 * company, though "Photonics" is no generic tail (short-forms.ts): the reader
 * of the popup wants both under the full name, as the article would list it.
 */
import type { CompanyEntity } from '../types.ts';
import { READERS } from './readers/registry.ts';

const HAN_NAME = /^[\u4e00-\u9fff]{2,}$/;

/**
 * Word-edge prefixes of a Latin or Arabic name ("A B C": "A", "A B"). A Chinese name read from a cue has no edges
 * to cut at: every prefix of two characters or more, after the city it opens with (成都晶途智能装备有限公司: 晶途,
 * 晶途智能, …), which its short forms are.
 */
function prefixes(c: CompanyEntity): string[] {
  const name = c.text;
  const out: string[] = [];
  if (c.source === 'cue' && HAN_NAME.test(name)) {
    const own = name.slice(READERS.places?.PLACES.exec(name)?.[0].length ?? 0);
    for (let k = 2; k < own.length; k++) out.push(own.slice(0, k));
    return out;
  }
  for (let k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) out.push(name.slice(0, k));
  return out;
}

/** Does `a`, a Chinese cue name, open `b` past the city `b` opens with? */
const opens = (a: CompanyEntity, b: CompanyEntity) => HAN_NAME.test(a.text) && b.text.length > a.text.length && prefixes(b).includes(a.text);

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
    const han = HAN_NAME.test(c.text);
    if (c.source !== 'cue' || (c.canonical !== c.text && !han) || (c.text.length < 3 && !han)) continue;
    const full = longer.get(c.text);
    if (!full) continue;
    c.canonical = full.canonical;
    c.kind = full.kind;
  }
}
