import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { arabicEnglish } from './arabic-latin.ts';
import { ARABIC_LOANWORDS, ARABIC_WORDS } from './data/arabic-words.ts';
import { ARABIC_WORDS_2 } from './data/arabic-words-2.ts';
import { ARABIC_LOANWORDS_2 } from './data/arabic-loanwords-2.ts';
import { ARABIC_LOANWORDS_3 } from './data/arabic-loanwords-3.ts';
import { normalize } from '../normalize.ts';

describe('the reviewed Arabic brand words', () => {
  it('gives the trades of industry, money and travel their English, a field of two words among them', () => {
    // Written for this test.
    expect(arabicEnglish('زوليا للادوية')).toBe('Zulia Pharmaceuticals');
    expect(arabicEnglish('دانة للاستشارات الهندسية')).toBe('Dana Engineering Consultants');
    expect(arabicEnglish('ثبات للانظمة الصناعية')).toBe('Thabat Industrial Systems');
    expect(arabicEnglish('فالكو للاوراق المالية')).toBe('Falku Securities');
    expect(arabicEnglish('نمار للتجارة')).toBe('Namar Trading');
    // A place keeps its article in English where the English keeps it, and drops it where the English does.
    expect(arabicEnglish('العين للتوزيع')).toBe('Al Ain Distribution');
    expect(arabicEnglish('البحرين للمقاولات')).toBe('Bahrain Contracting');
  });

  it('are single words as the normalized text spells them, with no article, each listed once, spelled in Latin letters', () => {
    const keys = [...Object.keys(ARABIC_WORDS), ...Object.keys(ARABIC_WORDS_2), ...Object.keys(ARABIC_LOANWORDS), ...Object.keys(ARABIC_LOANWORDS_2), ...Object.keys(ARABIC_LOANWORDS_3)];
    expect(keys.length).toBeGreaterThan(1200);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) {
      expect(k).toMatch(/^[\u0621-\u064a]+$/);
      expect(normalize(k).text).toBe(k);
      expect(k.startsWith('ال')).toBe(false);
    }
    for (const v of [...Object.values(ARABIC_WORDS), ...Object.values(ARABIC_WORDS_2), ...Object.values(ARABIC_LOANWORDS), ...Object.values(ARABIC_LOANWORDS_2), ...Object.values(ARABIC_LOANWORDS_3)]) expect(v).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/);
  });
});

describe('the English name of an Arabic-script company name', () => {
  it('reads English words glued into one coined name, a firm\'s trade before its place, and a lone letter before an ending', () => {
    // Written for this test.
    expect(arabicEnglish('ايكوكلاود')).toBe('EcoCloud');
    expect(arabicEnglish('مياه تهامة')).toBe('Tihama Water');
    // One word that a trade word merely begins is a name of its own, romanized.
    expect(arabicEnglish('مياهي')).toBe('Mayahi');
    expect(arabicEnglish('ابوظبي للتوزيع')).toBe('Abu Dhabi Distribution');
    expect(arabicEnglish('سي كابيتال')).toBe('C Capital');
    expect(arabicEnglish('وديان للابحاث المالية')).toBe('Widyan Financial Research');
  });

  it('reads a letter name that is no Arabic word as its letter, before words or an ending', () => {
    expect(arabicEnglish('كيو لوجستيكس')).toBe('Q Logistics');
    expect(arabicEnglish('اكس كابيتال')).toBe('X Capital');
    // Alone it may be a name of its own.
    expect(arabicEnglish('كيو')).toBe('Kiu');
  });

  it('romanizes the name and translates what it says the company is', () => {
    expect(arabicEnglish('كثبان كابيتال')).toBe('Kuthban Capital');
    expect(arabicEnglish('سحاب لابز')).toBe('Sahab Labs');
    expect(arabicEnglish('غيمة للحوسبة السحابية')).toBe('Ghaima Cloud');
    expect(arabicEnglish('واحة للذكاء الاصطناعي')).toBe('Waha AI');
    expect(arabicEnglish('دانة لمراكز البيانات')).toBe('Dana Data Centers');
    // A foreign name opens with o; a word with Arabic's own sounds keeps aw; مينا in a name is the region.
    expect(arabicEnglish('اوستيرا كابيتال')).toBe('Ostira Capital');
    expect(arabicEnglish('اوقاف كابيتال')).toBe('Awqaf Capital');
    expect(arabicEnglish('اوج كابيتال')).toBe('Awj Capital');
    expect(arabicEnglish('مينا ديجيتال')).toBe('MENA Digital');
  });

  it('spells words brands commonly take as the brands do, and English words written in Arabic letters as English', () => {
    // A letter-by-letter reading would give Ramal, Nabras and Dizrt.
    expect(arabicEnglish('رمال كابيتال')).toBe('Rimal Capital');
    expect(arabicEnglish('نبراس للذكاء الاصطناعي')).toBe('Nibras AI');
    expect(arabicEnglish('ديزرت كمبيوت')).toBe('Desert Compute');
    expect(arabicEnglish('الافق للابحاث')).toBe('Al Ufuq Research');
    // A word the list does not hold is still guessed.
    expect(arabicEnglish('سنام كابيتال')).toBe('Sanam Capital');
  });

  it('writes the article apart, a group last, and a name spelled letter by letter as its acronym', () => {
    expect(arabicEnglish('الصفوة للانشاءات')).toBe('Al Safwa Construction');
    expect(arabicEnglish('مجموعة رماح القابضة')).toBe('Ramah Holding Group');
    expect(arabicEnglish('اس ام كيه كابيتال')).toBe('SMK Capital');
  });

  it('keeps a name that is only words of what a company is, or holds a letter it cannot read', () => {
    expect(arabicEnglish('للذكاء الاصطناعي')).toBe('للذكاء الاصطناعي');
    expect(arabicEnglish('ميديا 24')).toBe('ميديا 24');
  });
});

describe('Arabic names the engine reads, in Latin letters', () => {
  it('names the company and its short form alike', () => {
    const text = 'جمعت شركة كثبان لابز 20 مليون دولار بقيادة غيمة كابيتال. وقالت كثبان إن التمويل سيذهب إلى التوظيف.';
    const names = detect(text).entities.flatMap((e) => (e.type === 'company' ? [`${e.text}=${e.canonical}`] : []));
    expect(names).toEqual(['كثبان لابز=Kuthban Labs', 'غيمة كابيتال=Ghaima Capital', 'كثبان=Kuthban Labs']);
  });

  it('reads "داتا سنترز" whole as Data Centers (an invented name)', () => {
    const text = 'وقالت شركة سيرو داتا سنترز إنها تنمو.';
    expect(detect(text).entities.flatMap((e) => (e.type === 'company' ? [`${e.text}=${e.canonical}`] : []))).toEqual(['سيرو داتا سنترز=Siru Data Centers']);
  });
});

describe('an Arabic name whose harakat a text writes once', () => {
  const names = (text: string) => detect(text).entities.flatMap((e) => (e.type === 'company' ? [`${e.text}=${e.canonical}`] : []));

  it('spells its short vowels and doubled letters, at every mention', () => {
    expect(names('جمعت شركة سُقيا الناشئة 5 ملايين دولار. وقالت سقيا إن التمويل سيذهب إلى التوظيف.')).toEqual([
      'سُقيا=Suqya', 'سقيا=Suqya',
    ]);
    expect(names('وقالت شركة نقّاب إن الجولة أغلقت.')).toEqual(['نقّاب=Naqqab']);
    expect(names('وقالت شركة ملوّنة للاستثمار إن الجولة أغلقت.')).toEqual(['ملوّنة للاستثمار=Malawwana Investment']);
  });

  it('reads a final alef maksura as a long a, and ة after a long a as t', () => {
    expect(names('أعلنت شركة نُهى الناشئة عن جولة جديدة.')).toEqual(['نُهى=Nuha']);
    expect(arabicEnglish('مشكاة كابيتال')).toBe('Mishkat Capital');
  });

  it('reads a foreign name\'s final -ia after a consonant, and an Arabic word\'s -ya', () => {
    expect(arabicEnglish('كاسيديا لابز')).toBe('Kasidia Labs');
    expect(arabicEnglish('سقيا')).toBe('Suqya');
  });

  it('adds no letter for a short vowel written before its long letter, nor doubles the article\'s assimilated l', () => {
    expect(arabicEnglish('سُقْيَا')).toBe('Suqya');
    expect(arabicEnglish('كَرِيم')).toBe('Karim');
    expect(arabicEnglish('مُلَوَّنة')).toBe('Mulawwana');
    expect(arabicEnglish('الشَّقب')).toBe('Al Shaqb');
    expect(arabicEnglish('رَحمٰن')).toBe('Rahman');
    // A و or ي with a mark of its own is a consonant, and the vowel before it is written.
    expect(arabicEnglish('كُوَيْت')).toBe('Kuwait');
    expect(arabicEnglish('زَكِيّ')).toBe('Zakiyy');
  });

  it('still spells a reviewed word the reviewed way, alef maksura or not, harakat or not', () => {
    expect(arabicEnglish('جَدوى')).toBe('Jadwa');
    expect(arabicEnglish('مُسَرَّة')).toBe('Masarra');
    expect(arabicEnglish('مُلتقى')).toBe('Multaqa');
  });

  it('leaves alone a name the gazetteer knows', () => {
    expect(names('وقالت شركة إنفِيديا إنها ستستثمر.')).toEqual(['إنفِيديا=Nvidia']);
  });
});
