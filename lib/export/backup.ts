/**
 * JSON backup and restore. The file is dexie-export-import's format; restore reads
 * it itself because it must MERGE (by page url and fact uid, ids differ between
 * installs) and must refuse a bad file before touching the library.
 */
import { exportDB } from 'dexie-export-import';
import type { Result } from '../messaging/protocol.ts';
import { DB_NAME, getDB } from '../storage/db.ts';
import { withWords } from '../storage/facts.ts';
import { storeRecords } from '../storage/packs.ts';
import type { AnnotationRecord } from '../storage/types.ts';
import { parseBackup } from './validate.ts';

export function backup(): Promise<Blob> {
  // Packs are the records again (storage/packs.ts); restore rebuilds them.
  return exportDB(getDB(), { prettyJson: false, skipTables: ['packs'] });
}

/** Suggested file name for a backup taken at `now`. */
export function backupFileName(now = new Date()): string {
  return `dealmark-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Merges a backup into the library. Counts are of library entries (facts). */
export async function restore(input: Blob | string): Promise<Result<{ added: number; skipped: number }>> {
  let contents;
  try {
    contents = parseBackup(typeof input === 'string' ? input : await input.text(), DB_NAME);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const db = getDB();
  try {
    return {
      ok: true,
      value: await db.transaction('rw', db.pages, db.annotations, db.packs, async () => {
        const existingPages = await db.pages.where('url').anyOf(contents.pages.map((p) => p.url)).toArray();
        const byUrl = new Map(existingPages.map((p) => [p.url, p]));
        const newId = new Map<number, number>();
        for (const page of contents.pages) {
          const { id: fileId, ...row } = page;
          const have = byUrl.get(page.url);
          if (have?.id !== undefined) {
            await db.pages.update(have.id, {
              firstSeen: Math.min(have.firstSeen, row.firstSeen),
              lastSeen: Math.max(have.lastSeen, row.lastSeen),
            });
            newId.set(fileId!, have.id);
          } else {
            newId.set(fileId!, (await db.pages.add(row)) as number);
          }
        }
        // Stored uids of the backup's pages, read per page url (range reads, not an anyOf cursor).
        const urls = [...new Set(contents.annotations.map((a) => a.url))];
        const stored = await Promise.all(urls.map((u) => db.annotations.where('url').equals(u).toArray()));
        const present = new Set(stored.flat().map((a) => a.uid));
        const fresh = new Map<string, AnnotationRecord>();
        for (const a of contents.annotations) {
          if (present.has(a.uid)) continue;
          fresh.set(a.uid, withWords({ ...a, pageId: newId.get(a.pageId)! }));
        }
        await storeRecords(db, [...fresh.values()], 'add');
        return { added: fresh.size, skipped: contents.annotations.length - fresh.size };
      }),
    };
  } catch (error) {
    return { ok: false, error: `Restore failed and changed nothing: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** "Delete everything": every table in one transaction, so it never half-happens. */
export async function wipeAll(): Promise<void> {
  const db = getDB();
  await db.transaction('rw', db.pages, db.annotations, db.packs, async () => {
    await db.annotations.clear();
    await db.packs.clear();
    await db.pages.clear();
  });
}
