import { arabicNames } from '../arabic-cues.ts';
import { findSolidNames } from '../solid-names.ts';
import { cjkShort } from '../short-forms-cjk.ts';
import type { ScriptReaders } from './types.ts';

/**
 * The script readers the engine starts with. The content script's build swaps
 * this file for ./latin.ts, and each reader comes with its script's chunk
 * (entrypoints/arabic.ts, entrypoints/cjk.ts) through addScript.
 */
export const BUILTIN_READERS: ScriptReaders = { arabic: arabicNames, solid: findSolidNames, solidShort: cjkShort };
