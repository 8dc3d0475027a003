import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB, resetDBForTests } from './db.ts';
import { knownFacts, reportPage, setFactNote, setFactStatus } from './facts.ts';
import { company, found, money, pageInfo, raised } from './testing.ts';

beforeEach(resetDBForTests);

const URL_A = 'https://news.example.com/a';
const facts = [
  found('m1', money('$6.6 billion', 6.6e9), raised('OpenAI', 6.6e9)),
  found('c1', company('OpenAI')),
  found('m2', money('€20m', 2e7, 'EUR')),
];

describe('reportPage', () => {
  it('stores a page and its facts with auto status', async () => {
    const res = await reportPage(pageInfo(URL_A, { lang: 'en' }), facts, true, 1000);
    expect(res).toEqual({ ok: true, value: { stored: 3 } });
    const db = getDB();
    const page = await db.pages.where('url').equals(URL_A).first();
    expect(page).toMatchObject({ language: 'en', site: 'news.example.com', firstSeen: 1000, lastSeen: 1000 });
    const rows = await db.annotations.orderBy('uid').toArray();
    expect(rows.map((r) => [r.type, r.status, r.company, r.role, r.value])).toEqual([
      ['company', 'auto', 'OpenAI', null, null],
      ['money', 'auto', 'OpenAI', 'raised', 6.6e9],
      ['money', 'auto', null, null, 2e7],
    ]);
    expect(rows.every((r) => r.pageId === page!.id)).toBe(true);
  });

  it('does not duplicate on revisit and keeps the reader’s note and status', async () => {
    await reportPage(pageInfo(URL_A), facts, true, 1000);
    await setFactNote(pageInfo(URL_A), facts[0]!, 'follow up', 1500);
    await setFactStatus(pageInfo(URL_A), facts[2]!, 'dismissed', 1600);
    const res = await reportPage(pageInfo(URL_A), facts, true, 2000);
    expect(res.ok).toBe(true);
    const db = getDB();
    expect(await db.pages.count()).toBe(1);
    expect((await db.pages.toArray())[0]).toMatchObject({ firstSeen: 1000, lastSeen: 2000 });
    const rows = await db.annotations.toArray();
    expect(rows).toHaveLength(3);
    const byKey = new Map(rows.map((r) => [r.uid.split('\u0000')[1], r]));
    expect(byKey.get('m1')).toMatchObject({ note: 'follow up', status: 'auto', created: 1000 });
    expect(byKey.get('m2')!.status).toBe('dismissed');
  });

  it('stores nothing new with auto-save off but still moves lastSeen', async () => {
    expect(await reportPage(pageInfo(URL_A), facts, false, 1000)).toEqual({ ok: true, value: { stored: 0 } });
    expect(await getDB().pages.count()).toBe(0);
    expect(await getDB().annotations.count()).toBe(0);

    await setFactStatus(pageInfo(URL_A), facts[0]!, 'saved', 1100);
    await reportPage(pageInfo(URL_A), facts, false, 3000);
    const rows = await getDB().annotations.toArray();
    expect(rows.map((r) => r.status)).toEqual(['saved']);
    expect((await getDB().pages.toArray())[0]!.lastSeen).toBe(3000);
  });

  it('rolls back everything and explains a quota failure', async () => {
    await reportPage(pageInfo(URL_A), facts.slice(0, 1), true, 1000);
    const before = await getDB().annotations.toArray();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(getDB().annotations, 'bulkPut').mockRejectedValueOnce(quota);
    const res = await reportPage(pageInfo('https://other.example/b'), facts, true, 2000);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/storage quota exceeded/);
    // Neither the new page nor any fact survived the failed transaction.
    expect(await getDB().pages.count()).toBe(1);
    expect(await getDB().annotations.toArray()).toEqual(before);
  });

  it('loses and duplicates nothing when ten tabs save 1,000 facts at once', async () => {
    const tabs = Array.from({ length: 10 }, (_, t) => ({
      page: pageInfo(`https://site${t % 5}.example/story-${t}`),
      facts: Array.from({ length: 1000 }, (_, i) => found(`k${i}`, money(`$${i}m`, i * 1e6), raised(`Co${i % 37}`, i * 1e6))),
    }));
    // The same ten tabs again, racing their own first report: revisits must upsert, not duplicate.
    const results = await Promise.all([...tabs, ...tabs].map((t, i) => reportPage(t.page, t.facts, true, 1000 + i)));
    expect(results.every((r) => r.ok && r.value.stored === 1000)).toBe(true);
    const db = getDB();
    expect(await db.pages.count()).toBe(10);
    expect(await db.annotations.count()).toBe(10_000);
    const uids = await db.annotations.orderBy('uid').keys();
    expect(new Set(uids).size).toBe(10_000);
  }, 60_000);
});

describe('reader changes from the page', () => {
  it('setStatus creates a saved record even with auto-save off', async () => {
    const res = await setFactStatus(pageInfo(URL_A), facts[1]!, 'saved', 500);
    expect(res).toEqual({ ok: true, value: undefined });
    const [rec] = await getDB().annotations.toArray();
    expect(rec).toMatchObject({ status: 'saved', company: 'OpenAI', companyKind: 'company', updated: 500 });
  });

  it('setNote updates the search words', async () => {
    await reportPage(pageInfo(URL_A), facts, true, 1000);
    await setFactNote(pageInfo(URL_A), facts[2]!, 'Série A à Paris', 1200);
    expect(await getDB().annotations.where('words').equals('serie').count()).toBe(1);
  });

  it('getKnownFacts returns saved, noted and dismissed facts with selectors', async () => {
    await reportPage(pageInfo(URL_A), facts, true, 1000);
    await reportPage(pageInfo('https://other.example/x'), facts, true, 1000);
    await setFactStatus(pageInfo(URL_A), facts[0]!, 'saved');
    await setFactNote(pageInfo(URL_A), facts[1]!, 'n');
    await setFactStatus(pageInfo(URL_A), facts[2]!, 'dismissed');
    await setFactStatus(pageInfo('https://other.example/x'), facts[0]!, 'saved');
    const res = await knownFacts(URL_A);
    expect(res.ok).toBe(true);
    const known = res.ok ? res.value : [];
    expect(known.map((k) => [k.key, k.status, k.note, k.type]).sort()).toEqual([
      ['c1', 'auto', 'n', 'company'],
      ['m1', 'saved', '', 'money'],
      ['m2', 'dismissed', '', 'money'],
    ]);
    expect(known.find((k) => k.key === 'm1')!.selector).toEqual(facts[0]!.selector);
  });

  it('plain auto facts are not "known"', async () => {
    await reportPage(pageInfo(URL_A), facts, true, 1000);
    expect(await knownFacts(URL_A)).toEqual({ ok: true, value: [] });
  });
});
