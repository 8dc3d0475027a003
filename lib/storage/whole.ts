/**
 * The library read whole: for a query that wants (nearly) everything with no
 * search or page filter, as an export does. One read of each table and a sort
 * here cost far less than reading an index's keys and then the records: in
 * Chromium, listing the `updated` index of 10k records took about half as long
 * as reading the records themselves, and the count another tenth.
 */
import { getDB, type LibraryDB } from './db.ts';
import { readPacked, rebuildPacks } from './packs.ts';
import type { LibraryItem, LibraryQuery } from './query.ts';
import type { AnnotationRecord, PageRecord } from './types.ts';

/** Below this many wanted records the index path, which reads only what it returns, is cheaper. */
const WHOLE_FROM = 2000;

export function wantsWhole(q: LibraryQuery): boolean {
  const sort = q.sort ?? 'newest';
  return !q.search && !q.site && !q.language && !q.offset && (q.limit ?? Infinity) >= WHOLE_FROM &&
    (sort === 'newest' || sort === 'oldest');
}

/** The page record, or a stand-in built from the annotation when its page is gone. */
export function pageOf(r: AnnotationRecord, byId: Map<number, PageRecord>): PageRecord {
  return byId.get(r.pageId) ?? { url: r.url, title: '', language: '', site: '', firstSeen: r.created, lastSeen: r.updated };
}

/** Whether a record's status answers the query's (`kept`, the default, is all but the dismissed). */
export function statusMatches(q: LibraryQuery, status: AnnotationRecord['status']): boolean {
  const want = q.status ?? 'kept';
  return want === 'kept' ? status !== 'dismissed' : status === want;
}

/** Gives each record its page (the index and opening paths; readWhole reads every page at once instead). */
export async function attachPages(recs: AnnotationRecord[]): Promise<LibraryItem[]> {
  const ids = [...new Set(recs.map((r) => r.pageId))];
  const pages = await getDB().pages.bulkGet(ids);
  const byId = new Map<number, PageRecord>();
  pages.forEach((p, i) => p && byId.set(ids[i]!, p));
  // The records are fresh copies out of IndexedDB: giving each its page in place
  // spares an object copy per record, which a 10k export felt.
  return recs.map((r) => Object.assign(r, { page: pageOf(r, byId) }));
}

let repairing: Promise<void> | undefined;

/** Every record: from the packs, or from the records themselves (and the packs repaired) when those disagree. */
async function allRecords(db: LibraryDB): Promise<AnnotationRecord[]> {
  const packed = await readPacked(db);
  if (packed) return packed;
  const recs = await db.annotations.toArray();
  // The repair runs after this read, in its own transaction, once at a time (an export and the Companies tab may
  // both find the packs off); a failed one leaves the next read on this path.
  repairing ??= db.transaction('rw', db.annotations, db.packs, () => rebuildPacks(db.annotations, db.packs))
    .catch(() => undefined)
    .finally(() => (repairing = undefined));
  return recs;
}

/** The same records, in the same order, as the index path gives for a `wantsWhole` query. */
export async function readWhole(q: LibraryQuery): Promise<{ items: LibraryItem[]; total: number }> {
  const db = getDB();
  const [recs, pages] = await Promise.all([allRecords(db), db.pages.toArray()]);
  const kept = recs.filter((r) => statusMatches(q, r.status) &&
    (!q.type || r.type === q.type) && (!q.currency || r.currency === q.currency) &&
    (q.from === undefined || r.updated >= q.from) && (q.to === undefined || r.updated <= q.to));
  // The index orders by `updated`, then by primary key; "newest" reads it backwards.
  const dir = q.sort === 'oldest' ? 1 : -1;
  kept.sort((a, b) => dir * (a.updated - b.updated || a.id! - b.id!));
  const byId = new Map<number, PageRecord>();
  for (const p of pages) if (p.id !== undefined) byId.set(p.id, p);
  const limit = q.limit ?? Infinity;
  const items = (kept.length > limit ? kept.slice(0, limit) : kept).map((r) => Object.assign(r, { page: pageOf(r, byId) }));
  return { items, total: kept.length };
}
