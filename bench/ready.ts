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
import { indexFunction, shippedDataModule, shippedIndex } from '../scripts/gazetteer-plugin.ts';
import { latinOnly } from '../scripts/latin-only.ts';
import { median } from './measure.ts';

export interface Ready {
  /** Decoding the shipped index and making its tables (gazetteerStats().buildMs), median and worst of the runs. */
  indexMs: number;
  indexMaxMs: number;
  /**
   * Reading the organizations of every index the page has (gazetteerStats().resolveMs): a page does it as it first
   * finds a key of each index, so it is not in indexMs; timed apart here, before the first scan.
   */
  resolveMs: number;
  /** From the first line of the engine's company stage running to the index ready and its organizations read: module set-up included. */
  startMs: number;
  /**
   * The first findCompanies call, on a short paragraph in all seven languages:
   * it compiles the scan and marks the index levels a text needs (trie.ts), so
   * it shows what the lazy part of getting ready costs the first page.
   */
  firstScanMs: number;
  /** The whole name index, each key once, gzip -9. */
  gazetteerKbGz: number;
  /** The part the content script carries (keys in Latin script); the Arabic and CJK parts ride in their chunks. */
  contentGazetteerKbGz: number;
}

/** A paragraph naming companies in every script the gazetteer holds (written for this benchmark). */
const FIRST_PAGE = [
  'Nvidia and Microsoft joined the round led by Sequoia Capital; OpenAI, Anthropic and Mistral AI watched.',
  'أعلنت شركة إنفيديا ومايكروسوفت وصندوق مبادلة عن جولة تمويلية بقيادة سوفت بنك.',
  'Le fonds Bpifrance et Kyutai, avec Deutsche Telekom et Telefónica, misent sur Aleph Alpha.',
  '英伟达、软银和阿里巴巴参与了月之暗面的融资。ソフトバンクとトヨタがアンソロピックに出資した。',
].join('\n\n');

/**
 * `latin`: a page the content script reads alone; `all`: one in English, a European language, Arabic and Japanese,
 * whose chunks add their parts; `zhja`: that page with simplified Chinese too, the rare one that gets both languages'
 * part of the Han keys (data/compact.ts) on top of the Japanese one.
 */
export async function measureReady(root: string, runs = 7, scripts: 'latin' | 'all' | 'zhja' = 'all'): Promise<Ready> {
  const dataIndex = join(root, 'lib/detect/companies/data/index.ts');
  const parts = await shippedIndex(dataIndex);
  const declarations = indexFunction(parts.latin) + indexFunction(parts.arabic, 'arabic') + indexFunction(parts.kana, 'kana') + indexFunction(parts.zhja, 'zhja') + indexFunction(parts.cjk, 'cjk') + indexFunction(parts.mixed, 'mixed') + indexFunction(parts.europe, 'europe') + indexFunction(parts.europeOrgs, 'europeOrgs') + indexFunction(parts.moreLatin, 'moreLatin') + indexFunction(parts.moreArabic, 'moreArabic')
    + indexFunction(parts.moreKana, 'moreKana') + indexFunction(parts.moreZhja, 'moreZhja');
  // The clock starts as the bundle starts running, before the data decodes, and stops once the index exists.
  // For a page in every script, the chunks add their parts first (lib/dom/scripts.ts).
  const chunks = ['addNames(dealmarkShippedIndex_arabic());', 'addNames(dealmarkShippedIndex_cjk());',
    'addLatinNames(dealmarkShippedIndex_mixed(), withLatinNames);', 'addLatinNames(dealmarkShippedIndex_europe(), withLatinNames);',
    'addOrgNames(dealmarkShippedIndex_europeOrgs());', 'addOrgNames(dealmarkShippedIndex_moreLatin());', 'addOrgNames(dealmarkShippedIndex_moreArabic());', 'addOrgNames(dealmarkShippedIndex_moreKana());',
    'addNames(dealmarkShippedIndex_kana());', ...(scripts === 'zhja' ? ['addNames(dealmarkShippedIndex_zhja());', 'addOrgNames(dealmarkShippedIndex_moreZhja());'] : [])];
  const entry = `import { addLatinNames, addNames, addOrgNames, findCompanies, gazetteerStats } from ${JSON.stringify(join(root, 'lib/detect/companies/index.ts'))};
import { withLatinNames } from ${JSON.stringify(join(root, 'lib/detect/companies/data/merge-latin.ts'))};
import { normalize } from ${JSON.stringify(join(root, 'lib/detect/normalize.ts'))};
${scripts === 'latin' ? '' : chunks.join('\n')}
gazetteerStats();
const ms = performance.now() - globalThis.__readyT0;
const t = performance.now();
const found = findCompanies(${JSON.stringify(FIRST_PAGE)}, normalize(${JSON.stringify(FIRST_PAGE)}), []).length;
console.log(JSON.stringify({ ms, build: gazetteerStats().buildMs, resolve: gazetteerStats().resolveMs, first: performance.now() - t, found }));`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', write: false, minify: true, logLevel: 'error',
    banner: { js: 'globalThis.__readyT0 = performance.now();' }, footer: { js: declarations },
    plugins: [{
      name: 'shipped-gazetteer',
      setup(b) {
        b.onLoad({ filter: /companies[\\/]data[\\/]index\.ts$/ }, () => ({ contents: shippedDataModule(), loader: 'ts', resolveDir: join(root, 'lib/detect/companies/data') }));
        // The content script's own modules, without the other scripts' readers and words, which their chunks bring.
        // Every relative import is asked: which ones the build swaps is latin-only.ts's to say, not a copy of it here.
        b.onResolve({ filter: /^\.\// }, (args) => {
          const swap = latinOnly(args.path, args.importer);
          return swap ? { path: join(root, swap) } : undefined;
        });
      },
    }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'dealmark-ready-'));
  try {
    const file = join(dir, 'ready.mjs');
    writeFileSync(file, out.outputFiles[0]!.text);
    const found = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as { ms: number; build: number; resolve: number; first: number; found: number });
    if (found.some((r) => r.found < 10)) throw new Error(`the first-page paragraph found only ${found[0]!.found} companies: the measure would time an index that finds nothing`);
    const builds = found.map((r) => r.build);
    return {
      indexMs: median(builds), indexMaxMs: Math.max(...builds), resolveMs: median(found.map((r) => r.resolve)), startMs: median(found.map((r) => r.ms)), firstScanMs: median(found.map((r) => r.first)),
      // Each key once: the part with both languages' Han names stands for the Japanese and the Chinese one.
      gazetteerKbGz: gzipSync([parts.latin, parts.arabic, parts.zhja, parts.cjk, parts.mixed, parts.europe, parts.europeOrgs, parts.moreLatin, parts.moreArabic, parts.moreZhja].map((p) => indexFunction(p)).join(''), { level: 9 }).length / 1000,
      contentGazetteerKbGz: gzipSync(indexFunction(parts.latin), { level: 9 }).length / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
