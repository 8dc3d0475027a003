import { describe, expect, it } from 'vitest';
import { LangGuesser, UNIT, Unit } from './lang.ts';
import '../index.ts';
import { isArabicLetter, isHan, isKana, isLatinLetter } from './text.ts';

describe('language guess', () => {
  it('sorts every UTF-16 unit into the script the text.ts tests give it', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const want = isLatinLetter(c) ? (c < 0x80 ? Unit.Ascii : Unit.Latin)
        : isArabicLetter(c) ? Unit.Arabic : isKana(c) ? Unit.Kana : isHan(c) ? Unit.Han : Unit.Other;
      if (UNIT[c] !== want) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts letters only one of French, German and Spanish has, ß and capitals included, when no stopword decides', () => {
    // Each text's only stopword-like words are shared or absent: the accents decide.
    expect(new LangGuesser('Straße Maßnahme groß').at(0)).toBe('de');
    expect(new LangGuesser('ÑANDÚ Bogotá facturó').at(0)).toBe('es');
    expect(new LangGuesser('Québec façade être').at(0)).toBe('fr');
  });
});
