/**
 * How long the name index takes to get ready in a fresh JavaScript engine, in
 * the form the extension ships (compact string, aliases folded at build time).
 * Each run is a new Node process, so nothing is warm: this is the cost a page
 * pays once when the content script starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { shippedDataModule, shippedIndex } from '../scripts/gazetteer-plugin.ts';
import { median } from './measure.ts';

export interface Ready {
  /** Decoding the shipped index and making its tables (gazetteerStats().buildMs), median and worst of the runs. */
  indexMs: number;
  indexMaxMs: number;
  /** From the first line of the engine's company stage running to the index ready: module set-up included. */
  startMs: number;
  gazetteerKbGz: number;
}

export async function measureReady(root: string, runs = 7): Promise<Ready> {
  const dataIndex = join(root, 'lib/detect/companies/data/index.ts');
  const index = await shippedIndex(dataIndex);
  // The clock starts as the bundle starts running, before the data decodes, and stops once the index exists.
  const entry = `import { gazetteerStats } from ${JSON.stringify(join(root, 'lib/detect/companies/index.ts'))};
gazetteerStats();
console.log(JSON.stringify({ ms: performance.now() - globalThis.__readyT0, build: gazetteerStats().buildMs }));`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', write: false, minify: true, logLevel: 'error',
    banner: { js: 'globalThis.__readyT0 = performance.now();' },
    plugins: [{
      name: 'shipped-gazetteer',
      setup(b) {
        b.onLoad({ filter: /companies[\\/]data[\\/]index\.ts$/ }, () => ({ contents: shippedDataModule(index), loader: 'ts', resolveDir: join(root, 'lib/detect/companies/data') }));
      },
    }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'dealmark-ready-'));
  try {
    const file = join(dir, 'ready.mjs');
    writeFileSync(file, out.outputFiles[0]!.text);
    const found = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as { ms: number; build: number });
    const builds = found.map((r) => r.build);
    return {
      indexMs: median(builds), indexMaxMs: Math.max(...builds), startMs: median(found.map((r) => r.ms)),
      gazetteerKbGz: gzipSync(shippedDataModule(index), { level: 9 }).length / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
