/**
 * Packs: the library's records again, grouped by id range into rows of up to
 * PACK records, for reading the library whole (an export).
 *
 * Why a second copy: Chromium keeps an IndexedDB value under 64 kB inline and
 * reads it at about 12 µs a row plus 35 ns a byte, so 10,000 records took 300
 * to 450 ms to read one by one. A larger value is stored as a blob and read
 * about five times faster: the same records in packs came back in 40 to 90 ms.
 *
 * Packs are derived, never the source of truth. Every transaction that writes
 * records hands what it wrote (or deleted) to `updatePacks`, inside the same
 * transaction, so a pack cannot be left behind by a crash. `readPacked` still
 * checks the packs against the records and returns null when they disagree,
 * and the caller then reads the records themselves.
 */
import type { LibraryDB } from './db.ts';
import type { AnnotationRecord } from './types.ts';

/** Records per pack: about 300 kB at a typical record's size, well past the 64 kB where values go out of line. */
export const PACK = 512;

export interface PackRecord {
  /** floor(record id / PACK) */
  n: number;
  /** The range's records in id order, without their search words (the index keeps those). */
  records: AnnotationRecord[];
}

const packNumber = (id: number) => Math.floor(id / PACK);
const inIdOrder = (records: AnnotationRecord[]) => records.sort((a, b) => a.id! - b.id!);

function packed(rec: AnnotationRecord): AnnotationRecord {
  const { words: _words, ...rest } = rec;
  return rest;
}

/** Pack rows for records that all carry their ids (a rebuild, or a benchmark filling raw IndexedDB). */
export function packRows(records: readonly AnnotationRecord[]): PackRecord[] {
  const byPack = new Map<number, AnnotationRecord[]>();
  for (const r of records) {
    if (r.id === undefined) throw new Error('A record without an id cannot be packed.');
    const n = packNumber(r.id);
    let list = byPack.get(n);
    if (!list) byPack.set(n, (list = []));
    list.push(packed(r));
  }
  return [...byPack].map(([n, list]) => ({ n, records: inIdOrder(list) }));
}

/**
 * Brings the packs in line with a write: `put` are the records as stored (with
 * their ids), `deleted` the ids removed. Call inside the writing transaction,
 * which must include the packs table.
 */
export async function updatePacks(db: LibraryDB, put: readonly AnnotationRecord[], deleted: readonly number[] = []): Promise<void> {
  const changes = new Map<number, Map<number, AnnotationRecord | null>>();
  const change = (id: number, rec: AnnotationRecord | null) => {
    const n = packNumber(id);
    let m = changes.get(n);
    if (!m) changes.set(n, (m = new Map()));
    m.set(id, rec);
  };
  for (const id of deleted) change(id, null);
  for (const r of put) {
    if (r.id === undefined) throw new Error('A stored record without an id cannot be packed.');
    change(r.id, packed(r));
  }
  if (!changes.size) return;
  const numbers = [...changes.keys()];
  const rows = await db.packs.bulkGet(numbers);
  const next: PackRecord[] = [];
  const empty: number[] = [];
  numbers.forEach((n, i) => {
    const byId = new Map((rows[i]?.records ?? []).map((r) => [r.id!, r]));
    for (const [id, rec] of changes.get(n)!) {
      if (rec) byId.set(id, rec);
      else byId.delete(id);
    }
    if (byId.size) next.push({ n, records: inIdOrder([...byId.values()]) });
    else empty.push(n);
  });
  if (next.length) await db.packs.bulkPut(next);
  if (empty.length) await db.packs.bulkDelete(empty);
}

/**
 * Stores records and packs them: how every write path puts records (inside a
 * transaction over annotations and packs). `add` refuses an existing uid.
 */
export async function storeRecords(db: LibraryDB, recs: AnnotationRecord[], how: 'put' | 'add' = 'put'): Promise<number[]> {
  // Every record gets a key (auto-increment), so none is undefined.
  const keys = (how === 'add'
    ? await db.annotations.bulkAdd(recs, { allKeys: true })
    : await db.annotations.bulkPut(recs, { allKeys: true })) as number[];
  await updatePacks(db, recs.map((r, i) => (r.id === keys[i] ? r : { ...r, id: keys[i] })));
  return keys;
}

/** Deletes records by id, and from their packs. */
export async function removeRecords(db: LibraryDB, ids: number[]): Promise<void> {
  await db.annotations.bulkDelete(ids);
  await updatePacks(db, [], ids);
}

/** Packs every record anew (the schema upgrade, and a repair after `readPacked` found them off). */
export async function rebuildPacks(
  annotations: { toArray(): PromiseLike<AnnotationRecord[]> },
  packs: { clear(): PromiseLike<unknown>; bulkPut(rows: PackRecord[]): PromiseLike<unknown> },
): Promise<void> {
  const records = await annotations.toArray();
  await packs.clear();
  await packs.bulkPut(packRows(records));
}

/**
 * Every record, from the packs, in id order; null when the packs do not add
 * up to the records (a count or the latest change differs), so the caller
 * reads the records instead. What the check cannot see: a build from before
 * the packs, opened on this database after a downgrade, editing a record
 * without changing the count, before a newer write raises the latest change
 * past it. No shipped path writes around the packs.
 */
export async function readPacked(db: LibraryDB): Promise<AnnotationRecord[] | null> {
  // One read transaction: a write landing between the three reads would otherwise look like stale packs.
  const [rows, count, lastUpdated] = await db.transaction('r', db.packs, db.annotations, () => Promise.all([
    db.packs.toArray(),
    db.annotations.count(),
    db.annotations.orderBy('updated').lastKey(),
  ]));
  const records = rows.length === 1 ? rows[0]!.records : rows.flatMap((p) => p.records);
  if (records.length !== count) return null;
  let latest: number | undefined;
  for (const r of records) if (latest === undefined || r.updated > latest) latest = r.updated;
  return latest === lastUpdated ? records : null;
}
