import type { Normalized } from '../normalize.ts';
import type { MoneyEntity, PercentEntity } from '../types.ts';

/** Money and percentages. Placeholder until the figures engine lands. */
export function findFigures(_original: string, _norm: Normalized): (MoneyEntity | PercentEntity)[] {
  return [];
}
