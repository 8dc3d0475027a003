import { beforeEach, describe, expect, it } from 'vitest';
import { queryLibrary } from '@/lib/storage/library';
import { page, record, seed } from '../testing/library';
import { canQueryFast, fastQuery } from './fastQuery';
import type { LibraryQuery } from './types';

const statuses = ['auto', 'saved', 'dismissed'] as const;

describe('fastQuery', () => {
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
      // Unbounded reads (exports) go to queryLibrary's table read; fastQuery must still agree.
      expect(canQueryFast(q)).toBe(q.limit !== undefined);
      const [fast, slow] = await Promise.all([fastQuery(q), queryLibrary(q)]);
      expect(fast.total).toBe(slow.total);
      expect(fast.items.map((r) => r.id)).toEqual(slow.items.map((r) => r.id));
      expect(fast.items[0]?.page.url).toBe(slow.items[0]?.page.url);
    });
  }

  it('leaves filtered and value-sorted queries to queryLibrary', () => {
    expect(canQueryFast({ search: 'x' })).toBe(false);
    expect(canQueryFast({ type: 'money' })).toBe(false);
    expect(canQueryFast({ from: 0 })).toBe(false);
    expect(canQueryFast({ sort: 'value-desc' })).toBe(false);
    expect(canQueryFast({ search: '', limit: 50 })).toBe(true);
    expect(canQueryFast({ limit: 10_000 })).toBe(false);
  });
});
