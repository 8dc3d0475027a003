/**
 * The English name of an Arabic-script company name the gazetteer does not
 * know. The English press writes a young Gulf or Egyptian company as its
 * Arabic words in Latin letters followed by what it is in English (سنام
 * كابيتال → "Sanam Capital", خزنة لمراكز البيانات → "Khazna Data Centers"),
 * and the library adds one deal up across languages only if both reports
 * come to the same canonical name.
 *
 * Arabic leaves its short vowels unwritten, so the romanization guesses the
 * commonest shape: an "a" after a first consonant that another follows (سنام
 * → Sanam, نجم → Najm), و and ي as consonants before a long a or at a word's
 * start and as long vowels elsewhere (سينابس is Sinabs, though the company
 * writes itself Synapse). So words that brands commonly take come from a
 * reviewed list with their conventional spelling first (رمال is Rimal, not
 * Ramal: data/arabic-words.ts, arabic-words-2.ts), and only the others are guessed.
 * The text is normalized: أ and إ are ا, ى is ي.
 */
import { ARABIC_LOANWORDS, ARABIC_WORDS } from './data/arabic-words.ts';
import { ARABIC_WORDS_2, BARE_PLACES } from './data/arabic-words-2.ts';
import { ARABIC_LOANWORDS_2 } from './data/arabic-loanwords-2.ts';
import { ARABIC_LOANWORDS_3 } from './data/arabic-loanwords-3.ts';
import { splitWords, type WordList } from './word-split.ts';
import { arabicSound, type Sound } from './sound-alike.ts';
import { foldWord } from '../normalize.ts';

/** Transliterated endings and the Arabic phrases of what a company is, in English. Longest first below. */
const ENDINGS: Record<string, string> = {
  كابيتال: 'Capital', فنتشرز: 'Ventures', فينتشرز: 'Ventures', فنتشر: 'Ventures', بارتنرز: 'Partners', انجلز: 'Angels', لابز: 'Labs', لابس: 'Labs', لاب: 'Lab',
  كلاود: 'Cloud', داتا: 'Data', 'داتا سنترز': 'Data Centers', 'داتا سنتر': 'Data Center', اناليتكس: 'Analytics', انفستمنت: 'Investment', انفستورز: 'Investors', تكنولوجيز: 'Technologies', سيستمز: 'Systems',
  كمبيوت: 'Compute', روبوتكس: 'Robotics', لوجستيكس: 'Logistics', لوجيستيكس: 'Logistics', القابضة: 'Holding', الاستثمارية: 'Investment', المالية: 'Financial', للطاقة: 'Energy', 'للطاقة المتجددة': 'Renewables',
  للحوسبة: 'Compute', 'للحوسبة السحابية': 'Cloud', للذكاء: 'AI', 'للذكاء الاصطناعي': 'AI', للاستثمار: 'Investment',
  للانشاءات: 'Construction', للابحاث: 'Research', للتقنية: 'Technology', للتكنولوجيا: 'Technology', للاتصالات: 'Telecom',
  للبيانات: 'Data', 'لمراكز البيانات': 'Data Centers', للتمويل: 'Finance', للخدمات: 'Services', للروبوتات: 'Robotics',
  // The trades of industry, money and travel ("رونغشنغ للبتروكيماويات": Rongsheng Petrochemical); not "للتنمية" alone,
  // development, which a plan or a fund is for as often as a firm ("«خطة للتنمية»").
  للبتروكيماويات: 'Petrochemical', للكيماويات: 'Chemicals', 'للبترول والكيماويات': 'Petroleum and Chemical', للادوية: 'Pharmaceuticals',
  'للاوراق المالية': 'Securities', 'للخدمات المالية': 'Financial Services', للتجارة: 'Trading',
  'للتنمية والاعمار': 'Development and Construction', للعقارات: 'Real Estate', للصناعات: 'Industries',
  للتامين: 'Insurance', للطيران: 'Aviation', للشحن: 'Shipping', للتعدين: 'Mining', للاسمنت: 'Cement', للاغذية: 'Foods',
  'للرعاية الصحية': 'Healthcare', للالعاب: 'Games', للفنادق: 'Hotels', الدولية: 'International',
  // The fields of public funds and state firms (arabic-definite.ts): "صندوق أبوظبي للمعاشات", Abu Dhabi Pension Fund.
  للاستثمارات: 'Investments', للمعاشات: 'Pension', للتقاعد: 'Pension', 'للخدمات اللوجستية': 'Logistics Services',
  'للاستثمار الاستراتيجي': 'Strategic Investment', 'للبنية الرقمية': 'Digital Infrastructure', 'للبنية التحتية': 'Infrastructure',
  للاسكان: 'Housing', للنقل: 'Transport', للكهرباء: 'Electricity', للمياه: 'Water', للموانئ: 'Ports', للمقاولات: 'Contracting',
  للهندسة: 'Engineering', للتوزيع: 'Distribution', للاستشارات: 'Advisory', 'للابحاث المالية': 'Financial Research',
  'للصناعات الالكترونية': 'Electronics',
  // The services and trades young firms name themselves for ("دانة للاستشارات الهندسية": Dana Engineering Consultants).
  'للاستشارات الهندسية': 'Engineering Consultants', 'للاستشارات المالية': 'Financial Advisory', 'للاستشارات البحرية': 'Maritime Advisory',
  'للهندسة والمقاولات': 'Engineering & Contracting', للانظمة: 'Systems', 'للانظمة الصناعية': 'Industrial Systems', للمحطات: 'Terminals',
  للمدفوعات: 'Payments', 'للتخليص الجمركي': 'Customs Clearance', 'لادارة الثروات': 'Wealth Management', 'لادارة الاصول': 'Asset Management',
  'لاعادة التدوير': 'Recycling', 'للطاقة الشمسية': 'Solar', 'للتقنيات المالية': 'Fintech', 'للتكنولوجيا المالية': 'Fintech',
  للتعليم: 'Education', 'للامن السيبراني': 'Cybersecurity', للزراعة: 'Agriculture', للتصنيع: 'Manufacturing', للسيارات: 'Automotive',
  للبرمجيات: 'Software', للحلول: 'Solutions', للاعلام: 'Media', 'للتطوير العقاري': 'Real Estate Development',
};

/**
 * What a firm makes or sells, as the first word of its name, whose English puts it last: مياه تهامة is Tihama Water,
 * اسمنت اليمامة Yamama Cement (the Arabic joins the two as a possessive).
 */
const HEADS: Record<string, string> = {
  مياه: 'Water', اسمنت: 'Cement', حديد: 'Steel', كهرباء: 'Electricity', الكترونيات: 'Electronics', اغذية: 'Foods', البان: 'Dairy',
  ادوية: 'Pharmaceuticals', عقارات: 'Real Estate',
};
const ENDING_KEYS = Object.keys(ENDINGS).sort((a, b) => b.length - a.length);
/** "للبيانات", "للحوسبة": a business field a name's second word may be ("شراع للبيانات"). */
export const businessField = (w: string) => w.startsWith('لل') && w in ENDINGS;
/** A field's English ("للخدمات المالية" → Financial Services), when the list has the phrase whole. */
export const fieldEnglish = (phrase: string): string | undefined => (phrase.startsWith('لل') ? ENDINGS[phrase] : undefined);

const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't',
  ظ: 'dh', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ء: '', ئ: '', ؤ: '', پ: 'p', ڤ: 'v', گ: 'g',
  چ: 'ch',
};

/** Is the unit at k a consonant: a consonant letter, or و and ي at the start or before a long a? */
function consonantAt(units: string[], k: number): boolean {
  const u = units[k];
  if (u === undefined || u === 'ا' || u === 'ة') return false;
  if (u !== 'و' && u !== 'ي') return CONSONANTS[u] !== undefined;
  return k === 0 || units[k + 1] === 'ا' || units[k + 1] === 'ة' || units[k - 1] === 'ا';
}

/** The short vowel a haraka writes: fatha a, kasra i, damma u; sukun none. */
const MARK_VOWEL: Record<string, string> = { '\u064e': 'a', '\u0650': 'i', '\u064f': 'u', '\u0652': '', '\u0670': 'a' };
const SHADDA = '\u0651';
// The superscript alef too: a long a some words write over the letter (رحمٰن).
const HARAKAT = /[\u064b-\u0652\u0670]/g;
const HARAKA = /[\u064b-\u0652\u0670]/;
/** A fatha, kasra, damma or shadda on a و or ي, which makes it a consonant. */
const CONSONANT_MARK = /[\u064e-\u0651]/;
/** The long letter a short vowel before it is written with: the haraka adds no letter of its own (سُقْيَا, كَرِيم, نُور). */
const LONG_OF: Record<string, string> = { a: 'اىة', i: 'ي', u: 'و' };

/** Both lists of English words in Arabic letters, as one. */
// The region's acronym, which firms across it take (مينا ديجيتال: MENA Digital), is no word's spelling.
const LOANS: Record<string, string> = { ...ARABIC_LOANWORDS, ...ARABIC_LOANWORDS_2, ...ARABIC_LOANWORDS_3, مينا: 'MENA' };
/** Those, and the one-word endings (كلاود, داتا): the pieces a coined name is glued from. */
const PIECES: Record<string, string> = { ...LOANS, ...Object.fromEntries(Object.entries(ENDINGS).filter(([k]) => !k.startsWith('لل') && !k.includes(' ') && !k.startsWith('ال'))) };
/** The pieces as a splitter reads them: three letters or more, as shorter ones cut Arabic words apart. */
const PIECE_LIST: WordList = { get: (piece) => PIECES[piece], longest: Math.max(...Object.keys(PIECES).map((k) => k.length)), shortest: 3 };

/**
 * English words written in Arabic letters as one word, a coined name (ايكوكلاود: EcoCloud, اكوابايت: AquaByte): the
 * listed pieces that cover the word whole (word-split.ts), two or more; undefined when none do.
 */
function loanCompound(word: string): string | undefined {
  const pieces = splitWords(PIECE_LIST, word);
  return pieces && pieces.length > 1 ? pieces.join('') : undefined;
}

/**
 * One Arabic word in Latin letters, or undefined for a letter it cannot read.
 * Harakat, where a text writes them on an unfamiliar name (سُقيا), give its
 * short vowels and doubled letters instead of the guess.
 */
function romanizeWord(word: string): string | undefined {
  // The reviewed words are keyed as the text is folded, ى as ي.
  const plain = word.replace(HARAKAT, '').replace(/ى/g, 'ي');
  const known = ARABIC_WORDS[plain] ?? ARABIC_WORDS_2[plain] ?? LOANS[plain] ?? loanCompound(plain);
  if (known) return known;
  // The letters, and the marks written after each.
  const units: string[] = [];
  const marks: string[] = [];
  for (const u of word) {
    if (HARAKA.test(u)) {
      if (units.length) marks[units.length - 1] += u;
    } else {
      units.push(u);
      marks.push('');
    }
  }
  let out = '';
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    let letters: string;
    // A long foreign name's opening o (أوربيترا: Orbitra, as أوراكل is Oracle); Arabic's own words keep aw (أوراق, أوسط,
    // أوج), as do short ones.
    if (k === 0 && u === 'ا' && units[1] === 'و' && units.length > 4 && !marks[0] && consonantAt(units, 2) && !ARABIC_SOUNDS.test(plain)) {
      out = 'o';
      k++;
      continue;
    }
    if (u === 'ا') letters = 'a';
    // A final ة is "a" (قمرة: Qamra), but "t" after a long a (مشكاة: Mishkat) and inside a word.
    else if (u === 'ة') letters = k === units.length - 1 && units[k - 1] !== 'ا' ? 'a' : 't';
    // Only a vowelled name keeps its alef maksura unfolded: a final long a (نُهى: Nuha).
    else if (u === 'ى') letters = 'a';
    else if (u === 'و' || u === 'ي') {
      // A foreign name's final -ia after a consonant (نوميديا: Numidia, as إنفيديا is Nvidia and ميديا Media); Arabic's
      // own words keep their -ya (سقيا: Suqya), and a vowel mark on it says it is one.
      if (u === 'ي' && k === units.length - 2 && units[k + 1] === 'ا' && consonantAt(units, k - 1) && !marks[k] && !ARABIC_SOUNDS.test(plain)) letters = 'i';
      // A haraka or a shadda on it makes it a consonant (ملوّنة: Malawwana).
      else if (consonantAt(units, k) || CONSONANT_MARK.test(marks[k]!)) letters = u === 'و' ? 'w' : 'y';
      else letters = u === 'و' ? 'u' : 'i';
    } else if (CONSONANTS[u] === undefined) return undefined;
    else letters = CONSONANTS[u];
    // A doubled letter follows a vowel, unwritten or not (مسرّة: Masarra); a word's first one is the article's
    // assimilated l (الشَّرق), which the article's own spelling already gives.
    if (marks[k]!.includes(SHADDA) && k > 0) out += (/[^aeiou]$/.test(out) ? 'a' : '') + letters + letters;
    else out += letters;
    const vowel = [...marks[k]!].map((m) => MARK_VOWEL[m]).find((v) => v !== undefined);
    const next = units[k + 1];
    // Not before a و or ي that a mark makes a consonant (كُوَيْت: Kuwait).
    const long = vowel && next !== undefined && LONG_OF[vowel]!.includes(next) && !consonantAt(units, k + 1) && !CONSONANT_MARK.test(marks[k + 1]!);
    if (vowel !== undefined && !long) out += vowel;
    // A doubled letter has a vowel after it, written or not, before the next consonant (ملوّنة: Malawwana).
    else if (vowel === undefined && k > 0 && marks[k]!.includes(SHADDA) && consonantAt(units, k + 1)) out += 'a';
    // The short vowel after a first consonant that a second one follows (سنام: Sanam, رواسي: Rawasi, قمرة: Qamra).
    else if (k === 0 && consonantAt(units, 0) && consonantAt(units, 1)) out += 'a';
  }
  return /[a-z]/.test(out) ? out[0]!.toUpperCase() + out.slice(1) : undefined;
}

/** English letters as Arabic spells their names: "اس تي سي" is STC. */
const LETTERS: Record<string, string> = {
  ايه: 'A', بي: 'B', سي: 'C', دي: 'D', اي: 'I', اف: 'F', جي: 'G', اتش: 'H', جيه: 'J', كيه: 'K', ال: 'L', ام: 'M', ان: 'N',
  او: 'O', كيو: 'Q', ار: 'R', اس: 'S', تي: 'T', يو: 'U', في: 'V', دبليو: 'W', اكس: 'X', واي: 'Y', زد: 'Z',
};

/** An acronym spelled out letter by letter; اي opening one is E ("اي اف جي": EFG), later I ("سي اي": CI). */
function acronym(words: string[]): string | undefined {
  if (words.length < 2 || !words.every((w) => w in LETTERS)) return undefined;
  return words.map((w, k) => (k === 0 && w === 'اي' ? 'E' : LETTERS[w])).join('');
}

/** Letter names that are also common words (في in, ان that, او or, اي which, ال the): a run needs two others. */
const WORDLIKE_LETTERS = new Set(['في', 'ان', 'او', 'اي', 'ال']);

/** Is the word a letter's name that is also a common word? */
export const wordlikeLetter = (w: string): boolean => WORDLIKE_LETTERS.has(w);
/** Is the word a letter's name, as an acronym spelled out has them ("كيه سي بي": KCB)? */
export const letterName = (w: string): boolean => w in LETTERS;
/** Do the words spell an acronym that is no run of common words: two letters or more that are no word? */
export const spelledAcronym = (words: string[]): boolean => !!acronym(words) && words.filter((w) => !wordlikeLetter(w)).length >= 2;

/** Letter names that are no Arabic word: كيو is only ever Q ("كيو لوجستيكس": Q Logistics). */
const LETTER_ONLY = new Set(['كيو', 'اكس', 'زد', 'دبليو', 'جيه', 'كيه', 'اتش']);

/** A name that opens with such a letter and goes on, in words or a firm's ending: the letter, then the words romanized. */
function letterFirst(words: string[], more: boolean): string | undefined {
  if (!LETTER_ONLY.has(words[0]!) || !(more || words.length > 1)) return undefined;
  const rest = words.length > 1 ? romanizeName(words.slice(1)) : '';
  return rest === undefined ? undefined : `${LETTERS[words[0]!]}${rest && ` ${rest}`}`;
}

/** A letter's name alone before what the firm is, a letter that is no word too: بي إنفستمنتس is B Investments. */
const letterBefore = (words: string[], tail: string[]) =>
  (words.length === 1 && tail.length && letterName(words[0]!) && !wordlikeLetter(words[0]!) ? LETTERS[words[0]!] : undefined);

/** "Al Sarh" for الصرح: the article is written apart, as names in the English press have it, or dropped with it (Bahrain). */
function romanizeName(words: string[]): string | undefined {
  const out: string[] = [];
  for (const w of words) {
    if (w === 'اند') {
      out.push('&');
      continue;
    }
    const bare = w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
    const latin = romanizeWord(bare);
    if (!latin) return undefined;
    out.push(bare === w || BARE_PLACES.has(bare) ? latin : `Al ${latin}`);
  }
  return out.join(' ');
}

/** A name less the words of what the firm is, and those words in English, a group last ("سنام كابيتال": سنام, Capital). */
function splitTail(name: string): { rest: string; tail: string[]; group: boolean } {
  let rest = name;
  let group = false;
  // "مجموعة قمرة القابضة" is the Qamra Holding Group.
  if (rest.startsWith('مجموعة ')) {
    rest = rest.slice(7);
    group = true;
  }
  const tail: string[] = [];
  // Only a first word of several: a name of one word is its own (indexOf's -1 would cut its last letter off).
  const head = rest.slice(0, Math.max(0, rest.indexOf(' ')));
  if (HEADS[head]) {
    rest = rest.slice(head.length + 1);
    tail.push(HEADS[head]);
  }
  for (let end = ENDING_KEYS.find((k) => rest.endsWith(` ${k}`)); end; end = ENDING_KEYS.find((k) => rest.endsWith(` ${k}`))) {
    tail.unshift(ENDINGS[end]!);
    rest = rest.slice(0, -end.length - 1);
  }
  return { rest, tail: group ? [...tail, 'Group'] : tail, group };
}

/**
 * "Sanam Capital" for سنام كابيتال; the name itself when a word is not
 * Arabic letters or the name is all words of what a company is.
 */
export function arabicEnglish(name: string): string {
  const { rest, tail, group } = splitTail(name);
  if (!rest || rest in ENDINGS) return name;
  const words = rest.split(' ');
  // A letter goes on into an ending it was written with ("كيو لوجستيكس"), not into a group before it.
  const head = acronym(words) ?? letterFirst(words, tail.length > (group ? 1 : 0)) ?? letterBefore(words, tail) ?? romanizeName(words);
  // A head with digits or Latin letters in it stays as written, before its ending's English (بروسبيريتي7 فنتشرز: the
  // head, then Ventures), so a known head's English can take its place (fit-cues.ts).
  if (!head) return tail.length && /[0-9A-Za-z]/.test(rest) ? [rest, ...tail].join(' ') : name;
  return [head, ...tail].join(' ');
}

/**
 * Letters Arabic writes its own words with and a foreign name in Arabic
 * letters hardly ever has: English has no ع or ح, and its t, s, d and k are
 * ت, س, د and ك. A name holding one is Arabic (برقان), not a Latin one heard.
 */
const ARABIC_SOUNDS = /[عحصضظطقخذ]/;
/** A verbal noun of the pattern taf'il, one word (ترنيم, تمكين, تيسير): Arabic's own, not a foreign name heard (Ternium). */
const TAFIL = /^ت[^\u0627\u0648\u064a ][^\u0627\u0648\u064a ]?\u064a[^\u0627\u0648\u064a ]$|^تي[^\u0627\u0648\u064a ]ي[^\u0627\u0648\u064a ]$/;

/** A word the brands take, with or without its article (الجسر is "the bridge", not Aljazira heard). */
const ownWord = (w: string) => {
  const bare = w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
  return w in ARABIC_WORDS || w in ARABIC_WORDS_2 || bare in ARABIC_WORDS || bare in ARABIC_WORDS_2;
};

/**
 * How an Arabic name sounds, for matching it to a Latin one (sound-alike.ts):
 * only a name that reads as a foreign one written in Arabic letters, not an
 * acronym spelled out, an Arabic word the brands take (data/arabic-words.ts)
 * or one with Arabic's own sounds.
 */
export function arabicNameSound(name: string): Sound | undefined {
  const { rest, tail } = splitTail(name);
  const words = rest.split(' ');
  if (!rest || acronym(words) || !/^[\u0621-\u064a ]+$/.test(rest) || ARABIC_SOUNDS.test(rest) || TAFIL.test(rest) || words.some(ownWord)) return undefined;
  return arabicSound(rest, tail.join(' '));
}

/**
 * A text writes an unfamiliar name's harakat once, where it introduces it
 * (سُقيا), and bare after (سقيا): the English name those harakat spell is
 * every mention's. Only names whose English the romanization gave: a known
 * organization's or a Latin gloss's name stays.
 */
export function vowelledNames(out: { text: string; canonical: string; source: string }[]): void {
  const better = new Map<string, string>();
  for (const c of out) {
    if (c.source !== 'cue' || !HARAKA.test(c.text)) continue;
    const plain = foldWord(c.text);
    if (arabicEnglish(plain) !== c.canonical) continue;
    // The fold less its dropping of harakat and of the alef maksura, which says how a name ends.
    const vowelled = [...c.text].map((u) => (HARAKA.test(u) || u === 'ى' ? u : foldWord(u))).join('');
    const english = arabicEnglish(vowelled);
    if (english !== c.canonical) better.set(c.canonical, english);
  }
  if (better.size) for (const c of out) c.canonical = better.get(c.canonical) ?? c.canonical;
}
