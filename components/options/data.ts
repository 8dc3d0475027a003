/** The options page's real data: settings storage and the library's backup, restore and wipe. */
import { backup, restore, wipeAll } from '@/lib/export';
import { getSettings, updateSettings } from '@/lib/settings';
import type { OptionsData } from './types';

export const realOptionsData: OptionsData = {
  getSettings,
  updateSettings,
  async backup() {
    const out: Blob | string = await backup();
    return typeof out === 'string' ? new Blob([out], { type: 'application/json' }) : out;
  },
  restore: (file) => restore(file),
  wipeAll: () => wipeAll(),
};
