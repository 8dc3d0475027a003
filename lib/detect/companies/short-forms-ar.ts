/**
 * Short forms of Arabic names ("خزنة لمراكز البيانات" is later "خزنة", "نخلة
 * فنتشرز" "نخلة"). Their own module, carried by the Arabic chunk with the other
 * Arabic readers: a page without Arabic never needs the tails.
 */
import { NATIONALITY } from './arabic-nationality.ts';

/** Business loanwords an Arabic name ends in ("نخلة فنتشرز", "سنام كابيتال"). */
const ARABIC_TAILS = new Set(['كابيتال', 'فنتشرز', 'فينتشرز', 'بارتنرز', 'لابز', 'لابس', 'تكنولوجيز', 'القابضة', 'جروب', 'غروب', 'كلاود',
  'روبوتكس', 'روبوتيكس', 'سيستمز', 'سوليوشنز', 'ديجيتال', 'تك', 'هيلث', 'بايوتك', 'داتا', 'اناليتكس', 'اناليتيكس', 'سيكيوريتي',
  'انسايتس', 'لوجستيكس', 'انرجي', 'ميديكال']);

/** Places a fund or a firm is named for, never its short form ("قطر للاستثمار" is not "قطر"). */
const PLACES = new Set('قطر مصر دبي عمان أبوظبي ابوظبي جدة لبنان تونس'.split(' '));

/** A bank's noun before its name in ال ("مصرف الراجحي", "البنك الأهلي السعودي"): the name alone is its short form. */
const BANK_NOUN = /^(?:ال)?(?:بنك|مصرف)$/;
/** Places in ال that banks are named for ("بنك الرياض", "بنك البحرين الوطني"), as the normalized text spells them. */
const BANK_PLACES = new Set(('الكويت الرياض البحرين العراق الامارات السعودية الجزائر المغرب الاردن اليمن السودان الخليج الشارقة ' +
  'الدوحة القاهرة المنامة العين الاسكندرية الخرطوم الرباط الدار').split(' '));
/**
 * Words of what a bank is, not its name, which the text uses of anything ("البنك التجاري الدولي" is no "التجاري");
 * a country's adjective is NATIONALITY's, in its masculine form (below).
 */
const BANK_KIND = new Set(('التجاري الصناعي الزراعي العقاري الوطني الدولي العربي الاسلامي المركزي الاستثمار التنمية الاول المتحد ' +
  'الشعبي التعاوني الخليجي الاوروبي الافريقي الاسيوي').split(' '));

/**
 * Arabic: the words before "for ..." or a business loanword ("خزنة لمراكز البيانات", "رمال للحوسبة", "نخلة فنتشرز"),
 * or a bank's own word after its noun ("وتبلغ حصة الأهلي", after "البنك الأهلي السعودي").
 */
export function arabicShort(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length >= 2 && words.length <= 3 && BANK_NOUN.test(words[0]!) && /^ال[\u0621-\u064a]{3,}$/.test(words[1]!)) {
    const w = words[1]!;
    // A place or its adjective names where the bank is (بنك الكويت الوطني, المصرف العراقي للتجارة), not the bank.
    return BANK_KIND.has(w) || BANK_PLACES.has(w) || NATIONALITY.has(`${w}ة`) ? undefined : w;
  }
  // A holding named for its country ("ممتلكات البحرين القابضة") goes by its first word ("وكانت ممتلكات قد ضخت").
  if (words.length === 3 && ARABIC_TAILS.has(words[2]!) && BANK_PLACES.has(words[1]!) && words[0]!.length >= 4 && !words[0]!.startsWith('ال')) return words[0];
  const loanword = words.length === 2 && ARABIC_TAILS.has(words[1]!);
  if (!loanword && (words.length < 2 || words[1]!.length < 4 || !words[1]!.startsWith('ل'))) return undefined;
  const head = words[0]!;
  // A head in ال is an adjective or a place ("المصرية للاتصالات"), never the brand alone.
  return head.length >= 3 && !head.startsWith('ال') && !PLACES.has(head) ? head : undefined;
}
