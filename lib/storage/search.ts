/**
 * Search folding shared by the stored `words` index and the popup's query, so both
 * sides fold alike: the engine's fold (Arabic letter variants, digits, bidi marks,
 * tatweel), then case and Latin diacritics.
 */
import { foldWord } from '../detect/normalize.ts';

export function foldSearch(text: string): string {
  return foldWord(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Chinese and Japanese write without spaces, so each ideograph or kana is its own
// index entry; a query run of them is matched as a substring afterwards.
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function splitRun(run: string): string[] {
  if (!CJK.test(run)) return [run];
  const out: string[] = [];
  for (const piece of run.split(CJK_RUN)) if (piece) out.push(piece);
  for (const m of run.matchAll(CJK_RUN)) out.push(...m[0]);
  return out;
}

/** Index entries for a record: folded words, CJK split per character. */
export function wordsOf(...fields: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const m of foldSearch(field).matchAll(WORD)) for (const w of splitRun(m[0])) words.add(w);
  }
  return [...words];
}

export interface SearchPlan {
  /** Prefixes to look up in the `words` index; every one must match. */
  prefixes: string[];
  /** Folded fragments each record must contain (CJK runs need contiguity). */
  fragments: string[];
}

export function planSearch(query: string): SearchPlan | null {
  const fragments = [...foldSearch(query).matchAll(WORD)].map((m) => m[0]);
  if (fragments.length === 0) return null;
  const prefixes = new Set<string>();
  for (const f of fragments) for (const w of splitRun(f)) prefixes.add(w);
  return { prefixes: [...prefixes], fragments };
}

export function haystackOf(rec: { text: string; company: string | null; note: string }): string {
  return foldSearch(`${rec.text}\n${rec.company ?? ''}\n${rec.note}`);
}
