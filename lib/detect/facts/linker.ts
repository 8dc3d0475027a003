/**
 * The fact linker in use. Node has it built in (./builtin.ts); the content
 * script's build swaps that for ./builtin-none.ts, and the linker comes with
 * the facts chunk the first time a page holds an amount and a company
 * (lib/dom/scan.ts), since only then is there a fact to link.
 */
import type { Range } from '../companies/sentences.ts';
import type { CompanyEntity, Fact, MoneyEntity } from '../types.ts';
import { BUILTIN_LINK } from './builtin.ts';
import type { FactWords } from './words/types.ts';

/**
 * linkFacts (./index.ts), handed the fact words the engine knows: in a chunk
 * the linker has a registry of its own, which the content script's words
 * (those the language chunks brought) must reach.
 */
export type Linker = (
  text: string, money: MoneyEntity[], companies: CompanyEntity[], sentences: readonly Range[], words: readonly FactWords[],
) => Fact[];

export const LINKER: { link?: Linker } = { link: BUILTIN_LINK };
