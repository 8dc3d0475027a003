/**
 * Reader settings, kept in extension storage (not IndexedDB) so the content
 * script can read them directly. Versioned so later shapes can migrate.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from './model.ts';

export * from './model.ts';

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
