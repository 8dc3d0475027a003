/**
 * Test support: browser.i18n answered from the real catalogues, with Chrome's
 * placeholder rules, so component tests see the strings readers see.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { resetMessageCache } from '@/lib/i18n';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const CATALOGUES: Record<string, Catalogue> = { en, ar };

export function resolveMessage(catalogue: Catalogue, key: string, subs: string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()];
      return ph ? fill(ph.content) : '';
    })
    .replace(/\$\$/g, '$');
}

/** Makes the fake browser speak `locale` (falling back to English like Chrome). */
export function useLocale(locale: 'en' | 'ar' | string): void {
  resetMessageCache();
  const catalogue = CATALOGUES[locale.split('-')[0]!] ?? en;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    resolveMessage(catalogue, key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]) ||
    resolveMessage(en, key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs])) as typeof fakeBrowser.i18n.getMessage);
}
