/**
 * The popup's real data source: Dexie through lib/storage (the popup is an
 * extension page, so it shares the background's database), the active tab
 * through typed messages, settings through lib/settings.
 */
import { browser } from 'wxt/browser';
import * as library from '@/lib/storage/library';
import { csvParts, toMarkdown, toTSV } from '@/lib/export';
import { contentMessaging, pageMessaging } from '@/lib/messaging/extension';
import { fail, ok, type Result } from '@/lib/messaging/protocol';
import { getSettings, updateSettings } from '@/lib/settings';
import type { ActiveTab, PageFacts, PopupData } from './types';

async function activeTab(): Promise<ActiveTab> {
  // `?tab=ID` lets a test (or a detached popup window) point the popup at a given tab.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) {
    const tab = await browser.tabs.get(forced).catch(() => null);
    return { id: forced, url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url ?? null };
}

async function pageFacts(tabId: number): Promise<Result<PageFacts>> {
  try {
    const res = await pageMessaging.sendMessage('getPageFacts', undefined, tabId);
    if (!res.ok) return res;
    const known = await contentMessaging.sendMessage('getKnownFacts', { url: res.value.page.url });
    // The page's facts still show when the library cannot be read; the error is the caller's to show.
    if (!known.ok) return known;
    return ok({ ...res.value, known: known.value });
  } catch (e) {
    return fail(e);
  }
}

export const realData: PopupData = {
  queryLibrary: (q) => library.queryLibrary(q),
  warmLibrary: () => library.warmLibrary(),
  facetValues: () => library.facetValues(),
  summarizeCompanies: (q) => library.summarizeCompanies(q),
  setNote: (id, note) => library.setNote(id, note),
  deleteAnnotations: (ids) => library.deleteAnnotations(ids),
  restoreAnnotations: (records) => library.restoreAnnotations(records),
  exportParts: (format, items) => (format === 'csv' ? csvParts(items) : [format === 'tsv' ? toTSV(items) : toMarkdown(items)]),
  activeTab,
  pageFacts,
  async setFactStatus(page, fact, status) {
    try {
      return await contentMessaging.sendMessage('setStatus', { page, fact, status });
    } catch (e) {
      return fail(e);
    }
  },
  openTab: (url) => browser.tabs.create({ url }),
  getSettings,
  updateSettings,
  optionsUrl: () => browser.runtime.getURL('/options.html'),
};
