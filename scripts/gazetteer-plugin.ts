/**
 * Build step: the extension ships the gazetteer as one compact string
 * (lib/detect/companies/data/compact.ts) instead of ~840 object literals.
 * The reviewed category files stay the source; Node, the tests and `extract`
 * keep importing them directly, and compact.test.ts proves both forms equal.
 */
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const DATA_INDEX = /\/lib\/detect\/companies\/data\/index\.ts$/;

async function encodedGazetteer(indexFile: string): Promise<string> {
  const entry = `export { GAZETTEER } from ${JSON.stringify(indexFile)};\nexport { encodeGazetteer } from ${JSON.stringify(indexFile.replace(/index\.ts$/, 'compact.ts'))};`;
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.text).toString('base64')}`);
  return mod.encodeGazetteer(mod.GAZETTEER);
}

export function compactGazetteer(): Plugin {
  return {
    name: 'dealmark-compact-gazetteer',
    enforce: 'pre',
    async load(id) {
      if (!DATA_INDEX.test(id)) return null;
      const encoded = await encodedGazetteer(id);
      return `import { decodeGazetteer } from './compact.ts';\nexport const GAZETTEER = decodeGazetteer(${JSON.stringify(encoded)});\n`;
    },
  };
}
