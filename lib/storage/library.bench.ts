/**
 * Popup query cost on a 10,000-entry library (budget: first page of 50 in ≤ 200 ms).
 * Run: npx vitest bench --run lib/storage/library.bench.ts
 */
import { beforeAll, bench, describe } from 'vitest';
import { getDB, resetDBForTests } from './db.ts';
import { recordFromFound } from './facts.ts';
import { queryLibrary, summarizeCompanies } from './library.ts';
import { storeRecords } from './packs.ts';
import { company, found, money, raised } from './testing.ts';

const N = 10_000;
const COMPANIES = ['OpenAI', 'Anthropic', 'Mistral AI', 'Cohere', 'ByteDance', 'G42', 'Aleph Alpha', 'Sakana AI'];
const CURRENCIES = ['USD', 'EUR', 'CNY', 'JPY', 'AED'];

beforeAll(async () => {
  await resetDBForTests();
  const db = getDB();
  const pageIds = (await db.pages.bulkAdd(
    Array.from({ length: 500 }, (_, p) => ({
      url: `https://site${p % 40}.example/story-${p}`,
      title: `Story ${p}`,
      language: ['en', 'ar', 'fr', 'de', 'es', 'zh', 'ja'][p % 7]!,
      site: `site${p % 40}.example`,
      firstSeen: p,
      lastSeen: p,
    })),
    { allKeys: true },
  )) as number[];
  const recs = Array.from({ length: N }, (_, i) => {
    const p = i % 500;
    const name = COMPANIES[i % COMPANIES.length]!;
    const f = i % 3 === 0
      ? found(`k${i}`, company(name))
      : found(`k${i}`, money(`${i} million`, i * 1e6, CURRENCIES[i % 5]), raised(name, i * 1e6, CURRENCIES[i % 5]));
    const rec = recordFromFound(pageIds[p]!, `https://site${p % 40}.example/story-${p}`, f, i % 10 === 0 ? 'dismissed' : 'auto', 1_000_000 + i);
    return rec;
  });
  await db.transaction('rw', db.annotations, db.packs, () => storeRecords(db, recs, 'add'));
}, 120_000);

describe('queryLibrary on 10,000 entries', () => {
  bench('first page, newest', async () => {
    await queryLibrary({ limit: 50 });
  });
  bench('first page, value-desc, USD money', async () => {
    await queryLibrary({ type: 'money', currency: 'USD', sort: 'value-desc', limit: 50 });
  });
  bench('first page, search "mistral"', async () => {
    await queryLibrary({ search: 'mistral', limit: 50 });
  });
  bench('first page, site + language', async () => {
    await queryLibrary({ site: 'site7.example', language: 'en', limit: 50 });
  });
  bench('summarizeCompanies, all', async () => {
    await summarizeCompanies();
  }, { iterations: 3 });
});
