/**
 * A guess at the language around a position, for the few readings that depend
 * on it ("1,200" is twelve hundred in English, 1.2 in French; "Billion" is 1e12
 * in German). Computed per 16 KiB block, once, and only when a figure needs it.
 */
import { stopwords } from './lexicon.ts';
import type { Lang } from './lexicons/types.ts';
import { isArabicLetter, isHan, isKana, isLatinLetter } from './text.ts';

const BLOCK = 16384;
const SAMPLE = 512;

export class LangGuesser {
  private readonly cache = new Map<number, Lang>();

  constructor(private readonly text: string) {}

  at(pos: number): Lang {
    const block = Math.floor(pos / BLOCK);
    let lang = this.cache.get(block);
    if (lang === undefined) {
      // A kilobyte around the first figure that asks is enough to tell the language.
      lang = guess(this.text, Math.max(0, pos - SAMPLE), Math.min(this.text.length, pos + SAMPLE));
      this.cache.set(block, lang);
    }
    return lang;
  }
}

function guess(text: string, from: number, to: number): Lang {
  let arabic = 0;
  let han = 0;
  let kana = 0;
  let latin = 0;
  const votes = new Map<Lang, number>();
  let wordStart = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x20;
    if (isLatinLetter(c)) {
      latin++;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      if (i - wordStart <= 6) {
        const lang = stopwords.get(text.slice(wordStart, i).toLowerCase());
        if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
      }
      wordStart = -1;
    }
    if (isArabicLetter(c)) arabic++;
    else if (isKana(c)) kana++;
    else if (isHan(c)) han++;
  }
  if (kana > 10) return 'ja';
  if (han > latin / 4 && han > 10) return 'zh';
  if (arabic > latin) return 'ar';
  let best: Lang = 'en';
  let bestVotes = 0;
  for (const [lang, n] of votes) {
    if (n > bestVotes) {
      best = lang;
      bestVotes = n;
    }
  }
  return best;
}
