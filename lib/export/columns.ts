/** The flat row every tabular export shares: one place decides columns and their order. */
import type { LibraryItem } from '../storage/library.ts';

/** Fixed leading columns (spreadsheets and scripts rely on this order); more may follow. */
export const CSV_COLUMNS = [
  'type',
  'text',
  'value',
  'currency',
  'company',
  'role',
  'page_url',
  'page_title',
  'context',
  'note',
  'saved_at',
  'qualifier',
  'round',
  'counterparty',
  'company_kind',
  'currency_inferred',
  'status',
  'site',
  'language',
  'created_at',
] as const;

export type Column = (typeof CSV_COLUMNS)[number];
export type Row = Record<Column, string | number | boolean | null>;

const iso = (ms: number) => new Date(ms).toISOString();

/** `saved_at` is the record's last change (when it was saved, noted or re-marked). */
export function rowOf(it: LibraryItem): Row {
  return {
    type: it.type,
    text: it.text,
    value: it.value,
    currency: it.currency,
    company: it.company,
    role: it.role,
    page_url: it.page.url || it.url,
    page_title: it.page.title,
    context: it.context,
    note: it.note,
    saved_at: iso(it.updated),
    qualifier: it.qualifier,
    round: it.round,
    counterparty: it.counterparty,
    company_kind: it.companyKind,
    currency_inferred: it.currencyInferred,
    status: it.status,
    site: it.page.site,
    language: it.page.language,
    created_at: iso(it.created),
  };
}

/** `rowOf`'s cells in CSV_COLUMNS order, built directly (no keyed object) for bulk exports. */
export function cellsOf(it: LibraryItem): Row[Column][] {
  return [
    it.type, it.text, it.value, it.currency, it.company, it.role, it.page.url || it.url, it.page.title,
    it.context, it.note, iso(it.updated), it.qualifier, it.round, it.counterparty, it.companyKind,
    it.currencyInferred, it.status, it.page.site, it.page.language, iso(it.created),
  ];
}
