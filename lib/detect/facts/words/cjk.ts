import type { FactWords } from './types.ts';

/**
 * The Chinese cue words of facts (lexicon.ts has the Latin ones), in
 * simplified forms and in those traditional Chinese shares with Japanese;
 * the content script gets them with han.js (or zhja.js). Words written the
 * same in both languages are in both lists, so each page keeps every word
 * its text may hold and none it cannot.
 */
export const ZH_FACT_WORDS: FactWords = {
  roles: {
    acquisition: ['收购', '并购'],
    debt: ['债务', '贷款', '债券', '借入', '社債', '負債'],
    valuation: ['估值', '市值'],
    revenue: ['营收', '收入', '营业额'],
    invested: ['注资', '出资', '参投', '出資'],
    raised: ['融资', '募资', '轮', '調達'],
    spending: ['支出', '数据中心', '投入', '設備投資'],
  },
  target: ['瞄准', '目标', '原先', '原本', '目標', '当初'],
  anaphors: ['该公司'],
  rounds: ['本轮', '融资'],
  from: ['来自'],
  companies: [],
  roundPatterns: [/[A-H]\s?轮/u, /天使轮/u],
};

/** The Japanese ones, with kana.js (or zhja.js beside it). */
export const JA_FACT_WORDS: FactWords = {
  roles: {
    acquisition: ['買収'],
    debt: ['借入', '融資枠', '社債', '負債'],
    valuation: ['評価額', '時価総額'],
    revenue: ['売上', '収益'],
    invested: ['出資'],
    raised: ['調達', 'ラウンド'],
    spending: ['支出', '投入', '設備投資', 'データセンター'],
  },
  target: ['原本', '目標', '当初'],
  anaphors: ['同社'],
  rounds: ['ラウンド'],
  from: ['から'],
  companies: [],
  roundPatterns: [/シリーズ\s?[A-H]/u],
};
