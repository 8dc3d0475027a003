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
    expect(romanizeName('モモヒキAI')).toBe('Momohiki AI');
    expect(romanizeName('オオバ精機')).toBe('Ooba Seiki');
    expect(romanizeName('ミソラ計算機')).toBe('Misora Computing');
    expect(romanizeName('ノヴァ・テクノロジーズ')).toBeUndefined();
  });

  it('keeps a loanword name as written: its romanization is not its English', () => {
    // Telkomsel, Crane Logic, Temasek: Hepburn would give Terukomuseru, Kurein Rojikku, Temaseku.
    expect(['テルコムセル', 'クレイン・ロジック', 'テマセク・ホールディングス', 'ミライアーム'].map(romanizeName)).toEqual([
      undefined, undefined, undefined, undefined,
    ]);
    expect(romanizeName('北星商事')).toBeUndefined();
  });

  it('gives the short form an article uses later, not a place a loanword name starts with', () => {
    expect(katakanaShort('サザンカ・インフラ')).toBe('サザンカ');
    expect(katakanaShort('ナギサ・グリーンファンド')).toBe('ナギサ');
    expect(katakanaShort('モモヒキAI')).toBe('モモヒキ');
    expect(katakanaShort('ルミナ・ロジック')).toBe('ルミナ');
    expect(katakanaShort('ニューヨーク・タイムズ')).toBeUndefined();
    expect(katakanaShort('ソフトバンク')).toBeUndefined();
  });
});
