import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { normalize } from '../normalize.ts';
import { arabicNameSound } from './arabic-latin.ts';
import { kanaLatin } from './romaji.ts';
import { BUILTIN_READERS } from './readers/index.ts';
import { alike, latinSound } from './sound-alike.ts';
import { buildTrie } from './trie.ts';

const org = (canonical: string, ...names: string[]) => ({ canonical, kind: 'company' as const, source: 'gazetteer' as const, names: [canonical, ...names] });
const trie = buildTrie([
  org('Quorvex Systems'), org('Travlino Capital'), org('Zentrix'), org('Hamberly'), org('Amberley'), org('Lomatix'), org('Romatix'),
  org('Sentavio Holdings'), org('Deltane Partners'), org('Miramax'), org('Mentee Robotics'),
]);
const named = (written: string) => alike(trie, normalize(written).text, BUILTIN_READERS)?.canonical;

describe('a name in Arabic or katakana heard as a Latin one the gazetteer knows', () => {
  it('matches the consonants both spellings keep, whatever vowels Arabic leaves out', () => {
    expect(named('كورفكس سيستمز')).toBe('Quorvex Systems');
    expect(named('ترافلينو كابيتال')).toBe('Travlino Capital');
    expect(named('زينتريكس')).toBe('Zentrix');
    expect(named('سينتافيو هولدينغز')).toBe('Sentavio Holdings');
  });

  it('hears katakana with one sound for l and r, an r after a vowel dropped, and every vowel written', () => {
    expect(kanaLatin('センタビオ・ホールディングス')).toBe('sentabio horudingusu');
    expect(alike(trie, 'センタビオ・ホールディングス', BUILTIN_READERS)?.canonical).toBe('Sentavio Holdings');
    expect(alike(trie, 'デルテイン・パートナーズ', BUILTIN_READERS)?.canonical).toBe('Deltane Partners');
  });

  it('hears the vowels katakana writes: the consonants of モロミクス are Miramax\'s, its first syllable is not', () => {
    expect(alike(trie, 'ミラマックス', BUILTIN_READERS)?.canonical).toBe('Miramax');
    expect(alike(trie, 'モロミクス', BUILTIN_READERS)?.canonical).toBeUndefined();
    // Nor a later one: ミナト's last vowel is no Mentee's.
    expect(alike(trie, 'メンティー・ロボティクス', BUILTIN_READERS)?.canonical).toBe('Mentee Robotics');
    expect(alike(trie, 'ミナトロボティクス', BUILTIN_READERS)?.canonical).toBeUndefined();
  });

  it('needs four classes in an Arabic name itself, three in a katakana one\'s first word: a short head matches too much by chance', () => {
    expect(named('تري كابيتال')).toBeUndefined();
    // Zentrix has four; زنتر, three of them, is not it.
    expect(named('زنتر')).toBeUndefined();
    expect(alike(trie, 'ズン・キャピタル', BUILTIN_READERS)).toBeUndefined();
  });

  it('keeps a vowel or an h that opens the name: Hamberly is not Amberley', () => {
    expect(named('هامبرلي')).toBe('Hamberly');
    expect(named('امبرلي')).toBe('Amberley');
  });

  it('refuses a vowel Arabic writes where the Latin name has none', () => {
    // زينتاريكس writes an a between t and r; Zentrix has no vowel there.
    expect(named('زينتاريكس')).toBeUndefined();
  });

  it('hears first the names the same text writes in Latin letters, which the gazetteer need not know', () => {
    // A text's cue names written in Latin letters, one after the other.
    const written = (...names: [string, 'company' | 'investor'][]) => {
      let text = '';
      const cues = names.map(([canonical, kind]) => {
        const start = text.length;
        text += `${canonical} `;
        return { canonical, kind, start, end: start + canonical.length };
      });
      return { text, hits: [], cues };
    };
    const inText = written(['Vandrell Infra', 'investor'], ['Lomatix', 'company']);
    expect(alike(trie, 'فاندريل إنفرا', BUILTIN_READERS, inText)).toMatchObject({ canonical: 'Vandrell Infra', kind: 'investor' });
    // Three classes are enough among the text's few names (they are not against the whole gazetteer's).
    expect(alike(trie, 'ريبل', BUILTIN_READERS, written(['Rebl', 'company']))?.canonical).toBe('Rebl');
    expect(alike(trie, 'لوماتكس', BUILTIN_READERS, inText)?.canonical).toBe('Lomatix');
    expect(alike(trie, 'ヴァンドレル・インフラ', BUILTIN_READERS, inText)?.canonical).toBe('Vandrell Infra');
  });

  it('matches nothing when two organizations sound alike to the hearing', () => {
    // Arabic tells l from r, so Lomatix and Romatix stay apart; Japanese does not.
    expect(named('لوماتكس')).toBe('Lomatix');
    expect(alike(trie, 'ロマティクス', BUILTIN_READERS)).toBeUndefined();
  });

  it('reads what a firm is from its English words, and an acronym spelled out not at all', () => {
    expect(arabicNameSound('ترافلينو كابيتال')?.head).toBe(latinSound('Travlino', 'arabic').key.length);
    expect(arabicNameSound('اس تي سي')).toBeUndefined();
    // A verbal noun of Arabic's own pattern taf'il is no foreign name heard: ترنيم (chanting) is not Ternium.
    expect(arabicNameSound('ترنيم')).toBeUndefined();
    expect(arabicNameSound('تيسير')).toBeUndefined();
  });
});

describe('the engine', () => {
  it('names a cue name in Arabic by the Latin name it sounds like', () => {
    const found = detect('واستحوذت شركة ناسبرس الجنوب أفريقية على حصة في الشركة.').entities.filter((e) => e.type === 'company');
    expect(found.map((e) => [e.text, e.type === 'company' && e.canonical])).toContainEqual(['ناسبرس', 'Naspers']);
  });

  it('names an Arabic cue name by the Latin name the same article writes elsewhere, and its short form too', () => {
    const text = 'استحوذت المجموعة على حصة في «سيرانتا ديجيتال» الهولندية. وتملك Seranta Digital B.V. مراكز بيانات. وقالت سيرانتا إن الطلب قوي.';
    const found = detect(text).entities.filter((e) => e.type === 'company');
    expect(found.map((e) => [e.text, e.type === 'company' && e.canonical])).toEqual([
      ['سيرانتا ديجيتال', 'Seranta Digital'], ['Seranta Digital B.V.', 'Seranta Digital'], ['سيرانتا', 'Seranta Digital'],
    ]);
  });

  it('hears no Latin name in an Arabic word the brands take, with its article or without (الجسر is the bridge)', () => {
    const found = detect('وشارك في الجولة صندوق الجسر كابيتال السعودي.').entities.filter((e) => e.type === 'company');
    expect(found.map((e) => [e.text, e.type === 'company' && e.canonical])).toEqual([['الجسر كابيتال', 'Al Jisr Capital']]);
  });
});
