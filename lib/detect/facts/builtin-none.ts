import type { Linker } from './linker.ts';

/** ./builtin.ts as the content script ships it: the linker comes with the facts chunk (entrypoints/facts.ts). */
export const BUILTIN_LINK: Linker | undefined = undefined;
