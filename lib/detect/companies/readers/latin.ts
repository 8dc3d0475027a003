import type { ScriptReaders } from './types.ts';

/** ./index.ts as the content script ships it: Arabic and CJK readers come with their chunks. */
export const BUILTIN_READERS: ScriptReaders = {};
