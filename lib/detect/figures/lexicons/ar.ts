import { type CurrencyDef, type LexiconData, byIso, byQualifier } from './types.ts';

const M = 1e6;
const B = 1e9;
const T = 1e12;

/**
 * Arabic currency names: every inflection of the noun (singular, accusative
 * with tanween, plural, definite) alone, where it is only a guess, and with each
 * nationality adjective (both genders), where it is explicit.
 */
function currencyForms(
  nouns: string[],
  bare: string,
  adjectives: Record<string, string>,
): Record<string, CurrencyDef> {
  const out: Record<string, CurrencyDef> = {};
  for (const noun of nouns) {
    out[noun] = [bare, true];
    for (const [adj, iso] of Object.entries(adjectives)) {
      out[`${noun} ${adj}`] = [iso, false];
      out[`${noun} ${adj}ة`] = [iso, false];
      out[`${noun} ال${adj}`] = [iso, false];
    }
  }
  return out;
}

const UNITS: [string, number][] = [
  ['واحد', 1], ['إحدى', 1], ['أحد', 1], ['اثنان', 2], ['اثنين', 2], ['اثنا', 2], ['اثني', 2], ['ثلاثة', 3], ['ثلاث', 3],
  ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6], ['سبعة', 7], ['سبع', 7],
  ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['تسعة', 9], ['تسع', 9],
];
const TENS: [string, number][] = [
  ['عشرين', 20], ['عشرون', 20], ['ثلاثين', 30], ['ثلاثون', 30], ['أربعين', 40], ['أربعون', 40],
  ['خمسين', 50], ['خمسون', 50], ['ستين', 60], ['ستون', 60], ['سبعين', 70], ['سبعون', 70],
  ['ثمانين', 80], ['ثمانون', 80], ['تسعين', 90], ['تسعون', 90],
];
const HUNDREDS: [string, number][] = [
  ['مئة', 100], ['مائة', 100], ['مئتي', 200], ['مائتي', 200], ['مئتا', 200], ['مائتا', 200],
  ...(['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'ثماني', 'تسع'] as const).flatMap((u, i): [string, number][] => [
    [`${u}مئة`, (i < 6 ? i + 3 : i + 2) * 100], [`${u}مائة`, (i < 6 ? i + 3 : i + 2) * 100],
  ]),
];

/** Number words up to 99 as one or two words: "خمسة عشر", "خمسة وعشرين", plus the hundreds. */
function numberWords(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, v] of [...UNITS, ...TENS, ...HUNDREDS]) out[w] = v;
  for (const [u, v] of UNITS) {
    out[`${u} عشر`] = 10 + v;
    out[`${u} عشرة`] = 10 + v;
    for (const [t, tv] of TENS) out[`${u} و${t}`] = tv + v;
  }
  out['عشرة'] = 10;
  out['عشر'] = 10;
  return out;
}

export const ar: LexiconData = {
  lang: 'ar',
  decimalComma: false,
  scales: {
    'ألف': 1e3, 'آلاف': 1e3, 'ألفا': 1e3,
    'مليون': M, 'ملايين': M, 'مليونا': M,
    'مليار': B, 'مليارات': B, 'مليارا': B, 'بليون': B, 'بلايين': B,
    'تريليون': T, 'تريليونات': T, 'تريليونا': T, 'ترليون': T,
    // Indian amounts as the Arabic press carries them: "1,295 كرور روبية" (a crore is ten million, a lakh a hundred thousand).
    'كرور': 1e7, 'لاك': 1e5,
  },
  // With no number before it the singular is one and the dual two: مليار دولار, ملياري دولار.
  // مليارا/مليونا after a number is the accusative singular (20 مليارًا), alone the dual.
  // The dual proper (ملياري, مليونين) never takes a number: in "مارس 2025 ملياري دولار"
  // the number is a year, so the dual is read alone.
  bareScales: {
    'ألف': 1e3, 'ألفي': 2e3, 'ألفين': 2e3,
    'مليون': M, 'مليونا': 2 * M, 'مليوني': 2 * M, 'مليونين': 2 * M,
    'مليار': B, 'مليارا': 2 * B, 'ملياري': 2 * B, 'مليارين': 2 * B, 'بليون': B,
    'تريليون': T, 'تريليونا': 2 * T, 'تريليوني': 2 * T, 'تريليونين': 2 * T,
  },
  numberWords: {
    ...numberWords(),
    'نصف': 0.5, 'ربع': 0.25,
    'عشرات': NaN, 'مئات': NaN, 'بضعة': NaN, 'بضع': NaN, 'عدة': NaN,
  },
  currencies: {
    ...byIso({
      HKD: 'دولار هونغ كونغ|دولار هونج كونج|دولارات هونغ كونغ',
      EUR: 'يورو',
      GBP: 'إسترليني',
      JPY: 'ين|ين ياباني',
      CNY: 'يوان|يوان صيني',
    }),
    ...currencyForms(['دولار', 'دولارا', 'دولارات', 'الدولارات', 'دولا'], 'USD', {
      'أمريكي': 'USD', 'أميركي': 'USD', 'كندي': 'CAD', 'أسترالي': 'AUD', 'سنغافوري': 'SGD', 'تايواني': 'TWD',
      'نيوزيلندي': 'NZD',
    }),
    ...currencyForms(['فرنك', 'فرنكا', 'فرنكات'], 'CHF', { 'سويسري': 'CHF' }),
    ...currencyForms(['وون'], 'KRW', { 'كوري': 'KRW' }),
    ...currencyForms(['كرونة', 'كرونات'], 'SEK', { 'سويدي': 'SEK', 'نرويجي': 'NOK', 'دنماركي': 'DKK' }),
    ...currencyForms(['شيكل', 'شيكلا', 'شواكل'], 'ILS', { 'إسرائيلي': 'ILS' }),
    ...currencyForms(['جنيه', 'جنيها', 'جنيهات'], 'EGP', {
      'إسترليني': 'GBP', 'استرليني': 'GBP', 'مصري': 'EGP', 'سوداني': 'SDG',
    }),
    ...currencyForms(['ريال', 'ريالا', 'ريالات'], 'SAR', {
      'سعودي': 'SAR', 'قطري': 'QAR', 'عماني': 'OMR', 'يمني': 'YER', 'إيراني': 'IRR', 'برازيلي': 'BRL',
    }),
    ...currencyForms(['درهم', 'درهما', 'دراهم'], 'AED', { 'إماراتي': 'AED', 'مغربي': 'MAD' }),
    ...currencyForms(['دينار', 'دينارا', 'دنانير'], 'KWD', {
      'كويتي': 'KWD', 'بحريني': 'BHD', 'أردني': 'JOD', 'عراقي': 'IQD', 'تونسي': 'TND', 'جزائري': 'DZD', 'ليبي': 'LYD',
    }),
    ...currencyForms(['ليرة', 'ليرات'], 'TRY', { 'تركي': 'TRY', 'لبناني': 'LBP', 'سوري': 'SYP' }),
    ...currencyForms(['روبية', 'روبيات'], 'INR', { 'هندي': 'INR' }),
    // Only South Africa's and Nigeria's currencies go by these names: read alone, they are not guesses.
    ...currencyForms(['راند'], 'ZAR', { 'جنوب أفريقي': 'ZAR', 'جنوب افريقي': 'ZAR' }),
    'راند': ['ZAR', false], 'نايرا': ['NGN', false], 'نيرة': ['NGN', false],
    ...currencyForms(['شلن', 'شلنا', 'شلنات'], 'KES', { 'كيني': 'KES', 'أوغندي': 'UGX', 'تنزاني': 'TZS' }),
  },
  linkers: ['من'],
  percentWords: ['في المئة', 'في المائة', 'في المية', 'بالمئة', 'بالمائة', 'بالمية'],
  qualifiersBefore: byQualifier({
    approx: 'نحو|حوالي|حوالى|قرابة|ما يقارب|يقارب|ما يناهز|يناهز|زهاء|تقريبا',
    over: 'أكثر من|ما يزيد على|ما يزيد عن|يزيد على|يزيد عن|أزيد من|ما يفوق|يفوق|فوق',
    under: 'أقل من|ما يقل عن|دون',
    'up-to': 'ما يصل إلى|يصل إلى|تصل إلى|حتى',
    'at-least': 'لا يقل عن|ما لا يقل عن',
  }),
  qualifiersAfter: byQualifier({
    'at-least': 'على الأقل',
    approx: 'تقريبا',
  }),
  rangeJoin: ['إلى'],
  between: ['بين'],
  betweenJoin: ['و'],
  // A dirham near Morocco is Moroccan; near the Emirates it stays the Emirati one. The text is folded (أ is ا).
  localCurrencies: [
    // The adjective counts too, as a firm's ("شركة رأس مال جريء سعودية"): an Arab fund is sized in its own money.
    { places: 'المغرب|مغربي|الدار البيضاء|الرباط', swap: { AED: 'MAD' } },
    // A place's own money maps to itself: the place then says which money a dirham or riyal is, further back too.
    { places: 'الامارات|اماراتي|دبي|ابوظبي|ابو ظبي', swap: { AED: 'AED' } },
    // A bare riyal is the Saudi one unless the text is about Qatar or Oman (not عمان alone: it is Amman too, nor عماني); a
    // bare dinar the Kuwaiti one unless Bahrain, Jordan, Algeria, Tunisia or Iraq.
    { places: 'قطر|القطري|قطري|الدوحة', swap: { SAR: 'QAR' } },
    { places: 'سلطنة عمان|مسقط', swap: { SAR: 'OMR' } },
    { places: 'البحرين|بحريني|المنامة', swap: { KWD: 'BHD' } },
    { places: 'الاردن|اردني', swap: { KWD: 'JOD' } },
    { places: 'الجزائر|الجزائري|جزائري', swap: { KWD: 'DZD' } },
    { places: 'تونس|التونسي|تونسي', swap: { KWD: 'TND' } },
    { places: 'العراق|العراقي|عراقي|بغداد', swap: { KWD: 'IQD' } },
    { places: 'السعودي|سعودي|الرياض|جدة', swap: { SAR: 'SAR' } },
    { places: 'الكويت|كويتي', swap: { KWD: 'KWD' } },
  ],
};
