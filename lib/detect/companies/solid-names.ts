/**
 * Japanese company names the gazetteer does not know. Japanese writes a name
 * solid, with no capital or space to mark it, but its last word says what it
 * is (住友商事, 日本政策投資銀行, リクルートホールディングス), and the particles
 * around it are kana, so the name is the run of kanji and katakana that ends
 * in such a word. (Chinese has no particles to stop at: its names are left to
 * the gazetteer and to 公司.)
 */
import type { CueName } from './cues.ts';

const ENDINGS = /銀行|証券|商事|物産|電力|自動車|ホールディングス|グループ|キャピタル|ベンチャーズ|パートナーズ|テクノロジーズ/g;
/** Kanji, katakana, ー and ・: what a solid name is made of. */
const SOLID = /[\u4e00-\u9fff\u30a0-\u30ff]/;
/** What a run may be made of and still describe rather than name ("大手銀行", "電気自動車", "ネット証券"). */
const GENERIC = /^(?:[大手地方中央国内外資系米英独仏中韓日本同各民間旧・]|電気|ベンチャー|ネット)*$/;

/** Names read from their endings, less those that `taken` says overlap a name found another way. */
export function findSolidNames(text: string, taken: (s: number, e: number) => boolean): CueName[] {
  const out: CueName[] = [];
  for (const m of text.matchAll(ENDINGS)) {
    const end = m.index + m[0].length;
    // The ending must end the word: "グループ" not inside a longer katakana word, "証券" not in "証券取引所".
    if (SOLID.test(text[end] ?? '') && text[end]! > '\u4e00' === m[0] > '\u4e00') continue;
    let s = m.index;
    while (s > m.index - 12 && s > 0 && SOLID.test(text[s - 1]!)) s--;
    const front = text.slice(s, m.index);
    // A run that goes on past the limit is not one name, nor one glued to a Latin word ("SMBC日興証券"); kanji names are short.
    if (s > 0 && /[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]/.test(text[s - 1]!)) continue;
    if (front.length < 2 || (front.length > 6 && /[\u4e00-\u9fff]/.test(front)) || GENERIC.test(front) || taken(s, end)) continue;
    const kind = /キャ|ベン|パー/.test(m[0]) ? 'investor' : 'company';
    out.push({ start: s, end, canonical: front + m[0], kind });
  }
  return out;
}
