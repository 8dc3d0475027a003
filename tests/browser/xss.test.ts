/**
 * Markup-looking page text must stay text everywhere the extension shows it:
 * the tooltip, the popup's page and library views, and the CSV export (where
 * formula-like cells are neutralized as well). Any injected <img> or <script>
 * would set `__pwned` (or request the image `x`), so both are watched for.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launch, newestTabId, type Session } from './harness.ts';

const IMG = '<img src=x onerror="__pwned=1">';
const SCRIPT = '<script>__pwned=1</script>';
const TITLE = '<img src=x onerror=__pwned=1> Funding round-up';
const NOTE = `=cmd|' /C calc'!A0 ${IMG}`;
const FORMULA = '=HYPERLINK("http://evil/x","click me") said Nvidia, which invested $2 billion in OpenAI';

const pwned = (p: Page) => p.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);

/** Elements that could only come from parsing page text as HTML. */
function injected(p: Page, rootSelector?: string): Promise<string[]> {
  return p.evaluate((sel) => {
    const root: ParentNode | null | undefined = sel ? document.querySelector(sel)?.shadowRoot : document.body;
    if (!root) return ['<no root>'];
    const out: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      // The popup's own bundle is the only script it has, and it has a src.
      if (tag === 'img' || tag === 'iframe' || tag === 'object' || tag === 'b' || (tag === 'script' && !el.hasAttribute('src'))) out.push(tag);
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) out.push(`${tag}[${a}]`);
    }
    return out;
  }, rootSelector);
}

describeBrowser('markup in page text stays text', () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await launch({ locale: 'en-US' });
    page = await s.newPage();
    await page.goto(`${s.base}/hostile/xss.html`);
    await page.waitForFunction(() => (window as unknown as { pageOk?: boolean }).pageOk === true);
    for (const amount of ['$5 billion', '$2 billion', '$4 billion']) {
      await page.waitForFunction((t) => [...(CSS.highlights.get('dealmark-money') ?? [])].some((r) => r.toString() === t),
        amount, { timeout: 15_000, polling: 100 });
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the tooltip shows the page words as text, and a markup note stays text', async () => {
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get('dealmark-money')!].find((x) => x.toString() === '$5 billion') as Range;
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const tip = page.locator('dealmark-tooltip .tip');
    await tip.waitFor({ state: 'visible', timeout: 5000 });
    const text = (await tip.textContent())!;
    expect(text).toContain('$5,000,000,000');
    // The fact line names the companies of the markup-laden sentence.
    expect(text).toContain('Nvidia');
    expect(await injected(page, 'dealmark-tooltip')).toEqual([]);

    await tip.getByRole('button', { name: 'Note', exact: true }).click();
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Enter');
    await tip.getByRole('status').filter({ hasText: 'Note saved' }).waitFor({ timeout: 5000 });
    expect(await tip.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(NOTE);
    expect(await injected(page, 'dealmark-tooltip')).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
  });

  it('the popup page view shows each context sentence literally', async () => {
    const popup = await s.popup(`?tab=${await newestTabId(s)}`);
    await popup.locator('.context').first().waitFor({ timeout: 10_000 });
    const contexts = await popup.locator('.context').allTextContents();
    expect(contexts).toContain(`Acme ${IMG} Labs raised $5 billion from Nvidia ${SCRIPT} on Monday`);
    expect(contexts).toContain(FORMULA);
    expect(await injected(popup)).toEqual([]);
    expect(await pwned(popup)).toBeUndefined();
    await popup.close();
  });

  it('the library shows the markup title literally and the CSV keeps text, neutralizing formulas', async () => {
    const popup = await s.popup('?view=library');
    // Auto-saved facts reach the library shortly after the page is read.
    await popup.locator('.fact-text', { hasText: /^\$2 billion$/ }).waitFor({ timeout: 15_000 });
    await popup.locator('.fact-text', { hasText: /^\$5 billion$/ }).waitFor({ timeout: 15_000 });
    const titles = await popup.locator('.source-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set([TITLE]));
    const notes = await popup.locator('input.note').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(notes).toContain(NOTE);
    expect(await injected(popup)).toEqual([]);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /CSV/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    const row = (text: string) => data.find((r) => r.type === 'money' && r.text === text);
    expect(row('$5 billion')?.context).toBe(`Acme ${IMG} Labs raised $5 billion from Nvidia ${SCRIPT} on Monday`);
    expect(row('$5 billion')?.page_title).toBe(TITLE);
    // A spreadsheet would run these; the export prefixes them so they stay text.
    expect(row('$2 billion')?.context).toBe(`'${FORMULA}`);
    expect(row('$5 billion')?.note).toBe(`'${NOTE}`);
    // Nothing else in the file starts a formula.
    for (const r of data) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@]/);
    expect(await pwned(popup)).toBeUndefined();
    await popup.close();
  });

  it('nothing ran anywhere: not in the page, the background, nor through a request for the image', async () => {
    expect(await pwned(page)).toBeUndefined();
    expect(await s.worker.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(s.requests.filter((u) => /\/x(\?|$)/.test(u))).toEqual([]);
    await page.click('#own');
    expect(await page.evaluate(() => (window as unknown as { clicks?: number }).clicks)).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
