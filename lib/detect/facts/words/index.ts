import { AR_FACT_WORDS } from './ar.ts';
import { JA_FACT_WORDS, ZH_FACT_WORDS } from './cjk.ts';
import { EUROPEAN_FACT_WORDS } from './european.ts';
import type { FactWords } from './types.ts';

/**
 * The scripts whose fact words the engine starts with. The content script's
 * build swaps this file for ./latin.ts: each script's words then come with its
 * chunk (entrypoints/arabic.ts, han.ts, kana.ts, zhja.ts) through addScript.
 */
export const BUILTIN_FACT_WORDS: readonly FactWords[] = [EUROPEAN_FACT_WORDS, AR_FACT_WORDS, ZH_FACT_WORDS, JA_FACT_WORDS];
