/**
 * A guess at the language around a position, for the few readings that depend
 * on it ("1,200" is twelve hundred in English, 1.2 in French; "Billion" is 1e12
 * in German). Computed per 16 KiB block, once, and only when a figure needs it.
 */
import { stopwords } from './lexicon.ts';
import type { Lang } from './lexicons/types.ts';

const BLOCK = 16384;
const SAMPLE = 512;

/**
 * Every stopword is a short ASCII word, so a word is looked up by a number
 * built from its letters as they are read (5 bits each), not by a lower-cased
 * copy: guessing reads a kilobyte of words and most of them are no stopword.
 */
const MAX_STOPWORD = 6;
const code = (lowerAscii: number) => lowerAscii - 0x60;
const STOPWORDS = new Map<number, Lang>();

/** Filled from the lexicon, which fills itself on first use (lexicon.ts). */
function fillStopwords(): void {
  for (const [word, lang] of stopwords) {
    if (!/^[a-z]{1,6}$/.test(word)) throw new Error(`stopword "${word}" is not a short ASCII word`);
    let key = 0;
    for (let i = 0; i < word.length; i++) key = key * 32 + code(word.charCodeAt(i));
    STOPWORDS.set(key, lang);
  }
}

export class LangGuesser {
  private readonly cache = new Map<number, Lang>();

  constructor(private readonly text: string) {
    // Again when a language arrived since: its stopwords vote too.
    if (STOPWORDS.size !== stopwords.size) fillStopwords();
  }

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

export const enum Unit { Other, Ascii, Latin, Arabic, Kana, Han }
/**
 * The script of each UTF-16 unit, one lookup per unit of the sample. Filled by
 * ranges, not by calling the text.ts tests 65536 times (tens of milliseconds
 * at a content script's start); lang.test.ts checks the two agree.
 */
export const UNIT = new Uint8Array(0x10000);
for (const [lo, hi, unit] of [
  [0x41, 0x5a, Unit.Ascii], [0x61, 0x7a, Unit.Ascii], [0xc0, 0x24f, Unit.Latin],
  [0x620, 0x64a, Unit.Arabic], [0x66e, 0x6d3, Unit.Arabic], [0x6fa, 0x6ff, Unit.Arabic],
  [0x3040, 0x30ff, Unit.Kana], [0x3400, 0x4dbf, Unit.Han], [0x4e00, 0x9fff, Unit.Han],
] as const) UNIT.fill(unit, lo, hi + 1);
UNIT[0xd7] = UNIT[0xf7] = Unit.Other; // × and ÷

/**
 * Accented letters one of the languages has and the others lack vote too, as a
 * stopword does: a short sentence may hold only "la" and "de", which French and
 * Spanish share, but "facturó" is Spanish. Lower-case forms (| 0x20 lowers these).
 */
const MARKS = new Map<number, Lang>([
  ...[...'ñóíúá'].map((ch): [number, Lang] => [ch.charCodeAt(0), 'es']),
  ...[...'èçêôîàùâûëï'].map((ch): [number, Lang] => [ch.charCodeAt(0), 'fr']),
  ...[...'äöüß'].map((ch): [number, Lang] => [ch.charCodeAt(0), 'de']),
]);

function guess(text: string, from: number, to: number): Lang {
  let arabic = 0;
  let han = 0;
  let kana = 0;
  let latin = 0;
  const votes = new Map<Lang, number>();
  const vote = (key: number) => {
    const lang = key > 0 ? STOPWORDS.get(key) : undefined;
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  };
  // The current word's length, and its key; the key is -1 once the word has a
  // letter outside ASCII (no stopword has one) or grows too long.
  let len = 0;
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const unit = UNIT[c];
    if (unit === Unit.Ascii || unit === Unit.Latin) {
      latin++;
      if (unit === Unit.Latin) {
        // ß has no capital in this range: lowering it by | 0x20 would make it ÿ.
        const marked = MARKS.get(c) ?? MARKS.get(c | 0x20);
        if (marked) votes.set(marked, (votes.get(marked) ?? 0) + 1);
      }
      key = unit === Unit.Ascii && key >= 0 && len < MAX_STOPWORD ? key * 32 + code(c | 0x20) : -1;
      len++;
      continue;
    }
    if (len > 0) {
      vote(key);
      len = key = 0;
    }
    if (unit === Unit.Arabic) arabic++;
    else if (unit === Unit.Kana) kana++;
    else if (unit === Unit.Han) han++;
  }
  if (len > 0) vote(key);
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
