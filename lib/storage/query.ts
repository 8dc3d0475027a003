/**
 * The popup's library query. Filtering works on primary keys drawn from indexes
 * (keys only, no record reads); only the requested page of records is fetched,
 * so the first page stays cheap however large the library grows.
 */
import type { EntityType } from '../detect/types.ts';
import type { AnnotationStatus } from '../messaging/protocol.ts';
import { getDB } from './db.ts';
import { CJK, haystackOf, planSearch } from './search.ts';
import type { AnnotationRecord, PageRecord } from './types.ts';
import { readOpening, wantsOpening } from './opening.ts';
import { attachPages, readWhole, wantsWhole } from './whole.ts';

export interface LibraryQuery {
  search?: string;
  type?: EntityType;
  currency?: string;
  language?: string;
  site?: string;
  /** Bounds on `updated` (ms since epoch), inclusive. */
  from?: number;
  to?: number;
  /** 'kept' (saved + auto, not dismissed) is the default. */
  status?: AnnotationStatus | 'kept';
  sort?: 'newest' | 'oldest' | 'value-desc' | 'value-asc' | 'company';
  offset?: number;
  limit?: number;
}

export interface LibraryItem extends AnnotationRecord {
  page: PageRecord;
}

type Key = number;

/** The filter's outcome: membership, count, and (on demand) the keys themselves. */
interface Match {
  has(k: Key): boolean;
  size: number;
  list(): Promise<Key[]>;
}

function intersect(sets: Set<Key>[]): Set<Key> {
  if (sets.length === 0) return new Set();
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets as [Set<Key>, ...Set<Key>[]];
  const out = new Set<Key>();
  for (const k of smallest) if (rest.every((s) => s.has(k))) out.add(k);
  return out;
}

/**
 * One plain key-range lookup per value, not `anyOf`: a range read is a single
 * getAllKeys, while `anyOf` walks a cursor, which on indexes with many equal keys
 * is far slower (quadratic in fake-indexeddb).
 */
async function keysEqual(index: 'status' | 'type' | 'currency' | 'pageId', values: (string | number)[]): Promise<Key[]> {
  const t = getDB().annotations;
  const parts = await Promise.all(values.map((v) => t.where(index).equals(v).primaryKeys() as Promise<Key[]>));
  return parts.length === 1 ? parts[0]! : parts.flat();
}

/** Primary keys of every annotation matching the query's filters, in no order. */
async function matchingKeys(q: LibraryQuery): Promise<Match> {
  const db = getDB();
  const t = db.annotations;
  const lookups: Promise<Key[]>[] = [];
  const status = q.status ?? 'kept';
  // 'kept' is most of the library: subtracting the few dismissed keys is cheaper than listing the rest.
  const excluded = status === 'kept' ? keysEqual('status', ['dismissed']) : Promise.resolve([]);
  if (status !== 'kept') lookups.push(keysEqual('status', [status]));
  // Only money has a currency, so with a currency filter the type lookup adds nothing for 'money'.
  if (q.type && !(q.currency && q.type === 'money')) lookups.push(keysEqual('type', [q.type]));
  if (q.currency) lookups.push(keysEqual('currency', [q.currency]));
  if (q.from !== undefined || q.to !== undefined) {
    lookups.push(t.where('updated').between(q.from ?? -Infinity, q.to ?? Infinity, true, true).primaryKeys() as Promise<Key[]>);
  }
  if (q.site || q.language) {
    lookups.push(
      (async () => {
        let pages = db.pages.toCollection();
        if (q.site) pages = db.pages.where('site').equals(q.site);
        if (q.language) {
          const lang = q.language;
          pages = q.site ? pages.and((p) => p.language === lang) : db.pages.where('language').equals(lang);
        }
        const ids = (await pages.primaryKeys()) as Key[];
        return keysEqual('pageId', ids);
      })(),
    );
  }
  const plan = q.search ? planSearch(q.search) : null;
  if (plan) {
    for (const p of plan.prefixes) lookups.push(t.where('words').startsWith(p).primaryKeys() as Promise<Key[]>);
  }
  const drop = new Set(await excluded);
  if (lookups.length === 0) {
    const size = (await t.count()) - drop.size;
    return { has: (k) => !drop.has(k), size, list: async () => ((await t.toCollection().primaryKeys()) as Key[]).filter((k) => !drop.has(k)) };
  }
  let keys = intersect((await Promise.all(lookups)).map((k) => new Set(k)));
  for (const k of drop) keys.delete(k);
  // A Latin/Arabic fragment that prefixes an indexed word is already in the text; only
  // CJK runs, indexed per character, need their contiguity checked on the records.
  if (plan && keys.size && plan.fragments.some((f) => f.length > 1 && CJK.test(f))) {
    // Index entries are per word; check the query's fragments really occur (CJK runs must be contiguous).
    const recs = await t.bulkGet([...keys]);
    keys = new Set();
    for (const r of recs) {
      if (!r || r.id === undefined) continue;
      const hay = haystackOf(r);
      if (plan.fragments.every((f) => hay.includes(f))) keys.add(r.id);
    }
  }
  const found = keys;
  return { has: (k) => found.has(k), size: found.size, list: async () => [...found] };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** IndexedDB orders strings by code unit ("Zeta" before "alpha"); readers expect the locale's order. */
async function byCompanyName(ids: Key[]): Promise<Key[]> {
  const t = getDB().annotations;
  const coll = t.orderBy('company');
  const [names, keys] = await Promise.all([coll.keys(), coll.primaryKeys() as Promise<Key[]>]);
  const nameOf = new Map<Key, string>();
  keys.forEach((k, i) => nameOf.set(k, String(names[i])));
  return [...ids].sort((a, b) => collator.compare(nameOf.get(a)!, nameOf.get(b)!) || a - b);
}

/** All primary keys in the sort's order; records missing the sort field come last. */
async function orderedKeys(sort: NonNullable<LibraryQuery['sort']>, keep: Match): Promise<Key[]> {
  const t = getDB().annotations;
  const field = sort === 'newest' || sort === 'oldest' ? 'updated' : sort === 'company' ? 'company' : 'value';
  let coll = t.orderBy(field);
  if (sort === 'newest' || sort === 'value-desc') coll = coll.reverse();
  let ordered = ((await coll.primaryKeys()) as Key[]).filter((k) => keep.has(k));
  if (sort === 'company') ordered = await byCompanyName(ordered);
  if (ordered.length === keep.size) return ordered;
  // IndexedDB leaves null out of an index: those records follow, newest first.
  const seen = new Set(ordered);
  const rest = (await keep.list()).filter((k) => !seen.has(k)).sort((a, b) => b - a);
  return ordered.concat(rest);
}

/**
 * The requested slice in sort order. With a limit, the index is read in growing
 * chunks from the top, so the first page costs little when most records match;
 * a selective filter ends in one full ordered read.
 */
async function sliceKeys(sort: NonNullable<LibraryQuery['sort']>, keep: Match, offset: number, limit: number): Promise<Key[]> {
  const need = offset + limit;
  if (sort !== 'company' && Number.isFinite(need)) {
    const t = getDB().annotations;
    const field = sort === 'newest' || sort === 'oldest' ? 'updated' : 'value';
    const desc = sort === 'newest' || sort === 'value-desc';
    for (let chunk = Math.max(64, need * 2); chunk < keep.size * 8; chunk *= 4) {
      const coll = desc ? t.orderBy(field).reverse() : t.orderBy(field);
      const keys = (await coll.limit(chunk).primaryKeys()) as Key[];
      const hits = keys.filter((k) => keep.has(k));
      if (hits.length >= need) return hits.slice(offset, need);
      if (keys.length < chunk) break;
    }
  }
  return (await orderedKeys(sort, keep)).slice(offset, need);
}

/**
 * The records for `keys`, in their order. An export asks for most of the library:
 * then one getAll of the table is several times faster than a get per key
 * (bulkGet), measured in Chromium on 10k records.
 */
async function readRecords(keys: Key[]): Promise<AnnotationRecord[]> {
  const t = getDB().annotations;
  if (keys.length < 500 || keys.length * 2 < (await t.count())) {
    return (await t.bulkGet(keys)).filter((r): r is AnnotationRecord => !!r);
  }
  const byId = new Map<Key, AnnotationRecord>();
  for (const r of await t.toArray()) if (r.id !== undefined) byId.set(r.id, r);
  return keys.map((k) => byId.get(k)).filter((r): r is AnnotationRecord => !!r);
}

/**
 * Any query through the indexes. queryLibrary takes a faster path where one
 * applies (whole.ts, opening.ts); tests hold those paths to this one.
 */
export async function queryByIndexes(q: LibraryQuery): Promise<{ items: LibraryItem[]; total: number }> {
  const keys = await matchingKeys(q);
  if (keys.size === 0) return { items: [], total: 0 };
  const offset = Math.max(0, q.offset ?? 0);
  const limit = q.limit === undefined ? Infinity : Math.max(0, q.limit);
  const slice = await sliceKeys(q.sort ?? 'newest', keys, offset, limit);
  const recs = await readRecords(slice);
  return { items: await attachPages(recs), total: keys.size };
}

export async function queryLibrary(q: LibraryQuery = {}): Promise<{ items: LibraryItem[]; total: number }> {
  // The whole read is two table reads that need no shared transaction (a record whose page
  // went meanwhile gets a stand-in), and waiting for one to commit cost an export a round trip.
  if (wantsWhole(q)) return readWhole(q);
  const db = getDB();
  return db.transaction('r', db.pages, db.annotations, async () => {
    if (wantsOpening(q)) return readOpening(q);
    return queryByIndexes(q);
  });
}

export async function facetValues(): Promise<{ currencies: string[]; languages: string[]; sites: string[] }> {
  const db = getDB();
  const strings = (keys: unknown[]) => keys.filter((k): k is string => typeof k === 'string' && k !== '');
  const [currencies, languages, sites] = await Promise.all([
    db.annotations.orderBy('currency').uniqueKeys(),
    db.pages.orderBy('language').uniqueKeys(),
    db.pages.orderBy('site').uniqueKeys(),
  ]);
  return { currencies: strings(currencies), languages: strings(languages), sites: strings(sites) };
}
