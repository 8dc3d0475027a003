import { en } from './en.ts';
import type { LexiconData } from './types.ts';

/**
 * ./index.ts as the content script ships it: English only. French, German and
 * Spanish come with the europe chunk (entrypoints/europe.ts), on pages that
 * hold one of them (lib/dom/scripts.ts), which kept 0.9 kB gzip off every page.
 */
export const BUILTIN_LEXICONS: readonly LexiconData[] = [en];
