/**
 * UI strings for the page stage. Messages live in public/_locales only (English
 * is the default locale, so a key missing from a translation reads in English);
 * no fallback copies here, since every byte of the content script counts.
 */
import { browser } from 'wxt/browser';

export function t(key: string): string {
  try {
    return browser.i18n.getMessage(key as never) || key;
  } catch {
    return key;
  }
}

/** The reader's language, for Intl formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language || 'en' : 'en';
  }
}
