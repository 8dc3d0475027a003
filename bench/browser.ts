/**
 * Real-Chromium part: build the extension, measure how fast a dense synthetic
 * news page gets highlighted, compare with mark.js marking the same strings in
 * a context without the extension, then the popup and the bundle size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { serveDir } from '../scripts/serve.mjs';
import { loadDetect } from './engine.ts';
import { fmt } from './measure.ts';
import { generatePage } from './page.ts';
import { runPopup } from './popup.ts';
import { installProbe, longest, longestBetween, readProbe, runMarkJs, scrollThrough, seenStrings, type ProbeState } from './probe.ts';
import { check, type Row, type Summary } from './report.ts';

const SIZES = [1000, 5000, 20000] as const;
const MAIN_SIZE = 5000;
/** Highlights count as done once their number has not moved for this long. */
const QUIET_MS = 1000;
const PAGE_TIMEOUT_MS = 60_000;
/** mark.js gets this long per page; past it, its total is extrapolated from the share of words done. */
const MARK_BUDGET_MS = 6_000;

type Log = (s: string) => void;

/**
 * tsx (esbuild) wraps named functions in a `__name(fn, "name")` helper that
 * does not exist in the page when Playwright serializes them; this no-op
 * stands in for it in the main world of every page we evaluate in.
 */
export const NAME_SHIM = { content: 'globalThis.__name ??= (fn) => fn;' };

function build(root: string, log: Log): void {
  // Another engineer may be building into .output at the same moment: one retry.
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
    if (r.status === 0 && existsSync(join(root, '.output/chrome-mv3/manifest.json'))) return log('wxt build: ok');
    if (attempt === 2) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
    log('wxt build failed, retrying once');
  }
}

function contentSize(root: string): number {
  const file = join(root, '.output/chrome-mv3/content-scripts/content.js');
  return gzipSync(readFileSync(file), { level: 9 }).length / 1000;
}

async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

interface PageRun {
  facts: number;
  bytes: number;
  /** navigationStart → first frame with the visible part's ranges registered (after a full detection), ms; NaN if nothing was highlighted. */
  paintedMs: number;
  afterDclMs: number;
  /** Facts detected on the whole page: the badge the background shows. */
  detected: number;
  /** Ranges registered at rest (the part near the viewport). */
  count: number;
  tasks: ReturnType<typeof longest>;
  /** Longest task from the load event until the scroll pass. */
  atRest: number;
  scroll: { longest: number; steps: number; ms: number; ranges: number };
  heap: number;
  strings: string[];
}

/** `bytes` sets how long a page may show no highlight at all before we call it none (the engine's speed varies widely). */
async function waitForHighlights(page: Page, bytes: number): Promise<ProbeState> {
  const patience = Math.max(10_000, (bytes / 1e6) * 12_000);
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  for (;;) {
    const s = await page.evaluate(readProbe);
    const quiet = s.now - s.lastChange >= QUIET_MS && s.paintedAt > 0;
    // Nothing at all after a while means the content script highlights nothing here.
    if ((s.count > 0 && quiet) || (s.count === 0 && s.now > patience) || Date.now() > deadline) return s;
    await page.waitForTimeout(200);
  }
}

/** The badge of the newest tab (the page just opened), once it has stopped changing; NaN if none. */
async function settledBadge(worker: Worker): Promise<number> {
  const read = () => worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
    const ids = (await c.tabs.query({})).map((t) => t.id ?? 0);
    return c.action.getBadgeText({ tabId: Math.max(...ids) });
  });
  let last = await read();
  // The content script sets the badge once its detection is done, before the background has stored every fact.
  for (const deadline = Date.now() + PAGE_TIMEOUT_MS; Date.now() < deadline;) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await read();
    if (now && now === last) break;
    last = now;
  }
  return last ? Number(last) : NaN;
}

/** `scroll`: also run the scroll pass (long on big pages, so only for the main size). */
async function withExtension(context: BrowserContext, worker: Worker, url: string, facts: number, bytes: number, scroll: boolean): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  const s = await waitForHighlights(page, bytes);
  const detected = await settledBadge(worker);
  const atRest = longestBetween(await page.evaluate(readProbe), s.loadEnd, Infinity);
  const pass = scroll ? await page.evaluate(scrollThrough) : { start: NaN, end: NaN, steps: 0, ranges: NaN };
  const strings = scroll ? await page.evaluate(seenStrings) : [];
  const after = await page.evaluate(readProbe);
  const heap = await heapUsed(context, page);
  await page.close();
  const paintedMs = s.count > 0 ? s.paintedAt : NaN;
  return {
    facts, bytes, paintedMs, afterDclMs: paintedMs - s.domContentLoaded, detected, count: s.count,
    tasks: longest(s), atRest, heap, strings,
    scroll: { longest: scroll ? longestBetween(after, pass.start, pass.end) : NaN, steps: pass.steps, ms: pass.end - pass.start, ranges: pass.ranges },
  };
}

async function withMarkJs(context: BrowserContext, url: string, words: string[], markSrc: string, scroll: boolean) {
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  await page.waitForTimeout(300);
  const base = await page.evaluate(readProbe);
  const heap = await heapUsed(context, page);
  // The same scroll pass without the extension: what scrolling this page costs by itself.
  let scrolling = NaN;
  if (scroll) {
    const pass = await page.evaluate(scrollThrough);
    scrolling = longestBetween(await page.evaluate(readProbe), pass.start, pass.end);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.addScriptTag({ content: markSrc });
  const run = await page.evaluate(runMarkJs, { words, budgetMs: MARK_BUDGET_MS, chunk: 10 });
  await page.close();
  const complete = run.done >= words.length;
  const mark = { ms: complete ? run.ms : (run.ms * words.length) / Math.max(1, run.done), marked: run.marked, complete, done: run.done };
  return { mark, heap, base: longest(base), scrolling };
}

/** The strings mark.js gets: what the extension highlighted, else what detect finds, else what was planted. */
async function markWords(run: PageRun, planted: string[], pageText: string[]): Promise<{ words: string[]; source: string }> {
  if (run.strings.length) return { words: run.strings, source: 'the strings the extension highlighted (collected while scrolling through the page)' };
  const detect = await loadDetect();
  const found = new Set<string>();
  for (const t of pageText) for (const e of detect(t).entities as { text: string }[]) found.add(e.text);
  if (found.size) return { words: [...found], source: 'the strings detect finds in the page text (Node)' };
  return { words: [...new Set(planted)], source: 'the planted strings (the engine found none)' };
}

/**
 * The popup in a profile of its own. The page runs above leave some 80,000 facts
 * that the popup bench then clears down to 10,000; IndexedDB's store still holds
 * the deleted records until it compacts, which doubled the export's read. A
 * library that holds 10,000 facts is measured as one, as a reader's would be.
 */
async function runPopupFresh(chromePath: string, flags: string[], root: string, summary: Summary, rows: Row[], notes: string[], log: Log): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'dealmark-bench-popup-'));
  const ext = await chromium.launchPersistentContext(profile, { executablePath: chromePath, headless: true, args: flags });
  try {
    await ext.addInitScript(NAME_SHIM);
    const worker = ext.serviceWorkers()[0] ?? (await ext.waitForEvent('serviceworker'));
    await runPopup(ext, new URL(worker.url()).host, root, summary, rows, notes, log);
  } finally {
    await ext.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function runBrowser(root: string, summary: Summary, rows: Row[], notes: string[], log: Log, popupOnly = false): Promise<void> {
  const chromePath = findChromium() as string | null;
  if (!chromePath) throw new Error('No Chromium found (set CHROME_PATH); the page and popup benches need one.');
  build(root, log);
  const extDir = join(root, '.output/chrome-mv3');
  if (popupOnly) return runPopupFresh(chromePath, chromiumArgs(extDir) as string[], root, summary, rows, notes, log);
  summary.contentKbGz = contentSize(root);
  rows.push({ section: 'Size', metric: 'content script, gzip -9', value: `${fmt(summary.contentKbGz)} kB`, target: '≤ 60 kB', status: check(summary.contentKbGz, (v) => v <= 60) });

  const dir = mkdtempSync(join(tmpdir(), 'dealmark-bench-pages-'));
  const profile = mkdtempSync(join(tmpdir(), 'dealmark-bench-profile-'));
  const server = (await serveDir(dir)) as { url: string; close(): Promise<void> };
  const markSrc = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const flags = chromiumArgs(extDir) as string[];
  const ext = await chromium.launchPersistentContext(profile, { executablePath: chromePath, headless: true, args: flags });
  const plain = await chromium.launch({ executablePath: chromePath, headless: true, args: flags.filter((f) => !f.includes('extension')) });
  try {
    await ext.addInitScript(NAME_SHIM);
    const worker = ext.serviceWorkers()[0] ?? (await ext.waitForEvent('serviceworker'));
    const plainContext = await plain.newContext();
    await plainContext.addInitScript(NAME_SHIM);
    for (const size of SIZES) {
      const p = generatePage(size);
      writeFileSync(join(dir, `page-${size}.html`), p.html);
      const url = `${server.url}/page-${size}.html`;
      const run = await withExtension(ext, worker, url, p.facts, p.bytes, size === MAIN_SIZE);
      const { words, source } = await markWords(run, p.planted, p.texts);
      const other = await withMarkJs(plainContext, url, words, markSrc, size === MAIN_SIZE);
      const markMs = other.mark.ms;
      const ratio = markMs / run.paintedMs;
      const markText = other.mark.complete
        ? `${fmt(markMs, 0)} ms (${other.mark.marked} marks)`
        : `≈ ${fmt(markMs / 1000, 1)} s, extrapolated from ${other.mark.done} of ${words.length} strings in ${MARK_BUDGET_MS / 1000} s`;
      log(`page ${size} facts (${fmt(p.bytes / 1e6, 2)} MB): ${fmt(run.paintedMs, 0)} ms for ${run.detected} facts (${run.count} ranges registered at rest), longest task ${fmt(run.tasks.all, 0)} ms (${fmt(other.base.all, 0)} without extension), after load at rest ${fmt(run.atRest, 0)} ms, scrolling ${fmt(run.scroll.longest, 0)} ms (${run.scroll.steps} steps, ${run.scroll.ranges} ranges painted on the way), extension script ${fmt(run.tasks.extScript, 0)} ms; mark.js ${markText} on ${words.length} strings`);
      rows.push({ section: 'Page', metric: `${size} facts, ${fmt(p.bytes / 1e6, 2)} MB: navigation → highlights painted`, value: `${fmt(run.paintedMs, 0)} ms, ${run.detected} facts found, ${run.count} ranges near the viewport registered (${fmt(run.afterDclMs, 0)} ms after DOMContentLoaded)` });
      if (size === MAIN_SIZE) rows.push({ section: 'Page', metric: `${size} facts: ranges painted while scrolling through, of facts found`, value: `${run.scroll.ranges} of ${run.detected} (${run.scroll.steps} screens in ${fmt(run.scroll.ms / 1000, 1)} s, pausing every 3)`, target: 'all', status: check(run.detected, (v) => run.scroll.ranges >= v) });
      rows.push({ section: 'Page', metric: `${size} facts: mark.js on ${words.length} strings`, value: `${markText}; ${fmt(ratio)}x` });
      if (size === MAIN_SIZE) {
        summary.pageMs = run.paintedMs;
        summary.pageHighlights = run.detected;
        summary.xMark = ratio;
        summary.longestTaskMs = Math.max(run.atRest, run.scroll.longest);
        rows.push(
          { section: 'Page', metric: `${size} facts: mark.js time / ours`, value: `${fmt(ratio)}x`, target: '≥ 3x', status: check(summary.xMark, (v) => v >= 3) },
          { section: 'Page', metric: `${size} facts: longest task after load, at rest, with extension (page alone: ${fmt(other.base.afterLoad, 0)} ms)`, value: `${fmt(run.atRest, 0)} ms`, target: '≤ 50 ms', status: check(run.count > 0 ? run.atRest : NaN, (v) => v <= 50) },
          { section: 'Page', metric: `${size} facts: longest task while scrolling through the page, with extension (page alone: ${fmt(other.scrolling, 0)} ms)`, value: `${fmt(run.scroll.longest, 0)} ms`, target: '≤ 50 ms', status: check(run.count > 0 ? run.scroll.longest : NaN, (v) => v <= 50) },
          { section: 'Page', metric: `${size} facts: longest task incl. HTML parsing (page alone: ${fmt(other.base.all, 0)} ms)`, value: `${fmt(run.tasks.all, 0)} ms` },
          ...(Number.isFinite(run.tasks.extScript) ? [{ section: 'Page', metric: `${size} facts: longest extension script run (long-animation-frame attribution)`, value: `${fmt(run.tasks.extScript, 0)} ms` }] : []),
          { section: 'Page', metric: `${size} facts: JS heap with − without extension`, value: `${fmt((run.heap - other.heap) / 1e6)} MB (${fmt(run.heap / 1e6)} vs ${fmt(other.heap / 1e6)} MB)` },
        );
        notes.push(
          `Page time ("navigation → highlights painted") runs from navigation start until every fact on the page has been detected and the ranges of the part near the viewport are registered in CSS.highlights and painted: the first frame after the count of registered dealmark-money/-percent/-company ranges stopped changing (stable for ${QUIET_MS} ms; the content script registers nothing before its full detection is done). Only ranges within about one and a half screens of the viewport are registered (lib/dom/nearby.ts adds and drops them as the page scrolls), so the facts found are counted from the toolbar badge, which the background sets from the content script's count and the page cannot touch; "painted while scrolling" counts the distinct ranges seen registered while the page is scrolled top to bottom like a skimming reader: flings of three screens at one screen per two frames (about 20,000 px/s), each followed by a 250 ms pause; during a fling the registry is left alone and what is near the viewport is painted when it pauses. mark.js time is its own mark() call after load, with separateWordSearch:false, fed ${source}; ratio = mark.js / ours. mark.js makes one pass over the page per string, so it runs in chunks of 10 strings for at most ${MARK_BUDGET_MS / 1000} s per page and its total is extrapolated linearly from the share done (marked "≈").`,
          'Long tasks come from a buffered longtask PerformanceObserver registered before load. The page\'s own HTML parsing makes long tasks with or without the extension, so the target is judged on tasks starting after the load event (the content script runs at document_idle): "at rest" until the scroll pass begins, "while scrolling" during it (the same pass is run on the page without the extension for comparison); the closing line\'s "longest task" is the larger of the two. Where long-animation-frame entries name our scripts, the longest such run is listed too.',
          'Heap: the content script runs in an isolated world of the page\'s V8 isolate, so it is measured as the page\'s JSHeapUsedSize (CDP Performance.getMetrics, after a forced GC) with the extension minus the same page without it.',
        );
      }
    }
    await plainContext.close();
    await runPopupFresh(chromePath, flags, root, summary, rows, notes, log);
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
