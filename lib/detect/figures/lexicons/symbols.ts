import type { CurrencyDef } from './types.ts';

/**
 * Signs and ISO codes shared by every language, written before or after the number.
 *
 * A plain "$" is read as USD and NOT marked inferred: news style (AP, Reuters,
 * Bloomberg, and the Arabic, Chinese and European press quoting them) keeps the
 * bare sign for the US dollar and prefixes every other dollar (C$, A$, HK$, NT$).
 * A bare word ("dollars", دولار, ドル) has no such convention and is marked
 * inferred, as is "¥", which is the sign of both the yen and the yuan.
 */
export const SYMBOLS: Record<string, CurrencyDef> = {
  $: ['USD', false], us$: ['USD', false], 'u.s.$': ['USD', false], $us: ['USD', false], usd$: ['USD', false],
  nt$: ['TWD', false], hk$: ['HKD', false], a$: ['AUD', false], au$: ['AUD', false], c$: ['CAD', false],
  ca$: ['CAD', false], s$: ['SGD', false], nz$: ['NZD', false], r$: ['BRL', false], mx$: ['MXN', false],
  // The Dominican peso ("RD$150 millones").
  rd$: ['DOP', false],
  '€': ['EUR', false], '£': ['GBP', false], '¥': ['JPY', true], '￥': ['CNY', true], '₹': ['INR', false],
  rs: ['INR', true], 'rs.': ['INR', true], '₩': ['KRW', false], '₪': ['ILS', false], '₺': ['TRY', false],
  '₱': ['PHP', false], '₦': ['NGN', false], 'u$s': ['USD', false], '₲': ['PYG', false], '₡': ['CRC', false],
  // Chinese puts the currency first as often as last: 人民币100亿元.
  人民币: ['CNY', false], 人民幣: ['CNY', false], 港币: ['HKD', false], 港幣: ['HKD', false],
  新台币: ['TWD', false], 新台幣: ['TWD', false], 新臺幣: ['TWD', false],
};

/** Codes count only in capitals ("USD 5bn", "5 Mrd. EUR"), so ordinary words never match. */
export const CODES: Record<string, CurrencyDef> = Object.fromEntries(
  ['USD', 'EUR', 'GBP', 'SAR', 'AED', 'EGP', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'MAD', 'CNY', 'JPY', 'HKD',
    'TWD', 'CHF', 'INR', 'CAD', 'AUD', 'SGD', 'KRW', 'BRL', 'MXN', 'TRY', 'ILS', 'SEK', 'NOK', 'DKK', 'NZD',
    // Not PHP, the programming language's name ("PHP 8.3").
    'MYR', 'IDR', 'THB', 'VND', 'NGN', 'KES', 'ZAR', 'XOF', 'XAF', 'COP', 'CLP', 'ARS', 'PLN', 'TND', 'DZD', 'PEN', 'PKR', 'DOP']
    .map((c): [string, CurrencyDef] => [c, [c, false]])
    .concat([['RMB', ['CNY', false]], ['NTD', ['TWD', false]]]),
);

/**
 * Letters written as a sign before the number, matched in this exact case and
 * never after a number ("5 W" is five watts): Malaysia's "RM4.2bn",
 * Indonesia's "Rp 8tn", the Korean press's "W500bn". Set apart by a space
 * ("room RM 204"), they need a scale word after the number or its digits in
 * groups ("RM 1,500"); where the value is true, always a scale word ("W7900"
 * is a graphics card).
 */
export const LETTER_SIGNS: Record<string, readonly [string, boolean, boolean?]> = {
  RM: ['MYR', false], Rp: ['IDR', false], W: ['KRW', true],
  // The Nigerian press writes the naira's ₦ as N, always with a scale word in funding news ("N2.55bn").
  N: ['NGN', true],
  // And the South African press the rand as R ("R20.4bn", "R14-billion").
  R: ['ZAR', true],
  // Swiss German writes the franc first ("Fr. 8 Mio."); with a scale word, or with a number no day has ("bis zu Fr. 690
  // monatlich", "Fr. 49.90"), since "Fr. 8." is also a Friday's date.
  'Fr.': ['CHF', true, true],
  // The Peruvian sol ("S/ 12 millones"); set apart by a space, it needs a scale word or a grouped number (the rule above).
  'S/': ['PEN', false],
  // And the Panamanian balboa's B/. ("B/. 500.000"); Chile's unit of account, UF, before its sum too ("UF 4 millones").
  'B/.': ['PAB', false], UF: ['CLF', false],
  // Paraguay's guaraní ("Gs. 3.500.000"), and the Philippine press's peso with a scale word ("P1.2 billion", "PHP150
  // million"; PHP alone is a programming language).
  'Gs.': ['PYG', false], P: ['PHP', true], PHP: ['PHP', true],
  // The Kenyan press writes its shilling "KSh 1.3 billion" and, glued, "Sh45".
  KSh: ['KES', false], Sh: ['KES', false],
  // The Israeli press in English writes the new shekel "NIS 102 million"; always with a scale word (NIS2 is an EU directive).
  NIS: ['ILS', true],
};
