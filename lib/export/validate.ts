/**
 * Full validation of a backup before anything is written: a corrupt, truncated or
 * foreign file must be refused with a message the reader understands.
 */
import { migrateAnnotationV1, migratePageV1 } from '../storage/migrate.ts';
import type { AnnotationRecord, PageRecord } from '../storage/types.ts';

export interface BackupContents {
  pages: PageRecord[];
  annotations: AnnotationRecord[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const orNull = (test: (v: unknown) => boolean) => (v: unknown) => v === null || test(v);
const oneOf = (...values: string[]) => (v: unknown) => isStr(v) && values.includes(v);

const PAGE_FIELDS: Record<string, (v: unknown) => boolean> = {
  id: isNum,
  url: (v) => isStr(v) && v !== '',
  title: isStr,
  language: isStr,
  site: isStr,
  firstSeen: isNum,
  lastSeen: isNum,
};

const ANNOTATION_FIELDS: Record<string, (v: unknown) => boolean> = {
  uid: (v) => isStr(v) && v !== '',
  pageId: isNum,
  url: (v) => isStr(v) && v !== '',
  type: oneOf('money', 'percent', 'company'),
  text: isStr,
  value: orNull(isNum),
  currency: orNull(isStr),
  currencyInferred: (v) => typeof v === 'boolean',
  qualifier: orNull(oneOf('approx', 'over', 'under', 'up-to', 'at-least')),
  company: orNull(isStr),
  companyKind: orNull(oneOf('company', 'investor', 'media')),
  role: orNull(oneOf('raised', 'invested', 'valuation', 'debt', 'revenue', 'spending', 'acquisition', 'other')),
  counterparty: orNull(isStr),
  round: orNull(isStr),
  selector: (v) => isObj(v) && isStr(v.exact) && isStr(v.prefix) && isStr(v.suffix) && isNum(v.start) && isNum(v.end),
  context: isStr,
  note: isStr,
  status: oneOf('auto', 'saved', 'dismissed'),
  created: isNum,
  updated: isNum,
};

function check(row: Obj, fields: Record<string, (v: unknown) => boolean>, what: string, i: number): void {
  for (const [name, ok] of Object.entries(fields)) {
    if (!ok(row[name])) throw new Error(`Backup ${what} #${i + 1} has an invalid "${name}" field; the file is damaged.`);
  }
}

function pick<T>(row: Obj, fields: Record<string, unknown>): T {
  const out: Obj = {};
  for (const name of Object.keys(fields)) out[name] = row[name];
  return out as T;
}

function rowsOf(data: Obj[], table: string): Obj[] {
  const entry = data.find((d) => d.tableName === table);
  if (!entry || !Array.isArray(entry.rows)) throw new Error(`The backup has no "${table}" table; the file is incomplete.`);
  return entry.rows.map((r, i) => {
    if (!isObj(r)) throw new Error(`Backup ${table} row #${i + 1} is not a record; the file is damaged.`);
    return r;
  });
}

/** Parses and checks a backup's text; throws an Error whose message is meant for the reader. */
export function parseBackup(text: string, expectedDb: string): BackupContents {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new Error('This file is not a readable backup (invalid or truncated JSON).');
  }
  if (!isObj(json) || json.formatName !== 'dexie' || !isObj(json.data)) {
    throw new Error('This file is not a Dealmark backup.');
  }
  if (json.formatVersion !== 1) throw new Error(`Unsupported backup format version ${String(json.formatVersion)}.`);
  const meta = json.data;
  if (meta.databaseName !== expectedDb) {
    throw new Error(`This backup belongs to another database ("${String(meta.databaseName)}"), not Dealmark's library.`);
  }
  if (!Array.isArray(meta.data) || !meta.data.every(isObj)) throw new Error('The backup has no data section; the file is damaged.');
  const legacy = isNum(meta.databaseVersion) && meta.databaseVersion < 2;
  const pageRows = rowsOf(meta.data, 'pages');
  const annRows = rowsOf(meta.data, 'annotations');

  const pages = pageRows.map((raw, i) => {
    const row = legacy ? (migratePageV1(raw) as unknown as Obj) : raw;
    check(row, PAGE_FIELDS, 'page', i);
    return pick<PageRecord>(row, PAGE_FIELDS);
  });
  const pageIds = new Map(pages.map((p) => [p.id!, p]));
  if (pageIds.size !== pages.length) throw new Error('The backup lists a page twice; the file is damaged.');

  const annotations = annRows.map((raw, i) => {
    const row = legacy ? { ...raw, ...migrateAnnotationV1(raw) } : raw;
    check(row, ANNOTATION_FIELDS, 'entry', i);
    const page = pageIds.get(row.pageId as number);
    if (!page || page.url !== row.url || !(row.uid as string).startsWith(`${page.url}\u0000`)) {
      throw new Error(`Backup entry #${i + 1} does not match its page; the file is damaged.`);
    }
    return pick<AnnotationRecord>(row, ANNOTATION_FIELDS);
  });
  return { pages, annotations };
}
