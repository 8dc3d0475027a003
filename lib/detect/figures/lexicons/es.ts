import { type LexiconData, withForms } from './types.ts';

const M = 1e6;

export const es: LexiconData = {
  lang: 'es',
  decimalComma: true,
  scales: {
    cien: 100, mil: 1e3, millón: M, millon: M, millones: M, mm: M, 'mill.': M,
    millardo: 1e9, millardos: 1e9, billón: 1e12, billon: 1e12, billones: 1e12,
  },
  // "mil millones de dólares" with no number before it is one billion.
  bareScales: { mil: 1e3 },
  numberWords: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
    medio: 0.5, varios: NaN, 'decenas de': NaN, 'cientos de': NaN,
  },
  currencies: {
    'dólares': ['USD', true], 'dólar': ['USD', true], 'dólares estadounidenses': ['USD', false],
    'dólares americanos': ['USD', false], euros: ['EUR', false], euro: ['EUR', false],
    ...withForms(['dólares'], {
      canadienses: 'CAD', australianos: 'AUD', 'de hong kong': 'HKD', hongkoneses: 'HKD', singapurenses: 'SGD',
      'de singapur': 'SGD', neozelandeses: 'NZD', taiwaneses: 'TWD',
    }, true),
    ...withForms(['dólar'], { canadiense: 'CAD', australiano: 'AUD', 'de hong kong': 'HKD', singapurense: 'SGD', neozelandés: 'NZD' }, true),
    'francos suizos': ['CHF', false], rupias: ['INR', true], 'rupias indias': ['INR', false], wones: ['KRW', false],
    won: ['KRW', false], ...withForms(['coronas'], { suecas: 'SEK', noruegas: 'NOK', danesas: 'DKK' }, true),
    reales: ['BRL', false], 'reales brasileños': ['BRL', false], liras: ['TRY', true], 'liras turcas': ['TRY', false],
    'séqueles': ['ILS', false], shekels: ['ILS', false],
    libras: ['GBP', true], 'libras esterlinas': ['GBP', false], yenes: ['JPY', false], yuanes: ['CNY', false],
    'pesos mexicanos': ['MXN', false],
  },
  linkers: ['de'],
  percentWords: ['por ciento'],
  qualifiersBefore: {
    'cerca de': 'approx', alrededor: 'approx', 'alrededor de': 'approx', aproximadamente: 'approx',
    unos: 'approx', unas: 'approx', casi: 'approx', 'más de': 'over', 'mas de': 'over', 'por encima de': 'over',
    'menos de': 'under', hasta: 'up-to', 'al menos': 'at-least', 'como mínimo': 'at-least',
  },
  rangeJoin: ['a'],
  between: ['entre'],
  betweenJoin: ['y'],
  stopwords: ['el', 'los', 'las', 'del', 'y', 'que', 'para', 'con', 'una', 'por', 'como', 'su', 'al', 'ha', 'fue'],
};
