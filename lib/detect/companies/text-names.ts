/** The European chunk's names read off the text by their own words alone (cues.ts asks READERS.textNames). */
import type { CueName } from './cues.ts';
import { germanBanks } from './german-banks.ts';
import { spanishAngels } from './spanish-angels.ts';

export const europeanTextNames = (text: string): CueName[] => [...spanishAngels(text), ...germanBanks(text)];
