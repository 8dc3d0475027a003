import { type LexiconData, withForms } from './types.ts';

const M = 1e6;
const B = 1e9;

export const fr: LexiconData = {
  lang: 'fr',
  decimalComma: true,
  scales: {
    cent: 100, cents: 100, mille: 1e3, k: 1e3,
    million: M, millions: M, m: M, mio: M,
    milliard: B, milliards: B, g: B, md: B, mds: B, mrd: B, mrds: B, 'mds.': B,
    billion: 1e12, billions: 1e12,
  },
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
    'un demi': 0.5, 'un demi-': 0.5, demi: 0.5, 'demi-': 0.5,
    plusieurs: NaN, quelques: NaN, 'des dizaines de': NaN, 'des centaines de': NaN,
  },
  currencies: {
    euro: ['EUR', false], euros: ['EUR', false], '€': ['EUR', false],
    dollar: ['USD', true], dollars: ['USD', true], 'dollars americains': ['USD', false],
    ...withForms(['dollars'], {
      us: 'USD', canadiens: 'CAD', australiens: 'AUD', 'de hong kong': 'HKD', 'de singapour': 'SGD', singapouriens: 'SGD',
      'neo-zelandais': 'NZD', 'neozelandais': 'NZD', taiwanais: 'TWD',
    }, true),
    roupies: ['INR', true], 'roupies indiennes': ['INR', false], wons: ['KRW', false], won: ['KRW', false],
    ...withForms(['couronnes'], { suedoises: 'SEK', norvegiennes: 'NOK', danoises: 'DKK' }, true),
    reais: ['BRL', false], reals: ['BRL', false], 'livres turques': ['TRY', false], shekels: ['ILS', false],
    livres: ['GBP', true], 'livres sterling': ['GBP', false], 'livre sterling': ['GBP', false],
    'francs suisses': ['CHF', false], yens: ['JPY', false], yen: ['JPY', false], yuans: ['CNY', false],
    yuan: ['CNY', false], 'dirhams': ['MAD', true],
  },
  linkers: ["d'", 'de'],
  percentWords: ['pour cent', 'pourcent', 'pour-cent'],
  qualifiersBefore: {
    environ: 'approx', 'pres de': 'approx', quelque: 'approx', 'autour de': 'approx', 'quasiment': 'approx',
    presque: 'approx', 'un peu moins de': 'under', 'moins de': 'under',
    'plus de': 'over', 'au-dela de': 'over', 'au dela de': 'over', 'un peu plus de': 'over',
    "jusqu'a": 'up-to', 'au moins': 'at-least', 'au minimum': 'at-least', 'pas moins de': 'at-least',
  },
  qualifiersAfter: { environ: 'approx', 'au moins': 'at-least' },
  rangeJoin: ['a'],
  between: ['entre'],
  betweenJoin: ['et'],
  stopwords: ['le', 'la', 'les', 'des', 'et', 'du', 'pour', 'dans', 'une', 'est', 'qui', 'sur', 'au', 'avec', 'ont', 'sont'],
};
