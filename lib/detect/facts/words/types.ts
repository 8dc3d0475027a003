import type { FactRole } from '../../types.ts';

/** A script's cue words for facts, beside the Latin ones in ../lexicon.ts (each list means what its Latin one does). */
export interface FactWords {
  /** Latin-script words, matched at a word start like ../lexicon.ts's; the others match anywhere. */
  latin?: boolean;
  roles: Partial<Record<Exclude<FactRole, 'other'>, string[]>>;
  target: string[];
  anaphors: string[];
  rounds: string[];
  from: string[];
  companies: string[];
  roundPatterns: RegExp[];
}
