import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokens } from './tokens.ts';

// The hand-written reader must agree with the pattern it replaced, on any text and any span.
const W = String.raw`(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{M}\d])`;
const PATTERN = new RegExp(String.raw`${W}+(?:[-'.&]${W}+)*\.?|&`, 'gu');
function byPattern(text: string, s: number, e: number) {
  return [...text.slice(s, e).matchAll(PATTERN)].map((m) => {
    const w = m[0];
    // An elision before a capital is left out of the word ("d'Otium"), and so are Arabic clitics before a Latin one ("وGlobivest").
    const cut = /^[a-z]{1,6}'(?=\p{Lu})|^[وفبلكـ]{1,3}(?=[A-Z])/u.exec(w)?.[0].length ?? 0;
    const at = s + m.index + cut;
    return { s: at, e: s + m.index + w.length, w: (w.endsWith('.') ? w.slice(0, -1) : w).slice(cut) };
  });
}

const UNITS = ['a', 'Z', '7', '.', '-', "'", '&', ' ', 'é', '\u0301', '中', 'ア', 'の', '한', 'ー', '𠀀', '\ud800', '\udc00', 'ش', 'و', 'ـ', '٣', '_', '\n', '²', 'ǅ', 'Ω'];

describe('tokens', () => {
  it('splits words, keeps inner dots, hyphens and apostrophes, and drops a closing dot from the word', () => {
    expect(tokens('Foo-Bar Inc. raised, X.com & l\'IA.', 0, 34).map((t) => t.w)).toEqual(['Foo-Bar', 'Inc', 'raised', 'X.com', '&', 'IA']);
    expect(tokens("auprès d'Otium Capital et l'assureur", 0, 36).map((t) => t.w)).toEqual(['auprès', 'Otium', 'Capital', 'et', "l'assureur"]);
    expect(tokens('Inc. x', 0, 6)[0]).toEqual({ s: 0, e: 4, w: 'Inc' });
    const arabic = 'مع سابك وHyma Plastic ولـOpenAI';
    expect(tokens(arabic, 0, arabic.length).map((t) => t.w)).toEqual(['مع', 'سابك', 'Hyma', 'Plastic', 'OpenAI']);
  });

  it('reads only inside the span and treats a pair cut by its edge as no letter', () => {
    const text = 'ab 𠀀cd ef';
    expect(tokens(text, 1, 5)).toEqual(byPattern(text, 1, 5));
    expect(tokens(text, 4, text.length)).toEqual(byPattern(text, 4, text.length));
  });

  it('matches the regular expression on random text and spans', () => {
    const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, fc.nat(3), fc.nat(3), (t, a, b) => {
      const s = Math.min(a, t.length);
      const e = Math.max(s, t.length - b);
      expect(tokens(t, s, e)).toEqual(byPattern(t, s, e));
    }), { numRuns: 2000 });
  });
});
