/**
 * `npx tsx bench/trace.ts [rate] [facts] [ms]`: loads the bench page (5,000 facts
 * unless told) in Chromium with the built extension, its CPU slowed `rate`
 * times (3 by default), scrolls it a little, and lists every main-thread task
 * over `ms` (50 by default) with what filled it (layout, paint, our script, microtasks). A slowed CPU
 * makes the tasks that a loaded machine stretches past 50 ms show every time.
 * Run `npx wxt build` first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { serveDir } from '../scripts/serve.mjs';
import { generatePage } from './page.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const rate = Number(process.argv[2] ?? 3);
const facts = Number(process.argv[3] ?? 5000);
/** Tasks longer than this many ms are listed (50 unless told: a lower bar shows what a loaded machine would stretch). */
const over = Number(process.argv[4] ?? 50);
const dir = mkdtempSync(join(tmpdir(), 'dealmark-trace-'));
writeFileSync(join(dir, 'page.html'), generatePage(facts).html);
const server = (await serveDir(dir)) as { url: string; close(): Promise<void> };
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dealmark-trace-profile-')), {
  executablePath: findChromium() as string, headless: true, args: chromiumArgs(join(import.meta.dirname, '../.output/chrome-mv3')) as string[],
});
await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
await page.goto(`${server.url}/page.html`);
await page.waitForTimeout(12_000);
// Flings of three screens, then a pause, as the bench's reader does.
for (let k = 0; k < 20; k++) {
  for (let f = 0; f < 6; f++) {
    await page.evaluate(() => scrollBy(0, innerHeight / 2));
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(250);
}
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;

const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
const start = Math.min(...onMain.map((e) => e.ts));
for (const task of onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > over * 1000)) {
  const end = task.ts + task.dur!;
  const parts = new Map<string, number>();
  for (const e of onMain) {
    if (e === task || e.ts < task.ts || e.ts + (e.dur ?? 0) > end || (e.dur ?? 0) < 3000) continue;
    const what = [e.name, e.args?.data?.url?.split('/').slice(-2).join('/'), e.args?.data?.functionName].filter(Boolean).join(' ');
    parts.set(what, Math.max(parts.get(what) ?? 0, e.dur!));
  }
  const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${Math.round(v / 1000)}`);
  console.log(`${Math.round(task.dur! / 1000)} ms task at ${Math.round((task.ts - start) / 1000)} ms: ${top.join(' | ')}`);
}
await context.close();
await server.close();
