/**
 * Build step: the extension ships the gazetteer as its name index, already
 * folded and sorted (lib/detect/companies/data/compact.ts), instead of ~840
 * object literals that every page would fold and sort again. The reviewed
 * category files stay the source; Node, the tests and `extract` keep importing
 * them directly, and compact.test.ts proves both give the same index.
 */
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import type { ShippedIndex } from '../lib/detect/companies/data/compact.ts';

const DATA_INDEX = /\/lib\/detect\/companies\/data\/index\.ts$/;

/** The index of the data module at `indexFile`, bundled fresh so edits to the data are always picked up. */
export async function shippedIndex(indexFile: string): Promise<ShippedIndex> {
  const compact = indexFile.replace(/index\.ts$/, 'compact.ts');
  const entry = `export { GAZETTEER } from ${JSON.stringify(indexFile)};\nexport { encodeIndex } from ${JSON.stringify(compact)};`;
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.text).toString('base64')}`);
  return mod.encodeIndex(mod.GAZETTEER);
}

/** What data/index.ts becomes in the bundle; the benchmark of the index's load time builds the same. */
export function shippedDataModule(index: ShippedIndex): string {
  return `export const GAZETTEER = [];\nexport const SHIPPED_INDEX = ${JSON.stringify(index)};\n`;
}

export function compactGazetteer(): Plugin {
  return {
    name: 'dealmark-compact-gazetteer',
    enforce: 'pre',
    async load(id) {
      return DATA_INDEX.test(id) ? shippedDataModule(await shippedIndex(id)) : null;
    },
  };
}
