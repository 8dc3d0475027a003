/** What the options page needs besides settings: the library's backup, restore and wipe. */
import type { Result } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';

export interface OptionsData {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The whole library as a JSON file. */
  backup(): Promise<Blob>;
  restore(file: Blob): Promise<Result<{ added: number; skipped: number }>>;
  wipeAll(): Promise<unknown>;
}
