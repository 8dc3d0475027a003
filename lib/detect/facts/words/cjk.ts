import type { FactWords } from './types.ts';

/** The Chinese and Japanese cue words of facts (lexicon.ts has the Latin ones); the content script gets them with cjk.js. */
export const CJK_FACT_WORDS: FactWords = {
  roles: {
    acquisition: ['收购', '并购', '買収'],
    debt: ['债务', '贷款', '债券', '借入', '融資枠', '社債', '負債'],
    valuation: ['估值', '市值', '評価額', '時価総額'],
    revenue: ['营收', '收入', '营业额', '売上', '収益'],
    invested: ['注资', '出资', '参投', '出資'],
    raised: ['融资', '募资', '轮', '調達', 'ラウンド'],
    spending: ['支出', '数据中心', '投入', '設備投資', 'データセンター'],
  },
  target: ['瞄准', '目标', '原先', '原本', '目標', '当初'],
  anaphors: ['该公司', '同社'],
  rounds: ['本轮', '融资', 'ラウンド'],
  from: ['来自', 'から'],
  companies: [],
  roundPatterns: [/[A-H]\s?轮/u, /天使轮/u, /シリーズ\s?[A-H]/u],
};
