import { type CurrencyDef, type LexiconData, byIso, byQualifier } from './types.ts';

/** "kanadische Dollar" and, after a preposition, "kanadischen Dollar". */
function germanForms(noun: string, adjectives: Record<string, string>): Record<string, CurrencyDef> {
  const out: Record<string, CurrencyDef> = {};
  for (const [adj, iso] of Object.entries(adjectives)) {
    out[`${adj}e ${noun}`] = [iso, false];
    out[`${adj}en ${noun}`] = [iso, false];
  }
  return out;
}

const M = 1e6;
const B = 1e9;

export const de: LexiconData = {
  lang: 'de',
  decimalComma: true,
  scales: {
    hundert: 100, tausend: 1e3, tsd: 1e3, 'tsd.': 1e3,
    million: M, millionen: M, mio: M, 'mio.': M, 'mill.': M,
    milliarde: B, milliarden: B, mrd: B, 'mrd.': B, mrds: B, mia: B, 'mia.': B,
    billion: 1e12, billionen: 1e12, bio: 1e12, 'bio.': 1e12,
  },
  numberWords: {
    ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, 'zwölf': 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    hundert: 100, eineinhalb: 1.5, anderthalb: 1.5, 'eine halbe': 0.5, halbe: 0.5,
    mehrere: NaN, einige: NaN, etliche: NaN,
  },
  currencies: {
    ...byIso({
      EUR: 'euro|euros',
      USD: '~dollar|us-dollar|us dollar',
      GBP: '~pfund|britische pfund',
      CHF: '~franken|schweizer franken|fr.',
      JPY: 'yen',
      CNY: 'yuan',
      HKD: 'hongkong-dollar',
      SGD: 'singapur-dollar',
      TWD: 'taiwan-dollar',
      INR: '~rupien',
      KRW: 'won',
      ILS: 'schekel',
      PLN: 'zloty|złoty', ZAR: '~rand', IDR: 'rupiah', AED: '~dirham', SAR: '~riyal', EGP: 'ägyptische pfund', MXN: '~pesos', BRL: '~real',
      SEK: '~kronen', VND: 'dong',
    }),
    ...germanForms('dollar', { kanadisch: 'CAD', australisch: 'AUD', 'neuseeländisch': 'NZD', singapurisch: 'SGD', taiwanisch: 'TWD' }),
    ...germanForms('rupien', { indisch: 'INR' }),
    ...germanForms('won', { 'südkoreanisch': 'KRW' }),
    ...germanForms('kronen', { schwedisch: 'SEK', norwegisch: 'NOK', 'dänisch': 'DKK', tschechisch: 'CZK' }),
    ...germanForms('real', { brasilianisch: 'BRL' }),
    ...germanForms('lira', { 'türkisch': 'TRY' }),
    ...germanForms('schekel', { israelisch: 'ILS' }),
  },
  linkers: [],
  // A bare krone is the Swedish one unless the text is about Norway, Denmark or Czechia ("420 Mio. Kronen" in Oslo).
  localCurrencies: [
    { places: 'norweg|oslo', swap: { SEK: 'NOK' } },
    { places: 'dänemark|dänisch|kopenhag', swap: { SEK: 'DKK' } },
    { places: 'tschech|prag', swap: { SEK: 'CZK' } },
    { places: 'schwed|stockholm', swap: { SEK: 'SEK' } },
  ],
  percentWords: ['prozent', 'proz.'],
  qualifiersBefore: byQualifier({
    approx: 'rund|etwa|circa|ca|ca.|ungefähr|knapp|fast|beinahe',
    over: 'gut|mehr als|über',
    under: 'weniger als|unter',
    'up-to': 'bis zu',
    'at-least': 'mindestens|wenigstens',
  }),
  rangeJoin: ['bis'],
  between: ['zwischen'],
  betweenJoin: ['und'],
  stopwords: ['der', 'die', 'das', 'und', 'den', 'mit', 'von', 'ist', 'ein', 'eine', 'dem', 'auf', 'sich', 'nicht', 'auch'],
};
