/**
 * Theme for the extension pages: the `theme` setting picks light or dark, or
 * 'auto' follows prefers-color-scheme (the CSS does that through color-scheme).
 */
import { useEffect } from 'preact/hooks';
import { settingsItem, type Theme } from '@/lib/settings';
import { applyDocumentLocale } from '@/lib/i18n';

export function applyTheme(theme: Theme, doc: Document = document): void {
  doc.documentElement.dataset.theme = theme;
}

/** Locale and theme on the root element, kept in step with the stored setting. */
export function usePageChrome(initial: Theme | undefined): void {
  useEffect(() => {
    applyDocumentLocale();
    if (initial) applyTheme(initial);
    return settingsItem.watch((next) => applyTheme(next?.theme ?? 'auto'));
  }, [initial]);
}
