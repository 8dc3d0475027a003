import { type LexiconData, byIso, byQualifier, withForms } from './types.ts';

const M = 1e6;

export const es: LexiconData = {
  lang: 'es',
  decimalComma: true,
  scales: {
    cien: 100, mil: 1e3, millón: M, millon: M, millones: M, mm: M, 'mill.': M,
    millardo: 1e9, millardos: 1e9, billón: 1e12, billon: 1e12, billones: 1e12,
  },
  // Mexican press: "4,800 mdd", "900 mdp".
  scaleCurrencies: { mdd: [M, 'USD', true], mdp: [M, 'MXN', true] },
  // "mil millones de dólares" with no number before it is one billion.
  bareScales: { mil: 1e3 },
  numberWords: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
    medio: 0.5, varios: NaN, 'decenas de': NaN, 'cientos de': NaN,
  },
  currencies: {
    ...byIso({
      USD: '~dólares|~dólar|dólares estadounidenses|dólares americanos',
      EUR: 'euros|euro',
      CHF: '~francos|francos suizos',
      XOF: 'francos cfa',
      INR: '~rupias|rupias indias',
      KRW: 'wones|won',
      BRL: 'reales|reales brasileños',
      TRY: '~liras|liras turcas',
      ILS: 'séqueles|shekels',
      GBP: '~libras|libras esterlinas',
      JPY: 'yenes',
      CNY: 'yuanes',
      MXN: '~pesos|pesos mexicanos',
      CLP: 'pesos chilenos', COP: 'pesos colombianos', ARS: 'pesos argentinos', PEN: 'soles',
      // Chile's unit of account, in which loans and rents are set ("3 millones de UF", "UF 4 millones").
      CLF: 'uf',
      PLN: 'zlotys|eslotis', ZAR: 'rands', IDR: 'rupias indonesias', AED: 'dirhams', SAR: 'riales saudíes|riyales', EGP: 'libras egipcias',
    }),
    ...withForms(['dólares'], {
      canadienses: 'CAD', australianos: 'AUD', 'de hong kong': 'HKD', hongkoneses: 'HKD', singapurenses: 'SGD',
      'de singapur': 'SGD', neozelandeses: 'NZD', taiwaneses: 'TWD',
    }, true),
    ...withForms(['dólar'], { canadiense: 'CAD', australiano: 'AUD', 'de hong kong': 'HKD', singapurense: 'SGD', neozelandés: 'NZD' }, true),
    ...withForms(['coronas'], { suecas: 'SEK', noruegas: 'NOK', danesas: 'DKK' }, true),
  },
  linkers: ['de'],
  percentWords: ['por ciento'],
  qualifiersBefore: byQualifier({
    approx: 'cerca de|alrededor|alrededor de|aproximadamente|unos|unas|casi',
    over: 'más de|mas de|por encima de',
    under: 'menos de',
    'up-to': 'hasta',
    'at-least': 'al menos|como mínimo',
  }),
  rangeJoin: ['a'],
  between: ['entre'],
  betweenJoin: ['y'],
  stopwords: ['el', 'los', 'las', 'del', 'y', 'que', 'para', 'con', 'una', 'por', 'como', 'su', 'al', 'ha', 'fue'],
  // South American press writes its own peso as "$" and "pesos"; so does the Mexican, where the text writes the US
  // dollar as "US$"; Spain and the US keep the reading as it is.
  localCurrencies: [
    { places: 'argentin|buenos aires', swap: { $: 'ARS', MXN: 'ARS' } },
    { places: 'colombi|bogot[aá]|medell[ií]n', swap: { $: 'COP', MXN: 'COP' } },
    { places: 'chile', swap: { $: 'CLP', MXN: 'CLP' } },
    { places: 'urugua|montevideo', swap: { $: 'UYU', MXN: 'UYU' } },
    { places: 'm[eé]xic|monterrey|guadalajara|quer[eé]taro|cdmx', swap: { $: 'MXN', MXN: 'MXN' }, when: 'US\\$' },
    { places: 'españa|madrid|barcelona|estados unidos|ee\\.? ?uu', swap: {} },
  ],
};
