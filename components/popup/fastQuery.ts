/**
 * The library's opening view (no filter, newest or oldest first) read straight
 * off the `updated` index: it stops after one page instead of ordering every key,
 * which keeps the popup's first render fast with tens of thousands of facts.
 * Anything else goes to queryLibrary; fastQuery.test.ts holds the two to the
 * same answers.
 *
 * TODO(storage owner): this belongs in lib/storage/query.ts as a fast path of
 * queryLibrary; it reaches past library.ts's surface only for that reason.
 */
import { getDB } from '@/lib/storage/db';
import { attachPages } from '@/lib/storage/query';
import type { LibraryItem, LibraryQuery } from './types';

const FILTERS = ['search', 'type', 'currency', 'language', 'site', 'from', 'to'] as const;

/** Pages this large (exports) read faster through queryLibrary's one-pass table read than through a cursor. */
const FAST_LIMIT = 1000;

export function canQueryFast(q: LibraryQuery): boolean {
  return FILTERS.every((k) => q[k] === undefined || q[k] === '') && (q.sort ?? 'newest') in { newest: 1, oldest: 1 }
    && (q.limit ?? Infinity) <= FAST_LIMIT;
}

export async function fastQuery(q: LibraryQuery): Promise<{ items: LibraryItem[]; total: number }> {
  const db = getDB();
  const status = q.status ?? 'kept';
  const statuses: string[] = status === 'kept' ? ['auto', 'saved'] : [status];
  return db.transaction('r', db.pages, db.annotations, async () => {
    // One native index count per status: Dexie walks a cursor to count an anyOf().
    const counts = await Promise.all(statuses.map((s) => db.annotations.where('status').equals(s).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let coll = db.annotations.orderBy('updated');
    if ((q.sort ?? 'newest') === 'newest') coll = coll.reverse();
    const recs = await coll
      .filter((r) => statuses.includes(r.status))
      .offset(Math.max(0, q.offset ?? 0))
      .limit(q.limit === undefined ? Infinity : Math.max(0, q.limit))
      .toArray();
    return { items: await attachPages(recs), total };
  });
}
