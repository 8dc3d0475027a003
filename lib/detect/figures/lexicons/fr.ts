import { type LexiconData, byIso, byQualifier, withForms } from './types.ts';

const M = 1e6;
const B = 1e9;

export const fr: LexiconData = {
  lang: 'fr',
  decimalComma: true,
  scales: {
    cent: 100, cents: 100, mille: 1e3, k: 1e3,
    million: M, millions: M, m: M, mio: M,
    // The Swiss write "1,2 mia de francs" and "1,2 Mia. Franken".
    milliard: B, milliards: B, g: B, md: B, mds: B, mrd: B, mrds: B, 'mds.': B, mia: B,
    billion: 1e12, billions: 1e12,
  },
  // Québec writes "185 G$" for Canadian dollars; the Swiss "4 MCHF".
  // Morocco's press writes "500 MDH" for millions of dirhams, "8,5 MMDH" for billions and "98 DH" for the dirham.
  // Tunisia's writes "2,3 MDT" for millions of dinars.
  scaleCurrencies: { g$: [B, 'CAD', true], mchf: [M, 'CHF', false], mdh: [M, 'MAD', false], mmdh: [B, 'MAD', false], mdt: [M, 'TND', false] },
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
    'un demi': 0.5, 'un demi-': 0.5, demi: 0.5, 'demi-': 0.5,
    plusieurs: NaN, quelques: NaN, 'des dizaines de': NaN, 'des centaines de': NaN,
  },
  currencies: {
    ...byIso({
      EUR: 'euro|euros|€',
      USD: '~dollar|~dollars|dollars americains|$ us|$ e.-u.',
      INR: '~roupies|roupies indiennes',
      KRW: 'wons|won',
      BRL: 'reais|reals',
      TRY: 'livres turques',
      ILS: 'shekels',
      GBP: '~livres|livres sterling|livre sterling',
      CHF: '~francs|francs suisses',
      CAD: '$ ca|$ can',
      JPY: 'yens|yen',
      CNY: 'yuans|yuan',
      MAD: '~dirhams|dh', TND: 'dinars tunisiens', DZD: 'dinars algeriens',
      XOF: 'fcfa|francs cfa|f cfa', NGN: 'nairas|naira',
      PLN: 'zlotys|zloty', ZAR: 'rands', SAR: '~riyals', EGP: 'livres egyptiennes', MXN: '~pesos', VND: 'dongs|dong',
    }),
    ...withForms(['dollars'], {
      us: 'USD', canadiens: 'CAD', australiens: 'AUD', 'de hong kong': 'HKD', 'de singapour': 'SGD', singapouriens: 'SGD',
      'neo-zelandais': 'NZD', 'neozelandais': 'NZD', taiwanais: 'TWD',
    }, true),
    ...withForms(['couronnes'], { suedoises: 'SEK', norvegiennes: 'NOK', danoises: 'DKK' }, true),
  },
  linkers: ["d'", 'de'],
  percentWords: ['pour cent', 'pourcent', 'pour-cent'],
  qualifiersBefore: byQualifier({
    approx: 'environ|pres de|quelque|autour de|quasiment|presque',
    under: 'un peu moins de|moins de',
    over: 'plus de|au-dela de|au dela de|un peu plus de',
    'up-to': "jusqu'a",
    'at-least': 'au moins|au minimum|pas moins de',
  }),
  qualifiersAfter: byQualifier({
    approx: 'environ',
    'at-least': 'au moins',
  }),
  rangeJoin: ['a'],
  between: ['entre'],
  betweenJoin: ['et'],
  stopwords: ['le', 'la', 'les', 'des', 'et', 'du', 'pour', 'dans', 'une', 'est', 'qui', 'sur', 'au', 'avec', 'ont', 'sont'],
  // Dirhams near Morocco are Moroccan; dollars near Québec, "$" or the word, Canadian ("75 M$"; the US one is "$ US").
  // The country, not its adjective: "le fonds de pension canadien CPP Investments" says whose fund, not which dollar.
  // France, the US, Switzerland and the Emirates keep the reading.
  localCurrencies: [
    { places: 'maroc|casablanca|rabat', swap: { AED: 'MAD' } },
    // A bare dinar is Kuwaiti elsewhere (lexicons/en.ts), Tunisian or Algerian in a text about those countries.
    { places: 'tunisi|tunis', swap: { KWD: 'TND' } },
    { places: 'alg[ée]ri|alger', swap: { KWD: 'DZD' } },
    { places: 'qu[ée]bec|montr[ée]al|canada', swap: { USD: 'CAD', $: 'CAD' } },
    { places: 'france|paris|[ée]tats-unis|am[ée]ricain|[ée]mirat|duba[ïi]|ab[ou]u dhabi|suisse|lausanne|gen[eè]v|zurich|vaud', swap: {} },
  ],
};
