import type { LexiconData } from './types.ts';

export const ja: LexiconData = {
  lang: 'ja',
  decimalComma: false,
  scales: { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 },
  currencies: {
    円: ['JPY', false], 日本円: ['JPY', false], ドル: ['USD', true], 米ドル: ['USD', false],
    ユーロ: ['EUR', false], ポンド: ['GBP', true], 人民元: ['CNY', false], 香港ドル: ['HKD', false],
    台湾ドル: ['TWD', false], ウォン: ['KRW', false], カナダドル: ['CAD', false], 豪ドル: ['AUD', false],
    オーストラリアドル: ['AUD', false], シンガポールドル: ['SGD', false], ニュージーランドドル: ['NZD', false], NZドル: ['NZD', false],
    スイスフラン: ['CHF', false], インドルピー: ['INR', false], ルピー: ['INR', true], スウェーデンクローナ: ['SEK', false],
    ノルウェークローネ: ['NOK', false], デンマーククローネ: ['DKK', false], レアル: ['BRL', false], トルコリラ: ['TRY', false],
    シェケル: ['ILS', false],
  },
  percentWords: ['パーセント'],
  qualifiersBefore: { 約: 'approx', およそ: 'approx', 最大: 'up-to', 最高: 'up-to', 少なくとも: 'at-least' },
  qualifiersAfter: { 以上: 'over', 超: 'over', 強: 'over', 弱: 'under', 前後: 'approx', 程度: 'approx', 余り: 'over' },
  rangeJoin: ['から'],
  fromJoin: ['から'],
  between: [],
  betweenJoin: [],
};
