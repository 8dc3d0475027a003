/**
 * Build step: which Chinese-script names a Japanese page can never hold, so
 * that the Japanese chunk leaves them to the Chinese one (data/compact.ts).
 * OpenCC's tables say which characters differ between simplified Chinese,
 * traditional Chinese and Japanese; nothing of it ships in the extension.
 */
import { Converter } from 'opencc-js';

const toJapanese = Converter({ from: 'cn', to: 'jp' });
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const fromTraditional = Converter({ from: 'tw', to: 'cn' });

/**
 * A name written in simplified forms that Japanese does not share (软银,
 * 英伟达, 中国银行): converting it both to traditional and to Japanese
 * forms changes it. A traditional spelling stays with both languages, as
 * some Japanese firms keep old forms in their names (野村證券).
 */
export function simplifiedOnly(name: string): boolean {
  return toJapanese(name) !== name && toTraditional(name) !== name;
}

/**
 * Characters only Japanese writes so (its postwar simplified forms, and 働):
 * Chinese has other forms for each, in both its scripts (経 for 经/經, 楽 for
 * 乐/樂, 産 for 产/產). OpenCC cannot say this alone: its Taiwan and Hong Kong
 * tables turn 研 and 衛 into rarer variants, which would mark Chinese names.
 */
const JAPANESE_FORMS = /[経楽団徳産変亜済沢塩挙労働広鉄県売続読険験駅発気戦図転銭関総営児帰権薬桜栄検黒従焼専弾闘払仏歩豊満黙訳頼覧緑]/;

/** A name no Chinese text writes: kana in it, or a character in a form only Japanese uses (日本経済新聞, 楽天). */
export function japaneseOnly(name: string): boolean {
  return /[\u3040-\u30ff]/.test(name) || JAPANESE_FORMS.test(name);
}

/**
 * A character's simplified form, character by character (OpenCC's phrase
 * tables would turn 網路 into 网络, which no fold of single characters
 * makes): the Chinese part drops a traditional name that folds to a
 * simplified one it has (data/compact.ts).
 */
export function simplifiedChar(ch: string): string {
  const s = fromTraditional(ch);
  return s.length === ch.length ? s : ch;
}
