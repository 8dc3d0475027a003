/**
 * Build step: the extension ships the gazetteer as its name index, already
 * folded and sorted (lib/detect/companies/data/compact.ts), instead of ~840
 * object literals that every page would fold and sort again. The reviewed
 * category files stay the source; Node, the tests and `extract` keep importing
 * them directly, and compact.test.ts proves both give the same index.
 */
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import type { ShippedIndex, ShippedParts } from '../lib/detect/companies/data/compact.ts';
import { japaneseOnly, simplifiedChar, simplifiedOnly } from './han-forms.ts';

const DATA_INDEX = /\/lib\/detect\/companies\/data\/index\.ts$/;
/** Where the script chunks take the Arabic and CJK parts from (data/script-names.ts). */
const SCRIPT_NAMES = /\/lib\/detect\/companies\/data\/script-names\.ts$/;

/** The index parts of the data module at `indexFile`, bundled fresh so edits to the data are always picked up. */
export async function shippedIndex(indexFile: string): Promise<ShippedParts> {
  const compact = indexFile.replace(/index\.ts$/, 'compact.ts');
  const entry = `export { GAZETTEER } from ${JSON.stringify(indexFile)};\nexport { encodeParts } from ${JSON.stringify(compact)};\n` +
    `export { EUROPEAN_ONLY } from ${JSON.stringify(indexFile.replace(/index\.ts$/, 'european-only.ts'))};\n` +
    `export { NAMES_CHUNK } from ${JSON.stringify(indexFile.replace(/index\.ts$/, 'names-chunk.ts'))};`;
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.text).toString('base64')}`);
  return mod.encodeParts(mod.GAZETTEER, {
    simplifiedOnly, japaneseOnly, simplified: simplifiedChar, europeanOnly: (name: string) => mod.EUROPEAN_ONLY.has(name),
    namesChunk: (name: string) => mod.NAMES_CHUNK.has(name),
  });
}

/** The functions that hand a part over, declared by the build after all the code (`indexFunction`). */
const INDEX_FN = 'dealmarkShippedIndex';
const partFn = (part: keyof ShippedParts) => (part === 'latin' ? INDEX_FN : `${INDEX_FN}_${part}`);

/**
 * What data/index.ts becomes in the bundle: a call to `INDEX_FN`. The index is
 * ~25 kB of text unlike anything else, and in the middle of the bundle it stood
 * between pieces of code that gzip (a 32 kB window) could otherwise match
 * against each other; placed after all the code it costs the content script
 * ~0.6 kB gzip less. A function declaration is hoisted, so the call may come first.
 * GAZETTEER is left undefined, not empty: the minifier then drops the engine's
 * path that builds the index from reviewed entries (~40 bytes gzip).
 */
export function shippedDataModule(): string {
  return `export const GAZETTEER = undefined;\nexport const SHIPPED_INDEX = ${INDEX_FN}();\n`;
}

/** data/script-names.ts's exports, each with the part it hands over: the module the build makes and the parts it appends come from this one list. */
const SCRIPT_PARTS = {
  arabicNames: 'arabic', cjkNames: 'cjk', kanaNames: 'kana', hanNames: 'han', zhjaNames: 'zhja', mixedNames: 'mixed', europeNames: 'europe',
  europeOrgNames: 'europeOrgs', moreLatinNames: 'moreLatin', moreArabicNames: 'moreArabic', moreKanaNames: 'moreKana',
  moreHanNames: 'moreHan', moreZhjaNames: 'moreZhja',
} as const satisfies Record<string, keyof ShippedParts>;

/** What data/script-names.ts becomes: the same call, for each chunk's part. */
function scriptNamesModule(): string {
  return Object.entries(SCRIPT_PARTS).map(([name, part]) => `export const ${name} = () => ${partFn(part)}();\n`).join('');
}

/** The declaration that goes after the code of the chunk that calls it (the benchmark adds it as a footer). */
export function indexFunction(index: ShippedIndex, part: keyof ShippedParts = 'latin'): string {
  return `\nfunction ${partFn(part)}(){return ${JSON.stringify(index)}}\n`;
}

export function compactGazetteer(): Plugin {
  let parts: ShippedParts | undefined;
  return {
    name: 'dealmark-compact-gazetteer',
    enforce: 'pre',
    async load(id) {
      if (DATA_INDEX.test(id)) {
        parts = await shippedIndex(id);
        return shippedDataModule();
      }
      if (!SCRIPT_NAMES.test(id)) return null;
      parts = await shippedIndex(id.replace(SCRIPT_NAMES, '/lib/detect/companies/data/index.ts'));
      return scriptNamesModule();
    },
    // After minifying (renderChunk), so the declaration lands after the code as written here.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const part of ['latin' as const, ...Object.values(SCRIPT_PARTS)]) {
          if (!chunk.code.includes(`${partFn(part)}()`)) continue;
          if (!parts) throw new Error('gazetteer: a chunk calls for the index, but it was never built');
          chunk.code += indexFunction(parts[part], part);
        }
      }
    },
  };
}
