import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';
import { headForm, shortForm } from './short-forms.ts';
import { cjkShort } from './short-forms-cjk.ts';
import { BUILTIN_READERS } from './readers/index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}/${c.canonical}/${c.source}`);

describe('short forms of a name the article spelled in full', () => {
  it('drops a generic tail, and only that', () => {
    expect(shortForm('Veltrano Analytics')).toBe('Veltrano');
    expect(shortForm('Orvasa Data Centres')).toBe('Orvasa');
    expect(shortForm('KT Corp')).toBe('KT');
    expect(shortForm('Kestrel Yard Capital')).toBe('Kestrel Yard'); // "Yard" is no generic word: it stays
    expect(shortForm('Saudi Technology Ventures')).toBeUndefined(); // a place is never the brand
    expect(shortForm('Ab Robotics')).toBeUndefined(); // too short for a word, not an acronym
    expect(shortForm('小鹏汽车')).toBe('小鹏');
    expect(shortForm('武田薬品工業')).toBe('武田');
    expect(shortForm('グラブ・ホールディングス')).toBe('グラブ');
    expect(shortForm('ミナセ・アナリティクス')).toBe('ミナセ');
    expect(shortForm('سنبلة للتقنية')).toBe('سنبلة');
    expect(shortForm('المصرية للاتصالات')).toBeUndefined();
  });

  it('keeps a head of two words, strips stacked tails and reads business loanwords in Arabic', () => {
    expect(shortForm('Lech Valley Capital')).toBe('Lech Valley');
    expect(shortForm('Ostheim Industrie')).toBe('Ostheim');
    expect(shortForm('Bank of Orsk Securities')).toBeUndefined(); // a lower-case word: not a brand of its own
    expect(shortForm('トモエ・キャピタル・パートナーズ')).toBe('トモエ');
    expect(shortForm('朝凪キャピタル')).toBe('朝凪');
    expect(shortForm('غيمة كابيتال')).toBe('غيمة');
    expect(shortForm('الغيمة كابيتال')).toBeUndefined();
    expect(shortForm('صفاء روبوتكس')).toBe('صفاء');
  });

  it('finds the short form later with the full name\'s canonical and source', () => {
    expect(names('The startup Veltrano Analytics raised $12 million. Veltrano said it will hire.')).toEqual([
      'Veltrano Analytics/Veltrano Analytics/cue', 'Veltrano/Veltrano Analytics/cue',
    ]);
    expect(names('小鹏汽车宣布投资50亿元建设数据中心。小鹏表示，这是其最大一笔投资。')).toEqual([
      '小鹏汽车/XPeng/gazetteer', '小鹏/XPeng/gazetteer',
    ]);
    expect(names('武田薬品工業は新会社に出資した。武田の株価は上昇した。')).toEqual([
      '武田薬品工業/Takeda Pharmaceutical/gazetteer', '武田/Takeda Pharmaceutical/gazetteer',
    ]);
    expect(names('جمعت شركة "سنبلة للتقنية" 5 ملايين دولار. وقالت سنبلة إن التمويل سيدعم التوسع.')).toEqual([
      'سنبلة للتقنية/Sunbula Technology/cue', 'سنبلة/Sunbula Technology/cue',
    ]);
  });

  it('leaves a head that is an ordinary word, or that starts another name', () => {
    expect(names('Harbor Robotics raised $12 million. The harbor was busy. Harbor traffic rose.')).toEqual([
      'Harbor Robotics/Harbor Robotics/cue',
    ]);
    // Unless the article also writes it capitalized inside a sentence, as only a name is.
    expect(names('Harbor Robotics raised $12 million. The harbor was busy. Harbor said it would expand, because Harbor needs room.')).toEqual([
      'Harbor Robotics/Harbor Robotics/cue', 'Harbor/Harbor Robotics/cue', 'Harbor/Harbor Robotics/cue',
    ]);
    expect(names('Lumaris Analytics raised $9 million. Separately, Lumaris Capital closed a fund.')).toEqual([
      'Lumaris Analytics/Lumaris Analytics/cue', 'Lumaris Capital/Lumaris Capital/cue',
    ]);
    expect(names('قالت المصرية للاتصالات إنها ستستثمر 10 ملايين دولار، وارتفعت الأسهم المصرية.')).toEqual([
      'المصرية للاتصالات/Telecom Egypt/gazetteer',
    ]);
    // Nor a head hyphened after a word, which ends a compound (a place's name).
    expect(names('Le réseau Garrigue Angels a investi. La métropole Nîmes-Garrigue aide. Garrigue a suivi.')).toEqual([
      'Garrigue Angels/Garrigue Angels/cue', 'Garrigue/Garrigue Angels/cue',
    ]);
  });
});

describe('a name read again by its first word, or as part of a longer one', () => {
  it('takes a distinctive first word alone once the name was spelled in full', () => {
    expect(headForm('Ferrandel Commercial Corporation')).toBe('Ferrandel');
    expect(headForm('Quillory IP Group')).toBe('Quillory');
    expect(headForm('Isar Valley Capital')).toBeUndefined(); // too short to be sure of
    expect(headForm('Vandora Analytics')).toBeUndefined(); // the short form is already one word
    expect(headForm('KoBolt Harbour')).toBe('KoBolt'); // no generic tail: the head is still how the article goes on
    expect(headForm('Isar Harbour')).toBeUndefined();
    // A mining trade is a business word, so the name's short form drops it like any other.
    expect(shortForm('KoBolt Minerals')).toBe('KoBolt');
    expect(names('Terms call for Ferrandel Commercial Corporation to be bought. Ferrandel makes enclosures.')).toEqual([
      'Ferrandel Commercial Corporation/Ferrandel Commercial Corporation/cue', 'Ferrandel/Ferrandel Commercial Corporation/cue',
    ]);
  });

  it('reads letters joined by an ampersand as one name, but not trade shorthand', () => {
    // An ampersand with no space makes one word, so a name that starts with a preposition's letters is whole.
    expect(names('Der steirische Substrathersteller AT&K hat mehr verdient. Bestätigt hat AT&K den Umsatz.')).toEqual([
      'AT&K/AT&K/cue', 'AT&K/AT&K/cue',
    ]);
    expect(names('The M&A market and R&D spending grew at the startup Tovani, which raised $5 million.')).toEqual(['Tovani/Tovani/cue']);
  });
});

describe('two-syllable CJK names', () => {
  it('pass on the article\'s full name, like any ambiguous name, not only on a cue beside them', () => {
    expect(names('三星電子表示將投資。三星與SK海力士擴大產能。')).toEqual([
      '三星電子/Samsung Electronics/gazetteer', '三星/Samsung Electronics/gazetteer', 'SK海力士/SK Hynix/gazetteer',
    ]);
  });
});

describe('the short form of a katakana name', () => {
  it('drops the Japanese business tails the kana chunk brings, stacked, and none without them', () => {
    expect(cjkShort('ルミナ・インシュアランス・ホールディングス', BUILTIN_READERS)).toBe('ルミナ');
    expect(cjkShort('カグラ・テクノロジーズ', BUILTIN_READERS)).toBe('カグラ');
    // A page without the kana chunk has only the Han tails.
    expect(cjkShort('カグラ・テクノロジーズ')).toBeUndefined();
    expect(cjkShort('小鹏汽车')).toBe('小鹏');
  });
});
