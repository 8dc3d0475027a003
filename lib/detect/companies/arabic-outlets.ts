/**
 * Arabic news credits the outlet it spoke to in quotation marks: "قالا
 * لـ«العربية»" (the two told Al Arabiya), "في حوار مع «الاقتصادية»", "على طلب
 * «الشرق» للتعليق". Such outlet names are ordinary words (العربية is "Arabic",
 * الشرق "the East"), so the gazetteer cannot hold them; the frame of the
 * credit shows them. The text is normalized (أ is ا, tatweel dropped).
 */
import type { CueName } from './cues.ts';

/** The English names of outlets the Arab press quotes this way; any other is romanized by the caller. */
const OUTLETS: Record<string, string> = {
  العربية: 'Al Arabiya', الشرق: 'Asharq', الاقتصادية: 'Al Eqtisadiah', الايام: 'Al Ayam', ومضة: 'Wamda', زاوية: 'Zawya',
  الجزيرة: 'Al Jazeera', 'سكاي نيوز عربية': 'Sky News Arabia', 'الشرق الاوسط': 'Asharq Al-Awsat', الخليج: 'Al Khaleej',
  البيان: 'Al Bayan', الرياض: 'Al Riyadh', عكاظ: 'Okaz', الاهرام: 'Al-Ahram', المال: 'Al Mal', 'اقتصاد الشرق': 'Asharq Business',
  ارقام: 'Argaam',
};

/**
 * Or named bare after a word of sourcing, closing its clause: "بحسب زاوية." (according to Zawya), "وفقا لأرقام،". Only
 * an outlet of the list: "بحسب أرقام رسمية" (official figures) goes on, and any other word there is the sentence's.
 */
const SOURCED = /(?:(?:^|\s)(?:بحسب|حسب|نقلا عن) |وفقا ل)([\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}?)(?=\s*(?:[.،,؛]|$))/g;

const Q = '[«"“]([^«»"“”\\n]{2,24})[»"”]';
/**
 * Told to (ل before the quote, a verb of saying or a source before it), spoken
 * to, an interview with, a request for comment by the outlet, a paper it saw, or a paper's noun before it.
 */
const CREDITS = [
  new RegExp(`(?:قال|قالا|قالت|قالوا|تصريح|تصريحات|افاد|افادت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|مصادر|مصدر)[^.!؟\\n«»]{0,60}?\\sل\\s?${Q}`, 'g'),
  new RegExp(`(?:حوار|مقابلة|لقاء)(?: خاص)? مع ${Q}`, 'g'),
  // Spoke to the outlet: "مصدرين تحدثا إلى «الشرق»" (folded: الي).
  // ل and الي open their word (not خلال, المالي), and no title stands between: "تحدث الرئيس التنفيذي لـ«نخلة»" is its CEO.
  new RegExp(`(?:^|\\s)و?(?:تحدث|تحدثا|تحدثت|تحدثوا|صرح|صرحت|صرحا)(?: (?:(?!الرئيس|المدير|رئيس|مؤسس)[^.!؟\\n«»]){0,24}?)?\\s(?:الي\\s?|ل)${Q}`, 'g'),
  new RegExp(`طلب ${Q} للتعليق`, 'g'),
  // A document the outlet saw: "وفق بيان اطلعت عليه «الشرق»" (not حصل عليه, obtained, which any firm does).
  new RegExp(`(?:^|\\s)(?:اطلعت|اطلع) ?(?:عليه|عليها|عليهما|عليهم) ${Q}`, 'g'),
  // A paper, magazine or channel named in quotes: "بحسب ما أوردته صحيفة «الاقتصادية»".
  new RegExp(`(?:^|\\s)(?:صحيفة|جريدة|مجلة|قناة) ${Q}`, 'g'),
];

/** Outlets credited in the sentence [s, e); `romanize` names those not in the list. */
export function creditedOutlets(text: string, s: number, e: number, romanize: (name: string) => string, out: CueName[]): void {
  const sentence = text.slice(s, e);
  for (const m of sentence.matchAll(SOURCED)) {
    // One word in ال is as often the sentence's own: "بحسب البيان" (according to the statement).
    const canonical = /^ال[^ ]+$/.test(m[1]!) ? undefined : OUTLETS[m[1]!];
    const start = s + m.index + m[0].length - m[1]!.length;
    if (canonical) out.push({ start, end: start + m[1]!.length, canonical, kind: 'media' });
  }
  // Every other credit quotes the outlet: most sentences hold no quotation mark to begin with.
  if (!/[«"“]/.test(sentence)) return;
  for (const re of CREDITS) {
    for (const m of sentence.matchAll(re)) {
      const name = m[1]!.trim();
      // An outlet's name is a word or three of Arabic letters: a longer quote is somebody's words.
      if (name.split(' ').length > 3 || !/^[\u0621-\u064a ]+$/.test(name)) continue;
      const start = s + m.index + m[0].lastIndexOf(m[1]!) + m[1]!.indexOf(name);
      out.push({ start, end: start + name.length, canonical: OUTLETS[name] ?? romanize(name), kind: 'media' });
    }
  }
}
