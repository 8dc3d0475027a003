/**
 * What the popup needs from the rest of the extension, as one interface so the
 * components can be tested against an in-memory library. The shapes mirror
 * lib/storage/library's contract, whose types it reuses.
 */
import type { AnnotationRecord } from '@/lib/storage/types';
import type { CompanySummary, facetValues, LibraryItem, LibraryQuery } from '@/lib/storage/library';
import type { AnnotationStatus, FoundFact, KnownFact, PageInfo, Result } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';

export type { CompanySummary, Deal, LibraryItem, LibraryQuery } from '@/lib/storage/library';

export type SortOrder = NonNullable<LibraryQuery['sort']>;

export type Facets = Awaited<ReturnType<typeof facetValues>>;

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
  /** Starts opening the library's database before anything asks it (optional: test data needs none). */
  warmLibrary?(): void;
  facetValues(): Promise<Facets>;
  summarizeCompanies(q?: LibraryQuery): Promise<CompanySummary[]>;
  setNote(id: number, note: string): Promise<unknown>;
  deleteAnnotations(ids: number[]): Promise<AnnotationRecord[]>;
  restoreAnnotations(records: AnnotationRecord[]): Promise<unknown>;
  /** The file's text in pieces, in order (a CSV a line each, for the Blob: lib/export/tabular.ts). */
  exportParts(format: ExportFormat, items: LibraryItem[]): string[];
  activeTab(): Promise<ActiveTab>;
  pageFacts(tabId: number): Promise<Result<PageFacts>>;
  setFactStatus(page: PageInfo, fact: FoundFact, status: AnnotationStatus): Promise<Result<void>>;
  openTab(url: string): Promise<unknown>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  optionsUrl(): string;
}
