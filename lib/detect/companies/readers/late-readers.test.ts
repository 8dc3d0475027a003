import { describe, expect, it, vi } from 'vitest';

// The content script's start: no Arabic or CJK reader, as its build ships it (readers/latin.ts).
vi.mock('./index.ts', async () => import('./latin.ts'));

const { detect, addScript } = await import('../../index.ts');
const { arabicNames } = await import('../arabic-cues.ts');
const { findSolidNames } = await import('../solid-names.ts');
const { findChineseNames } = await import('../solid-names-zh.ts');
const { findJapaneseNames } = await import('../solid-names-ja.ts');
const { CJK_PLACES } = await import('../cjk-places.ts');
const { cjkShort } = await import('../short-forms-cjk.ts');
const { arabicShort } = await import('../short-forms-ar.ts');
const { GERMAN_TRADES } = await import('../german-trades.ts');
const { capitalAlone } = await import('../alone.ts');
const { EUROPEAN_CUE_WORDS } = await import('../european-cue-words.ts');
const { ARABIC_COMPANY_CUES, CJK_COMPANY_CUES, EUROPEAN_COMPANY_CUES, EUROPEAN_CREDIT_BEFORE, EUROPEAN_OUTLETS, EUROPEAN_ROMANCE, GERMAN_ROLE_COMPOUND } = await import('../script-cues.ts');

const names = (text: string) => detect(text, { types: ['company'] }).entities.map((e) => e.text);
const none = { names: '', refs: '' };
const noWords = { roles: {}, target: [], anaphors: [], rounds: [], from: [], companies: [], roundPatterns: [] };

describe('script readers that arrive after the engine started', () => {
  it('reads an ambiguous name capitalized alone once the given names\' chunk brought the reader', () => {
    const text = 'Microsoft ya opera allí. Según Expansión, Oracle también ha visitado los terrenos.';
    expect(names(text)).toEqual(['Microsoft', 'Expansión']);
    addScript({ lexicons: [], readers: { capitalAlone } });
    expect(names(text)).toEqual(['Microsoft', 'Expansión', 'Oracle']);
  });

  it('reads names from Arabic and CJK cues only once their chunk brought the reader', () => {
    const arabic = 'وقالت شركة سلوان إنها جمعت مليوني دولار.';
    const japanese = '北星商事は17日、新工場を建てると発表した。';
    // A Latin name after شركة needs no Arabic reader: the cue is read with the capitals.
    expect(names('وقالت شركة Zaytuna إنها جمعت مليوني دولار.')).toEqual(['Zaytuna']);
    expect(names(arabic)).toEqual([]);
    expect(names(japanese)).toEqual([]);
    addScript({ lexicons: [], names: none, readers: { arabic: arabicNames }, facts: noWords });
    expect(names(arabic)).toEqual(['سلوان']);
    expect(names(japanese)).toEqual([]);
    // Chinese and Japanese readers come in chunks of their own (the Han and the kana one).
    const chinese = '星澜证券宣布完成新一轮融资。';
    expect(names(chinese)).toEqual([]);
    addScript({ lexicons: [], names: none, readers: { solid: findSolidNames, japanese: findJapaneseNames, places: CJK_PLACES }, facts: noWords });
    expect(names(japanese)).toEqual(['北星商事']);
    expect(names(chinese)).toEqual([]);
    addScript({ lexicons: [], names: none, readers: { chinese: findChineseNames }, facts: noWords });
    expect(names(chinese)).toEqual(['星澜证券']);
  });

  it('takes Arabic and CJK words as company cues for an ambiguous name once their chunk brought them', () => {
    const arabic = 'وأعلنت Meta عن صفقة جديدة.';
    const chinese = '据报道，Meta宣布新的融资计划。';
    expect(names(arabic)).toEqual([]);
    expect(names(chinese)).toEqual([]);
    addScript({ lexicons: [], names: none, readers: { arabicCues: ARABIC_COMPANY_CUES }, facts: noWords });
    expect(names(arabic)).toEqual(['Meta']);
    expect(names(chinese)).toEqual([]);
    addScript({ lexicons: [], names: none, readers: { cjkCues: CJK_COMPANY_CUES }, facts: noWords });
    expect(names(chinese)).toEqual(['Meta']);
  });

  it('takes French, German and Spanish cue words once the European chunk brought them', () => {
    const german = 'Die Bewertung von Oracle steigt.';
    const spanish = 'La valoración de Oracle crece.';
    expect(names(german)).toEqual([]);
    expect(names(spanish)).toEqual([]);
    addScript({ lexicons: [], readers: { europeanCues: EUROPEAN_COMPANY_CUES } });
    expect(names(german)).toEqual(['Oracle']);
    expect(names(spanish)).toEqual(['Oracle']);
    const compound = 'Das sagte Earlybird-Partnerin Lena Hofstetter.';
    expect(names(compound)).toEqual([]);
    addScript({ lexicons: [], readers: { roleCompound: GERMAN_ROLE_COMPOUND } });
    expect(names(compound)).toEqual(['Earlybird']);
    const credit = 'Lo dijo Velasco a El Financiero.';
    expect(names(credit)).toEqual([]);
    addScript({ lexicons: [], readers: { creditBefore: EUROPEAN_CREDIT_BEFORE } });
    expect(names(credit)).toEqual(['El Financiero']);
    // Outlets a French, German or Spanish credit names, which the English one does not cover.
    const outlets = 'Según recoge Diario Norteño, crece. Laut „Alpenblick Kurier“ auch. According to data from Quillmark, too.';
    expect(names(outlets)).toEqual(['Quillmark']);
    addScript({ lexicons: [], readers: { outlets: EUROPEAN_OUTLETS } });
    expect(names(outlets)).toEqual(['Diario Norteño', 'Alpenblick Kurier', 'Quillmark']);
  });

  it('reads French, German and Spanish cue words and German words for a kind of business once the European chunk brought them', () => {
    const compound = 'Der Rechenzentrumsbetreiber Nordhafen Rechnen und der Datenspezialist Jonas Keller sagten das.';
    const french = "La jeune pousse Quorvane a levé 5 millions d'euros.";
    expect(names(compound)).toEqual([]);
    expect(names(french)).toEqual([]);
    addScript({ lexicons: [], readers: { germanTrades: GERMAN_TRADES, cueWords: EUROPEAN_CUE_WORDS } });
    // A person may be a specialist, so the two plain words after that one stay a person's name.
    expect(names(compound)).toEqual(['Nordhafen Rechnen']);
    expect(names(french)).toEqual(['Quorvane']);
  });

  it('reads a Spanish nationality that stands for the company noun once the European chunk brought the adjectives', () => {
    const spanish = 'La brasileña Quorvane abrió una oficina en Lima.';
    expect(names(spanish)).toEqual([]);
    addScript({ lexicons: [], readers: { romance: EUROPEAN_ROMANCE } });
    expect(names(spanish)).toEqual(['Quorvane']);
  });

  it('finds a Chinese short form once the CJK chunk brought its reader', () => {
    const chinese = '小鹏汽车公司宣布融资。小鹏表示，资金将用于研发。';
    addScript({ lexicons: [], names: none, readers: { chinese: findChineseNames, japanese: findJapaneseNames, places: CJK_PLACES }, facts: noWords });
    expect(names(chinese)).not.toContain('小鹏');
    addScript({ lexicons: [], names: none, readers: { solidShort: cjkShort }, facts: noWords });
    expect(names(chinese)).toContain('小鹏');
  });

  it('finds an Arabic short form once the Arabic chunk brought its reader', () => {
    const arabic = 'جمعت شركة "سنبلة للتقنية" 5 ملايين دولار. وقالت سنبلة إن التمويل سيدعم التوسع.';
    addScript({ lexicons: [], names: none, readers: { arabic: arabicNames }, facts: noWords });
    expect(names(arabic)).not.toContain('سنبلة');
    addScript({ lexicons: [], names: none, readers: { arabicShort }, facts: noWords });
    expect(names(arabic)).toContain('سنبلة');
  });
});
