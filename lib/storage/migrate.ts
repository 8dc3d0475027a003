/**
 * Shape migrations, shared by the Dexie upgrade and by restore (an old backup is
 * migrated the same way an old database is).
 */
import type { AnnotationRecord, PageRecord } from './types.ts';
import { wordsOf } from './search.ts';

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** v1 page {url, title, lang, firstSeen, lastSeen} → current shape; current pages pass through. */
export function migratePageV1(page: Record<string, unknown>): PageRecord {
  const url = String(page.url ?? '');
  const next: PageRecord = {
    url,
    title: String(page.title ?? ''),
    language: String(page.language ?? page.lang ?? ''),
    site: typeof page.site === 'string' && page.site ? page.site : siteOf(url),
    firstSeen: Number(page.firstSeen ?? 0),
    lastSeen: Number(page.lastSeen ?? page.firstSeen ?? 0),
  };
  if (typeof page.id === 'number') next.id = page.id;
  return next;
}

/** The fields v2 added, with the values a v1 record implies. */
export function migrateAnnotationV1(rec: Record<string, unknown>): Partial<AnnotationRecord> {
  const r = rec as Partial<AnnotationRecord>;
  return {
    currencyInferred: r.currencyInferred ?? false,
    qualifier: r.qualifier ?? null,
    // v1 only stored gazetteer companies, all of kind 'company'; a figure has no kind.
    companyKind: r.companyKind ?? (r.type === 'company' ? 'company' : null),
    counterparty: r.counterparty ?? null,
    round: r.round ?? null,
    words: wordsOf(r.text, r.company, r.note),
  };
}
