/**
 * The library database. One Dexie instance per context (background, popup, options);
 * the content script never opens it, since there IndexedDB would be the web page's.
 *
 * Schema history (never edit a shipped version, add one):
 *  v1  pages{url, title, lang, firstSeen, lastSeen}; annotations without
 *      currencyInferred, qualifier, companyKind, counterparty, round.
 *  v2  pages gain `site` (indexed) and rename `lang` → `language`; annotations gain
 *      the fields above plus `words`, a multi-entry index that makes search an index lookup.
 *  v3  `packs`: the records again in rows of up to 512 by id range, read whole
 *      by an export (packs.ts says why); built from the records on upgrade.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { AnnotationRecord, PageRecord } from './types.ts';
import { migrateAnnotationV1, migratePageV1 } from './migrate.ts';
import { rebuildPacks, type PackRecord } from './packs.ts';

export const DB_NAME = 'dealmark';

export const SCHEMA_V1 = {
  pages: '++id, &url, lastSeen',
  annotations: '++id, &uid, pageId, type, currency, company, status, updated',
} as const;

export const SCHEMA_V2 = {
  pages: '++id, &url, site, language, lastSeen',
  annotations: '++id, &uid, pageId, url, type, currency, company, status, updated, value, *words',
} as const;

export const SCHEMA_V3 = { ...SCHEMA_V2, packs: 'n' } as const;

export type LibraryDB = Dexie & {
  pages: EntityTable<PageRecord, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  packs: EntityTable<PackRecord, 'n'>;
};

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('pages')
    .toCollection()
    .modify((page: Record<string, unknown>) => {
      const next = migratePageV1(page);
      for (const key of Object.keys(page)) delete page[key];
      Object.assign(page, next);
    });
  await tx
    .table('annotations')
    .toCollection()
    .modify((rec: Record<string, unknown>) => {
      Object.assign(rec, migrateAnnotationV1(rec));
    });
}

export function openLibraryDB(name = DB_NAME): LibraryDB {
  const db = new Dexie(name) as LibraryDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade((tx) => rebuildPacks(tx.table('annotations'), tx.table('packs')));
  return db;
}

let shared: LibraryDB | null = null;

/** The context's database, opened lazily so importing this module costs nothing. */
export function getDB(): LibraryDB {
  shared ??= openLibraryDB();
  return shared;
}

/** Tests delete the database between cases; this drops the cached handle with it. */
export async function resetDBForTests(): Promise<void> {
  if (shared) shared.close();
  shared = null;
  await Dexie.delete(DB_NAME);
}
