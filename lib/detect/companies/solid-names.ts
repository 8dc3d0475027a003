/**
 * Chinese and Japanese company names the gazetteer does not know. These
 * scripts write a name solid, with no capital or space to mark it, but its
 * last word says what it is (住友商事, リクルートホールディングス, 中信证券,
 * 華夏基金). In Japanese the particles around a name are kana, which mark
 * where it starts (solid-names-ja.ts); Chinese has none, so there the name
 * starts after a function character or word (solid-names-zh.ts).
 */
import type { CueName } from './cues.ts';
import type { ScriptReaders } from './readers/types.ts';
import type { Taken } from './taken.ts';

/**
 * Names read from their endings, less those `taken` says overlap a name found
 * another way. Each language's reader comes with its own chunk (the Han one
 * on a page in Chinese, the kana one in Japanese), so a page pays for one.
 */
export function findSolidNames(text: string, taken: Taken, readers: ScriptReaders): CueName[] {
  // Every ending and cue holds a Han or kana character: a text without any (most of a mixed-language feed) is done in one scan.
  if (!/[\u3040-\u9fff]/.test(text)) return [];
  // Kana tell Japanese from Chinese, whose endings and boundaries differ.
  const read = /[\u3040-\u30ff]/.test(text) ? readers.japanese : readers.chinese;
  return read ? read(text, taken, readers) : [];
}
