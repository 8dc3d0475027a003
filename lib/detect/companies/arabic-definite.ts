/**
 * Arabic names that say what the body is and where it is from, and no more:
 * "الشركة السعودية للخدمات اللوجستية" (the Saudi company for logistics
 * services), "صندوق دبي للاستثمارات" (the Dubai fund for investments). The
 * state firms and public funds of the Gulf are named so, and the press writes
 * the name whole, الشركة included. Read apart from the شركة cue, which takes
 * the word after شركة for a name: here that word is an adjective or a place.
 * Tokens are read as the normalized text spells them (أ is ا, ى is ي).
 */
import { fieldEnglish } from './arabic-latin.ts';
import { NATIONALITY } from './arabic-nationality.ts';
import { make } from './arabic-nouns.ts';
import type { CueName } from './cues.ts';
import { glued, type Tok } from './tokens.ts';

/**
 * The adjectives such names take, in English: the Arab nationalities and a
 * firm's reach ("الشركة الوطنية للإسكان"). Not a foreign nationality: "الشركة
 * الأميركية للرقائق" is how the press describes a US chipmaker it has named.
 */
const ADJECTIVES = new Map(Object.entries({
  السعودية: 'Saudi', الاماراتية: 'Emirati', المصرية: 'Egyptian', القطرية: 'Qatari', الكويتية: 'Kuwaiti', البحرينية: 'Bahraini',
  العمانية: 'Omani', الاردنية: 'Jordanian', المغربية: 'Moroccan', التونسية: 'Tunisian', الجزائرية: 'Algerian',
  الوطنية: 'National', العربية: 'Arab', الدولية: 'International', المتحدة: 'United', الخليجية: 'Gulf',
}));
/** The kind of firm before its field, one word at most: "الاستثمارية" (investment), "القابضة" (holding). */
const FIRM_ADJECTIVE = /^ال\S{3,}ية$|^القابضة$/;

/**
 * Places a public fund is named for ("صندوق أبوظبي للمعاشات", "صندوق إفريقيا
 * للبنية الرقمية"): a fund named for a firm keeps only the firm's name ("صندوق
 * غوغل للاستثمار" is Google's), and "صندوق جديد للبنية" names nothing.
 */
const FUND_PLACES = new Map(Object.entries({
  ابوظبي: 'Abu Dhabi', دبي: 'Dubai', الشارقة: 'Sharjah', عجمان: 'Ajman', الفجيرة: 'Fujairah', الامارات: 'UAE', السعودية: 'Saudi',
  الرياض: 'Riyadh', جدة: 'Jeddah', قطر: 'Qatar', الدوحة: 'Doha', الكويت: 'Kuwait', البحرين: 'Bahrain', عمان: 'Oman',
  مسقط: 'Muscat', مصر: 'Egypt', الاردن: 'Jordan', المغرب: 'Morocco', تونس: 'Tunisia', الجزائر: 'Algeria', العراق: 'Iraq',
  لبنان: 'Lebanon', افريقيا: 'Africa', اسيا: 'Asia', اوروبا: 'Europe', الخليج: 'Gulf',
}));

/** "الشركة", with و, ف, ب or ك before it; the name starts at its ال. Not "للشركة", whose ال has lost its alif. */
const THE_COMPANY = /^[وف]?[بك]?الشركة$/;
/** "صندوق" with و or ف; ل and ب are left, as "لصندوق" may be "to a fund" before any place. */
const FUND = /^[وف]?صندوق$/;

/**
 * The field a name closes on: a "for the ..." word or two the list of fields
 * knows ("للخدمات", "للبنية الرقمية"; arabic-latin.ts), so that "للمرة الأولى"
 * (for the first time) or "للمستثمرين" (to investors) is left. Returns its
 * last token, or -1.
 */
function knownField(toks: Tok[], k: number): number {
  const w = toks[k]?.w ?? '';
  if (toks[k + 1] && fieldEnglish(`${w} ${toks[k + 1]!.w}`)) return k + 1;
  return fieldEnglish(w) ? k : -1;
}

/** Adjectives of time and state that follow a firm's name, not its field's ("الأسبوع الماضي", "الحكومية"). */
const NOT_FIELD = new Set(['الماضي', 'الحالي', 'المقبل', 'الجاري', 'الثاني', 'الاولي', 'الحكومية', 'الرسمية', 'المحلية', 'العالمية']);

/**
 * The last token of the field ending at `k`: then the adjectives that agree
 * with it ("للخدمات اللوجستية", "للاستثمار الاستراتيجي"), two at most. No
 * noun goes on it: a weekday or "المملوكة" (owned by) starts the sentence's
 * own words; nor a nationality, which describes the firm after its name.
 */
function fieldEnd(text: string, toks: Tok[], k: number): number {
  let j = k;
  while (j < k + 2 && toks[j + 1] && glued(text, toks[j]!, toks[j + 1]!) && /^ال\S{2,}(?:ية|ي)$/.test(toks[j + 1]!.w) &&
    !NATIONALITY.has(toks[j + 1]!.w) && !NOT_FIELD.has(toks[j + 1]!.w)) j++;
  return j;
}

/** The kinds of firm a name may state before its field, in English. */
const KINDS = new Map(Object.entries({ الاستثمارية: 'Investment', القابضة: 'Holding' }));

/**
 * The name from `from` (its text from `start`, past a clitic) to the end of
 * the field from `field` to `last`, `kindAt` the token that states its kind,
 * if any; a fund's or a company's. Named in English as the English press
 * names such bodies ("Saudi Logistics Services Company", "Dubai Pension Fund")
 * when every word is known; else as the folded text writes it, since a
 * letter-by-letter romanization of a description reads as no name at all.
 */
function push(text: string, toks: Tok[], from: number, start: number, field: number, last: number, kindAt: number, fund: boolean, out: CueName[]): void {
  const n = make(text, toks[from]!, toks[fieldEnd(text, toks, last)]!, fund ? 'investor' : 'company');
  const written = text.slice(start, n.end).replace(/\s+/g, ' ');
  const english = fieldEnglish(text.slice(toks[field]!.s, n.end).replace(/\s+/g, ' '));
  const where = fund ? FUND_PLACES.get(toks[from + 1]!.w) : ADJECTIVES.get(toks[from + 1]!.w);
  const stated = kindAt < 0 ? '' : KINDS.get(toks[kindAt]!.w);
  const canonical = english && where && stated !== undefined ? [where, stated, english, fund ? 'Fund' : 'Company'].filter(Boolean).join(' ') : written;
  out.push({ ...n, start, canonical });
}

/** Names in the tokens of one sentence: "الشركة <nationality> [<kind>] لل<field>" and "صندوق <place> لل<field>". */
export function definiteNames(text: string, toks: Tok[], out: CueName[]): void {
  for (let k = 0; k + 2 < toks.length; k++) {
    const w = toks[k]!.w;
    const a = toks[k + 1]!;
    if (!glued(text, toks[k]!, a)) continue;
    if (THE_COMPANY.test(w) && ADJECTIVES.has(a.w)) {
      // "أرامكو، الشركة السعودية للنفط،": after a name and a comma, a description of it.
      if (k > 0 && /[،,]/.test(text.slice(toks[k - 1]!.e, toks[k]!.s))) continue;
      let f = k + 2;
      // With its kind named, its field may be any "for ..." phrase ("الاستثمارية لإعادة التدوير", for recycling).
      const kindNamed = FIRM_ADJECTIVE.test(toks[f]!.w) && !!toks[f + 1] && glued(text, a, toks[f]!);
      if (kindNamed) f++;
      if (!glued(text, toks[f - 1]!, toks[f]!)) continue;
      let last = knownField(toks, f);
      // A verbal noun and its object in ال ("لإعادة التدوير").
      if (last < 0 && kindNamed && /^ل[^ل]\S{2,}$/.test(toks[f]!.w) && /^ال/.test(toks[f + 1]?.w ?? '') && glued(text, toks[f]!, toks[f + 1]!)) last = f + 1;
      if (last >= 0) push(text, toks, k, toks[k]!.e - 6, f, last, kindNamed ? f - 1 : -1, false, out);
    } else if (FUND.test(w) && FUND_PLACES.has(a.w) && glued(text, a, toks[k + 2]!)) {
      const last = knownField(toks, k + 2);
      if (last >= 0) push(text, toks, k, toks[k]!.e - 5, k + 2, last, -1, true, out);
    }
  }
}
