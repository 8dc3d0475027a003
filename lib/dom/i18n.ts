/**
 * UI strings for the page stage. Messages live in public/_locales; the
 * English fallback keeps the tooltip usable where i18n is unavailable
 * (unit tests, or a key missing from a translation).
 */
import { browser } from 'wxt/browser';

export function t(key: string, fallback: string): string {
  try {
    return browser.i18n.getMessage(key as never) || fallback;
  } catch {
    return fallback;
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
