/**
 * The script readers in use: those built in, and those a script's chunk
 * brought since (addReaders). Read at each call, so a chunk that arrives late
 * counts from the next text on.
 */
import { addCueWords } from '../cue-lexicon.ts';
import { BUILTIN_READERS } from './index.ts';
import type { ScriptReaders } from './types.ts';

export const READERS: ScriptReaders = {};

export function addReaders(more: ScriptReaders): void {
  Object.assign(READERS, more);
  if (more.cueWords) addCueWords(more.cueWords);
}

addReaders(BUILTIN_READERS);
