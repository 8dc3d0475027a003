import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { describeBrowser, launch, newestTabId, type Session } from './harness.ts';

const FIXTURE = '/options-check.html';

/** Luminance of a computed `rgb(...)` colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describeBrowser('popup in Chromium', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('is right-to-left and in Arabic with an Arabic browser', async () => {
    s = await launch({ args: ['--lang=ar'], locale: 'ar' });
    const popup = await s.popup();
    await popup.getByRole('tab', { name: 'المكتبة' }).waitFor();
    expect(await popup.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await popup.getByRole('button', { name: /CSV/ }).count()).toBe(0);
    await popup.getByRole('tab', { name: 'المكتبة' }).click();
    expect(await popup.getByRole('button', { name: /CSV/ }).textContent()).toBe('تصدير CSV');
    expect(s.errors).toEqual([]);
  });

  it('follows a dark system theme, and a light one', async () => {
    s = await launch({ colorScheme: 'dark' });
    const dark = await s.popup();
    await dark.getByRole('tab', { name: 'Library' }).waitFor();
    const darkBg = await background(dark);
    await s.close();
    s = await launch({ colorScheme: 'light' });
    const light = await s.popup();
    await light.getByRole('tab', { name: 'Library' }).waitFor();
    const lightBg = await background(light);
    expect(luminance(darkBg)).toBeLessThan(0.2);
    expect(luminance(lightBg)).toBeGreaterThan(0.9);
  });

  it('lists the page facts for screen readers and saves one', async () => {
    s = await launch();
    const article = await s.newPage();
    await article.goto(s.base + FIXTURE);
    await article.waitForFunction(() => (CSS.highlights.get('dealmark-money')?.size ?? 0) > 0);
    const popup = await s.popup(`?tab=${await newestTabId(s)}`);
    const list = popup.getByRole('list', { name: /facts on this page/ });
    await list.waitFor();
    const money = list.getByRole('listitem').filter({ has: popup.locator('.fact-text', { hasText: /^\$6\.6 billion$/ }) });
    expect(await money.textContent()).toContain('$6.6B');
    await money.getByRole('button', { name: 'Save “$6.6 billion”' }).click();
    await money.getByRole('button', { name: 'Unsave “$6.6 billion”', pressed: true }).waitFor();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await popup.getByRole('combobox', { name: 'Type' }).waitFor();
    await popup.locator('summary').click();
    await popup.getByRole('combobox', { name: 'Status' }).selectOption('saved');
    const saved = popup.getByRole('list', { name: /1 facts in the library/ });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('$6.6 billion');
  });

  it('exports the library as CSV with a header and the detected amount', async () => {
    s = await launch();
    const article = await s.newPage();
    await article.goto(s.base + FIXTURE);
    await article.waitForFunction(() => (CSS.highlights.get('dealmark-money')?.size ?? 0) > 0);
    const popup = await s.popup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    // Auto-save reaches the library shortly after the page is read.
    await popup.locator('.fact-text', { hasText: /^\$6\.6 billion$/ }).waitFor();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dealmark-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toMatch(/^type,text,value,currency,company,role,page_url,page_title,context,note,saved_at/);
    const amount = rows.find((r) => r.startsWith('money,$6.6 billion,'));
    expect(amount).toBeDefined();
    expect(amount).toContain('6600000000');
    expect(amount).toContain('USD');
    expect(s.requests.every((u) => /^(chrome-extension|http:\/\/127\.0\.0\.1|blob:|data:|about:)/.test(u))).toBe(true);
  });
});
