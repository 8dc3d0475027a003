import { describe, expect, it } from 'vitest';
import { UNIT, Unit } from './lang.ts';
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
});
