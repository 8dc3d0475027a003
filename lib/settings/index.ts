/**
 * Reader settings, kept in extension storage (not IndexedDB) so the content
 * script can read them directly. Versioned so later shapes can migrate.
 */
import { storage } from '#imports';
import type { EntityType, WatchlistEntry } from '../detect/types.ts';

export type SiteMode = 'everywhere' | 'allowlist';
export type Theme = 'auto' | 'light' | 'dark';
export type HighlightStyle = 'soft' | 'underline' | 'strong';

export interface Settings {
  types: EntityType[];
  siteMode: SiteMode;
  /** Hostnames: skipped in 'everywhere' mode, the only ones used in 'allowlist' mode. */
  denylist: string[];
  allowlist: string[];
  autoSave: boolean;
  watchlist: WatchlistEntry[];
  highlightStyle: HighlightStyle;
  theme: Theme;
  /** Texts the reader marked "not a company / not an amount", keyed `type:text`. */
  suppressed: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  types: ['money', 'percent', 'company'],
  siteMode: 'everywhere',
  denylist: [],
  allowlist: [],
  autoSave: true,
  watchlist: [],
  highlightStyle: 'soft',
  theme: 'auto',
  suppressed: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  // Spread over the defaults so a setting added later has a value in old stores.
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

// Read-merge-write is not atomic: two quick changes (theme, then style) would each
// read the old value and the second write would undo the first. Queue them.
let pending: Promise<unknown> = Promise.resolve();

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = pending.then(async () => {
    const next = { ...(await getSettings()), ...patch };
    await settingsItem.setValue(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Whether the extension should run on a hostname under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const matches = (list: string[]) =>
    list.some((h) => host === h || host.endsWith(`.${h}`));
  return settings.siteMode === 'allowlist' ? matches(settings.allowlist) : !matches(settings.denylist);
}
