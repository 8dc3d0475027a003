/**
 * Arabic names a nationality after them marks: a firm's name takes the
 * feminine adjective that agrees with شركة ("بيونتيك الألمانية"), and a list
 * of firms gives each its own ("أكوابايت النرويجية وأوميترون اليابانية").
 */
import { letterName, spelledAcronym } from './arabic-latin.ts';
import { introducer, make, nameWord, PAST_VERB, PLACE_NOUNS, presentVerb } from './arabic-nouns.ts';
import type { CueName } from './cues.ts';
import { glued, type Tok } from './tokens.ts';

/** Feminine nationality adjectives, which agree with شركة after a company's name ("بيونتيك الألمانية"). */
export const NATIONALITY = new Set(('الامريكية الاميركية الصينية اليابانية الكورية الهندية الالمانية الفرنسية البريطانية ' +
  'الاماراتية السعودية المصرية القطرية الكويتية البحرينية العمانية المغربية التونسية الاردنية التركية الاسرائيلية ' +
  'الكندية السويسرية الهولندية السويدية الايطالية الاسبانية النرويجية الدنماركية الفنلندية البلجيكية النمساوية البرتغالية ' +
  'اليونانية البولندية الروسية الاسترالية البرازيلية المكسيكية الارجنتينية التشيلية الاندونيسية الماليزية السنغافورية ' +
  'التايوانية الفيتنامية التايلندية الباكستانية النيجيرية الكينية الايرلندية الجزائرية الليبية العراقية اللبنانية ' +
  'اللوكسمبورغية اللكسمبورغية التشيكية المجرية الرومانية الاوكرانية الاستونية الليتوانية اللاتفية الكرواتية البلغارية الصربية ' +
  'الايسلندية النيوزيلندية الفلبينية الكولومبية البيروفية الايرانية السورية الفلسطينية اليمنية السودانية الاثيوبية الغانية ' +
  'الرواندية التنزانية السنغالية البنغلاديشية السريلانكية الكازاخية الاوزبكية الاذربيجانية القبرصية المالطية').split(' '));

/** Words after which ل joins the name ("التابعة لبيونتيك"): the span leaves it out. */
const OWNED_BY = new Set('التابعة التابع المملوكة المملوك تابعة تابع مملوكة مملوك'.split(' '));

/**
 * Where an acronym spelled out by its letters' names starts, the first in و, right before the nationality at k and
 * after another firm's (the list's next firm); undefined if there is none.
 */
function spelledBefore(text: string, toks: Tok[], k: number): number | undefined {
  let i = k - 1;
  while (i > 0 && letterName(toks[i]!.w) && glued(text, toks[i - 1]!, toks[i]!)) i--;
  const first = toks[i]!.w;
  if (i === k - 1 || !first.startsWith('و') || !letterName(first.slice(1)) || i < 2 || !NATIONALITY.has(toks[i - 1]!.w)) return undefined;
  const words = [first.slice(1), ...toks.slice(i + 1, k).map((t) => t.w)];
  return spelledAcronym(words) ? i : undefined;
}

/**
 * "بيونتيك الألمانية", "سينابس أناليتكس المصرية": the words before a
 * nationality that agrees with شركة. Up to three, where a particle, a noun
 * that introduces names, or the sentence's start closes them on the left;
 * else only the last, since a verb may stand before it ("أعلنت سينابس").
 */
export function beforeNationality(text: string, toks: Tok[], stop: Set<string>, out: CueName[]): void {
  for (let k = 1; k < toks.length; k++) {
    if (!NATIONALITY.has(toks[k]!.w)) continue;
    // "تواصل «الطبي» الأردنية": a name in guillemets takes the nationality too, even a word in ال, which alone would
    // be an adjective ("medical"): the feminine agrees with the firm.
    if (text.slice(toks[k - 1]!.e, toks[k]!.s) === '» ' && text[toks[k - 1]!.s - 1] === '«') {
      out.push(make(text, toks[k - 1]!, toks[k - 1]!, 'company'));
      continue;
    }
    if (!glued(text, toks[k - 1]!, toks[k]!)) continue;
    // "أكوابايت النرويجية وأوميترون اليابانية": a word in و after another firm's nationality is the next firm, without its و.
    const listed = toks[k - 1]!.w.startsWith('و') && k >= 3 && NATIONALITY.has(toks[k - 2]!.w) && glued(text, toks[k - 2]!, toks[k - 1]!) &&
      nameWord(toks[k - 1]!.w.slice(1), stop) && !presentVerb(toks[k - 1]!.w.slice(1), toks[k]);
    if (listed) {
      out.push(make(text, { ...toks[k - 1]!, s: toks[k - 1]!.s + 1 }, toks[k - 1]!, 'company'));
      continue;
    }
    // "ديلافال السويدية وجي إي إيه الألمانية": the next firm's acronym, spelled out by its letters after the و.
    const letters = spelledBefore(text, toks, k);
    if (letters) {
      out.push(make(text, { ...toks[letters]!, s: toks[letters]!.s + 1 }, toks[k - 1]!, 'company'));
      continue;
    }
    // "وقعت المصرية للاتصالات": a word in و before it is a verb more often than a name.
    const ok = (t: Tok) => nameWord(t.w, stop) && !introducer(t.w) && !/^و/.test(t.w);
    // "تستحوذ السعودية على": a verb, and the country is its subject.
    if (!ok(toks[k - 1]!) || presentVerb(toks[k - 1]!.w, toks[k]) || PAST_VERB.test(toks[k - 1]!.w) || (toks[k - 2] && introducer(toks[k - 2]!.w))) continue;
    // "قبل أن يتصل بمرسيليا الفرنسية": a verb's ب before a place (reaches Marseille), not a name.
    if (toks[k - 2] && /^ب/.test(toks[k - 1]!.w) && presentVerb(toks[k - 2]!.w, toks[k - 1])) continue;
    let i = k - 1;
    // "إذ توسعت تراكر الإماراتية": a verb in the past closes the name on the left, as a particle does.
    while (i > k - 3 && toks[i - 1] && glued(text, toks[i - 1]!, toks[i]!) && ok(toks[i - 1]!) && !PAST_VERB.test(toks[i - 1]!.w)) i--;
    const left = toks[i - 1];
    if (i < k - 1 && left && glued(text, left, toks[i]!) && !stop.has(left.w) && !introducer(left.w)) i = k - 1;
    const first = toks[i]!;
    if (toks[i - 1] && PLACE_NOUNS.has(toks[i - 1]!.w)) continue;
    const clitic = toks[i - 1] && OWNED_BY.has(toks[i - 1]!.w) && first.w.startsWith('ل') ? 1 : 0;
    out.push(make(text, { ...first, s: first.s + clitic }, toks[k - 1]!, 'company'));
  }
}
