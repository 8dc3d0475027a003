import { beforeEach, describe, expect, it } from 'vitest';
import { resetDBForTests } from './db.ts';
import { reportPage } from './facts.ts';
import { setStatusById } from './library.ts';
import { queryByIndexes, queryLibrary } from './query.ts';
import { company, found, money, pageInfo, raised } from './testing.ts';

beforeEach(resetDBForTests);

describe('queryLibrary on a large result (an export)', () => {
  it('returns the same records in the same order as paging through them', async () => {
    // Enough records that a full read takes the whole-table path, while pages of 50 read per key.
    for (let p = 0; p < 4; p++) {
      const page = pageInfo(`https://news.example/${p}`, { lang: 'en', title: `Story ${p}` });
      const facts = Array.from({ length: 200 }, (_, i) => found(`m${i}`, money(`$${p * 200 + i} million`, (p * 200 + i) * 1e6), raised(`Co ${i}`, (p * 200 + i) * 1e6)));
      await reportPage(page, facts, true, 1000 + p);
    }
    const first = (await queryLibrary({ sort: 'value-desc', limit: 1 })).items[0]!;
    await setStatusById(first.id!, 'dismissed');
    for (const sort of ['value-desc', 'oldest'] as const) {
      const all = await queryLibrary({ sort, limit: 1_000_000 });
      const paged = [];
      for (let offset = 0; offset < all.total; offset += 50) paged.push(...(await queryByIndexes({ sort, offset, limit: 50 })).items);
      expect(all.total).toBe(799);
      expect(all.items.map((i) => i.id)).toEqual(paged.map((i) => i.id));
      expect(all.items.every((i) => i.page.title.startsWith('Story '))).toBe(true);
      expect(all.items.some((i) => i.id === first.id)).toBe(false);
    }
  });
});

describe('queryLibrary read whole (an export without search)', () => {
  it('gives what paging through the indexes gives, for every filter the whole read handles', async () => {
    // Many records share a timestamp, so ties must fall back to the primary key as the index does.
    for (let p = 0; p < 6; p++) {
      const page = pageInfo(`https://wire.example/${p}`, { lang: p % 2 ? 'fr' : 'en', title: `Wire ${p}` });
      const facts = Array.from({ length: 400 }, (_, i) => found(`f${i}`, i % 3 ? money(`€${i}m`, i * 1e6, i % 2 ? 'EUR' : 'USD') : company(`Co ${i}`)));
      await reportPage(page, facts, true, 5000 + (p % 3));
    }
    const firstIds = (await queryLibrary({ limit: 30 })).items.map((i) => i.id!);
    for (const id of firstIds.slice(0, 10)) await setStatusById(id, 'dismissed');
    for (const id of firstIds.slice(10, 20)) await setStatusById(id, 'saved');
    const queries = [
      {}, { sort: 'oldest' as const }, { status: 'dismissed' as const }, { status: 'saved' as const }, { type: 'company' as const },
      { currency: 'EUR' }, { type: 'money' as const, currency: 'USD', sort: 'oldest' as const }, { from: 5001, to: 5001 },
    ];
    for (const q of queries) {
      const whole = await queryLibrary({ ...q, limit: 1_000_000 });
      const paged = [];
      for (let offset = 0; offset < whole.total; offset += 500) paged.push(...(await queryByIndexes({ ...q, offset, limit: 500 })).items);
      expect(whole.total, JSON.stringify(q)).toBe(paged.length);
      expect(whole.items.map((i) => i.id), JSON.stringify(q)).toEqual(paged.map((i) => i.id));
      expect(whole.items.every((i) => i.page.title.startsWith('Wire '))).toBe(true);
    }
    expect((await queryLibrary({ limit: 1_000_000 })).total).toBe(2390);
  });
});
