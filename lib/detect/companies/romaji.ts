/**
 * The English name of a katakana company name the gazetteer does not know.
 * Japanese news writes a young company's name in katakana (カグラ, シラカバ・
 * インフラ) and the English press writes the same company in Hepburn
 * romanization (Kagura, Shirakaba Infra); the library adds one deal up across
 * languages only if both come to one canonical name. A loanword the name ends
 * in is written as the English word it came from (パートナーズ: Partners),
 * since that is how the company spells itself; the rest is romanized.
 */

import { kanjiName } from './kanji-names.ts';
import { BUSINESS, loanSplit } from './katakana-words.ts';

/** Hepburn for each kana of ア to ヴ, in code-point order (small kana included, read apart below). */
const KANA = ('a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo ta da chi ji tsu tsu zu te de to do ' +
  'na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po ma mi mu me mo ya ya yu yu yo yo ra ri ru re ro wa wa i e o n vu').split(' ');
const FIRST = 0x30a1;
/** Small ァィゥェォ and ャュョ, whose sound the kana before them bends (ッ and ー are read apart). */
const SMALL = new Set([0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9, 0x30e3, 0x30e5, 0x30e7]);

/** Kanji endings of a katakana-headed name, as such names spell them in English (ミナセ精機: Minase Seiki). */
const KANJI_TAILS: Record<string, string> = {
  精機: 'Seiki', 精工: 'Seiko', 商事: 'Shoji', 物産: 'Bussan', 工業: 'Kogyo', 銀行: 'Bank', 証券: 'Securities', 計算機: 'Computing', 電力: 'Power', 研究所: 'Labs', 半導体: 'Semiconductor', 演算: 'Enzan',
  // A think tank: カザミ総研, as Nomura's and Mitsubishi's are named in English.
  総研: 'Research Institute',
};

/**
 * What marks a katakana word as a loanword: a long vowel, small vowels, ヴ, a
 * doubled consonant, or the vowel Japanese adds after a final consonant
 * (-ku, -ru, -to, -do...) in a word of four kana or more. Japanese words
 * written in katakana as names (カグラ, シラカバ, トキワ) have none, and the short
 * ones that end so are Japanese as often as not (ミナト, シズク).
 */
const LOANWORD_SHAPE = /[ーァィゥェォヴッ]|[\u30a1-\u30fa]{3}[クルトドスフプブグムズ]$/;

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** One katakana word in Hepburn, lower-case; undefined if it holds anything else. */
export function hepburn(word: string): string | undefined {
  let out = '';
  let last = '';
  let geminate = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x30fc) continue; // ー: a long vowel, which names in English leave unmarked.
    if (c === 0x30c3) {
      geminate = true;
      continue;
    }
    let r = KANA[c - FIRST];
    if (r === undefined || c > 0x30f4) return undefined;
    if (SMALL.has(c) && last) {
      // A small kana bends the sound before it: キャ kya, シャ sha, ファ fa, ティ ti, ウィ wi, イェ ye.
      let stem = last.slice(0, -1);
      if (c >= 0x30e3) stem += /(?:sh|ch|j)$/.test(stem) ? '' : 'y';
      else if (!stem) stem = last === 'u' ? 'w' : 'y';
      out = out.slice(0, out.length - last.length) + stem + r.slice(-1);
      last = stem + r.slice(-1);
      continue;
    }
    if (geminate) {
      r = (r.startsWith('ch') ? 't' : r.charAt(0)) + r;
      geminate = false;
    }
    out += r;
    last = r;
  }
  return out || undefined;
}

/**
 * The loanwords a katakana word ends in, as English words, and what is left
 * before them: a Japanese word, or nothing ("ミライアーム": ミライ, [Arm]).
 */
function loanTail(word: string): { rest: string; tail: string[] } {
  // A head of one kana is no Japanese word (アライン is not "A Line"); one of two, or one that ends in a long vowel
  // mark, is one only before business words (コエテック: Koe Tech, サトーホールディングス: Sato Holdings), and otherwise
  // the start of one word, Japanese or English (アマテラス is not "Ama Terrace", ラムリサーチ not "Ramuri Search").
  // A point of the word that no split reaches the end from is the same for every head: one record serves them all.
  const failed = new Set<number>();
  for (let cut = 0; cut < word.length; cut = cut ? cut + 1 : 2) {
    const tail = loanSplit(word, cut, failed);
    if (!tail) continue;
    if ((cut !== 2 && word[cut - 1] !== 'ー') || tail.every((w) => HEAD_TAILS.has(w))) return { rest: word.slice(0, cut), tail };
    break;
  }
  return { rest: word, tail: [] };
}

/** Words of what a company is or does, after which a name's first word is its short form (トキワ・グリーンファンド: トキワ). */
const TAILS = new Set([...BUSINESS, 'Green', 'Infra', 'Techno', 'Robotics', 'Energy', 'Networks', 'Data', 'Works', 'Computing', 'Cloud', 'Compute', 'Logic']);
/** Those, and more trades, after which a short head is a Japanese word of its own (コエテック). */
const HEAD_TAILS = new Set([...TAILS, 'Analytics', 'Intelligence', 'Dynamics', 'Security', 'Mobility', 'Power', 'Health', 'Medical', 'Tech', 'Labs', 'Lab',
  'Materials', 'Material']);
/**
 * A katakana word as English words: all of it from the word list, or a
 * Japanese word romanized and the list's words after it ("ミライアーム": Mirai
 * Arm). English words written as one katakana word are a coined name and
 * stay one word (ノースグリッド: NorthGrid, ソフトバンク: SoftBank), but for
 * what a company is or does ("Green Fund", "Data Centers").
 */
function englishWord(word: string, loose = false): string | undefined {
  const { rest, tail } = loanTail(word);
  const apart = (w: string) => TAILS.has(w) || w === 'Centers' || w === 'Center';
  const glue = (w: string, k: number) => k > 0 && !apart(w) && !apart(tail[k - 1]!);
  if (!rest) return tail.reduce((out, w, k) => out + (glue(w, k) ? '' : ' ') + w, '').trim();
  // A loanword's romanization is not its English (テルコムセル is Telkomsel, not Terukomuseru): only a Japanese word is romanized.
  // Loosely, a word of its own is romanized whole (ハダミル); one glued to a listed word is a coined English name
  // (ヴァルテック: Valtech), which its romanization would cut in two.
  if (LOANWORD_SHAPE.test(rest) && (!loose || tail.length)) return undefined;
  const head = hepburn(rest);
  return head && [cap(head), ...tail].join(' ');
}

/**
 * Katakana as English words from the list alone (クラウド・ファンド: Cloud Fund), or undefined: after a kanji
 * head it is a loanword (九州ガス), and Hepburn would spell it "Gasu".
 */
function listedEnglish(kana: string): string | undefined {
  const words = kana.split('・').filter(Boolean);
  return words.length && words.every((w) => !loanTail(w).rest) ? words.map((w) => englishWord(w)).join(' ') : undefined;
}

/**
 * The English form of a company name written in katakana, with a Latin tail
 * or a kanji ending at most ("カグラAI", "トキワ・グリーンファンド",
 * "ミナセ精機"), or a kanji head the list reads (kanji-names.ts: 北斗クラウド);
 * undefined when it holds anything else, so the reader keeps it as written.
 * `loose`: a first word shaped like a loanword that the list does not know is
 * romanized too (ハダミル: Hadamiru), as a last resort before the katakana;
 * the words after it must still be ones the list knows.
 */
/** A hiragana う after a syllable in u or o, which lengthens it. */
const LONG_U = /([うくぐすずつづぬふぶぷむゆるゅおこごそぞとどのほぼぽもよろょ])う/g;

export function romanizeName(name: string, loose = false): string | undefined {
  if (/^[\u4e00-\u9fff]/.test(name)) return kanjiName(name, listedEnglish);
  // Latin letters, then katakana (SBエナジー: SB Energy), as a group names an arm.
  const latin = /^([A-Za-z][\w.&-]*)[\s・]?([\u30a1-\u30fc・]+)$/.exec(name);
  if (latin) {
    const rest = latin[2]!.split('・').filter(Boolean).map((w) => englishWord(w));
    return rest.length && rest.every(Boolean) ? [latin[1], ...rest].join(' ') : undefined;
  }
  // A name in hiragana (ことのは研究所) reads as the same sounds in katakana.
  // Its long vowels as Hepburn writes Japanese words: ちゅうぎん is Chugin, not Chuugin.
  const kana = name.replace(LONG_U, '$1').replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  const m = /^([\u30a1-\u30fc・]+?)(?:([\u4e00-\u9fff]{2,3})|\s?([A-Za-z][\w.&-]*))?$/.exec(kana);
  if (!m || (m[2] && !KANJI_TAILS[m[2]])) return undefined;
  const parts = m[1]!.split('・').filter(Boolean);
  // ザ before a name is the English article (ザ・リアルリアル: The RealReal), which Hepburn would spell "Za".
  const article = parts.length > 1 && parts[0] === 'ザ';
  // アンド between words is the ampersand of a partnership's name (マッキンゼー・アンド・カンパニー: McKinsey & Company).
  const words = [...(article ? ['The'] : []), ...parts.slice(article ? 1 : 0).map((w, k) => (k > 0 && w === 'アンド' ? '&' : englishWord(w, loose && k === 0)))];
  if (!words.length || words.some((w) => !w)) return undefined;
  return [...words, m[2] ? KANJI_TAILS[m[2]] : m[3]].filter(Boolean).join(' ');
}

/** A katakana name in Hepburn as written, loanwords too, a word per ・ (sound-alike.ts); undefined if it holds anything else. */
export function kanaLatin(name: string): string | undefined {
  const words = name.split('・').map(hepburn);
  return words.every(Boolean) ? words.join(' ') : undefined;
}

const tailWords = (w: string) => !!loanSplit(w)?.every((e) => TAILS.has(e));

/**
 * A Japanese word glued to business words, with no dot (ヒバナセキュリティ, later ヒバナ; トモシビエナジー,
 * トモシビ): the word. Not a loanword head, which is a word of the name's English (デジタルセキュリティ).
 */
function gluedShort(name: string): string | undefined {
  if (!/^[\u30a1-\u30fa\u30fc]{5,}$/.test(name)) return undefined;
  const { rest, tail } = loanTail(name);
  return rest.length >= 2 && tail.length && tail.every((w) => HEAD_TAILS.has(w)) && !LOANWORD_SHAPE.test(rest) ? rest : undefined;
}

/**
 * The short form a katakana company name goes by later in its article: its
 * first word (シラカバ・インフラ: シラカバ, ルミナ・ロジック: ルミナ), or the name
 * less "AI" (カグラAI: カグラ). A first word shaped like a loanword, or an
 * English word, only when business words follow: ニューヨーク・タイムズ does
 * not go by New York, nor デジタル・リアルティ by デジタル (digital).
 */
export function katakanaShort(name: string): string | undefined {
  const m = /^([\u30a1-\u30fa\u30fc]{2,})(?:・(.+)|AI)$/.exec(name);
  if (!m) return gluedShort(name);
  const english = loanSplit(m[1]!);
  // A Japanese word goes by itself whatever follows (ルミナ・ロジック: ルミナ); a loanword only before business words.
  if ((LOANWORD_SHAPE.test(m[1]!) || english) && (m[2] ? !m[2].split('・').every(tailWords) : english)) return undefined;
  return m[1];
}
