import { beforeEach, describe, expect, it } from 'vitest';
import { readOpening, wantsOpening } from './opening.ts';
import { queryByIndexes, queryLibrary, type LibraryQuery } from './query.ts';
import { page, record, seed } from './testing.ts';

const statuses = ['auto', 'saved', 'dismissed'] as const;

describe('the opening view read (opening.ts)', () => {
  beforeEach(async () => {
    const urls = ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'];
    await seed(
      urls.map((u) => page(u)),
      Array.from({ length: 120 }, (_, i) =>
        // Repeated `updated` values check that ties come out in queryLibrary's order too.
        record({ url: urls[i % 3]!, type: 'money', text: `$${i}M`, value: i * 1e6, currency: 'USD', status: statuses[i % 3]!, updated: 1000 + Math.floor(i / 4) }),
      ),
    );
  });

  const cases: LibraryQuery[] = [
    { sort: 'newest', offset: 0, limit: 50 },
    { sort: 'newest', offset: 50, limit: 50 },
    { sort: 'oldest', offset: 10, limit: 7 },
    { status: 'dismissed', offset: 0, limit: 50 },
    { status: 'saved', sort: 'oldest' },
    {},
  ];
  for (const q of cases) {
    it(`answers ${JSON.stringify(q)} exactly like queryLibrary`, async () => {
      // Unbounded reads (exports) go to the table read (whole.ts); the opening read must still agree.
      expect(wantsOpening(q)).toBe(q.limit !== undefined);
      const [fast, slow] = await Promise.all([readOpening(q), queryByIndexes(q)]);
      expect((await queryLibrary(q)).items.map((r) => r.id)).toEqual(slow.items.map((r) => r.id));
      expect(fast.total).toBe(slow.total);
      expect(fast.items.map((r) => r.id)).toEqual(slow.items.map((r) => r.id));
      expect(fast.items[0]?.page.url).toBe(slow.items[0]?.page.url);
    });
  }

  it('leaves filtered, value-sorted and export-sized queries to the other paths', () => {
    expect(wantsOpening({ search: 'x' })).toBe(false);
    expect(wantsOpening({ type: 'money' })).toBe(false);
    expect(wantsOpening({ from: 0 })).toBe(false);
    expect(wantsOpening({ sort: 'value-desc' })).toBe(false);
    expect(wantsOpening({ search: '', limit: 50 })).toBe(true);
    expect(wantsOpening({ limit: 10_000 })).toBe(false);
  });
});
