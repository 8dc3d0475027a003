/**
 * Library records as Dexie stores them (background and extension pages only).
 * The popup and export read these shapes; the background writes them.
 */
import type { CompanyKind, EntityType, FactRole, Qualifier } from '../detect/types.ts';
import type { AnnotationStatus, Selector } from '../messaging/protocol.ts';

export interface PageRecord {
  id?: number;
  url: string;
  title: string;
  language: string;
  site: string;
  firstSeen: number;
  lastSeen: number;
}

export interface AnnotationRecord {
  id?: number;
  /** `${url}\u0000${found.key}`: one record per fact per page, so revisits never duplicate. */
  uid: string;
  pageId: number;
  url: string;
  type: EntityType;
  text: string;
  /** Money or percent value; null for companies. */
  value: number | null;
  currency: string | null;
  currencyInferred: boolean;
  qualifier: Qualifier | null;
  /** Canonical company: the company itself, or the company a figure belongs to. */
  company: string | null;
  companyKind: CompanyKind | null;
  role: FactRole | null;
  counterparty: string | null;
  round: string | null;
  selector: Selector;
  context: string;
  note: string;
  status: AnnotationStatus;
  created: number;
  updated: number;
  /** Derived search index (folded words of text, company, note); storage keeps it current. */
  words?: string[];
}
