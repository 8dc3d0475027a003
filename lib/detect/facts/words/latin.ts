import type { FactWords } from './types.ts';

/** ./index.ts as the content script ships it: no script's words but the Latin ones, which ../lexicon.ts holds. */
export const BUILTIN_FACT_WORDS: readonly FactWords[] = [];
