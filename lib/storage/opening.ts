/**
 * The library's opening view (no filter, newest or oldest first, one page)
 * read straight off the `updated` index: it stops after one page instead of
 * ordering every key, which keeps the popup's first render fast with tens of
 * thousands of facts. opening.test.ts holds it to the index path's answers.
 */
import { getDB } from './db.ts';
import type { LibraryItem, LibraryQuery } from './query.ts';
import { attachPages, statusMatches } from './whole.ts';

const FILTERS = ['search', 'type', 'currency', 'language', 'site', 'from', 'to'] as const;

/** Pages this large (exports) read faster through the one-pass table read (whole.ts) than through a cursor. */
const OPENING_LIMIT = 1000;

export function wantsOpening(q: LibraryQuery): boolean {
  return FILTERS.every((k) => q[k] === undefined || q[k] === '') && (q.sort ?? 'newest') in { newest: 1, oldest: 1 }
    && (q.limit ?? Infinity) <= OPENING_LIMIT;
}

/** Call inside a read transaction on pages and annotations. */
export async function readOpening(q: LibraryQuery): Promise<{ items: LibraryItem[]; total: number }> {
  const db = getDB();
  const status = q.status ?? 'kept';
  // Chromium counts an index range by walking it: 45-150 ms for 9,000 'auto' facts, against 10 ms for
  // the whole table. 'kept' is most of the library, so it is the table less the few dismissed.
  const count = (s: string) => db.annotations.where('status').equals(s).count();
  const total = status === 'kept' ? (await db.annotations.count()) - (await count('dismissed')) : await count(status);
  let coll = db.annotations.orderBy('updated');
  if ((q.sort ?? 'newest') === 'newest') coll = coll.reverse();
  const recs = await coll
    .filter((r) => statusMatches(q, r.status))
    .offset(Math.max(0, q.offset ?? 0))
    .limit(q.limit === undefined ? Infinity : Math.max(0, q.limit))
    .toArray();
  return { items: await attachPages(recs), total };
}
