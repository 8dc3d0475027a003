/**
 * The background's wiring: content-script messages → storage, keyboard commands →
 * the active tab. Handlers are exported so tests can call them without a browser.
 */
import { browser } from 'wxt/browser';
import { contentMessaging, pageMessaging } from '../messaging/extension.ts';
import { fail, ok, type ContentProtocol, type Result } from '../messaging/protocol.ts';
import { companyDetails } from '../detect/details.ts';
import { anchorQuote } from '../dom/anchor-approx.ts';
import { getSettings, updateSettings } from '../settings/index.ts';
import { knownFacts, reportPage, setFactNote, setFactStatus } from './facts.ts';

type Data<K extends keyof ContentProtocol> = Parameters<ContentProtocol[K]>[0];
type Reply<K extends keyof ContentProtocol> = Promise<ReturnType<ContentProtocol[K]>>;

export const handlers = {
  async reportPage(data: Data<'reportPage'>): Reply<'reportPage'> {
    let autoSave: boolean;
    try {
      autoSave = (await getSettings()).autoSave;
    } catch (error) {
      return fail(error);
    }
    return reportPage(data.page, data.facts, autoSave);
  },
  getKnownFacts: (data: Data<'getKnownFacts'>): Reply<'getKnownFacts'> => knownFacts(data.url),
  setStatus: (data: Data<'setStatus'>): Reply<'setStatus'> => setFactStatus(data.page, data.fact, data.status),
  setNote: (data: Data<'setNote'>): Reply<'setNote'> => setFactNote(data.page, data.fact, data.note),
  async suppress(data: Data<'suppress'>): Reply<'suppress'> {
    const text = data.text.trim();
    if (!text) return { ok: false, error: 'Nothing to suppress: the text is empty.' };
    try {
      const entry = `${data.type}:${text}`;
      const { suppressed } = await getSettings();
      if (!suppressed.includes(entry)) await updateSettings({ suppressed: [...suppressed, entry] });
      return ok(undefined);
    } catch (error) {
      return fail(error);
    }
  },
  describeCompany: async (data: Data<'describeCompany'>): Reply<'describeCompany'> => ok(companyDetails(data.name)),
  async anchorQuotes(data: Data<'anchorQuotes'>): Reply<'anchorQuotes'> {
    try {
      return ok(data.selectors.map((s) => anchorQuote(data.text, s)));
    } catch (error) {
      return fail(error);
    }
  },
  async openLibrary(): Reply<'openLibrary'> {
    try {
      // Extension pages may be opened without the `tabs` permission.
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=library') });
      return ok(undefined);
    } catch (error) {
      return fail(error);
    }
  },
};

/** Chrome MV3 has `action`; Firefox MV2 still only `browserAction`. */
function actionApi() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function setBadge(count: number, tabId: number | undefined): Promise<Result<void>> {
  if (tabId === undefined) return { ok: false, error: 'Badge update came from outside a tab.' };
  try {
    await actionApi().setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    return ok(undefined);
  } catch (error) {
    return fail(error);
  }
}

const COMMANDS: Record<string, (tabId: number) => Promise<unknown>> = {
  'toggle-highlights': (tabId) => pageMessaging.sendMessage('toggleHighlights', undefined, tabId),
  'next-fact': (tabId) => pageMessaging.sendMessage('stepFact', { direction: 1 }, tabId),
  'prev-fact': (tabId) => pageMessaging.sendMessage('stepFact', { direction: -1 }, tabId),
  'save-fact': (tabId) => pageMessaging.sendMessage('saveFocused', undefined, tabId),
};

export async function runCommand(command: string, tabId?: number): Promise<Result<void>> {
  const send = COMMANDS[command];
  if (!send) return { ok: false, error: `Unknown command "${command}".` };
  try {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return { ok: false, error: 'No active tab for the command.' };
    await send(id);
    return ok(undefined);
  } catch (error) {
    // Pages the content script cannot run on (browser pages, the store) have no receiver.
    return fail(error);
  }
}

export function startBackground(): void {
  contentMessaging.onMessage('reportPage', ({ data }) => handlers.reportPage(data));
  contentMessaging.onMessage('getKnownFacts', ({ data }) => handlers.getKnownFacts(data));
  contentMessaging.onMessage('setStatus', ({ data }) => handlers.setStatus(data));
  contentMessaging.onMessage('setNote', ({ data }) => handlers.setNote(data));
  contentMessaging.onMessage('suppress', ({ data }) => handlers.suppress(data));
  contentMessaging.onMessage('openLibrary', () => handlers.openLibrary());
  contentMessaging.onMessage('describeCompany', ({ data }) => handlers.describeCompany(data));
  contentMessaging.onMessage('anchorQuotes', ({ data }) => handlers.anchorQuotes(data));
  contentMessaging.onMessage('setBadge', async ({ data, sender }) => {
    const res = await setBadge(data.count, sender.tab?.id);
    if (!res.ok) console.warn('[dealmark] badge:', res.error);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id).then((res) => {
      if (!res.ok) console.warn(`[dealmark] command ${command}:`, res.error);
    });
  });
}
