import { describe, expect, it } from 'vitest';
import { romanizeName } from './romaji.ts';

describe('kanji-headed Japanese names in English', () => {
  it('reads a listed head, then the katakana part and the kanji ending in English', () => {
    expect(romanizeName('北斗クラウド')).toBe('Hokuto Cloud');
    expect(romanizeName('東雲キャピタル')).toBe('Shinonome Capital');
    // The longest listed head wins (瀬戸内, not 瀬戸), and a place with ヶ inside is one head.
    expect(romanizeName('瀬戸内銀行')).toBe('Setouchi Bank');
    expect(romanizeName('桜ヶ丘生命保険')).toBe('Sakuragaoka Life Insurance');
    expect(romanizeName('石狩グリーン電力')).toBe('Ishikari Green Power');
    expect(romanizeName('青嵐')).toBe('Seiran');
    // The third list: business districts, old provinces, towns.
    expect(romanizeName('兜町キャピタル')).toBe('Kabutocho Capital');
    expect(romanizeName('上総パートナーズ')).toBe('Kazusa Partners');
  });

  it('keeps as written a head the list lacks, or an ending it cannot render', () => {
    expect(romanizeName('鷺ノ宮クラウド')).toBeUndefined();
    expect(romanizeName('北斗鋼材')).toBeUndefined();
    // After a kanji head the katakana is a loanword: the list's, or the name stays as written (not "Kyushu Gasu").
    expect(romanizeName('九州ガス')).toBeUndefined();
    // A head read as the firms read it: 大和 is Daiwa in 大和証券.
    expect(romanizeName('大和証券')).toBe('Daiwa Securities');
  });
});
