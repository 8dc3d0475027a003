/**
 * Saved facts come back after the article is edited: saved through the
 * tooltip, stored by the real background, then re-anchored on the next visit
 * by quote and context (an edited amount by approximate match), and a fact
 * whose text was removed is reported as an orphan.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KnownFact } from '../../lib/messaging/protocol.ts';
import { describeBrowser, hover, launch, type Session } from './harness.ts';

interface ChromeApi {
  chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> } };
}

const saved = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('dealmark-saved') ?? [])].map((r) => r.toString()));

describeBrowser('re-anchoring saved facts', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ locale: 'en-US' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('finds saved facts again in an edited article and reports the lost one as an orphan', async () => {
    const page = await s.newPage();
    await page.goto(`${s.base}/pages/anchor.html`);
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-money') ?? [])].some((r) => r.toString() === '$800 million'));
    for (const amount of ['$2 billion', '$800 million']) {
      await hover(page, 'dealmark-money', amount);
      const tip = page.locator('dealmark-tooltip');
      await tip.locator('button', { hasText: /^Save$/ }).click();
      await tip.locator('button[aria-pressed="true"]').waitFor();
    }
    expect((await saved(page)).sort()).toEqual(['$2 billion', '$800 million']);

    await page.evaluate(() => localStorage.setItem('edition', '2'));
    await page.reload();
    await page.waitForFunction(() => [...(CSS.highlights.get('dealmark-saved') ?? [])].length > 0, undefined, { timeout: 10_000 });
    expect(await saved(page)).toEqual(['$2.0 billion']);

    const reply = await s.worker.evaluate(async () => {
      const api = (globalThis as unknown as ChromeApi).chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const r = await api.tabs.sendMessage(tab.id, { id: 1, type: 'getPageFacts', timestamp: Date.now() }).catch(() => null);
        if (r) return (r as { res: { ok: boolean; value: { orphans: KnownFact[] } } }).res;
      }
      return null;
    });
    expect(reply?.value.orphans.map((o) => o.selector.exact)).toEqual(['$800 million']);
    await page.close();
  });
});
