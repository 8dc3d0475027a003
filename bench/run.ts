/**
 * `npm run bench`: engine throughput against peers, page highlighting in real
 * Chromium against mark.js, popup and export at 10k facts, content script size.
 * Misses are reported, never thrown; a crash exits non-zero.
 *
 *   npx tsx bench/run.ts --engine-only    engine and peers only (no browser)
 *   npx tsx bench/run.ts --browser-only   page, popup and size only
 *   npx tsx bench/run.ts --popup-only     popup and export only (a quick check of storage changes)
 *   npx tsx bench/run.ts --rt-all         also time Recognizers-Text's slowest cultures (adds minutes)
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ENGINE, runEngine } from './engine.ts';
import { closingLine, emptySummary, textTable, writeMarkdown, type Row } from './report.ts';

const ROOT = join(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const engineOnly = args.has('--engine-only');
const popupOnly = args.has('--popup-only');
const browserOnly = args.has('--browser-only') || popupOnly;

async function main(): Promise<void> {
  const started = performance.now();
  const log = (s: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${s}`);
  const summary = emptySummary();
  const rows: Row[] = [];
  const notes: string[] = [];

  const engine = args.has('--rt-all') ? { ...DEFAULT_ENGINE, slowCultures: [] } : DEFAULT_ENGINE;
  if (!browserOnly) await runEngine(engine, summary, rows, notes, log);
  if (!engineOnly) {
    const { runBrowser } = await import('./browser.ts');
    await runBrowser(ROOT, summary, rows, notes, log, popupOnly);
  }

  const env = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`;
  console.log(`\n${textTable(rows)}\n`);
  for (const n of notes) console.log(`note: ${n}`);
  if (!engineOnly && !browserOnly) writeMarkdown(join(ROOT, 'bench/last-results.md'), rows, notes, summary, env);
  console.log(`\n${closingLine(summary)}`);
}

let finished = false;
// A promise that never settles would let Node exit 0 with half a report: count that as a crash.
process.on('exit', (code) => {
  if (!finished && code === 0) {
    console.error('bench crashed: it stopped before finishing (a pending promise never settled)');
    process.exitCode = 1;
  }
});

main().then(() => {
  finished = true;
}, (error: unknown) => {
  console.error('bench crashed:', error);
  process.exit(1);
});
