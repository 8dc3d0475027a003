import { describe, expect, it } from 'vitest';
import { hepburn, katakanaShort, romanizeName } from './romaji.ts';

describe('katakana in Hepburn', () => {
  it('romanizes plain, voiced, bent and doubled sounds', () => {
    expect(['カグラ', 'ツユクサ', 'シャチ', 'キョウト', 'マッチャ', 'ニュートン', 'ファミリー', 'ウィング', 'イェール', 'ヴァイオ'].map(hepburn)).toEqual([
      'kagura', 'tsuyukusa', 'shachi', 'kyouto', 'matcha', 'nyuton', 'famiri', 'wingu', 'yeru', 'vaio',
    ]);
    expect(hepburn('ソニー株')).toBeUndefined();
  });
});

describe('the English form of a katakana company name', () => {
  it('romanizes a Japanese word and translates the business loanwords after it', () => {
    expect(romanizeName('ヒバリ・パートナーズ')).toBe('Hibari Partners');
    expect(romanizeName('ナギサ・グリーンファンド')).toBe('Nagisa Green Fund');
    // アンド between words is an ampersand.
    expect(romanizeName('ヒバリ・アンド・パートナーズ')).toBe('Hibari & Partners');
    expect(romanizeName('モモヒキAI')).toBe('Momohiki AI');
    expect(romanizeName('オオバ精機')).toBe('Ooba Seiki');
    expect(romanizeName('ミソラ計算機')).toBe('Misora Computing');
    // An English word the list knows is written back in English (Nova); one it does not know is left alone below.
    expect(romanizeName('ノヴァ・テクノロジーズ')).toBe('Nova Technologies');
  });

  it('keeps a loanword name as written when its words are not English words it knows', () => {
    // Telkomsel, Temasek: Hepburn would give Terukomuseru, Temaseku.
    expect(['テルコムセル', 'テマセク・ホールディングス', 'ザクセル・エーアイ'].map((w) => romanizeName(w))).toEqual([undefined, undefined, undefined]);
    // Loosely, as a last resort, the first word is romanized all the same; words after it the list does not know are not.
    expect(['ハダミル', 'ハスラム・キャピタル', 'カレスト・ブローカレッジ'].map((w) => romanizeName(w, true))).toEqual(['Hadamiru', 'Hasuramu Capital', undefined]);
    // A name of English words is English, not romanized: コーラル is Coral.
    expect(romanizeName('コーラル・キャピタル', true)).toBe('Coral Capital');
    // A leading ザ is "The" (written for this test).
    expect(romanizeName('ザ・ノース・ファンド', true)).toBe('The North Fund');
    // A word of three kana that ends so is as often Japanese: ミナト (harbour), シズク (a drop).
    expect(['ミナトAI', 'シズク・テクノロジーズ'].map((w) => romanizeName(w))).toEqual(['Minato AI', 'Shizuku Technologies']);
    // A kanji head stays as written unless kanji-names.ts lists its reading (北星 is Hokusei there).
    expect(romanizeName('鋼星商事')).toBeUndefined();
    expect(romanizeName('北星商事')).toBe('Hokusei Shoji');
  });

  it('writes English words back in English: a coined name as one word, what a company is apart', () => {
    expect(romanizeName('サウスブリッジ')).toBe('SouthBridge');
    expect(romanizeName('ピクセル・フォレスト')).toBe('Pixel Forest');
    expect(romanizeName('スカイゲート・キャピタル')).toBe('SkyGate Capital');
    expect(romanizeName('ブルーデータセンターズ')).toBe('Blue Data Centers');
    expect(romanizeName('シグナルラボ')).toBe('Signal Labs');
    expect(romanizeName('ヒバリアーム')).toBe('Hibari Arm');
    // One kana before an English word is no Japanese word.
    expect(romanizeName('アライン')).toBe('Arain');
    // Two kana before one are a Japanese word only before what a firm is; else the whole is one word, never cut inside.
    expect(romanizeName('コエテック')).toBe('Koe Tech');
    expect(romanizeName('ナダマテリアルズ')).toBe('Nada Materials');
    expect(['アマテラス・コンピュート', 'ラムリサーチ', 'アイロボット'].map((w) => romanizeName(w))).toEqual([undefined, undefined, undefined]);
  });

  it('gives the short form an article uses later, not a place a loanword name starts with', () => {
    expect(katakanaShort('サザンカ・インフラ')).toBe('サザンカ');
    expect(katakanaShort('ナギサ・グリーンファンド')).toBe('ナギサ');
    expect(katakanaShort('モモヒキAI')).toBe('モモヒキ');
    expect(katakanaShort('ルミナ・ロジック')).toBe('ルミナ');
    expect(katakanaShort('ニューヨーク・タイムズ')).toBeUndefined();
    expect(katakanaShort('ソフトバンク')).toBeUndefined();
    // An English first word goes by itself only before what a company is.
    expect(katakanaShort('デジタル・リアルティ')).toBeUndefined();
    expect(['デジタル・ヘルス', 'サイバー・セキュリティ', 'グリーン・パワー'].map(katakanaShort)).toEqual([undefined, undefined, undefined]);
    expect(katakanaShort('スカイゲート・キャピタル')).toBe('スカイゲート');
    // Glued, a Japanese word before business words goes by itself; a loanword head does not (written for this test).
    expect(['カゲリセキュリティ', 'ホタルビエナジー', 'デジタルセキュリティ'].map(katakanaShort)).toEqual(['カゲリ', 'ホタルビ', undefined]);
  });

  it('reads a think tank\'s 総研 as "Research Institute" (an invented name)', () => {
    expect(romanizeName('カザミ総研')).toBe('Kazami Research Institute');
  });
});
