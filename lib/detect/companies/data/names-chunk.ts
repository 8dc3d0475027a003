import { NAMES_CHUNK_FINANCE } from './names-chunk-finance.ts';
import { NAMES_CHUNK_FOOD } from './names-chunk-food.ts';
import { NAMES_CHUNK_INDUSTRY } from './names-chunk-industry.ts';
import { NAMES_CHUNK_MORE } from './names-chunk-more.ts';
import type { OrgEntry } from './types.ts';

/**
 * The organizations the names chunk carries (entrypoints/names.ts) rather
 * than the content script, whose 60 kB leave no room for more: a page loads
 * the chunk once its text names a currency (lib/dom/scripts.ts), which every
 * story about a deal, a round or results does. Their names in every script
 * make an index of their own (compact.ts, ShippedParts.moreOrgs).
 */
export const NAMES_CHUNK_ORGS: OrgEntry[] = [...NAMES_CHUNK_FOOD, ...NAMES_CHUNK_INDUSTRY, ...NAMES_CHUNK_FINANCE, ...NAMES_CHUNK_MORE];

export const NAMES_CHUNK: ReadonlySet<string> = new Set(NAMES_CHUNK_ORGS.map((o) => o.name));
