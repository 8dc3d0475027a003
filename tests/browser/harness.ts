/**
 * Shared setup for the real-browser suite: the built extension loaded in the
 * system Chromium, and the fixture pages served on 127.0.0.1.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { describe } from 'vitest';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { serveDir } from '../../scripts/serve.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

const chromePath: string | null = findChromium();

/**
 * `describe` when a browser and a build exist. Locally without Chromium the
 * suite skips, loudly; under CI=true a missing browser is a failure.
 */
const browserReady = ((): boolean => {
  if (chromePath && existsSync(join(EXTENSION_DIR, 'manifest.json'))) return true;
  const why = chromePath ? `no build at ${EXTENSION_DIR} (run npm run build)` : HOW_TO_GET_CHROMIUM;
  if (process.env.CI === 'true') throw new Error(`real-browser tests cannot run under CI: ${why}`);
  console.warn(`\n*** SKIPPING REAL-BROWSER TESTS ***\n${why}\n`);
  return false;
})();

export const describeBrowser = describe.runIf(browserReady);

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Base URL of the fixture server, e.g. http://127.0.0.1:PORT */
  base: string;
  /** Every request URL the browser made, to prove nothing leaves the machine. */
  requests: string[];
  /** Console errors and uncaught page errors, per page. */
  errors: string[];
  newPage(): Promise<Page>;
  popup(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(options: { args?: string[]; colorScheme?: 'light' | 'dark'; locale?: string } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'dealmark-profile-'));
  const server = await serveDir(FIXTURES_DIR);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath!,
    headless: true,
    colorScheme: options.colorScheme,
    locale: options.locale,
    args: [...chromiumArgs(EXTENSION_DIR), ...(options.args ?? [])],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
  };
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    base: server.url,
    requests,
    errors,
    async newPage() {
      const page = await context.newPage();
      return page;
    },
    async popup(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The slice of the extension API the service worker is asked for here (tests have no chrome types). */
export interface ChromeApi {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, message: unknown): Promise<unknown>;
    };
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

/** The id of the most recently opened tab (ids grow), found from the background. */
export async function newestTabId(s: Session): Promise<number> {
  const ids = await s.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeApi;
    return (await chrome.tabs.query({})).map((t) => t.id ?? 0);
  });
  return Math.max(...ids);
}

/**
 * The badge of a tab: the number of facts the content script found there, as
 * the background shows it. The page's own scripts cannot change it, unlike
 * anything in its DOM or highlight registry.
 */
export function badgeText(s: Session, tabId: number): Promise<string> {
  return s.worker.evaluate((id) => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Moves the pointer onto the middle of the highlighted range `text` of highlight `name`, scrolled into view. */
export async function hover(page: Page, name: string, text: string): Promise<void> {
  const box = await page.evaluate(([n, t]) => {
    const r = [...CSS.highlights.get(n!)!].find((x) => x.toString() === t) as Range;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, [name, text]);
  await page.mouse.move(box.x, box.y);
}
