/**
 * The content script's view of the settings: plain `storage.local` reads and
 * change events on the key WXT's item writes ("local:settings" is stored as
 * "settings"). WXT's storage module would cost the page script about 3.7 kB
 * gzip for two calls; migrations run where the item is defined (background).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from './model.ts';

const KEY = 'settings';

// Spread over the defaults so a setting added later, or cleared storage, reads as the default.
const withDefaults = (v: unknown): Settings => ({ ...DEFAULT_SETTINGS, ...(v && typeof v === 'object' ? v : {}) });

export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return withDefaults(got[KEY]);
}

/** Calls `cb` with the new settings whenever they change; returns the unsubscribe. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(withDefaults(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
