/**
 * What the popup needs from the rest of the extension, as one interface so the
 * components can be tested against an in-memory library. The shapes mirror
 * lib/storage/library's contract (structurally, so either side can move first).
 */
import type { AnnotationRecord, PageRecord } from '@/lib/storage/types';
import type { AnnotationStatus, FoundFact, KnownFact, PageInfo, Result } from '@/lib/messaging/protocol';
import type { CompanyKind, FactRole } from '@/lib/detect/types';
import type { Settings } from '@/lib/settings';

export type LibraryItem = AnnotationRecord & { page: PageRecord };

export type SortOrder = 'newest' | 'oldest' | 'value-desc' | 'value-asc' | 'company';

export interface LibraryQuery {
  search?: string;
  type?: 'money' | 'percent' | 'company';
  currency?: string;
  language?: string;
  site?: string;
  from?: number;
  to?: number;
  status?: 'auto' | 'saved' | 'dismissed' | 'kept';
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export interface Facets {
  currencies: string[];
  languages: string[];
  sites: string[];
}

export interface Deal {
  company: string;
  role: FactRole | null;
  value: number;
  currency: string;
  items: LibraryItem[];
  sources: number;
}

export interface CompanySummary {
  company: string;
  kind: CompanyKind | null;
  totals: { currency: string; value: number }[];
  sources: number;
  latest: LibraryItem | null;
  deals: Deal[];
}

export interface ActiveTab {
  id: number | null;
  url: string | null;
}

export interface PageFacts {
  page: PageInfo;
  facts: FoundFact[];
  orphans: KnownFact[];
  known: KnownFact[];
}

export type ExportFormat = 'csv' | 'tsv' | 'markdown';

export interface PopupData {
  queryLibrary(q: LibraryQuery): Promise<{ items: LibraryItem[]; total: number }>;
  facetValues(): Promise<Facets>;
  summarizeCompanies(q?: LibraryQuery): Promise<CompanySummary[]>;
  setNote(id: number, note: string): Promise<unknown>;
  deleteAnnotations(ids: number[]): Promise<AnnotationRecord[]>;
  restoreAnnotations(records: AnnotationRecord[]): Promise<unknown>;
  exportText(format: ExportFormat, items: LibraryItem[]): string;
  activeTab(): Promise<ActiveTab>;
  pageFacts(tabId: number): Promise<Result<PageFacts>>;
  setFactStatus(page: PageInfo, fact: FoundFact, status: AnnotationStatus): Promise<Result<void>>;
  openTab(url: string): Promise<unknown>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  optionsUrl(): string;
}
