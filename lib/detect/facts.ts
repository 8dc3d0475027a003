import type { CompanyEntity, Fact, MoneyEntity } from './types.ts';

/** Funding facts. Placeholder until the fact linker lands. */
export function linkFacts(_text: string, _money: MoneyEntity[], _companies: CompanyEntity[]): Fact[] {
  return [];
}
