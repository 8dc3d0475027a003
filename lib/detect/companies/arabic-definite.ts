/**
 * Arabic names that say what the body is and where it is from, and no more:
 * "الشركة السعودية للخدمات اللوجستية" (the Saudi company for logistics
 * services), "صندوق دبي للاستثمارات" (the Dubai fund for investments). The
 * state firms and public funds of the Gulf are named so, and the press writes
 * the name whole, الشركة included. Read apart from the شركة cue, which takes
 * the word after شركة for a name: here that word is an adjective or a place.
 * Tokens are read as the normalized text spells them (أ is ا, ى is ي).
 */
import type { CompanyKind } from '../types.ts';
import { fieldEnglish } from './arabic-latin.ts';
import { NATIONALITY, make } from './arabic-nouns.ts';
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

/** "للخدمات", "للاستثمار": "for the ...", the field the name closes on. */
const forThe = (w: string) => w.startsWith('لل') && w.length > 4;

/**
 * The last token of the field from `k`, a "for the ..." word: then its
 * definite adjectives and the nouns that "and the" joins ("للاستثمار الزراعي
 * والإنتاج الحيواني"), three words at most; none that is a nationality,
 * which describes the firm after its name.
 */
function fieldEnd(text: string, toks: Tok[], k: number): number {
  let j = k;
  while (j < k + 3 && toks[j + 1] && glued(text, toks[j]!, toks[j + 1]!) && /^(?:و)?ال\S{3,}$/.test(toks[j + 1]!.w) &&
    !NATIONALITY.has(toks[j + 1]!.w) && !THE_COMPANY.test(toks[j + 1]!.w)) j++;
  return j;
}

/**
 * The name from `from` (its text from `start`, past a clitic) to the end of
 * the field at `field`. Named in English as the English press names such
 * bodies ("Saudi Logistics Services Company", "Dubai Pension Fund") when the
 * field's words are all known (arabic-latin.ts); else as written, since a
 * letter-by-letter romanization of a description reads as no name at all.
 */
function push(text: string, toks: Tok[], from: number, start: number, field: number, kind: CompanyKind, out: CueName[]): void {
  const n = make(text, toks[from]!, toks[fieldEnd(text, toks, field)]!, kind);
  const written = text.slice(start, n.end).replace(/\s+/g, ' ');
  const english = fieldEnglish(text.slice(toks[field]!.s, n.end).replace(/\s+/g, ' '));
  const where = kind === 'investor' ? FUND_PLACES.get(toks[from + 1]!.w) : ADJECTIVES.get(toks[from + 1]!.w);
  const canonical = english && where ? `${where} ${english} ${kind === 'investor' ? 'Fund' : 'Company'}` : written;
  out.push({ ...n, start, canonical });
}

/** Names in the tokens of one sentence: "الشركة <nationality> [<kind>] لل<field>" and "صندوق <place> لل<field>". */
export function definiteNames(text: string, toks: Tok[], out: CueName[]): void {
  for (let k = 0; k + 2 < toks.length; k++) {
    const w = toks[k]!.w;
    const a = toks[k + 1]!;
    if (!glued(text, toks[k]!, a)) continue;
    if (THE_COMPANY.test(w) && ADJECTIVES.has(a.w)) {
      let f = k + 2;
      // With its kind named, its field may be any "for ..." phrase ("الاستثمارية لإعادة التدوير", for recycling).
      const kindNamed = FIRM_ADJECTIVE.test(toks[f]!.w) && !!toks[f + 1] && glued(text, a, toks[f]!);
      if (kindNamed) f++;
      const field = toks[f]!.w;
      const opens = forThe(field) || (kindNamed && /^ل[^ل]\S{2,}$/.test(field) && /^ال/.test(toks[f + 1]?.w ?? ''));
      if (opens && glued(text, toks[f - 1]!, toks[f]!)) push(text, toks, k, toks[k]!.e - 6, f, 'company', out);
    } else if (FUND.test(w) && FUND_PLACES.has(a.w) && forThe(toks[k + 2]!.w) && glued(text, a, toks[k + 2]!)) {
      push(text, toks, k, toks[k]!.e - 5, k + 2, 'investor', out);
    }
  }
}
