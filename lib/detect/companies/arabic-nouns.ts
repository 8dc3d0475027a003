/**
 * Arabic-script names that a noun before them or a nationality after them
 * marks: "مجموعة ألفنار", "نشرة إنتربرايز", «شركة "بيموب"», "شركة الأبحاث
 * تراكسن", "بيونتيك الألمانية", "إنتيلا (Intella)". Arabic has no capitals,
 * so only one word is read where nothing closes the name: a name of two words
 * must be quoted, or end in a business word (arabic-cues.ts).
 */
import type { CompanyKind } from '../types.ts';
import { letterName, spelledAcronym, wordlikeLetter } from './arabic-latin.ts';
import { isArabicLetter } from './chars.ts';
import type { CueName } from './cues.ts';
import { glued, type Tok } from './tokens.ts';

/** Nouns that introduce a name (as the normalized text spells them), with the kind of what they name. */
const INTRODUCERS = new Map<string, CompanyKind>([
  // الناشئة: "الشركة الناشئة نبراس" (the startup Nibras).
  ...'مجموعة منصة مكتب بنك مصرف سهم الناشئة'.split(' ').map((w): [string, CompanyKind] => [w, 'company']),
  ['صندوق', 'investor'], ['شبكة', 'investor'],
  // "المشروع المشترك «أسمو»": a joint venture's name, in quotes only (quotedName).
  ['المشترك', 'company'],
  ...'صحيفة جريدة نشرة موقع وكالة قناة مجلة'.split(' ').map((w): [string, CompanyKind] => [w, 'media']),
]);
/** The clitics a noun takes: و or ف, then ب, ل or ك ("ولمنصة", "بشركة"). */
const CLITIC_FORMS = ['', 'و', 'ف'].flatMap((a) => ['', 'ب', 'ل', 'ك'].map((b) => a + b));
/** Each introducer with every clitic it may take, to its bare form: one lookup per word, no regex. */
const WITH_CLITICS = new Map([...INTRODUCERS.keys(), 'شركة'].flatMap((n) => CLITIC_FORMS.map((c): [string, string] => [c + n, n])));
/** Quote marks that may enclose a name: « », " ", “ ”. */
const QUOTE = /^[\s«»"“”„]*$/;
const HAS_QUOTE = /[«»"“”„]/;

/** The noun a token is with its clitics taken off, or undefined when it is none of the introducers. */
export function introducer(w: string): string | undefined {
  return WITH_CLITICS.get(w);
}

/** An adjective of relation in ال, as a nationality is ("الجزائرية", "الرقمية"). */
const NISBA = /^ال[\u0621-\u064a]{2,}ية$/;

/** Token `j` describes the company noun before it: an adjective of relation, a trade, or the trade's object ("تصميم الرقائق"). */
const describes = (toks: Tok[], j: number) => NISBA.test(toks[j]!.w) || TRADE_VERBAL_NOUNS.includes(toks[j]!.w) ||
  (/^ال/.test(toks[j]!.w) && TRADE_VERBAL_NOUNS.includes(toks[j - 1]!.w));

/** Only blanks and quote marks between two tokens. */
const quoted = (text: string, a: Tok, b: Tok) => b.s > a.e && QUOTE.test(text.slice(a.e, b.s));

const arabicWord = (w: string) => isArabicLetter(w.charCodeAt(0));

/** The name from token `from` to token `to`, less a full stop the last token carries. */
export function make(text: string, from: Tok, to: Tok, kind: CompanyKind): CueName {
  const end = to.e - (text.charCodeAt(to.e - 1) === 0x2e ? 1 : 0);
  return { start: from.s, end, canonical: text.slice(from.s, end).replace(/\s+/g, ' '), kind };
}

/**
 * A quoted name after an introducer ("شركة «رابط» الناشئة"): everything up to
 * the closing mark, at most five words. Returns the index of its last token.
 */
function quotedName(text: string, toks: Tok[], k: number): number {
  if (!toks[k + 1] || !HAS_QUOTE.test(text.slice(toks[k]!.e, toks[k + 1]!.s)) || !quoted(text, toks[k]!, toks[k + 1]!)) return -1;
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
    const gap = text.slice(toks[j]!.e, toks[j + 1]?.s ?? toks[j]!.e);
    if (HAS_QUOTE.test(gap)) return j;
    if (toks[j + 1] && !glued(text, toks[j]!, toks[j + 1]!)) return -1;
  }
  return -1;
}

/** Trades a firm is of, as verbal nouns ("شركة تصميم الرقائق", a chip-design company; "مركزاً لتصميم الرقائق"). */
export const TRADE_VERBAL_NOUNS = ['تصميم', 'تطوير', 'تصنيع', 'تشغيل', 'توزيع', 'تسويق', 'تعدين', 'تامين'];

/**
 * A word that may be a name: an Arabic word not in ال (with or without a clitic), not an adjective in ة, not a particle,
 * not a verb with its object's pronoun on it ("أكبر صندوق يجمعه مدير أصول", the largest fund a manager raises).
 */
export const nameWord = (w: string, stop: Set<string>) => arabicWord(w) && w.length >= 3 && !/^(?:[وفبك]?ال|و?لل)/.test(w) &&
  !/ة$|ها$|هم$|^[يت][^\s]{3,5}ه$/.test(w) && !stop.has(w) && !PLACE_NOUNS.has(w) && !COMMON_WORDS.has(w);
/**
 * Particles with a pronoun on them ("عليه") and "versus" (مقابل), which follow a verb or a noun as a name
 * would, numbers in words, adjectives not in ة ("كبرى", and the masculine ones that follow بنك,
 * صندوق, موقع or سهم: "بنك مركزي", "صندوق تحوط", "موقع رسمي", "سهم قائم", an issued share), amounts.
 */
const COMMON_WORDS = new Set(('عليه فيه منه له به عنه اليه لديه كبري اخري ذات مليار مليون ملياري مليوني مليارات ملايين مقابل ' +
  'مركزي رسمي محلي دولي عالمي حكومي اقليمي وطني سيادي استثماري تجاري اسلامي رقمي خليجي عربي اجنبي خاص عام جديد كبير ' +
  'صغير ناشئ حديث تحوط مشترك اخر فرعي عائلي مغلق ذكي اغلاق اطلاق توقيع قائم تابع مملوك ' +
  // What a site is of ("موقع تعدين", a mining site), and comparatives a firm's products are ("الناشئة أرخص", the start-up's are cheaper).
  'تعدين بناء عمل انتاج ارخص اسرع اكبر اكثر اقل افضل اعلي ادني اقوي اسهل ' +
  // Numbers in words: "سهم واحد" (one share), "في واحد من أكبر" (in one of the largest).
  'واحد احد اثنين اثنان ثلاث اربع خمس ست سبع ثماني تسع عشر الف ' +
  // Demonstratives, which a verb takes as its object as it takes a name ("فلا تملك ذلك", they do not own that).
  'ذلك تلك ذاك هؤلاء اولئك ' +
  // Nouns that make a compound with the noun before them: "بنك استثمار", "صندوق ثروة", "صندوق رأس مال", "مكتب محاماة",
  // and the trades a platform is for: "منصة ذكاء اصطناعي" (an AI platform), "منصة دفع", "منصة توصيل".
  'استثمار ثروة راس محاماة تمويل تنمية تقنية اعمال شركات ذكاء دفع توصيل تعلم تواصل ' +
  // Credit, lending, equity, infrastructure and risk: what a fund or a platform is of ("صناديق ائتمان"); not pensions, as
  // a pension fund is named so ("صندوق تقاعد المعلمين").
  'ائتمان اقراض ملكية بنية مخاطر ' +
  // What a fund is said to be: backed, managed, dedicated ("صندوق مدعوم من البنك المركزي").
  'مدعوم مخصص متخصص مستقل ' +
  // Plurals of firms and of what they offer, which "investment" describes ("مجموعة البنوك الاستثمارية", "الفرص").
  'بنوك مصارف صناديق مؤسسات محافظ فرص خدمات حلول منتجات ' +
  `${TRADE_VERBAL_NOUNS.join(' ')} ` +
  // Continents and countries a fund is named for ("صندوق إفريقيا للبنية الرقمية"): no company goes by them alone.
  'افريقيا اوروبا اسيا امريكا مصر قطر عمان تونس لبنان ليبيا سوريا الهند الصين اليابان ' +
  // Cities and countries a site, a bank or a fund is "of" ("موقع أبوظبي", the standing of Abu Dhabi).
  'ابوظبي دبي نيوم مسقط بيروت لندن باريس نيويورك واشنطن بكين طوكيو سيول كينيا فرنسا المانيا بريطانيا كندا تركيا').split(' '));
/**
 * A verb in the present after the noun: "صندوق يدعم المطورين" (a fund that
 * backs developers). Its prefix ي or ت and three letters, or ست or ت and three
 * ("تستحوذ", takes; "تتوقع", predicts), then its object in ال or a preposition: a name is not followed so.
 */
const VERB = /^[يت](?:ست|ت)?[^\sا]{2}[^\s]$/;
/** The same verb said of two or of many, before its object: "تمنحان السعودية ميزة" (the two give Saudi Arabia an edge), "يدعمون". */
const VERB_OF_MANY = /^[يت](?:ست|ت)?[^\sا]{3}(?:ان|ون)$/;
const VERB_NEXT = /^(?:ال|في$|من$|ب|اسم$|[\d٠-٩])/;
/**
 * Before علي or الي (على, إلى as folded), a verb needs a root of consonants ("يركز على", "تتوقع"): a name
 * gets money in the commonest funding sentence, "حصلت شركة تيرا على تمويل", and names hold long vowels.
 */
const PREPOSITION_VERB = /^[يت](?:ست|ت)?[^\sاوي]{3}$/;
/** The form that takes a ت after the root's first letter, in the present: "تعتمد على" (relies on), "تحتاج إلى". */
const VERB_VIII = /^[يت][^\sاوي]ت[^\sاوي]{2}$/;
export function presentVerb(w: string, next: Tok | undefined): boolean {
  if (!next) return false;
  const object = VERB_NEXT.test(next.w);
  const preposition = /^(?:علي|الي)$/.test(next.w);
  return ((VERB.test(w) || VERB_OF_MANY.test(w)) && object) || (VERB_VIII.test(w) && (object || preposition)) ||
    (PREPOSITION_VERB.test(w) && preposition) || (SEEK_VERB.test(w) && /^ل/.test(next.w));
}
/** A verb of the form that seeks or readies, before ل and what it aims at ("تستعد لإغلاق جولة", readies to close): no name opens so. */
const SEEK_VERB = /^[يت]ست[^\s]{2,3}$/;
/**
 * A verb in the past that a country may be the subject of: "تعهدت السعودية" (Saudi Arabia pledged), "توسعت", and those
 * of the form that takes or seeks ("استحوذت السعودية على", Saudi Arabia took).
 */
export const PAST_VERB = /^(?:ت|است)[^\s]{3,4}ت$/;
/** Nouns before a place's name ("مدينة ممفيس الأمريكية"): what follows them is no company. */
export const PLACE_NOUNS = new Set('مدينة ولاية دولة منطقة جزيرة مقاطعة عاصمة'.split(' '));
/** Fields between شركة or مكتب and a name ("شركة الأبحاث تراكسن", "مكتب المحاماة ..."), as normalized. */
const FIELDS = new Set('الاستشارات الابحاث المحاماة الاستثمار التكنولوجيا الوساطة التامين البرمجيات الاتصالات'.split(' '));
/** "آند" (and) inside a name: "وايت آند كيس". */
const AND = 'اند';

/** The last token of a name from `j`: past "آند X" pairs, and a number right after ("ميديا 24"). */
function nameTail(text: string, toks: Tok[], j: number, stop: Set<string>): number {
  const pair = (k: number) => toks[k + 2] && toks[k + 1]!.w === AND && !stop.has(toks[k + 2]!.w) &&
    glued(text, toks[k]!, toks[k + 1]!) && glued(text, toks[k + 1]!, toks[k + 2]!);
  for (let n = 0; n < 2 && pair(j); n++) j += 2;
  // Not a share of something ("سهم أرامكو 2%") or an amount ("2.5").
  const n = toks[j + 1];
  return n && /^\d+$/.test(n.w) && glued(text, toks[j]!, n) && !/^(?:[%٪]|[.,٫]\d)/.test(text.slice(n.e)) ? j + 1 : j;
}

/** A word of a trade in ال, maybe joined by و ("الشحن والخدمات اللوجستية"). */
const FIELD_WORD = /^و?ال../;

/**
 * "شركة الشحن والخدمات اللوجستية أرامكس المدرجة": after شركة, up to four
 * words of its trade in ال, then a name that a word in ال or a break closes
 * (a verb or a noun after it would make the word the sentence's). The name's
 * offset, or -1.
 */
function fieldEnd(text: string, toks: Tok[], at: number): number {
  let j = at;
  while (j < at + 4 && toks[j + 1] && FIELD_WORD.test(toks[j]!.w) && glued(text, toks[j]!, toks[j + 1]!)) j++;
  if (j === at || FIELD_WORD.test(toks[j]!.w)) return -1;
  const next = toks[j + 1];
  return !next || /^ال/.test(next.w) || /^\s*[،,.:؛»]/.test(text.slice(toks[j]!.e, next.s)) ? j : -1;
}

/** "منصة «قوى» الحكومية", "منصة «ناجز» التابعة لوزارة العدل": what the state runs, not a firm. */
const STATE_AFTER = /^[»"”]\s*(?:ال(?:حكومي|رسمي)ة?(?![\u0621-\u064a])|التابع(?:ة)? ل(?:وزار|هيئ|حكوم))/;

/** "منصتها «ضياء»" (its platform): a firm's product, in the text's other sentences too ("وتعمل منصة «ضياء»"). */
const OWN_PRODUCT = /(?:منص|تطبيق|خدم)(?:ت|ات)?(?:ها|ه) ?["«“]([^"»”\n]{2,30})["»”]/g;
let productText: string | undefined;
let products = new Set<string>();
function productsOf(text: string): Set<string> {
  if (text !== productText) {
    productText = text;
    products = new Set([...text.matchAll(OWN_PRODUCT)].map((m) => m[1]!.trim()));
  }
  return products;
}

export function afterNouns(text: string, toks: Tok[], stop: Set<string>, out: CueName[]): void {
  for (let k = 0; k + 1 < toks.length; k++) {
    const noun = introducer(toks[k]!.w);
    // الناشئة only after الشركة: "الشركات الهندية الناشئة ارتفعت" ends a phrase, and a verb follows.
    if (!noun || (noun === 'الناشئة' && !(k > 0 && /الشركة$/.test(toks[k - 1]!.w)))) continue;
    const kind = INTRODUCERS.get(noun) ?? 'company';
    // Its adjectives or its trade may stand between the noun and a quoted name ("الشركة الناشئة الجزائرية «دينارك»",
    // "شركة تصميم الرقائق «تينستورنت»").
    let before = k;
    while (before < k + 3 && toks[before + 1] && describes(toks, before + 1) && glued(text, toks[before]!, toks[before + 1]!)) before++;
    const q = quotedName(text, toks, before);
    // "شبكة «ملائكة مسقط»": the angels' own word opens the name, which arabic-angels.ts reads and names in English.
    if (q > before && !(noun === 'شبكة' && /^ملا[ئي]كة$/.test(toks[before + 1]!.w))) {
      const quote = text.slice(toks[before + 1]!.s, toks[q]!.e);
      if (!STATE_AFTER.test(text.slice(toks[q]!.e, toks[q]!.e + 20)) && !productsOf(text).has(quote)) out.push(make(text, toks[before + 1]!, toks[q]!, kind));
      continue;
    }
    // "المشروع المشترك سيعمل": after "joint", only a quoted word is a name; after "every" or "any", the noun is any
    // one of its kind ("كل صندوق سمك", every crate of fish).
    // A network of angels is named in quotes only ("شبكة «أوج» لرأس المال الملائكي"): "شبكة الجيل الخامس" is a 5G network.
    if (noun === 'المشترك' || noun === 'شبكة' || /^[وفلب]?(?:كل|اي)$/.test(toks[k - 1]?.w ?? '')) continue;
    // شركة alone is read in arabic-cues.ts; here only "شركة الأبحاث تراكسن": the noun, its field, the name.
    let at = k + 1;
    if (!glued(text, toks[k]!, toks[at]!)) continue;
    if (FIELDS.has(toks[at]!.w) && toks[at + 1] && glued(text, toks[at]!, toks[at + 1]!)) at++;
    else if (noun === 'شركة') {
      at = fieldEnd(text, toks, at);
      if (at < 0) continue;
    }
    const w = toks[at]!.w;
    // "صندوق المرجان السيادي": a word in ال is the fund's name when "sovereign" or "investment" closes it
    // (not "صندوق الثروة السيادي", a sovereign wealth fund).
    const next = toks[at + 1];
    if (/^ال/.test(w) && w.length > 4 && next && glued(text, toks[at]!, next) && FUND_CLOSERS.has(next.w) && !stop.has(w) && !COMMON_WORDS.has(w.slice(2))) {
      // A group's "investment" is its name's last word ("مجموعة الشراع الاستثمارية", Al Shiraa Investment Group); a fund's
      // "sovereign" says what it is.
      out.push(make(text, toks[at]!, next.w === 'الاستثمارية' ? next : toks[at]!, kind));
      continue;
    }
    // "ذكرت قناة الشرق أن": a paper's or a channel's name in ال, when what it reported follows.
    if (/^ال/.test(w) && w.length > 4 && PAPERS.has(noun) && !stop.has(w) && (!next || /^[اإ]ن$/.test(next.w) || /^[،,.:]/.test(text.slice(toks[at]!.e).trimStart()))) {
      out.push(make(text, toks[at]!, toks[at]!, kind));
      continue;
    }
    // "صندوق لرأس المال": a preposition on the word makes it the noun's complement, not its name;
    // so does a plural before a word in ال ("منصة حجوزات السفر", a travel-booking platform).
    const plural = /ات$/.test(w) && !!next && /^ال/.test(next.w);
    // "مجموعة كيه سي بي الكينية": an acronym spelled letter by letter is the name, all its letters.
    const letters = spelledOut(text, toks, at);
    if (letters > at) {
      out.push(make(text, toks[at]!, toks[letters]!, kind));
      continue;
    }
    if (nameWord(w, stop) && !/^[لب]/.test(w) && !introducer(w) && !presentVerb(w, next) && !plural) out.push(make(text, toks[at]!, toks[nameTail(text, toks, at, stop)]!, kind));
  }
}

/** The last token of an acronym spelled out from token `at` ("كيه سي بي"), or -1. */
function spelledOut(text: string, toks: Tok[], at: number): number {
  let j = at;
  while (j < at + 5 && toks[j + 1] && letterName(toks[j + 1]!.w) && glued(text, toks[j]!, toks[j + 1]!)) j++;
  // A letter that is also a word may end the run instead ("إس تي في إن": STV, then "that"), and في does before a word in ال.
  while (j > at && wordlikeLetter(toks[j]!.w) && (toks[j]!.w !== 'في' || /^ال/.test(toks[j + 1]?.w ?? ''))) j--;
  return j > at && spelledAcronym(toks.slice(at, j + 1).map((t) => t.w)) ? j : -1;
}

/** Nouns for a paper or a channel, whose names often open with ال (قناة العربية, صحيفة الاقتصادية). */
const PAPERS = new Set(['قناة', 'صحيفة', 'جريدة', 'مجلة']);

/** Adjectives that close a fund's name in ال ("صندوق المرجان السيادي"), as the normalized text spells them. */
const FUND_CLOSERS = new Set(['السيادي', 'الاستثماري', 'الاستثمارية']);

/** A gloss that names an investor: "(Muscat Angels)", "(Sanam Capital)". */
const INVESTOR_GLOSS = / (?:Capital|Ventures|Partners|Angels|Fund)$/;

/** The first token of a quoted name of two to four Arabic words that ends at token `j`, or -1. */
function quoteOpening(text: string, toks: Tok[], j: number): number {
  for (let i = j - 1; i >= Math.max(0, j - 3); i--) {
    if (!arabicWord(toks[i]!.w) || !glued(text, toks[i]!, toks[i + 1]!)) return -1;
    if (/[«"“]$/.test(text.slice(toks[i]!.s - 1, toks[i]!.s))) return i;
  }
  return -1;
}

/**
 * "إنتيلا (Intella)", "«إنتيلا» (Intella)": an Arabic word with its Latin
 * spelling in brackets after it. Both are mentions, and the Latin spelling is
 * the canonical name, also of the Arabic word another cue read first.
 */
export function glossed(text: string, toks: Tok[], stop: Set<string>, out: CueName[]): void {
  for (let k = 1; k < toks.length; k++) {
    const latin = toks[k]!;
    const before = toks[k - 1]!;
    // By char code first: this runs on every token of an Arabic sentence.
    const c = latin.w.charCodeAt(0);
    if (!(c >= 0x41 && c <= 0x5a || c >= 0x61 && c <= 0x7a) || !text.slice(before.e, latin.s).includes('(')) continue;
    // A brand may be written in lower case ("إكسيجو (ixigo)"), but then alone, and not glossing a plural ("روبوتات (robots)").
    const lower = c >= 0x61;
    if (!/^\p{L}\p{Ll}/u.test(latin.w) || !/^[»"”]?\s*\(\s*$/.test(text.slice(before.e, latin.s))) continue;
    let last = k;
    while (!lower && toks[last + 1] && glued(text, toks[last]!, toks[last + 1]!) && /^\p{Lu}/u.test(toks[last + 1]!.w)) last++;
    if (!/^\s*\)/.test(text.slice(toks[last]!.e))) continue;
    // A name of a few words in quotes is glossed whole: "«سراج لتقنيات الطاقة» (Siraj Energy Tech)".
    const open = !lower && /^[»"”]/.test(text.slice(before.e, latin.s)) ? quoteOpening(text, toks, k - 1) : -1;
    // A word in ة is a name when its gloss ends as ة is heard (سبورة (Sabboura), خزنة (Khazna)), not as a term's is (Cloud Computing).
    const named = open >= 0 || nameWord(before.w, stop) || !lower && last === k && /ة$/.test(before.w) && /(?:a|ah|eh|at)$/.test(latin.w) &&
      nameWord(before.w.slice(0, -1), stop);
    if (!named || (lower && (latin.w.length < 3 || /ات$/.test(before.w)))) continue;
    const canonical = text.slice(latin.s, toks[last]!.e);
    const kind = INVESTOR_GLOSS.test(canonical) ? 'investor' : 'company';
    const arabic = make(text, open >= 0 ? toks[open]! : before, before, kind);
    const word = text.slice(arabic.start, arabic.end);
    for (const n of out) if (text.slice(n.start, n.end) === word) n.canonical = canonical;
    out.push({ ...arabic, canonical }, { ...make(text, latin, toks[last]!, kind), canonical });
  }
}

/** Deal and report verbs in the feminine, which agrees with شركة: a name often follows them as their subject. */
export const SUBJECT_VERBS = new Set(('اعلنت قالت ذكرت اكدت اوضحت كشفت جمعت استحوذت وقعت قادت ضخت حصلت اطلقت استثمرت ' +
  'اتفقت امتنعت رفضت تصدرت نفت اضافت افادت ابرمت باعت اشترت طرحت سجلت حققت تعتزم تخطط تسعي تملك كانت ستخصص تولت').split(' '));
/** Verbs of intent among them, which ل and what is intended follow. */
const INTENT = /^[وف]?(?:تعتزم|تخطط|تسعي)$/;
/** Plural nouns that are the subject of such a verb more often than a name ("قالت مصادر"). */
const PLURAL_SUBJECTS = new Set('مصادر تقارير بيانات ارقام تقديرات توقعات وثائق نتائج اسهم اسواق'.split(' '));
/** What may follow a name that a verb's subject is: a particle, or a break (a comma, a full stop). */
const AFTER_SUBJECT = new Set('ان عن علي قد الي في'.split(' '));
/** "محللون في بلتون": the firm analysts work at. */
const ANALYSTS = new Set('محللون محلل المحلل محللو محللة المحللة'.split(' '));

/** A title before a given name and a surname ("المهندسة سارة بلقاسمي"), or "على يد" (founded by): the surname is a person's. */
const PERSON_BEFORE = /^(?:[وبل]?(?:ال)?(?:مهندس|دكتور|سيد|استاذ)ة?|يد)$/;

/** A title after a comma, a man's or a woman's ("، كبيرة المحللين", "، المؤسسة المشاركة"): the words before it are a person's name. */
const TITLE_AFTER_COMMA = /^[،,] (?:(?:ال)?(?:كبير|مدير|رئيس|شريك|محلل|نائب|خبير|مسؤول|متحدث|مستشار|وزير|باحث|خريج)ة?(?![\u0621-\u064a])|(?:ال)?مؤسسة? (?:ال)?مشارك)/;

/**
 * The surnames of people a title showed in earlier sentences of the same text ("سلمى بناني، المؤسسة المشاركة"):
 * her surname alone later is hers too ("وأوضحت بناني أن"). Sentences are read one by one, in order, so the set is
 * kept for the pass being made: another text, or a sentence at or before the last one read (the same text read
 * again), starts it afresh, so a second reading of a text finds what the first did.
 */
let peopleText: string | undefined;
let peopleFrom = -1;
let peopleSeen = new Set<string>();
function peopleOf(text: string, from: number): Set<string> {
  if (text !== peopleText || from <= peopleFrom) {
    peopleText = text;
    peopleSeen = new Set();
  }
  peopleFrom = from;
  return peopleSeen;
}

/**
 * The subject after a feminine deal verb ("استحوذت إنستاديب، التابعة ...",
 * "أعلنت فوري أن ..."), or the firm after "محللون في": one word, and only
 * where a particle or a break follows it, since a noun in construct goes on
 * with a word in ال ("ارتفعت أسهم الشركة").
 */
export function afterVerbs(text: string, toks: Tok[], stop: Set<string>, out: CueName[]): void {
  if (toks.length === 0) return;
  const found: [CueName, string][] = [];
  const people = peopleOf(text, toks[0]!.s);
  for (let k = 0; k + 2 < toks.length; k++) {
    if (PERSON_BEFORE.test(toks[k]!.w) && glued(text, toks[k]!, toks[k + 1]!) && glued(text, toks[k + 1]!, toks[k + 2]!)) people.add(toks[k + 2]!.w);
  }
  for (let k = 0; k + 1 < toks.length; k++) {
    const w = toks[k]!.w;
    const verb = SUBJECT_VERBS.has(w) || (/^[وف]/.test(w) && SUBJECT_VERBS.has(w.slice(1)));
    const analysts = !verb && (w === 'في' || w === 'لدي') && k > 0 && ANALYSTS.has(toks[k - 1]!.w);
    if (!verb && !analysts) continue;
    const name = toks[k + 1]!;
    if (!glued(text, toks[k]!, name) || !nameWord(name.w, stop) || PLURAL_SUBJECTS.has(name.w) || introducer(name.w)) continue;
    // "تخطط لافتتاح مكتب": after a verb of intent, ل opens what is intended, not the subject.
    if (INTENT.test(w) && name.w.startsWith('ل')) continue;
    // One word, or two ("امتنعت نجد كلاود عن"), then a particle or a break.
    const ends = (j: number) => !toks[j + 1] || !glued(text, toks[j]!, toks[j + 1]!) || AFTER_SUBJECT.has(toks[j + 1]!.w);
    const second = toks[k + 2];
    const last = ends(k + 1) ? k + 1 : second && glued(text, name, second) && nameWord(second.w, stop) && !introducer(second.w) && ends(k + 2) ? k + 2 : -1;
    if (last < 0) continue;
    // "كانت تقتصر": كانت mostly leads another verb; its subject counts only before قد ("وكانت ممتلكات قد ضخت").
    if (/^[وف]?كانت$/.test(w) && toks[last + 1]?.w !== 'قد') continue;
    // "وقالت ليلى حداد، كبيرة المحللين": a woman says so as a firm does, and her title after a comma shows her.
    if (TITLE_AFTER_COMMA.test(text.slice(toks[last]!.e, toks[last]!.e + 24))) {
      people.add(toks[last]!.w);
      continue;
    }
    found.push([make(text, name, toks[last]!, 'company'), last === k + 1 ? name.w : '']);
  }
  for (const [c, word] of found) if (!people.has(word)) out.push(c);
}

/** Adjectives of such a plural, indefinite as it is ("منصات محلية مثل", local platforms such as). */
const PLURAL_ADJECTIVE = /^(?:محلية|عالمية|ناشئة|اخرى|أخرى|كبرى|رقمية|اقليمية|إقليمية|اجنبية|أجنبية|منافسة|عربية|خليجية)$/;
/** One quoted item of such a list, after its comma or و: "مثل «كيورا» و«لبيه»". */
const QUOTED_ITEM = /\s*(?:[،,]\s*)?(?:و\s*)?[«"“]([^«»"“”\n،,]{2,40})[»"”]/y;

/** Quoted examples from `at` on, each whole, however many words: how many were found. */
function quotedExamples(text: string, at: number, out: CueName[]): number {
  let n = 0;
  QUOTED_ITEM.lastIndex = at;
  for (let m = QUOTED_ITEM.exec(text); m; m = QUOTED_ITEM.exec(text)) {
    const name = m[1]!.trim();
    const s = m.index + m[0].lastIndexOf(name);
    // One the text glosses in Latin letters is the gloss reader's, which names it so (glossed).
    if (isArabicLetter(name.charCodeAt(0)) && name.split(' ').length <= 6 && !/^\s*\(\s*[A-Za-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) {
      out.push({ start: s, end: s + name.length, canonical: name, kind: 'company' });
      n++;
    }
  }
  return n;
}

/** Plural nouns for firms that a list of examples follows after مثل ("شركات مثل", "صناديق مثل", "منصات مثل"). */
const EXAMPLE_NOUNS = /^[وبل]?(?:ال)?(?:شركات|صناديق|بنوك|منصات|مصارف)$/;

/**
 * "عبر شركات مثل فليبكارت وسويغي وميشو": firms given as examples, one word
 * each, joined by و or a comma; the list ends at the first word that is no name.
 * A name of two words is cut to its first ("وتيك توك"): the word after an item
 * is as often the sentence's verb, which no list of verbs could tell apart.
 * Two words of their trade may stand between the noun and مثل ("منصات التجارة
 * الإلكترونية مثل نون", e-commerce platforms such as Noon).
 */
export function examples(text: string, toks: Tok[], stop: Set<string>, out: CueName[]): void {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!EXAMPLE_NOUNS.test(toks[k]!.w)) continue;
    let m = k + 1;
    while (m < k + 3 && toks[m + 1] && (toks[m]!.w.startsWith('ال') || PLURAL_ADJECTIVE.test(toks[m]!.w)) && glued(text, toks[m - 1]!, toks[m]!)) m++;
    if (toks[m]?.w !== 'مثل' || !glued(text, toks[m - 1]!, toks[m]!)) continue;
    if (quotedExamples(text, toks[m]!.e, out)) continue;
    const first = m + 1;
    for (let j = first; j < toks.length; j++) {
      const t = toks[j]!;
      // The first item stands alone; the others carry و or follow a comma.
      const and = j > first && t.w.startsWith('و') && glued(text, toks[j - 1]!, t);
      // After a comma, و opens the next clause ("، واشترت"), not an item.
      if (j > first && !and && (!/^\s*[،,]\s*$/.test(text.slice(toks[j - 1]!.e, t.s)) || t.w.startsWith('و'))) break;
      const w = and ? t.w.slice(1) : t.w;
      if (!nameWord(w, stop) || introducer(w) || SUBJECT_VERBS.has(w)) break;
      out.push(make(text, { ...t, s: t.s + (and ? 1 : 0), w }, t, 'company'));
    }
  }
}
