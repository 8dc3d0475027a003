/**
 * UI strings and locale-aware formatting for the extension pages (popup, options).
 * Every visible string goes through `t()`, so a new UI language is only a new
 * `public/_locales/<lang>/messages.json`. Numbers and dates go through Intl in
 * the browser's UI language, never the page's.
 */
import { browser } from 'wxt/browser';

/** Keys come from the English catalogue, the default locale, so a typo fails to compile. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

// WXT types getMessage against the keys it last generated; ours are checked by MessageKey instead.
type GetMessage = (key: string, subs?: string | string[]) => string;

/** A UI string; a missing key shows itself rather than an empty control. */
// Plain strings never change while a page lives, and a list of cards asks for the same few hundreds of times.
const plain = new Map<string, string>();

export function t(key: MessageKey, subs?: string | number | (string | number)[]): string {
  if (subs === undefined && plain.has(key)) return plain.get(key)!;
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  let text = '';
  try {
    text = (browser.i18n.getMessage as GetMessage)(key, list);
  } catch {
    // Outside an extension (a unit test without a stub) there is no catalogue.
  }
  if (subs === undefined && text) plain.set(key, text);
  return text || key;
}

/** Tests switch the UI language; a page never does. */
export function resetMessageCache(): void {
  plain.clear();
}

/** BCP 47 tag of the browser's UI language, e.g. "en-US" or "ar". */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

const RTL_LANGS = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

export function isRtl(locale = uiLocale()): boolean {
  return RTL_LANGS.has(locale.toLowerCase().split(/[-_]/)[0] ?? '');
}

/**
 * The language the strings are actually in: a UI locale we have no catalogue for
 * falls back to English, and `lang`/`dir` must describe the text, not the wish.
 */
export function messagesLang(): string {
  const declared = t('localeCode');
  return declared === 'localeCode' ? 'en' : declared;
}

/** Sets `lang` and `dir` on the document root so layout mirrors for Arabic. */
export function applyDocumentLocale(doc: Document = document): void {
  const lang = messagesLang();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function cachedFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = numberFormats.get(key);
  if (!f) {
    f = make();
    numberFormats.set(key, f);
  }
  return f;
}

/** "$6.6B" / "6.6 مليار USD": compact, in the UI locale; falls back when a code is not ISO. */
export function formatMoney(value: number, currency: string, locale = uiLocale()): string {
  try {
    return cachedFormat(`${locale}|m|${currency}`, () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        // A symbol such as "US$" ends in a neutral character that the bidi
        // algorithm flips to "$US" in right-to-left text; the ISO code cannot flip.
        currencyDisplay: isRtl(locale) ? 'code' : 'symbol',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      }),
    ).format(value);
  } catch {
    return `${formatNumber(value, locale)} ${currency}`;
  }
}

export function formatPercent(value: number, locale = uiLocale()): string {
  // Stored percents are "12.5" for 12.5 %, Intl wants the fraction.
  return cachedFormat(`${locale}|p`, () =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
  ).format(value / 100);
}

export function formatNumber(value: number, locale = uiLocale()): string {
  return cachedFormat(`${locale}|n`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** "Arabic" for "ar", in the UI language; the code itself when Intl does not know it. */
export function languageName(code: string, locale = uiLocale()): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(time: number, locale = uiLocale()): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(time));
}
