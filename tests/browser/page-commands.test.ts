/**
 * The PageProtocol handlers of the content script, driven the way the
 * background drives them (tabs.sendMessage from the service worker), plus the
 * tooltip's "not a company" action.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FoundFact, KnownFact } from '../../lib/messaging/protocol.ts';
import { describeBrowser, launch, type ChromeApi, type Session } from './harness.ts';

describeBrowser('page commands in Chromium', () => {
  let s: Session;
  let page: Page;

  /** Sends one PageProtocol message to the fixture tab, in @webext-core/messaging's wire format. */
  async function send<T>(type: string, data?: unknown): Promise<T> {
    const url = page.url();
    return s.worker.evaluate(async ([t, d, u]) => {
      const tabs = await (globalThis as unknown as ChromeApi).chrome.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined || (tab.url && tab.url !== u)) continue;
        const reply = await (globalThis as unknown as ChromeApi).chrome.tabs.sendMessage(tab.id, { id: Date.now(), type: t, data: d, timestamp: Date.now() }).catch(() => null);
        if (reply) return (reply as { res: unknown }).res;
      }
      throw new Error('no tab answered');
    }, [type, data, url] as const) as Promise<T>;
  }

  const names = (n: string) => page.evaluate((x) => [...(CSS.highlights.get(x) ?? [])].map((r) => r.toString()), n);

  beforeAll(async () => {
    s = await launch({ locale: 'en-US' });
    page = await s.newPage();
    await page.goto(`${s.base}/pages/en-funding.html`);
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-company') ?? [])].some((r) => r.toString() === 'OpenAI'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('returns the page’s facts with stable keys, quote selectors and sentences', async () => {
    const reply = await send<{ ok: true; value: { facts: FoundFact[]; orphans: KnownFact[]; page: { url: string } } }>('getPageFacts');
    expect(reply.ok).toBe(true);
    const { facts, orphans, page: info } = reply.value;
    expect(info.url).toBe(page.url());
    expect(orphans).toEqual([]);
    const twoBillion = facts.filter((f) => f.entity.text === '$2 billion').map((f) => f.key).sort();
    expect(twoBillion).toEqual(['money:$2 billion#0', 'money:$2 billion#1']);
    const lede = facts.find((f) => f.key === 'money:$2 billion#1')!;
    expect(lede.selector.exact).toBe('$2 billion');
    expect(lede.selector.prefix).toBe('b said on Tuesday it had raised ');
    expect(lede.selector.suffix.startsWith(' in a round that values it')).toBe(true);
    expect(lede.context.startsWith('A two-year-old robotics research lab said')).toBe(true);
    expect(facts.some((f) => /\$(40|9|555)/.test(f.entity.text))).toBe(false);
  });

  it('steps through facts with a focus highlight and an open, focused tooltip, saves the focused one; Escape gives focus back', async () => {
    await page.focus('article a');
    await send('stepFact', { direction: 1 });
    await page.waitForFunction(() => (CSS.highlights.get('dealmark-focus')?.size ?? 0) === 1);
    expect(await names('dealmark-focus')).toEqual(['$2 billion']);
    // The tooltip's code loads on first use (tooltip.js), so on a busy machine focus moves a moment after the highlight.
    await page.waitForFunction(() => document.activeElement?.localName === 'dealmark-tooltip', { timeout: 5000 });
    await send('stepFact', { direction: 1 });
    await send('stepFact', { direction: 1 });
    await page.waitForFunction(() => [...CSS.highlights.get('dealmark-focus')!][0]?.toString() === '$18 billion');
    await send('stepFact', { direction: -1 });
    await page.waitForFunction(() => [...CSS.highlights.get('dealmark-focus')!][0]?.toString() === '$2 billion');
    await send('saveFocused');
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-saved') ?? [])].some((r) => r.toString() === '$2 billion'));
    await page.keyboard.press('Escape');
    const open = await page.evaluate(() => !(document.querySelector('dealmark-tooltip')!.shadowRoot!.querySelector('.tip') as HTMLElement).hidden);
    expect(open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nvidia');
  });

  it('scrolls to a fact by key, and hides and shows all highlights', async () => {
    expect(await send('scrollToFact', { key: 'money:$1.5 billion#0' })).toBe(true);
    expect(await names('dealmark-focus')).toEqual(['$1.5 billion']);
    expect(await send('scrollToFact', { key: 'money:$999 billion#0' })).toBe(false);
    await page.keyboard.press('Escape');
    expect(await send('toggleHighlights')).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('dealmark-money'))).toBe(false);
    expect(await send('toggleHighlights')).toBe(true);
    expect(await names('dealmark-money')).toContain('$300 million');
  });

  it('forgets a company the reader marks “not a company”', async () => {
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get('dealmark-company')!].find((x) => x.toString() === 'Microsoft') as Range;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const button = page.locator('dealmark-tooltip').locator('button', { hasText: 'Not a company' });
    await button.click();
    await page.waitForFunction(() => ![...CSS.highlights.get('dealmark-company')!].some((r) => r.toString() === 'Microsoft'));
    expect(await names('dealmark-company')).toContain('OpenAI');
  });

  it('starts over on a single-page-app navigation: new URL, new facts, old ones gone', async () => {
    // Without the tabs permission the worker cannot read tab URLs: keep one page open.
    await page.close();
    page = await s.newPage();
    await page.goto(`${s.base}/pages/spa.html`);
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-money') ?? [])].some((r) => r.toString() === '$4 billion'));
    await page.click('#next');
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-money') ?? [])].some((r) => r.toString() === '$7 billion'));
    const reply = await send<{ ok: true; value: { facts: FoundFact[]; page: { url: string; title: string } } }>('getPageFacts');
    expect(reply.value.page.url).toBe(`${s.base}/pages/spa.html?story=2`);
    expect(reply.value.facts.map((f) => f.entity.text).sort()).toEqual(['$7 billion', 'OpenAI']);
    expect(await names('dealmark-money')).toEqual(['$7 billion']);
  });

  it('applies the reader’s highlight style live, keeping the same facts', async () => {
    const before = await send<{ ok: true; value: { facts: FoundFact[] } }>('getPageFacts');
    await s.worker.evaluate(async () => {
      const { local } = (globalThis as unknown as ChromeApi).chrome.storage;
      const { settings } = await local.get('settings');
      await local.set({ settings: { ...(settings as object), highlightStyle: 'underline' } });
    });
    await page.waitForFunction(() => CSS.highlights.has('dealmark-money-underline'));
    expect(await page.evaluate(() => CSS.highlights.has('dealmark-money'))).toBe(false);
    expect(await names('dealmark-money-underline')).toEqual(['$7 billion']);
    const after = await send<{ ok: true; value: { facts: FoundFact[] } }>('getPageFacts');
    expect(after.value.facts.map((f) => f.key)).toEqual(before.value.facts.map((f) => f.key));
  });

  it('stops on a site the reader turned it off for, and comes back when allowed again', async () => {
    const setDeny = (hosts: string[]) => s.worker.evaluate(async (list) => {
      const { local } = (globalThis as unknown as ChromeApi).chrome.storage;
      const { settings } = await local.get('settings');
      await local.set({ settings: { ...(settings as object), denylist: list } });
    }, hosts);
    await setDeny(['127.0.0.1']);
    await page.waitForFunction(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('dealmark-')).length === 0);
    await setDeny([]);
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-money-underline') ?? [])].some((r) => r.toString() === '$7 billion'));
  });
});
