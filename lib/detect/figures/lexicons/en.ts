import { type LexiconData, byIso, byQualifier, withForms } from './types.ts';

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
  // "41 cents a share": a hundredth of a dollar, the US one as "dollars" is (inferred); "402 pence", of a pound, is sterling.
  scaleCurrencies: { cents: [0.01, 'USD', true], pence: [0.01, 'GBP', false] },
  numberWords: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    hundred: 100, 'half a': 0.5, half: 0.5, 'a half': 0.5, 'a quarter': 0.25, 'quarter of a': 0.25,
    'a few': NaN, several: NaN, 'tens of': NaN, 'hundreds of': NaN,
  },
  currencies: {
    ...byIso({
      USD: '~dollar|~dollars',
      EUR: 'euro|euros',
      GBP: '~pound|~pounds|sterling|pounds sterling|british pounds',
      EGP: 'egyptian pounds',
      JPY: 'yen|japanese yen',
      CNY: 'yuan|renminbi|chinese yuan',
      INR: '~rupees|~rupee|indian rupees',
      SAR: '~riyals|saudi riyals',
      QAR: 'qatari riyals',
      AED: '~dirhams|uae dirhams|emirati dirhams',
      KWD: '~dinars|kuwaiti dinars', BHD: 'bahraini dinars', JOD: 'jordanian dinars', TND: 'tunisian dinars', DZD: 'algerian dinars', IQD: 'iraqi dinars',
      KRW: 'won|korean won|south korean won',
      SEK: 'kronor',
      BRL: 'reais|brazilian reais|brazilian real',
      TRY: '~lira|turkish lira|turkish liras',
      ILS: 'shekels',
      MYR: 'ringgit', IDR: 'rupiah', THB: 'baht', VND: 'dong|vietnamese dong', NGN: 'naira|nairas', ZAR: '~rand|south african rand',
      XOF: 'cfa francs', PHP: 'philippine pesos',
      PLN: 'zloty|zlotys', KES: '~shillings|kenyan shillings', UGX: 'ugandan shillings', TZS: 'tanzanian shillings', MXN: 'mexican pesos',
    }),
    ...withForms(['dollar', 'dollars'], {
      us: 'USD', 'u.s.': 'USD', american: 'USD', 'hong kong': 'HKD', 'new taiwan': 'TWD', taiwan: 'TWD',
      taiwanese: 'TWD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', singaporean: 'SGD', 'new zealand': 'NZD',
    }),
    ...withForms(['franc', 'francs'], { swiss: 'CHF' }),
    ...withForms(['krona', 'kronor', 'crowns'], { swedish: 'SEK' }),
    ...withForms(['krone', 'kroner', 'crowns'], { norwegian: 'NOK', danish: 'DKK' }),
    ...withForms(['shekel', 'shekels'], { israeli: 'ILS', 'new israeli': 'ILS' }),
  },
  linkers: ['of'],
  percentWords: ['percent', 'per cent', 'pct', 'per-cent', 'pc'],
  qualifiersBefore: byQualifier({
    approx: 'about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to',
    over: 'more than|over|in excess of|upwards of|above|north of|greater than',
    under: 'less than|under|below|fewer than|just under',
    'up-to': 'up to|as much as|as many as|as high as',
    'at-least': 'at least|no less than|a minimum of',
  }),
  qualifiersAfter: byQualifier({
    'at-least': 'or more',
    over: 'plus',
    approx: 'or so',
  }),
  rangeJoin: ['to', 'through'],
  between: ['between'],
  betweenJoin: ['and'],
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'said', 'its', 'that', 'was', 'has', 'by', 'on'],
  // Canada's, Australia's and New Zealand's press write their own dollar as "$". The country or a city, not the
  // adjective: "the Canadian pension fund" says whose fund, not which dollar. The US keeps the reading.
  localCurrencies: [
    { places: 'canada|toronto|montr[eé]al|ottawa|vancouver|calgary|alberta|ontario|qu[eé]bec', swap: { $: 'CAD' } },
    { places: 'australia(?!n)|sydney|melbourne|brisbane|perth|canberra', swap: { $: 'AUD' } },
    { places: 'new zealand|auckland|wellington', swap: { $: 'NZD' } },
    { places: 'united states|u\\.s\\.|washington|new york|california|texas|silicon valley|wall street', swap: {} },
    // A bare dinar or shilling is the money of the country the text is about (Kuwait's and Kenya's otherwise).
    { places: 'bahrain|manama', swap: { KWD: 'BHD' } },
    { places: 'jordan(?!ian)|amman', swap: { KWD: 'JOD' } },
    { places: 'tunisia|tunis', swap: { KWD: 'TND' } },
    { places: 'algeria|algiers', swap: { KWD: 'DZD' } },
    { places: 'iraq|baghdad', swap: { KWD: 'IQD' } },
    { places: 'uganda|kampala', swap: { KES: 'UGX' } },
    { places: 'tanzania|dar es salaam', swap: { KES: 'TZS' } },
    // Rupees ("Rs1.2 billion") are Pakistan's or Sri Lanka's in a text about them, India's otherwise.
    { places: 'pakistan|karachi|lahore|islamabad', swap: { INR: 'PKR' } },
    { places: 'sri lanka|colombo', swap: { INR: 'LKR' } },
  ],
};
