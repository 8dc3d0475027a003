/**
 * The reader's journey in Firefox ESR, driven over WebDriver BiDi: a page's
 * figures are highlighted, the background saves them, and the library (opened
 * by the extension itself, since BiDi cannot navigate to moz-extension pages)
 * exports them as CSV.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { serveDir } from '../../scripts/serve.mjs';
import { FIXTURES_DIR, ROOT } from './harness.ts';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));

const ready = (() => {
  if (firefox && existsSync(join(FIREFOX_DIR, 'manifest.json'))) return true;
  const why = firefox ? `no Firefox build at ${FIREFOX_DIR} (run npm run build:firefox)`
    : 'No Firefox found. Debian: sudo apt-get install -y firefox-esr; else set FIREFOX_PATH.';
  if (process.env.CI === 'true') throw new Error(`Firefox tests cannot run under CI: ${why}`);
  console.warn(`\n*** SKIPPING FIREFOX TESTS ***\n${why}\n`);
  return false;
})();

describe.runIf(ready)('the reader journey in Firefox', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  let profile: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDir(FIXTURES_DIR);
    profile = mkdtempSync(join(tmpdir(), 'dealmark-ff-'));
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox!, headless: true, userDataDir: profile });
    await browser.installExtension(FIREFOX_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** The tab the extension opened. Over BiDi its url() can stay about:blank, so ask the page itself. */
  async function openedLibrary(before: Set<Page>): Promise<Page> {
    for (let tries = 0; tries < 50; tries++) {
      for (const p of await browser.pages()) {
        if (before.has(p)) continue;
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.includes('/popup.html?view=library')) return p;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the extension did not open its library tab');
  }

  /** Moves the pointer onto the page's first amount and waits for the tooltip to open. */
  async function hoverFirstAmount(page: Page): Promise<void> {
    const box = await page.evaluate(() => {
      const b = ([...CSS.highlights.get('dealmark-money')!][0] as Range).getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await until(page, () => {
      const tip = document.querySelector('dealmark-tooltip')?.shadowRoot?.querySelector('.tip') as HTMLElement | null;
      return !!tip && !tip.hidden;
    }, 5000);
  }

  /**
   * Polls `check` in the page until it holds. Not waitForFunction: over BiDi, Firefox ESR 140 runs its poller
   * through Function(), which a page's CSP blocks.
   */
  async function until(page: Page, check: (arg: string) => boolean, timeout: number, arg = ''): Promise<void> {
    const end = Date.now() + timeout;
    while (!(await page.evaluate(check, arg).catch(() => false))) {
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${check.toString().slice(0, 80)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  function watch(page: Page) {
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
  }

  it('highlights the page, saves the facts in the background and exports them as CSV', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(`${server.url}/pages/en-funding.html`);
    await until(page, () => (CSS.highlights.get('dealmark-money')?.size ?? 0) > 0, 15_000);
    const amount = await page.evaluate(() => [...CSS.highlights.get('dealmark-money')!][0]!.toString());
    expect(amount).toMatch(/\d/);

    // Hover the first amount, then ask the tooltip for the library.
    await hoverFirstAmount(page);
    const before = new Set(await browser.pages());
    await page.evaluate(() => {
      const buttons = [...document.querySelector('dealmark-tooltip')!.shadowRoot!.querySelectorAll('button')];
      buttons.find((b) => b.textContent === 'Library')!.click();
    });
    const library = await openedLibrary(before);
    watch(library);

    // The background saved what the page found: the library lists it.
    await until(library, (text) => document.body.textContent!.includes(text), 10_000, amount);

    // Capture the CSV the export button hands to the browser.
    await library.evaluate(() => {
      const w = window as unknown as { csv?: Promise<string> };
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.csv = blob.text();
        return make(blob);
      };
    });
    await library.evaluate(() => {
      const csvButton = [...document.querySelectorAll('button')].find((b) => /CSV/.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
      csvButton!.click();
    });
    await until(library, () => !!(window as unknown as { csv?: unknown }).csv, 5000);
    const csv = await library.evaluate(() => (window as unknown as { csv: Promise<string> }).csv);
    const [header, ...rows] = csv.replace(/^\ufeff/, '').split(/\r\n/);
    expect(header!.startsWith('type,text,value,currency,company,role,page_url,page_title,context,note,saved_at')).toBe(true);
    expect(rows.some((r) => r.startsWith('money,') && r.includes(amount))).toBe(true);

    expect(errors).toEqual([]);
    const offMachine = requests.filter((u) => /^https?:/.test(u) && !u.startsWith(server.url));
    expect(offMachine).toEqual([]);
  });

  it('loads the tooltip on hover where the page\'s CSP allows no script or style', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/pages/strict-csp.html`);
    await until(page, () => (CSS.highlights.get('dealmark-money')?.size ?? 0) > 0, 15_000);
    // Styled too: the page's CSP did not strip the tooltip's own stylesheet.
    await hoverFirstAmount(page);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('dealmark-tooltip')!.shadowRoot!.querySelector('.tip')!).position))
      .toBe('fixed');
    await page.close();
  });
});
