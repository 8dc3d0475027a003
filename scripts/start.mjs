// `npm start`: build the extension, serve the bundled sample pages on 127.0.0.1
// and open Chromium with Dealmark loaded. Without a display it runs headless and
// writes screenshots of a highlighted sample page and of the popup instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';
import { serveDir } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const extDir = join(root, '.output/chrome-mv3');
const shotsDir = join(root, '.screenshots');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const chrome = findChromium();
if (!chrome) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

console.log('dealmark: building the extension…');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root }).status !== 0) {
  console.error('dealmark: the build failed; see the errors above.');
  process.exit(1);
}

const server = await serveDir(join(root, 'tests/fixtures'));
const profile = mkdtempSync(join(tmpdir(), 'dealmark-start-'));
const samples = ['pages/ar-funding.html', 'pages/en-funding.html', 'pages/fr-funding.html'];
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chrome,
    headless,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(extDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());

  if (!headless) {
    await page.goto(`${server.url}/pages/index.html`);
    console.log(`dealmark: Chromium is open with Dealmark loaded on ${server.url}/pages/index.html`);
    console.log('dealmark: close the browser window (or press Ctrl+C) to stop.');
    await new Promise((done) => context.on('close', done));
  } else {
    mkdirSync(shotsDir, { recursive: true });
    const shots = [];
    for (const sample of samples) {
      await page.goto(`${server.url}/${sample}`);
      // Highlights paint after the content script's chunked scan; wait until some exist.
      await page
        .waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dealmark-') && CSS.highlights.get(k).size > 0), null, { timeout: 10_000 })
        .catch(() => console.warn(`dealmark: no highlights appeared on ${sample} within 10 s`));
      const file = join(shotsDir, `${sample.replace(/^pages\//, '').replace(/\.html$/, '')}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
    }
    // The popup as a tab: point it at the sample page's tab (`?tab=`), then at the library.
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 440, height: 640 });
    for (const [name, query] of [['popup', `?tab=${tabId}`], ['popup-library', '?view=library']]) {
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      await popup.waitForTimeout(1000);
      const file = join(shotsDir, `${name}.png`);
      await popup.screenshot({ path: file });
      shots.push(file);
    }
    console.log('dealmark: no display, so Chromium ran headless. Screenshots:');
    for (const s of shots) console.log(`  ${s}`);
  }
} catch (err) {
  console.error(`dealmark: could not run Chromium at ${chrome}: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
