/**
 * The English name of a katakana company name the gazetteer does not know.
 * Japanese news writes a young company's name in katakana (カグラ, シラカバ・
 * インフラ) and the English press writes the same company in Hepburn
 * romanization (Kagura, Shirakaba Infra); the library adds one deal up across
 * languages only if both come to one canonical name. A loanword the name ends
 * in is written as the English word it came from (パートナーズ: Partners),
 * since that is how the company spells itself; the rest is romanized.
 */

/** Hepburn for each kana of ア to ヴ, in code-point order (small kana included, read apart below). */
const KANA = ('a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo ta da chi ji tsu tsu zu te de to do ' +
  'na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po ma mi mu me mo ya ya yu yu yo yo ra ri ru re ro wa wa i e o n vu').split(' ');
const FIRST = 0x30a1;
/** Small ァィゥェォ and ャュョ, whose sound the kana before them bends (ッ and ー are read apart). */
const SMALL = new Set([0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9, 0x30e3, 0x30e5, 0x30e7]);

/** Loanwords company names end in, as the English word they came from. */
const LOANWORDS: Record<string, string> = {
  パートナーズ: 'Partners', キャピタル: 'Capital', ベンチャーズ: 'Ventures', ファンド: 'Fund', グリーン: 'Green', インフラ: 'Infra',
  ラボ: 'Labs', テクノロジーズ: 'Technologies', テクノロジー: 'Technology', テクノ: 'Techno', ロボティクス: 'Robotics',
  ホールディングス: 'Holdings', グループ: 'Group', システムズ: 'Systems', ソリューションズ: 'Solutions', エナジー: 'Energy',
  ネットワークス: 'Networks', データ: 'Data', インベストメント: 'Investment', ワークス: 'Works', インダストリーズ: 'Industries',
  コンピューティング: 'Computing', クラウド: 'Cloud',
};
const LOAN_KEYS = Object.keys(LOANWORDS).sort((a, b) => b.length - a.length);

/** Kanji endings of a katakana-headed name, as such names spell them in English (ミナセ精機: Minase Seiki). */
const KANJI_TAILS: Record<string, string> = {
  精機: 'Seiki', 精工: 'Seiko', 商事: 'Shoji', 物産: 'Bussan', 工業: 'Kogyo', 銀行: 'Bank', 証券: 'Securities', 計算機: 'Computing', 電力: 'Power', 研究所: 'Labs',
};

/**
 * What marks a katakana word as a loanword: a long vowel, small vowels, ヴ, a
 * doubled consonant, or the vowel Japanese adds after a final consonant
 * (-ku, -ru, -to, -do...). Japanese words written in katakana as names
 * (カグラ, シラカバ, トキワ) have none.
 */
const LOANWORD_SHAPE = /[ーァィゥェォヴッ]|[クルトドスフプブグムズ]$/;

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

/** The loanword endings of a katakana word, as English words, and what is left before them. */
function loanTail(word: string): { rest: string; tail: string[] } {
  const tail: string[] = [];
  let rest = word;
  for (let found = true; found && rest;) {
    found = false;
    for (const k of LOAN_KEYS) {
      if (rest.endsWith(k)) {
        tail.unshift(LOANWORDS[k]!);
        rest = rest.slice(0, -k.length);
        found = true;
        break;
      }
    }
  }
  return { rest, tail };
}

/** A katakana word as English words: its loanword endings translated, the rest romanized ("グリーンファンド": Green Fund). */
function englishWord(word: string): string | undefined {
  const { rest, tail } = loanTail(word);
  if (!rest) return tail.join(' ');
  // A loanword's romanization is not its English (テルコムセル is Telkomsel, not Terukomuseru): only a Japanese word is romanized.
  if (LOANWORD_SHAPE.test(rest)) return undefined;
  const head = hepburn(rest);
  return head && [cap(head), ...tail].join(' ');
}

/**
 * The English form of a company name written in katakana, with a Latin tail
 * or a kanji ending at most ("カグラAI", "トキワ・グリーンファンド",
 * "ミナセ精機"); undefined when it holds anything else, so the reader keeps it
 * as written.
 */
export function romanizeName(name: string): string | undefined {
  const m = /^([\u30a1-\u30fc・]+?)(?:([\u4e00-\u9fff]{2,3})|\s?([A-Za-z][\w.&-]*))?$/.exec(name);
  if (!m || (m[2] && !KANJI_TAILS[m[2]])) return undefined;
  const words = m[1]!.split('・').filter(Boolean).map(englishWord);
  if (!words.length || words.some((w) => !w)) return undefined;
  return [...words, m[2] ? KANJI_TAILS[m[2]] : m[3]].filter(Boolean).join(' ');
}

/**
 * The short form a katakana company name goes by later in its article: its
 * first word (シラカバ・インフラ: シラカバ, ルミナ・ロジック: ルミナ), or the name
 * less "AI" (カグラAI: カグラ). A first word shaped like a loanword only when
 * business words follow: ニューヨーク・タイムズ does not go by New York.
 */
export function katakanaShort(name: string): string | undefined {
  const m = /^([\u30a1-\u30fa\u30fc]{2,})(?:・(.+)|AI)$/.exec(name);
  // A Japanese word goes by itself whatever follows (ルミナ・ロジック: ルミナ); a loanword only before business words.
  if (!m || (m[2] && LOANWORD_SHAPE.test(m[1]!) && m[2].split('・').some((w) => loanTail(w).rest))) return undefined;
  return m[1];
}
