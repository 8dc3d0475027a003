/**
 * Builders for storage, export and popup tests (not shipped code paths), and a
 * library in fake IndexedDB filled through the storage module's own tables.
 */
import type { Entity, Fact } from '../detect/types.ts';
import type { FoundFact, PageInfo } from '../messaging/protocol.ts';
import { getDB, resetDBForTests } from './db.ts';
import { withWords } from './facts.ts';
import { storeRecords } from './packs.ts';
import type { AnnotationRecord, PageRecord } from './types.ts';

export function pageInfo(url: string, over: Partial<PageInfo> = {}): PageInfo {
  return { url, title: `Title of ${url}`, lang: 'en', site: new URL(url).hostname, ...over };
}

export function money(text: string, value: number, currency = 'USD', start = 0): Entity {
  return { type: 'money', text, value, currency, start, end: start + text.length };
}

export function company(text: string, canonical = text, start = 0): Entity {
  return { type: 'company', text, canonical, kind: 'company', source: 'gazetteer', start, end: start + text.length };
}

export function raised(companyName: string, value: number, currency = 'USD', over: Partial<Fact> = {}): Fact {
  return { company: companyName, role: 'raised', value, currency, counterparty: null, round: null, start: 0, end: 10, moneyStart: 0, moneyEnd: 5, ...over };
}

export function found(key: string, entity: Entity, fact?: Fact, context = `Sentence with ${entity.text}.`): FoundFact {
  return {
    key,
    entity,
    selector: { exact: entity.text, prefix: 'before ', suffix: ' after', start: entity.start, end: entity.end },
    context,
    ...(fact ? { fact } : {}),
  };
}

let seq = 0;

export function page(url: string, extra: Partial<PageRecord> = {}): PageRecord {
  return { url, title: `Story at ${url}`, language: 'en', site: new URL(url).hostname, firstSeen: 1_700_000_000_000, lastSeen: 1_700_000_000_000, ...extra };
}

export function record(extra: Partial<AnnotationRecord> & Pick<AnnotationRecord, 'text' | 'type'>): AnnotationRecord {
  const n = ++seq;
  const url = extra.url ?? 'https://news.example/a';
  const exact = extra.text;
  return {
    uid: `${url}\u0000k${n}`,
    pageId: 0,
    url,
    value: null,
    currency: null,
    currencyInferred: false,
    qualifier: null,
    company: null,
    companyKind: null,
    role: null,
    counterparty: null,
    round: null,
    selector: { exact, prefix: 'the company said it ', suffix: ' in a new round led by', start: 0, end: exact.length },
    context: `The company said it ${exact} in a new round.`,
    note: '',
    status: 'auto',
    created: 1_700_000_000_000 + n,
    updated: 1_700_000_000_000 + n,
    ...extra,
  };
}

/** Empties the library and stores these pages and records (records point at pages by url). */
export async function seed(pages: PageRecord[], records: AnnotationRecord[]): Promise<void> {
  await resetDBForTests();
  const db = getDB();
  const ids = new Map<string, number>();
  for (const p of pages) ids.set(p.url, (await db.pages.add(p)) as number);
  await db.transaction('rw', db.annotations, db.packs, () =>
    storeRecords(db, records.map((r) => withWords({ ...r, pageId: ids.get(r.url) ?? 0 })), 'add'));
}
