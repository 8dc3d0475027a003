/**
 * شركة «سبّورة» (Sabboura): the Arab press gives a young firm's own Latin name
 * in brackets after its Arabic one, once. That is how the firm and the English
 * press write it, so it names every mention of the Arabic name in place of a
 * romanization guessed from the letters, and the bracket holds a mention of
 * its own. Only after a name a reader already took for a firm: people are
 * glossed so too (جنسن هوانغ (Jensen Huang)).
 */
import type { CueName } from './cue-name.ts';
import type { Taken } from './taken.ts';

/** Arabic letters, marks and spaces: the whole cue name, as written. */
const ARABIC = /^[\u0600-\u06ff ]+$/;
/** After the name and its closing quote: a bracket with a styled Latin name (an all-capital acronym is acronyms.ts's). */
const GLOSS = /^[»"”]?\s?\(((?:\p{Lu}|\d)[\p{sc=Latin}\d.&'-]*(?: [\p{sc=Latin}\d.&'-]+){0,4})\)/u;
const STYLED = /\p{Ll}/u;

/** Rewrites the canonical name of every mention of a glossed Arabic cue name in `cues`; returns the bracketed names to add. */
export function arabicGlosses(text: string, cues: readonly CueName[], taken: Taken): CueName[] {
  const out: CueName[] = [];
  const gloss = new Map<string, string>();
  for (const c of cues) {
    const written = text.slice(c.start, c.end);
    if (!ARABIC.test(written)) continue;
    const m = GLOSS.exec(text.slice(c.end, c.end + 48));
    if (!m || !STYLED.test(m[1]!)) continue;
    gloss.set(written, m[1]!);
    const start = c.end + m[0].indexOf('(') + 1;
    const end = start + m[1]!.length;
    if (!taken(start, end) && !out.some((o) => o.start === start)) out.push({ start, end, canonical: m[1]!, kind: c.kind });
  }
  for (const c of cues) {
    const canonical = gloss.get(text.slice(c.start, c.end));
    if (canonical) c.canonical = canonical;
  }
  return out;
}
