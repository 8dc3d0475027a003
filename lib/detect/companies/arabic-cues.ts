/**
 * Arabic-script names the gazetteer does not know. Arabic has no capitals, so
 * a name shows only by the words around it: شركة before it ("شركة بيموب"), or
 * a transliterated business word after it ("سنام كابيتال", "صواري فنتشرز").
 * Tokens are read as the normalized text spells them (أ is ا, ى is ي).
 */
import type { CompanyKind } from '../types.ts';
import { arabicAngels } from './arabic-angels.ts';
import { arabicEnglish, businessField } from './arabic-latin.ts';
import { definiteNames } from './arabic-definite.ts';
import { creditedOutlets } from './arabic-outlets.ts';
import { isArabicLetter } from './chars.ts';
import { ARABIC_NAME_ENDINGS, ARABIC_SHARIKA } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';
import { beforeNationality, NATIONALITY } from './arabic-nationality.ts';
import { afterNouns, afterVerbs, examples, glossed, make as name, PLACE_NOUNS, presentVerb, SUBJECT_VERBS, TRADE_VERBAL_NOUNS } from './arabic-nouns.ts';
import { glued, tokens, type Tok } from './tokens.ts';


/**
 * Words after شركة that describe it: the adjectives agree with it and end in ة
 * ("ناشئة", "أمريكية", "تابعة"), and a few more; so do the nouns of a trade ("شركة استثمار جريء", a
 * venture-capital firm; "شركة طيران", an airline; "شركة عقارات"; "لشركة سيارات كورية", a Korean car maker). A name that ends in ة is lost with them.
 */
const ARABIC_DESCRIBING = /ة$|^(?:كبري|اخري|ذات|تعمل|استثمار|تمويل|تامين|خدمات|استشارات|برمجيات|اتصالات|تكنولوجيا|تقنيات|حلول|ابحاث|وساطة|راس|ذكاء|طيران|شحن|نقل|عقارات|تطوير|ادوية|العاب|سيارات|نفط|غاز|الكترونيات|رقائق|اسمنت|صلب|تعدين|مقاولات|اغذية|ملابس|اسلحة|سفن|بطاريات)$/;
/** Transliterated endings that belong to the name before them (cue-lexicon.ts). */
const NAME_ENDS = new Set(ARABIC_NAME_ENDINGS);
/** The ending's last token: "داتا" goes on as "داتا سنترز" (Data Centers), which is the name's too. */
const endingEnd = (text: string, toks: Tok[], k: number) =>
  toks[k]!.w === 'داتا' && toks[k + 1] && /^سنترز?$/.test(toks[k + 1]!.w) && glued(text, toks[k]!, toks[k + 1]!) ? k + 1 : k;
/** Words that end a name read backwards from its ending: particles, verbs of the deal, nouns that introduce a name. */
const NOT_IN_NAME = new Set(('من في مع الي علي عن بين او ثم منها بينها فيها فيه عليها لها مثل كما قاد قادت شارك شاركت ان التي الذي هذه هذا ' +
  'قال قالت بقيادة بمشاركة شركة شركات صندوق صناديق مجموعة بنك مستثمرين المستثمرين نحو حوالي عبر لدي بعد قبل منذ حتي ' +
  'كانت كان وكانت وكان لكن غير ضمن خلال داخل خارج انحاء بينهم جانب قيمت صندوقا صندوقي تديره يديره تديرها يديرها ' +
  // What a holding does to its assets ("وتدير القابضة أصولاً").
  'تدير يدير تملك يملك تمتلك يمتلك تستثمر يستثمر ' +
  // Verbs in the present that follow شركة as a relative clause ("شركة تتجاوز قيمتها"), and a deal verb before its subject.
  'تتجاوز يتجاوز تبلغ يبلغ تعمل يعمل تقدم يقدم تضم يضم تسعي يسعي تعتزم يعتزم تخطط يخطط تطور يطور توفر يوفر تتيح يتيح ' +
  'تتخذ يتخذ تنشط ينشط تتخصص يتخصص اتفقت اتفق ' +
  // Conjunctions, adverbs and verbs of saying that stand beside a name ("بينما أعلنت السعودية", "وذكرت بلومبرغ لاحقا").
  'بينما فيما عندما حين لاحقا سابقا مؤخرا حاليا ايضا مبكرا تقريبا رسميا كذلك اليوم امس اعلن اعلنت ذكرت ذكر اكدت اكد ' +
  // What a firm launches, named in guillemets after it ("كوالكوم نموذج «علّام»"): the model's, not the firm's.
  'نموذج نماذج منصة تطبيق ' +
  // A network of angels or of funds is named after its noun ("شبكة غاف إنجلز"), as a fund is after صندوق.
  'شبكة شبكات ' +
  // "by" a date ("بحلول 2030"), "as" (إذ) and the future verbs a seller or a buyer takes ("إذ ستبيع مرقب فنتشرز");
  // banks and markets in the plural or in general ("مجموعة مصارف", "موقع سوق أبوظبي").
  'بحلول اذ ستبيع ستشتري ستستحوذ ستقود ستحصل ستضخ مصارف بنوك سوق اسواق ' +
  // A canal, and a site a cable passes through ("قناة السويس", "موقع تمر عبره الكابلات"), not a channel nor a website.
  'السويس بنما تمر يمر ' +
  // The deal a name is the subject of, as a noun ("منذ استحواذ بيونتيك الألمانية على"), and a program a name is
  // given to ("برنامج «إنسبشن»").
  'استحواذ اندماج شراء بيع طرح ادراج تمويل استثمار دخول خروج انضمام صفقة تاسيس برنامج مبادرة ' +
  // A role in the accusative after a verb of naming ("عُيّن رئيساً تنفيذياً لترانزيت داتا"), and what a holding arranged
  // or granted ("رتّبت القابضة قرضاً").
  'رئيسا تنفيذيا مديرا عاما شريكا مستشارا رتبت منحت قدمت دفعت خصصت مولت').split(' ').concat(TRADE_VERBAL_NOUNS));
/** A sentence worth reading word by word holds one of these: a company noun, a business ending, a nationality, a bracket. */
const SPOT = new RegExp(['شركة|شركات|منصات|مصارف|صناديق|بنوك|مجموعة|منصة|مكتب|بنك|مصرف|صندوق|صحيفة|جريدة|نشرة|موقع|وكالة|قناة|مجلة|سهم|محلل|ملا[ئي]كة|مهندس|دكتور|\\(|«|"|“', ...ARABIC_NAME_ENDINGS,
  ...NATIONALITY, ...SUBJECT_VERBS].join('|'));

/** Words that close a firm's name in ال after شركة ("شركة الراجحي المالية", "شركة الأهلي المالية"). */
const FIRM_WORDS = new Set(['المالية', 'القابضة', 'للاستثمار']);
/** Fields a company noun is of, which المالية ends as an adjective: technology, services, solutions. */
const FIELD_NOUNS = new Set(['التكنولوجيا', 'التقنية', 'التقنيات', 'الخدمات', 'الحلول']);

/** كابيتال, فنتشرز, بارتنرز, انفستمنت, انفستورز and انجلز name investors. */
const endingKind = (w: string): CompanyKind => (/^(?:كابيتال|ف|بارتنرز|انفست|انجلز)/.test(w) ? 'investor' : 'company');

/** Adjectives in ة that describe شركة themselves, never its name ("شركة ناشئة", "شركة تابعة", "شركة مساهمة", a joint-stock company). */
const SHARIKA_ADJECTIVES = new Set(['ناشئة', 'تابعة', 'رائدة', 'كبيرة', 'صغيرة', 'مملوكة', 'مدرجة', 'متخصصة', 'مشتركة', 'جديدة', 'عملاقة',
  'مساهمة', 'محدودة', 'قابضة', 'عامة', 'خاصة', 'مقفلة']);

/** "للطاقة", "للحوسبة": "for the ...", the second word of a name such as "شركة قطر للطاقة". */
const forThe = (w: string) => w.startsWith('لل') && w.length > 3;

/**
 * A word in ة after شركة is its name when a definite adjective follows it
 * ("شركة بصيرة المصرية": only a name makes شركة definite, and a plain
 * adjective of شركة is indefinite as it is, "شركة ناشئة مصرية"), or "for the
 * ..." ("شركة ظفرة للحوسبة"). A nisba in ية (تقنية) is left, and afterSharika
 * has already passed over شركة's own adjectives (SHARIKA_ADJECTIVES).
 */
const nameInTa = (w: string, next: string) => /ة$/.test(w) && !/ية$/.test(w) && (/^ال..+ة$/.test(next) || forThe(next));

/**
 * After شركة, one word, and a transliterated ending when one follows. Names in
 * ال ("شركة الاتصالات") are left to the gazetteer: most are descriptions, not names.
 */
function afterSharika(text: string, toks: Tok[], out: CueName[]): void {
  for (let k = 0; k + 1 < toks.length; k++) {
    const w = toks[k + 1]!.w;
    if (!ARABIC_SHARIKA.test(toks[k]!.w) || !glued(text, toks[k]!, toks[k + 1]!) || !isArabicLetter(w.charCodeAt(0))) continue;
    // "525 شركة بحلول 2030": a count of companies, not one named; "وهي شركة خرجت من" (it is a company that …) describes.
    if (/[\d\u0660-\u0669]\s*$/.test(text.slice(Math.max(0, toks[k]!.s - 3), toks[k]!.s)) || /^و?هي$/.test(toks[k - 1]?.w ?? '')) continue;
    const next = toks[k + 2] && glued(text, toks[k + 1]!, toks[k + 2]!) ? toks[k + 2]!.w : '';
    // "شركة الراجحي المالية": a name in ال when a word of its own closes it.
    // "شركة التكنولوجيا المالية المغربية": a field (fintech), not a name.
    if (w.startsWith('ال') && FIRM_WORDS.has(next) && !FIELD_NOUNS.has(w)) {
      out.push(name(text, toks[k + 1]!, toks[k + 2]!, 'company'));
      continue;
    }
    // "شركة الشويخ للأبحاث المالية", "شركة المرقاب للمقاولات": so does a field of business the list knows.
    if (w.startsWith('ال') && w.length > 3 && forThe(next)) {
      const two = toks[k + 3] && glued(text, toks[k + 2]!, toks[k + 3]!) && businessField(`${next} ${toks[k + 3]!.w}`);
      if (two || businessField(next)) out.push(name(text, toks[k + 1]!, toks[two ? k + 3 : k + 2]!, 'company'));
      continue;
    }
    // An adjective in ة describes شركة; a word in ة that a comma or full stop closes is its name ("شركة خزنة، المشغلة").
    const closed = !next && /^\s*[،,.]/.test(text.slice(toks[k + 1]!.e));
    // "شركة للأصول الرقمية" (a company for digital assets), "أي شركة بمفردها" (any company on its own): a phrase, no name.
    // "سابع شركة تنضم إلى السوق" (the seventh company to join the market): a verb, its preposition after it.
    // "شركة لوجستيك ناشئة" (a logistics start-up): an indefinite adjective of شركة after the word makes it a field, not a
    // name, which would take the adjective in ال ("شركة سقيا الناشئة").
    if (SHARIKA_ADJECTIVES.has(next)) continue;
    if (w.length < 3 || w.startsWith('ال') || NOT_IN_NAME.has(w) || /^(?:لل|بال|بمفرد)/.test(w) || presentVerb(w, toks[k + 2]) || SHARIKA_ADJECTIVES.has(w) || (ARABIC_DESCRIBING.test(w) && !(closed && /ة$/.test(w)) && !nameInTa(w, next) && !NAME_ENDS.has(next))) continue;
    // "شركة قطر للطاقة", "شركة مصر للطيران": a name of the form "X for the ..." keeps its second word.
    if (NAME_ENDS.has(next)) out.push(name(text, toks[k + 1]!, toks[endingEnd(text, toks, k + 2)]!, endingKind(next)));
    // Its field may take two words ("شركة فالكو للأوراق المالية", Securities).
    else if (forThe(next)) {
      const two = toks[k + 3] && glued(text, toks[k + 2]!, toks[k + 3]!) && businessField(`${next} ${toks[k + 3]!.w}`);
      out.push(name(text, toks[k + 1]!, toks[two ? k + 3 : k + 2]!, 'company'));
    } else if (next.startsWith('ال') && !NATIONALITY.has(next) && toks[k + 3] && glued(text, toks[k + 2]!, toks[k + 3]!) && businessField(toks[k + 3]!.w)) {
      // A second word in ال before a known field is the name's ("شركة نور الشمال للتأمين", Noor Al Shamal Insurance).
      out.push(name(text, toks[k + 1]!, toks[k + 3]!, 'company'));
    } else out.push(name(text, toks[k + 1]!, toks[k + 1]!, 'company'));
  }
}

/**
 * A clitic glued to a name read back from its ending (و and, ل for, ب by) is
 * not the name's when the text also writes the name without it ("القروض
 * لسرايا كلاود", then "سرايا كلاود"), nor a و before four letters or more
 * ("مايكروسوفت ونخيل كلاود"), nor a و right after another name's ending, which
 * joins two names ("شروق بارتنرز وغاف فنتشرز"); ومضة, لوسيديا and نجد keep
 * theirs unless the text shows otherwise.
 */
function cliticOff(text: string, n: CueName): CueName {
  const c = text.charAt(n.start);
  if (!'وبل'.includes(c)) return n;
  const rest = text.slice(n.start + 1, n.end);
  const before = /(\S+?)[،,]? $/.exec(text.slice(Math.max(0, n.start - 24), n.start))?.[1];
  let alone = c === 'و' && (rest.split(' ')[0]!.length >= 4 || (!!before && NAME_ENDS.has(before)));
  for (let p = text.indexOf(rest); p >= 0 && !alone; p = text.indexOf(rest, p + 1)) alone = !'وبل'.includes(text.charAt(p - 1));
  return alone ? { ...n, start: n.start + 1, canonical: n.canonical.slice(1) } : n;
}

/**
 * Before a transliterated ending, one or two name words ("سي آي كابيتال"),
 * back to a particle, a deal verb or a noun that introduces names. A word in
 * ال may only stand right before the ending ("الجزيرة كابيتال"): further back
 * it is the sentence's ("القروض لسرايا كلاود").
 */
function beforeEnding(text: string, toks: Tok[], out: CueName[]): void {
  for (let k = 1; k < toks.length; k++) {
    if (!NAME_ENDS.has(toks[k]!.w) || (k >= 2 && ARABIC_SHARIKA.test(toks[k - 2]!.w))) continue;
    let i = k;
    // A word opening with و may be the name's first ("ومضة"), but no name runs on before it ("مايكروسوفت ونجد كلاود").
    while (i > k - 3 && i > 0 && glued(text, toks[i - 1]!, toks[i]!) && !(i < k && toks[i]!.w.startsWith('و'))) {
      const w = toks[i - 1]!.w;
      // A verb ends the name too ("جمعت سينابس أناليتكس", "قادتها ..."), with its pronoun glued on.
      const bare = w.replace(/^و(?=..)/, '');
      // A Latin name right before the ending is the name's whole head ("تديره شركة MITC كابيتال").
      if (i === k && /^[A-Z][A-Za-z0-9&.-]*$/.test(w)) {
        i--;
        break;
      }
      // Two endings may stand together ("غلف ديجيتال إنسايتس"): the one right before the last is the name's.
      if (!isArabicLetter(w.charCodeAt(0)) || NOT_IN_NAME.has(bare) || SUBJECT_VERBS.has(bare.replace(/(?:ها|هم)$/, '')) ||
        (NAME_ENDS.has(w) && i < k) || (i < k && w.startsWith('ال'))) break;
      i--;
      if (w.startsWith('ال')) break;
    }
    // Words back may take in the sentence's own ("يضيف مشروع رمال كلاود"): the reading the text writes most often is the name.
    // A first word behind a conjunction counts as the text writes it bare elsewhere ("نيوكاسل وسانت جيمس القابضة", and
    // "سانت جيمس القابضة" before): otherwise its shorter tail, inside both, would always win.
    const written = (t: number) => {
      const s = text.slice(toks[t]!.s, toks[k]!.e);
      return count(text, s.startsWith('و') && text.includes(` ${s.slice(1)}`) ? s.slice(1) : s);
    };
    let best = i;
    for (let t = i + 1; t < k; t++) if (written(t) > written(best)) best = t;
    i = best;
    if (i < k) out.push(cliticOff(text, name(text, toks[i]!, toks[endingEnd(text, toks, k)]!, endingKind(toks[k]!.w))));
  }
}

function count(text: string, part: string): number {
  let n = 0;
  for (let p = text.indexOf(part); p >= 0; p = text.indexOf(part, p + part.length)) n++;
  return n;
}

/** Does the token open right after «, or a double quote that Arabic news sets a name in as well, maybe past a blank? */
const afterGuillemet = (text: string, t: Tok) => /[«"“]\s*$/.test(text.slice(Math.max(0, t.s - 2), t.s));
/** Does a closing guillemet or quote follow, maybe past a blank? */
const closes = (text: string, at: number) => /^\s*[»"”]/.test(text.slice(at, at + 3));

/**
 * "«شراع للبيانات»": a name of the form "X for the ..." in guillemets, with no
 * noun before it, when "..." is a business field; not «منطقة للذكاء الاصطناعي», a zone.
 */
function quotedForThe(text: string, toks: Tok[], out: CueName[]): void {
  for (let k = 0; k + 1 < toks.length; k++) {
    const a = toks[k]!;
    const b = toks[k + 1]!;
    if (!afterGuillemet(text, a) || !glued(text, a, b) || !businessField(b.w) || a.w.startsWith('ال') || PLACE_NOUNS.has(a.w)) continue;
    const last = toks[k + 2] && glued(text, b, toks[k + 2]!) && closes(text, toks[k + 2]!.e) ? toks[k + 2]! : b;
    if (closes(text, last.e) && isArabicLetter(a.w.charCodeAt(0))) out.push(name(text, a, last, 'company'));
  }
}

/**
 * What only a firm is after its name: another's subsidiary, owned by one, listed ("«جيوفاست» التابعة للمجموعة"), or
 * a company in apposition ("«دارة تك»، الشركة الناشئة").
 */
const FIRM_AFTER = /^[»"”]\s*(?:التابعة|التابع|المملوكة|المملوك|المدرجة|المدرج|[،,]\s*(?:وهي\s+)?(?:ال)?شركة)(?![\u0621-\u064a])/;

/** Nouns of a product or a system, whose name may belong to a firm as well ("نموذج «سورا 2» التابع لـOpenAI", "منظومة «كارغوز» التابعة لها"). */
const PRODUCT_NOUNS = /^[وفبل]?(?:نموذج|نماذج|منصة|تطبيق|منتج|خدمة|برنامج|اداة|روبوت|شريحة|رقاقة|منظومة|نظام)$/;

/** A name of one to three words in guillemets that such a word follows, unless a product's noun stands before it. */
function quotedFirm(text: string, toks: Tok[], out: CueName[]): void {
  for (let k = 0; k < toks.length; k++) {
    if (k > 0 && PRODUCT_NOUNS.test(toks[k - 1]!.w)) continue;
    // A name in ال is more often a body's than a firm's («المرصد» التابع للأمم المتحدة).
    if (!afterGuillemet(text, toks[k]!) || !isArabicLetter(toks[k]!.w.charCodeAt(0)) || toks[k]!.w.startsWith('ال')) continue;
    for (let j = k; j < k + 3 && toks[j]; j++) {
      if (FIRM_AFTER.test(text.slice(toks[j]!.e).trimStart())) {
        out.push(name(text, toks[k]!, toks[j]!, 'company'));
        break;
      }
      if (!toks[j + 1] || !glued(text, toks[j]!, toks[j + 1]!)) break;
    }
  }
}

/** Names in the sentence [s, e) of the normalized text. */
export function arabicNames(text: string, s: number, e: number, out: CueName[]): void {
  creditedOutlets(text, s, e, arabicEnglish, out);
  if (!SPOT.test(text.slice(s, e))) return;
  const toks = tokens(text, s, e);
  const from = out.length;
  afterSharika(text, toks, out);
  beforeEnding(text, toks, out);
  afterNouns(text, toks, NOT_IN_NAME, out);
  quotedForThe(text, toks, out);
  quotedFirm(text, toks, out);
  beforeNationality(text, toks, NOT_IN_NAME, out);
  glossed(text, toks, NOT_IN_NAME, out);
  afterVerbs(text, toks, NOT_IN_NAME, out);
  examples(text, toks, NOT_IN_NAME, out);
  arabicAngels(text, toks, NOT_IN_NAME, out);
  // Named in Latin letters as the English press would name them, so one company is one name across languages.
  for (let k = from; k < out.length; k++) {
    const n = out[k]!;
    if (ARABIC_ONLY.test(n.canonical) || LATIN_HEAD.test(n.canonical)) out[k] = { ...n, canonical: arabicEnglish(n.canonical) };
  }
  // Named in English by their own rule, or kept as written.
  definiteNames(text, toks, out);
}

// Digits too: a brand may carry one (بروسبيريتي7 فنتشرز).
const ARABIC_ONLY = /^[\u0600-\u06ff ][\u0600-\u06ff 0-9]*$/;
/** A Latin head before an ending in Arabic letters ("MITC كابيتال": MITC Capital). */
const LATIN_HEAD = /^[A-Z][A-Za-z0-9&.-]* [\u0600-\u06ff ]+$/;
