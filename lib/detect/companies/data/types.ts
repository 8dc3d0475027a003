import type { CompanyKind } from '../../types.ts';

/**
 * One organization of the gazetteer. Data, reviewed by hand: every alias is a
 * spelling that real news uses for this organization and no other.
 */
export interface OrgEntry {
  /** Canonical English name, shown in tooltips and used to group the library. */
  name: string;
  kind: CompanyKind;
  /** Every other spelling: Latin variants, Arabic (with its common variants), Chinese, Japanese. */
  aliases: string[];
  /**
   * Names (the canonical one or aliases) that are also ordinary words or other
   * things (Meta, X, Apple, Oracle, Scale): matched only with exact capitalization
   * and a company cue nearby.
   */
  ambiguous?: string[];
  /** Never set here: details live in details.ts, and the data tests and the compact encoder reject them. */
  ticker?: string;
  description?: string;
}
