import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem, updateSettings } from './index.ts';
import { readSettings, watchSettings } from './page.ts';

describe('the content script settings reader', () => {
  it('reads the defaults from empty storage', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what the WXT item wrote, filling settings added later from the defaults', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoSave: false });
    const { theme: _dropped, ...old } = { ...DEFAULT_SETTINGS, autoSave: false };
    await settingsItem.setValue(old as typeof DEFAULT_SETTINGS);
    const s = await readSettings();
    expect(s.autoSave).toBe(false);
    expect(s.theme).toBe(DEFAULT_SETTINGS.theme);
  });

  it('hears every change made through updateSettings, until unsubscribed', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await updateSettings({ types: ['money'] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ types: ['money'] })));
    stop();
    seen.mockClear();
    await updateSettings({ types: ['company'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
  });
});
