/**
 * A name the cues found in Arabic or katakana that the gazetteer knows in
 * Latin letters only: ناسبرس is Naspers, إليفيشن كابيتال is Elevation Capital,
 * グラブ is Grab. The press of each script writes a foreign firm by its sound,
 * and no list of aliases keeps up with every spelling, so the name is matched
 * by the consonants both spellings keep.
 *
 * A name's sound is its consonants in a few classes, and where vowels are
 * written between them. Consonants that the other script cannot tell apart
 * share a class (s and z; g and j, as ج is g in Egypt; for Arabic p and b, f
 * and v; for Japanese l and r, b and v). Vowels, w and y only mark their
 * place: Arabic leaves short vowels unwritten and writes و and ي for vowels
 * and glides alike, Japanese writes one after nearly every consonant, so
 * the sparser spelling's vowels must stand where the fuller one has some.
 * A short sound says too little, and one that two organizations share says
 * nothing: neither is matched. Names in Arabic are heard only when they read
 * as foreign ones (arabic-latin.ts), so برقان stays Barqan, not Preqin.
 *
 * Loaded with the Arabic and the kana chunk (it reads the gazetteer the
 * content script holds, which it is handed): a page in Latin script never
 * builds its keys.
 */
import type { ScriptReaders } from './readers/types.ts';
// Types only: sorted-names.ts brings the text folding, which the chunks that load this file need not carry.
import type { Sorted, Target } from './sorted-names.ts';
import { rawKey, resolved } from './key-runs.ts';

/**
 * Letter pairs and triples, read before single letters into their class: `ch`
 * is k before a consonant or at a word's end ("Tech"), "-tion" keeps the vowel
 * Arabic and Japanese write in it (ـشن, ション), "-ture" is heard as in "venture".
 */
const DIGRAPHS: [RegExp, string][] = [
  [/[ts]ion/g, 'XoN'], [/t(?=ure)/g, 'X'], [/t?sch|t?ch(?=[aeiouy])|t?sh/g, 'X'], [/ch|ck|kh|q/g, 'K'], [/ph/g, 'F'],
  [/gh/g, 'G'], [/dh/g, 'D'], [/x/g, 'KS'], [/c(?=[eiy])/g, 'S'], [/c/g, 'K'],
];
/**
 * Letters' classes, Latin and Arabic; a vowel (or glide) is V, and letters
 * that are neither (h, ه, ع) have none. The hearing merges them further below.
 */
const CLASSES: Record<string, string> = {};
for (const [from, to] of [['bpfvtdszkgjmnlraeiouyw', 'BPFWTDSSKGGMNLRVVVVVVV'], ['بپفڤتطثدضذظسصزشجغگقكخمنلراىةوي', 'BPFWTTTDDDDSSSXGGGKKKMNLRVVVVV']] as const) {
  for (let k = 0; k < from.length; k++) CLASSES[from[k]!] = to[k]!;
}
/**
 * What each hearing cannot tell apart. Arabic has no p and writes v as ف;
 * Japanese has one sound for l and r and writes v as ブ. Both tell t from d.
 */
const HEARD = { arabic: { P: 'B', W: 'F' } as Record<string, string>, japanese: { W: 'B', L: 'R' } as Record<string, string> };
type Hearing = keyof typeof HEARD;
/** Words that are no part of a name's sound: the article an English name may open with, and "and" beside "&". */
const SILENT_WORDS = /\b(?:the|and)\b/g;

/**
 * A name's sound: its consonant classes as a key, and before each class (and
 * after the last) whether a vowel is written there. Two letters of one class
 * in a row are one sound (Swiggy, Tracxn); with a vowel between, two.
 * `head`: how many classes come before the words of what the firm is (Capital, Labs).
 */
export interface Sound {
  key: string;
  vowels: boolean[];
  head: number;
  /** The vowel letters written before each class (and after the last): katakana writes them as they are heard. */
  heard: string[];
}

function soundOf(letters: string, hearing: Hearing, tail = ''): Sound {
  let key = '';
  const vowels = [false];
  let head = 0;
  let last = ' ';
  const heard = [''];
  for (const ch of `${letters}|${tail}`) {
    if (ch === '|') head = key.length;
    // An h that opens a word is heard (هيرميس is Hermes, not Armis); elsewhere it is mostly silent (Sarah, John).
    const fine = ch >= 'A' && ch <= 'Z' ? ch : (last === ' ' || last === '|') && /[hهح]/.test(ch) ? 'H' : CLASSES[ch];
    last = ch;
    const c = fine && (HEARD[hearing][fine] ?? fine);
    if (c === 'V') {
      vowels[key.length] = true;
      if (/[aeiouy]/.test(ch)) heard[key.length] += ch;
    }
    else if (c && !(key.endsWith(c) && !vowels[key.length])) {
      key += c;
      vowels.push(false);
      heard.push('');
    }
  }
  return { key, vowels, head, heard };
}

/**
 * The vowels katakana writes for each English one ("Miramax" is ミラマックス, "Cloud" クラウド): where both spellings
 * write vowels in one place, one the katakana writes there (its own after a word's last consonant, ル in ヴァンドレル,
 * stands beside the next word's) must be among those of an English letter there, or it is another name (モロミクス is
 * no Miramax, ミナト no Mentee, though their consonants agree).
 */
const KANA_VOWELS: Record<string, string> = { a: 'aeo', e: 'eia', i: 'ia', o: 'oau', u: 'uay', y: 'ai' };
/** Arabic writes a name's last vowel as a long one (نسبريسو, Nespresso): with none there, the name ends in a consonant (ناسبرس, Naspers). */
const finalFits = (arabic: Sound, latin: Sound) => arabic.vowels[arabic.vowels.length - 1] === latin.vowels[latin.vowels.length - 1];
const vowelsFit = (latin: Sound, kana: Sound) => latin.heard.every((v, k) => !v || !kana.heard[k] || [...v].some((e) => [...kana.heard[k]!].some((o) => KANA_VOWELS[e]!.includes(o))));

/** Latin letters in lower case with their pairs read (DIGRAPHS), less what is silent. `japanese`: an r after a vowel dropped (センター, "center"), th heard as s. */
function latinLetters(name: string, japanese: boolean): string {
  // A final e after a consonant is silent, as "Deltane" is written ديلتين and デルテイン.
  let s = name.normalize('NFD').toLowerCase().replace(/[^a-z ]+/g, ' ').replace(SILENT_WORDS, ' ').replace(/(?<=[a-z][^aeiouy ])e\b/g, '');
  if (japanese) s = s.replace(/([aeiou])r(?![aeiouy])/g, '$1');
  s = s.replace(/th/g, japanese ? 'S' : 'T');
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  return s;
}

/** The sound of a name in Latin letters as Arabic or Japanese hears it. */
export const latinSound = (name: string, hearing: Hearing): Sound => {
  const s = latinLetters(name, hearing === 'japanese');
  return soundOf(s, hearing);
};

/**
 * The sound of a katakana name from its Hepburn reading, its first word as
 * its own part (ブルー・キャピタル: "Blue", heard as Breyer's "Brey-" too).
 * Romaji has no r after a vowel to drop, so it is read as written.
 */
function kanaSound(latin: string): Sound {
  const space = latin.indexOf(' ');
  return space < 0 ? soundOf(latinLetters(latin, false), 'japanese')
    : soundOf(latinLetters(latin.slice(0, space), false), 'japanese', latinLetters(latin.slice(space), false));
}

/**
 * The sound of an Arabic name (normalized: أ and إ are ا) read from its
 * letters, not from a romanization that guesses its vowels; `tail` is what the
 * firm is, already in English ("Capital" for كابيتال: arabic-latin.ts).
 */
export const arabicSound = (name: string, tail: string): Sound =>
  soundOf(name.replace(/تش/g, 'X').replace(/(?:^| )[اآ]ند(?= |$)/g, ' '), 'arabic', latinLetters(tail, false));

/**
 * Whether the sounds can be one name: the same key, a vowel first in both or
 * in neither, and every vowel the sparser spelling writes found in the other
 * too (Arabic leaves short vowels out; Japanese puts one after every consonant).
 */
function fits(sparse: Sound, full: Sound): boolean {
  return sparse.vowels[0] === full.vowels[0] && sparse.vowels.every((v, k) => !v || full.vowels[k]);
}

/**
 * Fewer classes than these match too many names by chance. In the name's own
 * part: four in Arabic (دانة كابيتال is no Taiwania Capital, nor نيوفار Naver),
 * three in a katakana name's first word; and five in the whole katakana name,
 * since Japanese writes every vowel and so says less with each.
 */
const MIN_HEAD = { arabic: 4, japanese: 3 };
const MIN_KANA = 5;
/** No name asked about has a shorter key (an Arabic head of four, a katakana name of five), so no shorter one is kept. */
const MIN_KEY = Math.min(MIN_HEAD.arabic, MIN_KANA);
/** Per index and hearing: Latin keys' sounds by key, each with its organization. */
const indexes = new WeakMap<Sorted, Partial<Record<Hearing, Map<string, [Sound, number][]>>>>();

function soundIndex(trie: Sorted, hearing: Hearing): Map<string, [Sound, number][]> {
  let both = indexes.get(trie);
  if (!both) indexes.set(trie, (both = {}));
  let map = both[hearing];
  if (map) return map;
  map = both[hearing] = new Map();
  resolved(trie);
  for (let k = 0; k < trie.count; k++) {
    // An alias that is also a word (Meta, Scale) is too loose to be heard in another script.
    if (trie.ambiguous[k]) continue;
    // The shipped keys keep their own case (Sorted.runs): only those in ASCII letters are lowered, after the test.
    const raw = rawKey(trie, k);
    if (!/^[a-z][a-z0-9 &.'-]*$/i.test(raw)) continue;
    const key = raw.toLowerCase();
    const sound = latinSound(key, hearing);
    if (sound.key.length >= MIN_KEY) (map.get(sound.key) ?? map.set(sound.key, []).get(sound.key)!).push([sound, trie.target[k]!]);
  }
  return map;
}

/** A name the text writes, with its organization's name and kind. */
export type Named = Pick<Target, 'canonical' | 'kind'>;
/** The names a text holds: the gazetteer's hits and the cue names, each at its offsets. */
export interface InText {
  text: string;
  hits: readonly { start: number; end: number; target: number; trie: { org(target: number): Target } }[];
  cues: readonly (Named & { start: number; end: number })[];
}

/** The names of a text written in Latin letters, made once per text (keyed by its hits). */
const latinNames = new WeakMap<object, Named[]>();
function inLatin({ text, hits, cues }: InText): Named[] {
  let named = latinNames.get(hits);
  if (!named) {
    named = [...hits.map((h) => h.trie.org(h.target)), ...cues.filter((c) => /^[A-Za-z]/.test(text.slice(c.start, c.end)))];
    latinNames.set(hits, named);
  }
  return named;
}

/**
 * The organization a name written in Arabic or katakana sounds like: first
 * among the names the same text writes in Latin letters (`inText`), since an
 * article may give a young firm's own spelling once (Celesta Digital) and
 * write it by ear elsewhere (سيليستا ديجيتال), and the gazetteer knows neither;
 * then in the gazetteer, if one name alone sounds so. The script's chunk
 * lends its reading through `readers`.
 */
export function alike(trie: Sorted, written: string, readers: ScriptReaders, inText?: InText, english = ''): Named | undefined {
  const arabic = /[\u0600-\u06ff]/.test(written);
  // Every cue name comes here, most in Latin letters: only one opening in katakana is read.
  if (!arabic && !/^[\u30a1-\u30fc]/.test(written)) return undefined;
  const found = soundsLike(trie, written, readers, arabic, inText);
  // A katakana name whose English the cue reader ended in a trade's word keeps it: カグラワークス (Kagura Works) is no
  // Cargolux, though its sounds are near; ブラックストーン (Black Stone) is Blackstone.
  const trade = arabic ? undefined : KANA_TRADE_WORD.exec(english)?.[1];
  return found && trade && !found.canonical.toLowerCase().includes(trade.toLowerCase()) ? undefined : found;
}

/** English words of a trade that a katakana name's last word is read as (ワークス, ラボ, キャピタル). */
const KANA_TRADE_WORD = / (Works|Labs?|Capital|Ventures|Partners|Management|Investments?|Securities|Funds?|Insurance|Motors|Electronics|Industries|Services|Systems|Solutions|Technolog(?:y|ies)|Networks|Studios?|Games|Holdings|Group|Bank|Pay|Energy|Robotics|Data|Cloud|Foods|Farms?|Logistics|Health|Medical|Pharma|Security|Finance|Design|Factory|Tech|Link|Net|Logic)$/;

/** The one organization the text or the gazetteer holds that `written` sounds like. */
function soundsLike(trie: Sorted, written: string, readers: ScriptReaders, arabic: boolean, inText?: InText): Named | undefined {
  const latin = arabic ? undefined : readers.kanaLatin?.(written);
  const sound = arabic ? readers.arabicSound?.(written) : latin && kanaSound(latin);
  if (!sound) return undefined;
  const hearing: Hearing = arabic ? 'arabic' : 'japanese';
  const same = (known: Sound) => known.key === sound.key &&
    (arabic ? fits(sound, known) && finalFits(sound, known) : fits(known, sound) && vowelsFit(known, sound));
  // The text's own names are few, so a shorter sound tells them apart: three classes (ريبل فودز is Rebel Foods there).
  if (sound.key.length >= MIN_IN_TEXT) {
    const heard = one((inText ? inLatin(inText) : []).filter((n) => /^[a-z]/i.test(n.canonical) && same(latinSound(n.canonical, hearing))));
    if (heard) return heard;
  }
  if (sound.head < MIN_HEAD[hearing] || (!arabic && sound.key.length < MIN_KANA)) return undefined;
  return one((soundIndex(trie, hearing).get(sound.key) ?? []).filter(([known]) => same(known)).map(([, t]) => trie.org(t)));
}

/** Fewer classes than these match the text's own names by chance. */
const MIN_IN_TEXT = 3;

/** The one organization the names found are, if they are one. */
function one(found: readonly Named[]): Named | undefined {
  return found.length && found.every((n) => n.canonical === found[0]!.canonical) ? found[0] : undefined;
}
