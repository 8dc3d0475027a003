import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { LexiconData } from './types.ts';

/** ./index.ts as the content script ships it: the Latin-script languages only. */
export const BUILTIN_LEXICONS: readonly LexiconData[] = [en, fr, de, es];
