/**
 * A known short name that is a person's given name here: the scripts' own
 * tests, which ride with their chunks (the Arabic one, the Chinese one) so the
 * content script does without them.
 */
import { ARABIC_CLITICS } from './lexicon.ts';

/**
 * An Arabic family name in ال and the masculine ي, set off by a comma, after an
 * ambiguous name makes it a given name ("كريم الشاذلي، الرئيس التنفيذي": Karim,
 * not Careem); a firm's own adjective agrees with شركة in the feminine.
 */
const ARABIC_SURNAME_AFTER = /^ ال[\u0621-\u064a]{2,}ي[،,]/;
/** Adjectives in the masculine ي that follow a fund's name as well (صندوق مبادلة السيادي). */
const ARABIC_ADJECTIVE_AFTER = /^ ال(?:سيادي|استثماري|دولي|وطني|عالمي|حكومي|تنموي|مالي|رقمي|تقني|عربي|خليجي|سعودي|[إا]ماراتي|قطري|كويتي|مصري|عماني|بحريني|[أا]مريكي|صيني|ياباني|[أا]وروبي|هندي|بريطاني|فرنسي|[أا]لماني|كوري)[،,]/;

/**
 * The article glued before a name, in the clitics the scan takes past (lexicon.ts): "الأغذية", the foods, not
 * Agthia's أغذية; "وبالأغذية"; "للأغذية", whose article has lost its alif.
 */
const ARTICLE_BEFORE = new RegExp(`(?:^|[^\u0621-\u064a])(?:${ARABIC_CLITICS.filter((c) => /(?:ال|لل)$/.test(c)).join('|')})$`);

/**
 * Words a person's name follows: "على يد كريم حداد" (founded at the hands of Karim Haddad), a title of address,
 * with the person's nationality after it ("والمهندس الأردني كريم منصور"), a founder; a firm is not written so.
 */
const PERSON_BEFORE = /(?:^|[\s،,])[وف]?(?:يد|يدي|السيد|الدكتور|المهندس|مؤسسها|مؤسسه|المؤسس)(?:\s+ال[\u0621-\u064a]{2,}ي)?\s+$/;

/**
 * A word in ة before a noun in ال, bound to it as "the safety of" is ("سوق سلامة المناجم", the mine-safety market): a
 * common noun, not the firm; an adjective in ة or ي after the name agrees with it or its noun instead ("ومضة المتخصصة",
 * "صندوق مبادلة السيادي").
 */
const CONSTRUCT_AFTER = /^ة ال[\u0621-\u064a]{2,}(?<!ي|ة)(?![\u0621-\u064a])/;

/**
 * "In the region of", "the city of" (بمنطقة, مدينة مصدر): a place's name follows. Not في or a glued ب, which a firm
 * follows as often ("استثمرت في مبادلة", "مقارنةً بـMistral").
 */
const PLACE_BEFORE = /(?:^|\s)[وب]?(?:منطقة|مدينة)\s+$/;

/** A compound family name after it (كريم عبد الله, سامي بن علي): the word is a man's given name. */
const FAMILY_AFTER = /^ (?:عبد ?ال|بن |ابن |ابو |أبو )/;

/** One more word, a comma and a title after it ("كريم منصور، مدير الاستثمار"): a person's first and last name. */
const TITLE_AFTER = /^ [\u0621-\u064a]{3,}[،,] (?:مدير|المدير|رئيس|الرئيس|الشريك|شريك|مؤسس|المؤسس|نائب|كبير|محلل|الخبير|خبير)/;

/** A title after a comma, right after the name: the name ends a person's ("عيسى المناعي، الشريك الإداري"). */
const TITLE_NEXT = /^[،,] (?:ال)?(?:مدير|رئيس|شريك|مؤسس|نائب|كبير|محلل|خبير)/;
/** Nouns of a firm, before which a name in ال is the firm's however a title follows ("شركة المراعي، أكبر ..."). */
const FIRM_NOUN = /^[وبلف]?(?:ال|لل)?(?:شركة|شركات|مجموعة|بنك|مصرف|صندوق|مؤسسة|منصة|صحيفة|وكالة|قناة|مجلة)$/;

/**
 * A family name in ال after a given name, with the person's title after a comma ("وقال عيسى المناعي، الشريك
 * الإداري"): a Gulf family's name is often a firm's too (Mannai), but here it is the man's, whatever the index says.
 */
function titledFamilyName(text: string, start: number, end: number): boolean {
  if (text.slice(start - 3, start) !== ' ال' || !TITLE_NEXT.test(text.slice(end, end + 12))) return false;
  const given = /([\u0621-\u064a]+)$/.exec(text.slice(Math.max(0, start - 20), start - 3));
  return !!given && !FIRM_NOUN.test(given[1]!);
}

/** A program, an initiative, a contest or a prize, whose name follows in quotes ("برنامج «إنسبشن» الذي أطلقته إنفيديا"). */
const PROGRAM_BEFORE = /(?:^|\s)[وبل]?(?:ال)?(?:برنامج|مبادرة|مسابقة|جائزة|قانون)\s?[«"“]$/;

/** The second of two fields an authority is for ("الهيئة العامة للغذاء والدواء", the food and drug authority): no firm of that name. */
const AUTHORITY_BEFORE = /(?:^|\s)[وبل]?(?:ال)?هيئة(?: [^\s،.]+){0,2} لل[^\s،.]+ و$/;

/**
 * An Arabic name that is a person's family name here, a program's or the second field of an authority's name; if
 * ambiguous, also a given name or a common word the article makes plain.
 */
export function arabicNotFirm(text: string, start: number, end: number, ambiguous: boolean): boolean {
  if (titledFamilyName(text, start, end) || PROGRAM_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || AUTHORITY_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (!ambiguous) return false;
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 16), start);
  // "الدار البيضاء" is Casablanca, not Aldar; "مدينة مصدر" is Masdar City, not the company.
  return ARTICLE_BEFORE.test(before.slice(-4)) || PERSON_BEFORE.test(before) || /^ البيضاء/.test(after) || PLACE_BEFORE.test(before) || CONSTRUCT_AFTER.test(text.slice(end - 1, end + 16)) || FAMILY_AFTER.test(after) || TITLE_AFTER.test(after) ||
    (ARABIC_SURNAME_AFTER.test(after) && !ARABIC_ADJECTIVE_AFTER.test(after));
}

/** A title and a common surname before a short Chinese name ("小鹏汽车董事长何小鹏": XPeng's chairman He Xiaopeng). */
const TITLED_SURNAME = /(?:董事长|董事長|创始人|創始人|创办人|首席执行官|总裁|總裁|总经理|主席|负责人|CEO)[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范雷黎贺顾毛郝龚邵钱严]$/;

export function hanGivenName(text: string, start: number, end: number): boolean {
  return end - start <= 2 && TITLED_SURNAME.test(text.slice(Math.max(0, start - 6), start));
}
