/**
 * Build step: which Chinese-script names a Japanese page can never hold, so
 * that the Japanese chunk leaves them to the Chinese one (data/compact.ts).
 * OpenCC's tables say which characters differ between simplified Chinese,
 * traditional Chinese and Japanese; nothing of it ships in the extension.
 */
import { Converter } from 'opencc-js';

const toJapanese = Converter({ from: 'cn', to: 'jp' });
const toTraditional = Converter({ from: 'cn', to: 'tw' });

/**
 * A name written in simplified forms that Japanese does not share (软银,
 * 英伟达, 中国银行): converting it both to traditional and to Japanese
 * forms changes it. A traditional spelling stays with both languages, as
 * some Japanese firms keep old forms in their names (野村證券).
 */
export function simplifiedOnly(name: string): boolean {
  return toJapanese(name) !== name && toTraditional(name) !== name;
}
