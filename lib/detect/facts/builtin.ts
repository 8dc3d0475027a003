import { linkFacts } from './index.ts';
import type { Linker } from './linker.ts';

/** Node's linker: it shares the engine's registry of fact words, so it needs them not handed over. */
export const BUILTIN_LINK: Linker | undefined = (text, money, companies, sentences) => linkFacts(text, money, companies, sentences);
