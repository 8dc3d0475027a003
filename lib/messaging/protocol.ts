/**
 * One typed message map per direction, in the manner of hypothesis/client's RPC
 * maps. Every reply that can fail is a `Result`, so failures reach the reader
 * instead of dying in a console.
 *
 * Adding a message: add it to the map of its direction; never change the
 * meaning of an existing one.
 */
import type { Entity, Fact } from '../detect/types.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: unknown): Result<never> => ({
  ok: false,
  error: error instanceof Error ? error.message : String(error),
});

/** Where a fact sits in its page: W3C-style quote and position selectors. */
export interface Selector {
  exact: string;
  /** Up to 32 characters before and after `exact`. */
  prefix: string;
  suffix: string;
  /** Offsets in the page's flat text, a hint for re-anchoring. */
  start: number;
  end: number;
}

export interface PageInfo {
  url: string;
  title: string;
  lang: string;
  site: string;
}

/** One detected entity as the content script reports it. */
export interface FoundFact {
  /** Stable across visits of the same page: the storage dedupe key within a URL. */
  key: string;
  entity: Entity;
  selector: Selector;
  /** The sentence around the entity. */
  context: string;
  /** The funding fact this entity belongs to, if any. */
  fact?: Fact;
}

export type AnnotationStatus = 'auto' | 'saved' | 'dismissed';

/** What the background tells a page about facts it already holds for a URL. */
export interface KnownFact {
  key: string;
  status: AnnotationStatus;
  note: string;
  selector: Selector;
  type: Entity['type'];
}

/** content script → background */
export interface ContentProtocol {
  reportPage(data: { page: PageInfo; facts: FoundFact[] }): Result<{ stored: number }>;
  getKnownFacts(data: { url: string }): Result<KnownFact[]>;
  setStatus(data: { page: PageInfo; fact: FoundFact; status: AnnotationStatus }): Result<void>;
  setNote(data: { page: PageInfo; fact: FoundFact; note: string }): Result<void>;
  /** "Not a company / not an amount": remembered and skipped from then on. */
  suppress(data: { type: Entity['type']; text: string }): Result<void>;
  setBadge(data: { count: number }): void;
  /** Ticker and description of a gazetteer company, kept out of the content script for size. */
  describeCompany(data: { name: string }): Result<{ ticker?: string; description?: string } | null>;
  /**
   * Saved quotes the scan did not find again, looked for in the page's text:
   * exactly, else approximately (the page was edited). One placement or null
   * per selector. The search stays in the background, out of the script every
   * page loads: a page needs it only when a reader comes back to it.
   */
  anchorQuotes(data: { text: string; selectors: Selector[] }): Result<({ start: number; end: number; errors: number } | null)[]>;
  /** Opens the library in a tab: the tooltip's way to the reader's collection. */
  openLibrary(): Result<void>;
}

/** background or popup → content script (sent to one tab) */
export interface PageProtocol {
  getPageFacts(): Result<{ page: PageInfo; facts: FoundFact[]; orphans: KnownFact[] }>;
  toggleHighlights(): boolean;
  stepFact(data: { direction: 1 | -1 }): void;
  saveFocused(): void;
  scrollToFact(data: { key: string }): boolean;
}
