import type { Normalized } from '../normalize.ts';
import type { CompanyEntity, WatchlistEntry } from '../types.ts';

/** Company mentions. Placeholder until the gazetteer matcher lands. */
export function findCompanies(
  _original: string,
  _norm: Normalized,
  _watchlist: WatchlistEntry[],
): CompanyEntity[] {
  return [];
}
