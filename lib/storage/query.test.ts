import { beforeEach, describe, expect, it } from 'vitest';
import { resetDBForTests } from './db.ts';
import { reportPage } from './facts.ts';
import { setStatusById } from './library.ts';
import { queryLibrary } from './query.ts';
import { found, money, pageInfo, raised } from './testing.ts';

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
      for (let offset = 0; offset < all.total; offset += 50) paged.push(...(await queryLibrary({ sort, offset, limit: 50 })).items);
      expect(all.total).toBe(799);
      expect(all.items.map((i) => i.id)).toEqual(paged.map((i) => i.id));
      expect(all.items.every((i) => i.page.title.startsWith('Story '))).toBe(true);
      expect(all.items.some((i) => i.id === first.id)).toBe(false);
    }
  });
});
