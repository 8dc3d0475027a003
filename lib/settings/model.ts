/**
 * The settings' shape and defaults, with no storage attached: shared by the
 * WXT storage item (extension pages, background) and the content script's
 * lighter reader.
 */
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

/** Whether the extension should run on a hostname under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const matches = (list: string[]) =>
    list.some((h) => host === h || host.endsWith(`.${h}`));
  return settings.siteMode === 'allowlist' ? matches(settings.allowlist) : !matches(settings.denylist);
}
