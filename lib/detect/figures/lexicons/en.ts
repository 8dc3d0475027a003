import { type LexiconData, withForms } from './types.ts';

const K = 1e3;
const M = 1e6;
const B = 1e9;
const T = 1e12;

export const en: LexiconData = {
  lang: 'en',
  decimalComma: false,
  scales: {
    hundred: 100, thousand: K, thousands: K, k: K,
    million: M, millions: M, m: M, mn: M, mln: M, mio: M,
    billion: B, billions: B, b: B, bn: B, bln: B, bil: B,
    trillion: T, trillions: T, tn: T, trn: T, t: T,
    // Indian English, common in AI funding news from India.
    lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
  },
  numberWords: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    hundred: 100, 'half a': 0.5, half: 0.5, 'a half': 0.5, 'a quarter': 0.25, 'quarter of a': 0.25,
    'a few': NaN, several: NaN, 'tens of': NaN, 'hundreds of': NaN,
  },
  currencies: {
    dollar: ['USD', true], dollars: ['USD', true],
    ...withForms(['dollar', 'dollars'], {
      us: 'USD', 'u.s.': 'USD', american: 'USD', 'hong kong': 'HKD', 'new taiwan': 'TWD', taiwan: 'TWD',
      taiwanese: 'TWD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', singaporean: 'SGD', 'new zealand': 'NZD',
    }),
    euro: ['EUR', false], euros: ['EUR', false],
    pound: ['GBP', true], pounds: ['GBP', true], sterling: ['GBP', false], 'pounds sterling': ['GBP', false],
    'british pounds': ['GBP', false], 'egyptian pounds': ['EGP', false],
    yen: ['JPY', false], 'japanese yen': ['JPY', false], yuan: ['CNY', false], renminbi: ['CNY', false],
    'chinese yuan': ['CNY', false], rupees: ['INR', true], rupee: ['INR', true], 'indian rupees': ['INR', false],
    riyals: ['SAR', true], 'saudi riyals': ['SAR', false], 'qatari riyals': ['QAR', false],
    dirhams: ['AED', true], 'uae dirhams': ['AED', false], 'emirati dirhams': ['AED', false],
    dinars: ['KWD', true], 'kuwaiti dinars': ['KWD', false],
    ...withForms(['franc', 'francs'], { swiss: 'CHF' }),
    won: ['KRW', false], 'korean won': ['KRW', false], 'south korean won': ['KRW', false],
    kronor: ['SEK', false], ...withForms(['krona', 'kronor'], { swedish: 'SEK' }),
    ...withForms(['krone', 'kroner'], { norwegian: 'NOK', danish: 'DKK' }),
    reais: ['BRL', false], 'brazilian reais': ['BRL', false], 'brazilian real': ['BRL', false],
    lira: ['TRY', true], 'turkish lira': ['TRY', false], 'turkish liras': ['TRY', false],
    shekels: ['ILS', false], ...withForms(['shekel', 'shekels'], { israeli: 'ILS', 'new israeli': 'ILS' }),
  },
  linkers: ['of'],
  percentWords: ['percent', 'per cent', 'pct', 'per-cent'],
  qualifiersBefore: {
    about: 'approx', around: 'approx', approximately: 'approx', roughly: 'approx', some: 'approx',
    'an estimated': 'approx', estimated: 'approx', nearly: 'approx', almost: 'approx', 'close to': 'approx',
    'more than': 'over', over: 'over', 'in excess of': 'over', 'upwards of': 'over', above: 'over',
    'north of': 'over', 'greater than': 'over',
    'less than': 'under', under: 'under', below: 'under', 'fewer than': 'under', 'just under': 'under',
    'up to': 'up-to', 'as much as': 'up-to', 'as many as': 'up-to', 'as high as': 'up-to',
    'at least': 'at-least', 'no less than': 'at-least', 'a minimum of': 'at-least',
  },
  qualifiersAfter: { 'or more': 'at-least', plus: 'over', 'or so': 'approx' },
  rangeJoin: ['to', 'through'],
  between: ['between'],
  betweenJoin: ['and'],
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'said', 'its', 'that', 'was', 'has', 'by', 'on'],
};
