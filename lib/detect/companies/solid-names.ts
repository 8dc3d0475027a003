/**
 * Chinese and Japanese company names the gazetteer does not know. These
 * scripts write a name solid, with no capital or space to mark it, but its
 * last word says what it is (住友商事, リクルートホールディングス, 中信证券,
 * 華夏基金). In Japanese the particles around a name are kana, which mark
 * where it starts (solid-names-ja.ts); Chinese has none, so there the name
 * starts after a function character or word (solid-names-zh.ts).
 */
import { definedNames } from './defined-names.ts';
import { japaneseNames } from './solid-names-ja.ts';
import { chineseNames } from './solid-names-zh.ts';
import { listedInChinese } from './solid-lists.ts';
import { chineseEnglish, placeOnly } from './pinyin.ts';
import type { CueName } from './cues.ts';
import { takenOr, type Taken } from './taken.ts';

const HAN_ONLY = /^[\u3400-\u9fff()（）]+$/;

/** Names read from their endings, less those that `taken` says overlap a name found another way. */
export function findSolidNames(text: string, taken: Taken): CueName[] {
  const out: CueName[] = [];
  // Every ending and cue holds a Han or kana character: a text without any (most of a mixed-language feed) is done in one scan.
  if (!/[\u3040-\u9fff]/.test(text)) return out;
  // Kana tell Japanese from Chinese, whose endings and boundaries differ.
  if (!/[\u3040-\u30ff]/.test(text)) {
    chineseNames(text, taken, out);
    definedNames(text, takenOr(taken, out), out);
    // Names listed beside a known one, the ones just read counting as known (solid-lists.ts).
    const names = [...out, ...listedInChinese(text, takenOr(taken, out))].filter((n) => !placeOnly(text.slice(n.start, n.end)));
    // Named in English as the English press would name them, so one company is one name across languages.
    for (const n of names) if (HAN_ONLY.test(n.canonical)) n.canonical = chineseEnglish(n.canonical);
    return names;
  }
  japaneseNames(text, taken, out);
  definedNames(text, takenOr(taken, out), out);
  return out;
}
