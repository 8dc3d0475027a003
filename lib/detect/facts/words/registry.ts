/**
 * The fact words of the scripts the engine knows: those built in, and those a
 * chunk brought since. `version` changes with each addition, so the regexes
 * compiled from them (roles.ts, index.ts) are made again on next use.
 */
import { BUILTIN_FACT_WORDS } from './index.ts';
import type { FactWords } from './types.ts';

const known: FactWords[] = [...BUILTIN_FACT_WORDS];
let version = 0;

export function addFactWords(words: FactWords): void {
  if (known.includes(words)) return;
  known.push(words);
  version++;
}

export const factWords = (): readonly FactWords[] => known;

/** In the facts chunk: takes the words the content script's registry holds, a separate copy of this one. */
export function useFactWords(all: readonly FactWords[]): void {
  for (const words of all) addFactWords(words);
}

/** A regex-built value, made again when a script's words were added since. */
export function onWords<T>(make: () => T): () => T {
  let made: T | undefined;
  let at = -1;
  return () => {
    if (at !== version) {
      made = make();
      at = version;
    }
    return made!;
  };
}
