/**
 * What the content script's messages do to the library. Every write runs in one
 * read-write transaction over both tables, so concurrent tabs serialize and a
 * failure (quota, constraint) rolls back the whole report.
 */
import type { AnnotationStatus, FoundFact, KnownFact, PageInfo, Result } from '../messaging/protocol.ts';
import { fail, ok } from '../messaging/protocol.ts';
import { getDB, type LibraryDB } from './db.ts';
import { siteOf } from './migrate.ts';
import { storeRecords } from './packs.ts';
import { wordsOf } from './search.ts';
import type { AnnotationRecord, PageRecord } from './types.ts';

export function uidOf(url: string, key: string): string {
  return `${url}\u0000${key}`;
}

export function withWords<T extends AnnotationRecord>(rec: T): T {
  return { ...rec, words: wordsOf(rec.text, rec.company, rec.note) };
}

/** A fresh record for a reported fact; the caller merges it with any stored one. */
export function recordFromFound(
  pageId: number,
  url: string,
  found: FoundFact,
  status: AnnotationStatus,
  now: number,
): AnnotationRecord {
  const e = found.entity;
  const fact = found.fact;
  const isCompany = e.type === 'company';
  // A company entity takes the fact's role only when it is the fact's subject.
  const owns = !!fact && (!isCompany || fact.company === e.canonical);
  return withWords({
    uid: uidOf(url, found.key),
    pageId,
    url,
    type: e.type,
    text: e.text,
    value: isCompany ? null : e.value,
    currency: e.type === 'money' ? e.currency : null,
    currencyInferred: e.type === 'money' ? (e.currencyInferred ?? false) : false,
    qualifier: isCompany ? null : (e.qualifier ?? null),
    company: isCompany ? e.canonical : (fact?.company ?? null),
    companyKind: isCompany ? e.kind : null,
    role: owns ? fact.role : null,
    counterparty: owns ? fact.counterparty : null,
    round: owns ? fact.round : null,
    selector: found.selector,
    context: found.context,
    note: '',
    status,
    created: now,
    updated: now,
  });
}

/** Upserts the page row; returns its id. Must run inside a transaction on `pages`. */
async function upsertPage(db: LibraryDB, page: PageInfo, now: number): Promise<number> {
  const existing = await db.pages.where('url').equals(page.url).first();
  const row: PageRecord = {
    url: page.url,
    title: page.title || existing?.title || '',
    language: page.lang || existing?.language || '',
    site: page.site || existing?.site || siteOf(page.url),
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: now,
  };
  if (existing?.id !== undefined) {
    await db.pages.update(existing.id, row);
    return existing.id;
  }
  return db.pages.add(row) as Promise<number>;
}

function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The library is full (browser storage quota exceeded); nothing from this page was saved. Delete or export old facts to make room.';
  }
  return `Could not save to the library: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Records a page's facts. Revisits update in place: the reader's note and status
 * survive, dismissed stays dismissed. With auto-save off only the page's lastSeen
 * moves (for pages already known) and nothing new is stored.
 */
export async function reportPage(
  page: PageInfo,
  facts: FoundFact[],
  autoSave: boolean,
  now = Date.now(),
): Promise<Result<{ stored: number }>> {
  const db = getDB();
  try {
    const stored = await db.transaction('rw', db.pages, db.annotations, db.packs, async () => {
      if (!autoSave) {
        await db.pages.where('url').equals(page.url).modify({ lastSeen: now });
        return 0;
      }
      const pageId = await upsertPage(db, page, now);
      // The same key twice in one report would be one fact; the last wins.
      const fresh = new Map<string, AnnotationRecord>();
      for (const f of facts) {
        const rec = recordFromFound(pageId, page.url, f, 'auto', now);
        fresh.set(rec.uid, rec);
      }
      // Every uid starts with the page url, so the page's stored facts are one range read
      // (an `anyOf` over a thousand uids walks a cursor instead).
      const old = await db.annotations.where('url').equals(page.url).toArray();
      for (const prev of old) {
        const next = fresh.get(prev.uid);
        if (!next) continue;
        fresh.set(prev.uid, withWords({
          ...next,
          id: prev.id,
          note: prev.note,
          status: prev.status,
          created: prev.created,
          // A revisit is not an edit: the library's order stays the reader's.
          updated: prev.updated,
        }));
      }
      await storeRecords(db, [...fresh.values()]);
      return fresh.size;
    });
    return ok({ stored });
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/** Applies a reader's change to one fact, creating it (and its page) if absent. */
async function changeFact(
  page: PageInfo,
  fact: FoundFact,
  change: Partial<Pick<AnnotationRecord, 'status' | 'note'>>,
  now: number,
): Promise<Result<void>> {
  const db = getDB();
  try {
    await db.transaction('rw', db.pages, db.annotations, db.packs, async () => {
      const pageId = await upsertPage(db, page, now);
      const uid = uidOf(page.url, fact.key);
      const prev = await db.annotations.where('uid').equals(uid).first();
      // A fact the reader touches is one they want kept, even with auto-save off.
      const base = prev ?? recordFromFound(pageId, page.url, fact, 'saved', now);
      await storeRecords(db, [withWords({ ...base, ...change, updated: now })]);
    });
    return ok(undefined);
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

export function setFactStatus(page: PageInfo, fact: FoundFact, status: AnnotationStatus, now = Date.now()) {
  return changeFact(page, fact, { status }, now);
}

export function setFactNote(page: PageInfo, fact: FoundFact, note: string, now = Date.now()) {
  return changeFact(page, fact, { note }, now);
}

/** Facts the page should know about: saved or noted (to re-anchor) and dismissed (to skip). */
export async function knownFacts(url: string): Promise<Result<KnownFact[]>> {
  try {
    const rows = await getDB().annotations.where('url').equals(url).toArray();
    return ok(
      rows
        .filter((r) => r.status !== 'auto' || r.note !== '')
        .map((r) => ({
          key: r.uid.slice(url.length + 1),
          status: r.status,
          note: r.note,
          selector: r.selector,
          type: r.type,
        })),
    );
  } catch (error) {
    return fail(error);
  }
}
