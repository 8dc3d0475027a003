/** Test support: a library in fake IndexedDB, filled through the storage module's own tables. */
import { getDB, resetDBForTests } from '@/lib/storage/db';
import { withWords } from '@/lib/storage/facts';
import type { AnnotationRecord, PageRecord } from '@/lib/storage/types';

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
  await db.annotations.bulkAdd(records.map((r) => withWords({ ...r, pageId: ids.get(r.url) ?? 0 })));
}
