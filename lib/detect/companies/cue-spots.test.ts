import { describe, expect, it } from 'vitest';
import { lowerString } from './chars.ts';
import { NAME_SUFFIXES } from './cue-lexicon.ts';
import { cueSpots, spotting } from './cue-spots.ts';

const { latin: LATIN_SPOTS, words: SPOT_WORDS } = spotting();

const SUFFIXES = new Set(NAME_SUFFIXES.map(lowerString));

describe('cue spots', () => {
  it('finds cue words, openers and suffixes in one pass, at the right offsets', () => {
    const text = 'The startup Quillbyte raised funds in a round led by Brackwater Capital and Olvena Inc.';
    const { cues, openers } = cueSpots(text, lowerString(text));
    const at = (w: string) => text.indexOf(w);
    expect(cues).toEqual(expect.arrayContaining([at('startup'), at('raised'), at('Capital'), at('Inc')]));
    expect(openers).toEqual([at('led by')]);
    // Not a suffix after a plain lower-case word, nor a cue inside a word.
    const plain = 'generative AI helps; the upraised hand';
    expect(cueSpots(plain, lowerString(plain)).cues).toEqual([]);
  });

  it('spots the words that open with a letter outside a-z, though a Latin word follows that letter', () => {
    // "übernimmt" once read as "ü" before a Latin word "bernimmt", which is no spot word, so it was lost.
    const text = 'Der Fonds Brackwater übernimmt Quillbyte; l\'éditeur Olvena aussi.';
    const { cues, openers } = cueSpots(text, lowerString(text));
    expect([...openers, ...cues]).toEqual(expect.arrayContaining([text.indexOf('übernimmt'), text.indexOf('éditeur')]));
  });

  it('never loses a word that another one begins', () => {
    // The regex reports the longer of two words that start alike. A shorter cue word is
    // then fine if the longer one is a cue word too (the same offset is kept); a shorter
    // suffix if the longer word runs on into a letter there (the suffix's edge fails).
    const problems: string[] = [];
    for (const a of LATIN_SPOTS) {
      for (const b of LATIN_SPOTS) {
        if (a === b || !b.startsWith(a)) continue;
        if (SPOT_WORDS.has(a) && !SPOT_WORDS.has(b)) problems.push(`cue ${a} hidden by ${b}`);
        if (SUFFIXES.has(a) && !/[\p{L}\p{N}]/u.test(b[a.length]!)) problems.push(`suffix ${a} hidden by ${b}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
