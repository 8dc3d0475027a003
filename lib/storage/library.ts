/**
 * The library's public surface for extension pages (popup, options): queries,
 * summaries and the reader's edits. Import from here, not from the modules behind it.
 */
import type { AnnotationStatus } from '../messaging/protocol.ts';
import { getDB } from './db.ts';
import { withWords } from './facts.ts';
import { removeRecords, storeRecords } from './packs.ts';
import type { AnnotationRecord } from './types.ts';

export type { LibraryItem, LibraryQuery } from './query.ts';
export { facetValues, queryLibrary } from './query.ts';
export type { CompanySummary, Deal } from './companies.ts';
export { summarizeCompanies } from './companies.ts';
export type { AnnotationRecord, PageRecord } from './types.ts';

async function edit(id: number, change: Partial<AnnotationRecord>): Promise<void> {
  const db = getDB();
  await db.transaction('rw', db.annotations, db.packs, async () => {
    const rec = await db.annotations.get(id);
    if (!rec) throw new Error(`No library entry with id ${id} (it may have been deleted).`);
    await storeRecords(db, [withWords({ ...rec, ...change, updated: Date.now() })]);
  });
}

/**
 * Opens the database ahead of the first query: opening IndexedDB takes tens
 * of milliseconds, which the popup can spend while the reader is still on its
 * first tab. A failure is left for that query to report (Dexie opens again).
 */
export function warmLibrary(): void {
  getDB().open().catch(() => undefined);
}

export function setNote(id: number, note: string): Promise<void> {
  return edit(id, { note });
}

export function setStatusById(id: number, status: AnnotationStatus): Promise<void> {
  return edit(id, { status });
}

/** Deletes and hands back the deleted records, so the popup can offer Undo. */
export async function deleteAnnotations(ids: number[]): Promise<AnnotationRecord[]> {
  const db = getDB();
  return db.transaction('rw', db.annotations, db.packs, async () => {
    const recs = (await db.annotations.bulkGet(ids)).filter((r): r is AnnotationRecord => !!r);
    await removeRecords(db, recs.map((r) => r.id!));
    return recs;
  });
}

/**
 * Puts deleted records back under their old ids. If the page was revisited since and
 * the fact re-recorded, the restored record (with the reader's note) replaces it.
 */
export async function restoreAnnotations(records: AnnotationRecord[]): Promise<void> {
  const db = getDB();
  await db.transaction('rw', db.annotations, db.packs, async () => {
    const clashes = await db.annotations.where('uid').anyOf(records.map((r) => r.uid)).primaryKeys();
    await removeRecords(db, clashes as number[]);
    await storeRecords(db, records.map(withWords));
  });
}
