/**
 * Where the engine's time goes: each stage of `detect` timed apart on the
 * bench corpus, then a V8 CPU profile of `detect` summarized as the functions
 * with the most self time. Engine code is only read, never changed.
 *
 *   npx tsx bench/profile.ts [MB] [lang]   (default 1 MB of corpus, all languages)
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { findCompanies } from '../lib/detect/companies/index.ts';
import { linkFacts } from '../lib/detect/facts/index.ts';
import { findFigures } from '../lib/detect/figures/index.ts';
import { detect } from '../lib/detect/index.ts';
import { normalize } from '../lib/detect/normalize.ts';
import { splitSentences } from '../lib/detect/companies/sentences.ts';
import type { Entity } from '../lib/detect/types.ts';
import { corpusBytes, generateCorpus } from './corpus.ts';
import { fmt, mbPerSec } from './measure.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const ROOT = new URL('..', import.meta.url).pathname;

function stageTimes(texts: readonly string[]): Record<string, number> {
  const t = { normalize: 0, findFigures: 0, findCompanies: 0, linkFacts: 0 };
  for (const text of texts) {
    let s = performance.now();
    const norm = normalize(text);
    t.normalize += performance.now() - s;
    s = performance.now();
    const figures = findFigures(text, norm);
    t.findFigures += performance.now() - s;
    s = performance.now();
    const companies = findCompanies(text, norm, []);
    t.findCompanies += performance.now() - s;
    s = performance.now();
    linkFacts(text, figures.filter((e): e is Extract<Entity, { type: 'money' }> => e.type === 'money'), companies, splitSentences(text));
    t.linkFacts += performance.now() - s;
  }
  return t;
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 1);
  const lang = process.argv[3];
  const corpus = generateCorpus(mb * 1e6).filter((a) => !lang || a.lang === lang);
  const texts = corpus.map((a) => a.text);
  const bytes = corpusBytes(corpus);
  stageTimes(texts.slice(0, 50));
  const stages = stageTimes(texts);
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  console.log(`${fmt(bytes / 1e6, 2)} MB, ${texts.length} articles: ${fmt(total, 0)} ms, ${fmt(mbPerSec(bytes, total), 2)} MB/s`);
  for (const [name, ms] of Object.entries(stages)) console.log(`  ${name.padEnd(14)} ${fmt(ms, 0).padStart(7)} ms  ${fmt((100 * ms) / total, 1).padStart(5)} %`);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let r = 0; r < 3; r++) for (const t of texts) detect(t);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const nodes = profile.nodes as ProfileNode[];
  const self = new Map<string, number>();
  let hits = 0;
  for (const n of nodes) {
    const h = n.hitCount ?? 0;
    hits += h;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? relative(ROOT, url.replace(/^file:\/\//, '')) + (lineNumber > 0 ? `:${lineNumber + 1}` : '') : '(native)';
    const key = `${functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + h);
  }
  console.log('\nTop self time in detect (V8 sampling profile):');
  for (const [key, h] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`  ${fmt((100 * h) / hits, 1).padStart(5)} %  ${key}`);
  }
}

main().catch((error: unknown) => {
  console.error('profile crashed:', error);
  process.exit(1);
});
