import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launch, type Session } from './harness.ts';

describeBrowser('extension in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts its background and opens its popup', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await s.popup();
    await expect(popup.locator('main').first().textContent()).resolves.toContain('Dealmark');
    await popup.close();
  });

  it('sends nothing off the machine while reading, saving and reviewing', async () => {
    const pages = [];
    for (const sample of ['ar-funding', 'en-funding']) {
      const page = await s.newPage();
      await page.goto(`${s.base}/pages/${sample}.html`);
      await page.waitForFunction(() => (CSS.highlights.get('dealmark-money')?.size ?? 0) > 0, undefined, { timeout: 10_000 });
      pages.push(page);
    }
    // The pages stay open until the library shows their facts: a page reports them just after it paints, and a page
    // closed in between would have reported nothing.
    const popup = await s.popup('?view=library');
    await popup.waitForSelector('.card', { timeout: 10_000 });
    await popup.close();
    for (const page of pages) await page.close();
    const local = (u: string) => u.startsWith(s.base) || /^(chrome-extension|data|blob|about):/.test(u);
    expect(s.requests.length).toBeGreaterThan(0);
    expect(s.requests.filter((u) => !local(u))).toEqual([]);
  });
});
