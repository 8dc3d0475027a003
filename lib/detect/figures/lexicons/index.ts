import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import type { LexiconData } from './types.ts';
import { zh } from './zh.ts';

/**
 * The languages the engine reads from the start. The content script's build
 * swaps this file for ./latin.ts: there the Arabic and the Chinese and Japanese
 * lexicons come with their script's chunk, on pages that hold that script
 * (lib/dom/scripts.ts), through addLexicons. Order matters only where two
 * languages share a word, and none across scripts does.
 */
export const BUILTIN_LEXICONS: readonly LexiconData[] = [en, fr, de, es, ar, zh, ja];
