// `npm test`: unit tests, then a build and the real-browser suite. Ends with the
// plain line "N passed, N failed" that CI reads, summed from vitest's JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'dealmark-test-'));
const npx = (args) => spawnSync('npx', args, { stdio: 'inherit', env: process.env });

function vitest(name, extra) {
  const json = join(out, `${name}.json`);
  const run = npx(['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
  try {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    return { passed: r.numPassedTests, failed: r.numFailedTests + (run.status && !r.numFailedTests ? 1 : 0), skipped: r.numPendingTests + r.numTodoTests };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }; // the runner itself broke
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (r) => { for (const k in totals) totals[k] += r[k]; };

add(vitest('unit', []));
const build = [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']].every((args) => npx(args).status === 0);
if (!build) {
  console.error('npm test: the extension did not build, so the real-browser suite cannot run.');
  totals.failed++;
} else {
  add(vitest('browser', ['--config', 'vitest.browser.config.ts']));
}
rmSync(out, { recursive: true, force: true });

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed ? 1 : 0);
