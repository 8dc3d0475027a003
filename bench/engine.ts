/**
 * Engine throughput in Node: `detect` over a ~5 MB mixed-language corpus,
 * article by article as pages are, against compromise, Recognizers-Text and a
 * bare digit scan, plus how engine time scales with input size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateCorpus, corpusBytes, utf8Bytes, type Article } from './corpus.ts';
import { fmt, fmtRatio, mbPerSec, timePaired, timeRepeated } from './measure.ts';
import { bareScan, compromiseFind, recognizersCultures, recognizersFind } from './peers.ts';
import { measureReady } from './ready.ts';
import { check, type Row, type Summary } from './report.ts';

type Detect = (text: string) => { entities: unknown[]; facts: unknown[] };

/**
 * The engine bundled and minified as the extension's build ships it. Imported
 * through tsx instead, every named function it creates would pass through
 * esbuild's keep-names helper (`__name`), some 5% of the engine's time that no
 * page pays.
 */
export async function loadDetect(): Promise<Detect> {
  const dir = mkdtempSync(join(tmpdir(), 'dealmark-engine-'));
  try {
    const file = join(dir, 'detect.mjs');
    await build({
      entryPoints: [new URL('../lib/detect/index.ts', import.meta.url).pathname], outfile: file,
      bundle: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'error',
    });
    const mod = (await import(pathToFileURL(file).href)) as { detect: Detect };
    return mod.detect;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bytesOf = (texts: readonly string[]) => texts.reduce((n, t) => n + utf8Bytes(t), 0);

/** Leading texts of `texts` until `limit` UTF-8 bytes. */
function take(texts: readonly string[], limit: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= limit) break;
    out.push(t);
    n += utf8Bytes(t);
  }
  return out;
}

function throughput(texts: readonly string[], fn: (t: string) => unknown, budgetMs = 8000, warm = false) {
  const timing = timeRepeated(() => {
    for (const t of texts) fn(t);
  }, { budgetMs, warm });
  return { ...timing, mbs: mbPerSec(bytesOf(texts), timing.ms) };
}

export interface EngineOptions {
  corpusBytes: number;
  /** English text given to compromise (it runs ~0.1 MB/s, so the whole English part would dominate the run). */
  compromiseBytes: number;
  /** Text per Recognizers-Text culture; it runs at a few kB/s. */
  recognizersBytes: number;
  scaling: readonly number[];
  /** Cultures left out of the default run because their first calls alone take minutes. */
  slowCultures: readonly string[];
}

export const DEFAULT_ENGINE: EngineOptions = {
  corpusBytes: 5e6,
  compromiseBytes: 60e3,
  recognizersBytes: 3e3,
  scaling: [0.1e6, 1e6, 10e6],
  slowCultures: ['fr-fr'],
};

export async function runEngine(opts: EngineOptions, summary: Summary, rows: Row[], notes: string[], log: (s: string) => void) {
  const detect = await loadDetect();
  const corpus = generateCorpus(opts.corpusBytes);
  const texts = corpus.map((a) => a.text);
  const total = corpusBytes(corpus);
  let entities = 0;
  let facts = 0;
  for (const t of texts) {
    const d = detect(t);
    entities += d.entities.length;
    facts += d.facts.length;
  }
  log(`corpus: ${corpus.length} articles, ${fmt(total / 1e6, 2)} MB UTF-8, 7 languages; detect found ${entities} entities, ${facts} facts`);
  if (entities === 0) notes.push('The engine found no entities in the corpus: its figures time an engine that does nothing yet.');

  const ours = throughput(texts, detect, 15000);
  const bare = throughput(texts, bareScan);
  log(`detect ${fmt(ours.mbs)} MB/s (median of ${ours.reps}); bare \\d+ scan ${fmt(bare.mbs)} MB/s`);
  summary.engineMBs = ours.mbs;
  summary.xBare = ours.mbs / bare.mbs;

  // Ratios are taken on the very texts each peer saw, so language mix cannot flatter us.
  const english = take(corpus.filter((a) => a.lang === 'en').map((a) => a.text), opts.compromiseBytes);
  const paired = timePaired(() => {
    for (const t of english) detect(t);
  }, () => {
    for (const t of english) compromiseFind(t);
  }, { budgetMs: 8000 });
  const comp = { mbs: mbPerSec(bytesOf(english), paired.peerMs) };
  summary.xCompromise = paired.ratio;
  log(`compromise ${fmt(comp.mbs, 3)} MB/s on ${fmt(bytesOf(english) / 1e3, 0)} kB English; detect there ${fmt(mbPerSec(bytesOf(english), paired.oursMs))} MB/s; ${paired.turns} turns, median ratio ${fmt(paired.ratio)}x`);

  const rt = runRecognizers(corpus, opts, detect, log);
  summary.xRecognizers = rt.oursMs / rt.peerMs > 0 ? rt.peerMs / rt.oursMs : NaN;

  rows.push(
    { section: 'Engine', metric: `detect, ${fmt(total / 1e6, 1)} MB, 7 languages, per article`, value: `${fmt(ours.mbs)} MB/s` },
    { section: 'Engine', metric: 'found in corpus', value: `${entities} entities, ${facts} facts` },
    { section: 'Engine', metric: 'bare /\\d+/g scan (floor)', value: `${fmt(bare.mbs)} MB/s` },
    { section: 'Engine', metric: 'vs bare scan', value: `${fmtRatio(summary.xBare)}x`, target: '≥ 0.1x', status: check(summary.xBare, (v) => v >= 0.1) },
    { section: 'Engine', metric: `compromise money+percent+orgs, ${fmt(bytesOf(english) / 1e3, 0)} kB English`, value: `${fmt(comp.mbs, 3)} MB/s` },
    { section: 'Engine', metric: 'vs compromise (same text)', value: `${fmt(summary.xCompromise)}x`, target: '≥ 100x', status: check(summary.xCompromise, (v) => v >= 100) },
    { section: 'Engine', metric: `Recognizers-Text currency+percent, ${fmt(rt.bytes / 1e3, 0)} kB sample (${rt.cultures.join(', ')})`, value: `${fmt(mbPerSec(rt.bytes, rt.peerMs), 4)} MB/s` },
    { section: 'Engine', metric: 'vs Recognizers-Text (same text)', value: `${fmt(summary.xRecognizers)}x`, target: '≥ 100x', status: check(summary.xRecognizers, (v) => v >= 100) },
  );
  notes.push(
    `compromise runs on the first ${fmt(bytesOf(english) / 1e3, 0)} kB of the English articles only (it is English-only and slow); the ratio compares detect on the same texts, timed in turns with compromise (${paired.turns} turns, median of the per-turn ratios), since this machine's speed drifts over seconds.`,
    `Recognizers-Text is timed on a ${fmt(rt.bytes / 1e3, 0)} kB sample (about ${fmt(opts.recognizersBytes / 1e3, 0)} kB per culture: ${rt.cultures.join(', ')}), fed paragraph by paragraph (it slows down sharply on whole articles); not modelled by the installed version: ${rt.missing.join(', ') || 'none'}. Its first calls per culture build its models (${fmt(rt.warmupMs / 1000, 1)} s in all), which is excluded.` +
      (rt.skipped.length ? ` Left out by default: ${rt.skipped.join(', ')}, whose first calls alone took over a minute here (at about 0.001 MB/s afterwards); add --rt-all to include it.` : ''),
  );

  const latin = await measureReady(join(import.meta.dirname, '..'), 7, 'latin');
  const ready = await measureReady(join(import.meta.dirname, '..'));
  const both = await measureReady(join(import.meta.dirname, '..'), 7, 'zhja');
  log(`name index ready in ${fmt(latin.indexMs, 1)} ms on a Latin-script page, ${fmt(ready.indexMs, 1)} ms (worst ${fmt(ready.indexMaxMs, 1)} ms) with every script (${fmt(both.indexMs, 1)} ms with Chinese and Japanese both), company stage loaded in ${fmt(ready.startMs, 1)} ms; gazetteer ${fmt(ready.contentGazetteerKbGz, 1)} kB gz in the content script, ${fmt(ready.gazetteerKbGz, 1)} kB with its chunks' parts`);
  rows.push(
    { section: 'Engine', metric: 'gazetteer index ready, fresh process, page in Latin script: the content script\'s part (median of 7)', value: `${fmt(latin.indexMs, 1)} ms (worst ${fmt(latin.indexMaxMs, 1)} ms)`, target: '≤ 5 ms', status: check(latin.indexMs, (v) => v <= 5) },
    { section: 'Engine', metric: 'gazetteer index ready, fresh process, page in English, German, Arabic and Japanese naming a currency: every part it loads (median of 7)', value: `${fmt(ready.indexMs, 1)} ms (worst ${fmt(ready.indexMaxMs, 1)} ms)`, target: '≤ 5 ms', status: check(ready.indexMs, (v) => v <= 5) },
    { section: 'Engine', metric: 'the same page with simplified Chinese too, which gets both languages\' Han names as well (median of 7)', value: `${fmt(both.indexMs, 1)} ms (worst ${fmt(both.indexMaxMs, 1)} ms)` },
    { section: 'Engine', metric: 'then the organizations of every index on that page, read when a page first finds a key of each (median of 7)', value: `${fmt(ready.resolveMs, 1)} ms` },
    { section: 'Engine', metric: 'company stage loaded, index and organizations included (median of 7)', value: `${fmt(ready.startMs, 1)} ms` },
    { section: 'Engine', metric: 'then its first scan: a 7-language paragraph, cold, index levels marked as needed (median of 7)', value: `${fmt(ready.firstScanMs, 1)} ms` },
    { section: 'Size', metric: 'gazetteer in the content script (the keys in Latin script), gzip -9', value: `${fmt(ready.contentGazetteerKbGz, 1)} kB`, target: '≤ 25 kB', status: check(ready.contentGazetteerKbGz, (v) => v <= 25) },
    { section: 'Size', metric: 'gazetteer, all parts, each key once (the Arabic, CJK, European-only and names-chunk keys ride in their chunks), gzip -9', value: `${fmt(ready.gazetteerKbGz, 1)} kB` },
  );
  notes.push('Index ready: a fresh Node process runs the company stage bundled as the content script ships it (the build\'s folded, sorted index, with only the Latin-script readers and words: the other scripts\' come with their chunks) and times decoding the index and building its tables: on a page in Latin script the content script\'s part alone, on a page that also holds German, Arabic and Japanese text and names a currency that part with those its chunks bring, the names chunk\'s included (lib/dom/scripts.ts; a page that holds simplified Chinese beside Japanese, rare, gets a part with both languages\' Han names on top, timed apart); "loaded" (every part) also counts evaluating the stage\'s modules. Getting ready reads each part\'s line offsets and no more: the keys sharing a first unit are found by binary search, and their heads and ASCII pairs marked, when a text first holds that unit (an English page never pays for the Arabic or Han keys), so that part is in "first scan", which also counts compiling the scan code; each index\'s organizations are read from its refs when a page first finds one of its keys, timed apart ("then the organizations").');

  for (const size of opts.scaling) {
    const scaled = generateCorpus(size).map((a) => a.text);
    // detect is hot from the runs above, so no separate warm-up here.
    const t = throughput(scaled, detect, 6000, true);
    const mb = bytesOf(scaled) / 1e6;
    log(`scaling ${fmt(mb, 2)} MB: ${fmt(t.ms, 0)} ms, ${fmt(t.ms / mb, 1)} ms/MB`);
    rows.push({ section: 'Scaling', metric: `detect on ${fmt(mb, 1)} MB`, value: `${fmt(t.ms, 0)} ms (${fmt(t.ms / mb, 1)} ms/MB)` });
  }
}

/** Per culture: the first paragraphs of that language's articles, then the same paragraphs through detect. */
function runRecognizers(corpus: readonly Article[], opts: EngineOptions, detect: Detect, log: (s: string) => void) {
  const perCulture = opts.recognizersBytes;
  const available = recognizersCultures();
  const missing = ['ar', 'en', 'fr', 'de', 'es', 'zh', 'ja'].filter((l) => !available.some((s) => s.lang === l));
  const supported = available.filter((c) => !opts.slowCultures.includes(c.culture));
  let peerMs = 0;
  let oursMs = 0;
  let bytes = 0;
  let warmupMs = 0;
  for (const { lang, culture } of supported) {
    const paragraphs = take(corpus.filter((a) => a.lang === lang).flatMap((a) => [a.title, ...a.paragraphs]), perCulture);
    if (paragraphs.length === 0) continue;
    const peer = throughput(paragraphs, (t) => recognizersFind(t, culture), 4000);
    const ours = throughput(paragraphs, detect, 1000);
    const b = bytesOf(paragraphs);
    log(`recognizers ${culture}: ${fmt(mbPerSec(b, peer.ms), 4)} MB/s on ${b} B (warm-up ${fmt(peer.warmupMs, 0)} ms); detect ${fmt(ours.mbs)} MB/s`);
    peerMs += peer.ms;
    oursMs += ours.ms;
    bytes += b;
    warmupMs += peer.warmupMs;
  }
  return { peerMs, oursMs, bytes, warmupMs, cultures: supported.map((s) => s.culture), missing, skipped: opts.slowCultures.filter((c) => available.some((a) => a.culture === c)) };
}
