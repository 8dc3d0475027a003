import type { LexiconData } from './types.ts';

export const zh: LexiconData = {
  lang: 'zh',
  decimalComma: false,
  scales: { 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 },
  currencies: {
    美元: ['USD', false], 美金: ['USD', false], 人民币: ['CNY', false], 人民幣: ['CNY', false],
    元人民币: ['CNY', false], 元人民幣: ['CNY', false], 元: ['CNY', true],
    港元: ['HKD', false], 港币: ['HKD', false], 港幣: ['HKD', false],
    新台币: ['TWD', false], 新台幣: ['TWD', false], 台币: ['TWD', false], 台幣: ['TWD', false],
    欧元: ['EUR', false], 歐元: ['EUR', false], 日元: ['JPY', false], 日圆: ['JPY', false], 日圓: ['JPY', false],
    英镑: ['GBP', false], 英鎊: ['GBP', false], 韩元: ['KRW', false], 韓元: ['KRW', false],
    澳元: ['AUD', false], 加元: ['CAD', false], 新加坡元: ['SGD', false], 新元: ['SGD', false],
    瑞士法郎: ['CHF', false], 卢比: ['INR', true], 印度卢比: ['INR', false], 加币: ['CAD', false], 加幣: ['CAD', false],
    加拿大元: ['CAD', false], 澳币: ['AUD', false], 澳幣: ['AUD', false], 澳大利亚元: ['AUD', false], 新西兰元: ['NZD', false],
    纽元: ['NZD', false], 瑞典克朗: ['SEK', false], 挪威克朗: ['NOK', false], 丹麦克朗: ['DKK', false], 巴西雷亚尔: ['BRL', false],
    雷亚尔: ['BRL', false], 土耳其里拉: ['TRY', false], 谢克尔: ['ILS', false], 新谢克尔: ['ILS', false],
  },
  percentWords: [],
  qualifiersBefore: {
    约: 'approx', 約: 'approx', 约合: 'approx', 約合: 'approx', 大约: 'approx', 大約: 'approx', 近: 'approx', 将近: 'approx', 將近: 'approx',
    接近: 'approx', 超过: 'over', 超過: 'over', 逾: 'over', 超: 'over', 多于: 'over', 不到: 'under',
    不足: 'under', 少于: 'under', 最多: 'up-to', 高达: 'up-to', 高達: 'up-to', 多达: 'up-to', 多達: 'up-to',
    至少: 'at-least', 起码: 'at-least',
  },
  qualifiersAfter: { 以上: 'over', 左右: 'approx', 上下: 'approx', 之多: 'up-to' },
  rangeJoin: ['至', '到'],
  between: [],
  betweenJoin: [],
};
