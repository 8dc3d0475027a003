import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDB, resetDBForTests, SCHEMA_V1 } from './db.ts';

beforeEach(resetDBForTests);

const v1Pages = [
  { url: 'https://news.example.com/a', title: 'Funding round', lang: 'en', firstSeen: 10, lastSeen: 20 },
  { url: 'https://www.akhbar.example/ar/1', title: 'جولة تمويل', lang: 'ar', firstSeen: 30, lastSeen: 40 },
];

function v1Annotation(i: number, pageId: number, url: string) {
  return {
    uid: `${url}\u0000k${i}`,
    pageId,
    url,
    type: i % 2 ? 'money' : 'company',
    text: i % 2 ? `$${i} million` : `Émile AI ${i}`,
    value: i % 2 ? i * 1e6 : null,
    currency: i % 2 ? 'USD' : null,
    company: `Émile AI ${i}`,
    role: i % 2 ? 'raised' : null,
    selector: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
    context: 'ctx',
    note: i === 3 ? 'check this' : '',
    status: i === 5 ? 'dismissed' : 'saved',
    created: 100 + i,
    updated: 200 + i,
  };
}

describe('schema upgrade v1 → v3', () => {
  it('keeps every record, fills the fields v2 added and packs them (v3)', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(SCHEMA_V1);
    const ids = (await old.table('pages').bulkAdd(v1Pages, { allKeys: true })) as number[];
    const rows = Array.from({ length: 40 }, (_, i) => v1Annotation(i, ids[i % 2]!, v1Pages[i % 2]!.url));
    await old.table('annotations').bulkAdd(rows);
    old.close();

    const db = getDB();
    await db.open();
    expect(db.verno).toBe(3);
    const pages = await db.pages.orderBy('id').toArray();
    expect(pages.map((p) => [p.url, p.language, p.site, p.title, p.firstSeen, p.lastSeen])).toEqual([
      ['https://news.example.com/a', 'en', 'news.example.com', 'Funding round', 10, 20],
      ['https://www.akhbar.example/ar/1', 'ar', 'akhbar.example', 'جولة تمويل', 30, 40],
    ]);
    expect(pages.every((p) => !('lang' in p))).toBe(true);

    const anns = await db.annotations.orderBy('id').toArray();
    expect(anns).toHaveLength(40);
    anns.forEach((a, i) => {
      const src = rows[i]!;
      expect(a).toMatchObject({ ...src, currencyInferred: false, qualifier: null, counterparty: null, round: null });
      expect(a.companyKind).toBe(src.type === 'company' ? 'company' : null);
      expect(a.words).toContain('emile');
    });
    // The new indexes answer queries on migrated data.
    expect(await db.pages.where('site').equals('akhbar.example').count()).toBe(1);
    expect(await db.annotations.where('words').equals('check').count()).toBe(1);
    const packed = (await db.packs.toArray()).flatMap((p) => p.records);
    expect(packed).toEqual(anns.map(({ words: _w, ...rest }) => rest));
  });
});
