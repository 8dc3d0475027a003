import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentMessaging, pageMessaging } from '../messaging/extension.ts';
import { getSettings, updateSettings } from '../settings/index.ts';
import { handlers, runCommand, setBadge, startBackground } from './background.ts';
import { getDB, resetDBForTests } from './db.ts';
import { company, found, money, pageInfo, raised } from './testing.ts';

type Listener = (message: unknown, sender: object, sendResponse: (r: unknown) => void) => boolean | undefined;

/**
 * @webext-core/messaging speaks chrome's callback API (sendResponse + `return true`),
 * which fakeBrowser's event trigger does not model; this is a minimal in-process
 * runtime with chrome's semantics. Messages from "content" carry tab 9 as sender.
 */
function installChromeBridge() {
  const listeners: Listener[] = [];
  const dispatch = (message: unknown, sender: object, reply: (r: unknown) => void) => {
    for (const l of listeners) if (l(message, sender, reply) === true) return;
    reply(undefined);
  };
  vi.stubGlobal('chrome', {
    runtime: {
      lastError: undefined,
      onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: (l: Listener) => listeners.includes(l) && listeners.splice(listeners.indexOf(l), 1) },
      sendMessage: (message: unknown, reply: (r: unknown) => void) => dispatch(message, { tab: { id: 9 } }, reply),
    },
    tabs: {
      sendMessage: (tabId: number, message: unknown, _opts: unknown, reply: (r: unknown) => void) =>
        dispatch(message, { id: 'background', tabIdForTest: tabId }, reply),
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

let commandListener: ((command: string, tab?: { id?: number }) => void) | undefined;

beforeEach(async () => {
  await resetDBForTests();
  installChromeBridge();
  contentMessaging.removeAllListeners();
  pageMessaging.removeAllListeners();
  commandListener = undefined;
  // fakeBrowser has no commands API; capture the listener the background adds.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => {
    commandListener = fn as typeof commandListener;
  });
});

const PAGE = pageInfo('https://news.example.com/story');
const FACTS = [found('m', money('$1 billion', 1e9), raised('Acme', 1e9)), found('c', company('Acme'))];

describe('content → background messages', () => {
  it('reportPage round-trips through the messaging layer', async () => {
    startBackground();
    const res = await contentMessaging.sendMessage('reportPage', { page: PAGE, facts: FACTS });
    expect(res).toEqual({ ok: true, value: { stored: 2 } });
    expect(await getDB().annotations.count()).toBe(2);
    await contentMessaging.sendMessage('setStatus', { page: PAGE, fact: FACTS[0]!, status: 'saved' });
    const known = await contentMessaging.sendMessage('getKnownFacts', { url: PAGE.url });
    expect(known.ok && known.value.map((k) => [k.key, k.status])).toEqual([['m', 'saved']]);
    await contentMessaging.sendMessage('setBadge', { count: 2 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('2');
  });

  it('honours the auto-save setting', async () => {
    await updateSettings({ autoSave: false });
    expect(await handlers.reportPage({ page: PAGE, facts: FACTS })).toEqual({ ok: true, value: { stored: 0 } });
    expect(await getDB().annotations.count()).toBe(0);
    expect((await handlers.setNote({ page: PAGE, fact: FACTS[1]!, note: 'why?' })).ok).toBe(true);
    expect((await getDB().annotations.toArray()).map((r) => [r.note, r.status])).toEqual([['why?', 'saved']]);
  });

  it('suppress appends type:text once', async () => {
    expect(await handlers.suppress({ type: 'company', text: ' Apple ' })).toEqual({ ok: true, value: undefined });
    await handlers.suppress({ type: 'company', text: 'Apple' });
    await handlers.suppress({ type: 'money', text: 'Apple' });
    expect((await getSettings()).suppressed).toEqual(['company:Apple', 'money:Apple']);
    expect((await handlers.suppress({ type: 'company', text: '  ' })).ok).toBe(false);
  });

  it('looks for saved quotes exactly, then approximately, one answer per selector', async () => {
    startBackground();
    const text = 'The lab raised $2.0 billion from Nvidia in a second round, people said.';
    const edited = { exact: 'raised $2 billion from Nvidia', prefix: 'The lab ', suffix: ' in a second', start: 8, end: 37 };
    const same = { exact: 'second round', prefix: 'in a ', suffix: ', people', start: 45, end: 57 };
    const gone = { exact: 'a deal with Oracle worth $9 billion', prefix: 'x', suffix: 'y', start: 0, end: 35 };
    const res = await contentMessaging.sendMessage('anchorQuotes', { text, selectors: [edited, same, gone] });
    expect(res.ok && res.value.map((p) => p && [text.slice(p.start, p.end), p.errors])).toEqual([
      ['raised $2.0 billion from Nvidia', 2], ['second round', 0], null,
    ]);
  });

  it('sets the badge on the sender’s tab', async () => {
    expect(await setBadge(7, 3)).toEqual({ ok: true, value: undefined });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('7');
    await setBadge(0, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect((await setBadge(2, undefined)).ok).toBe(false);
  });
});

describe('keyboard commands', () => {
  it('forwards each command to the tab', async () => {
    startBackground();
    const seen: string[] = [];
    pageMessaging.onMessage('toggleHighlights', () => (seen.push('toggle'), true));
    pageMessaging.onMessage('stepFact', ({ data }) => void seen.push(`step ${data.direction}`));
    pageMessaging.onMessage('saveFocused', () => void seen.push('save'));
    for (const c of ['toggle-highlights', 'next-fact', 'prev-fact', 'save-fact']) {
      expect(await runCommand(c, 4)).toEqual({ ok: true, value: undefined });
    }
    expect(seen).toEqual(['toggle', 'step 1', 'step -1', 'save']);
    expect(commandListener).toBeTypeOf('function');
  });

  it('reports unknown commands and a missing tab as failures', async () => {
    expect(await runCommand('self-destruct', 1)).toEqual({ ok: false, error: 'Unknown command "self-destruct".' });
    expect((await runCommand('next-fact')).ok).toBe(false);
  });
});
