import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const names = (text: string) =>
  detect(text, { types: ['company'] }).entities.map((e) => (e.type === 'company' ? `${e.text}=${e.canonical}` : ''));

describe('an outlet the Arab press credits in quotation marks', () => {
  it('reads the outlet told, interviewed or asked for comment', () => {
    expect(names('غير أن مصدرين مطلعين قالا لـ«العربية» إن التقييم تجاوز مليار دولار.')).toEqual(['العربية=Al Arabiya']);
    expect(names('مؤسس الشركة في حوار مع «الاقتصادية»: لا نطارد أحداً.')).toEqual(['الاقتصادية=Al Eqtisadiah']);
    expect(names('ولم ترد الشركة على طلب «الشرق» للتعليق.')).toEqual(['الشرق=Asharq']);
    // Spoken to (written for this test); not a word about the quoted thing.
    expect(names('بحسب مصدرين مطلعين تحدثا إلى "الشرق"، فإن الصفقة قريبة.')).toEqual(['الشرق=Asharq']);
    expect(names('وتحدث عن "الشرق" الجديد في كلمته.')).toEqual([]);
    // Not the end of another word (خلال), nor after a title: the CEO of the quoted firm.
    expect(names('وتحدث الرئيس التنفيذي خلال "منتدى مستقبل الاستثمار" عن الخطة.')).toEqual([]);
    // Or the paper it saw (written for this test).
    expect(names('وفق بيان مشترك اطّلعت عليه "الشرق".')).toEqual(['الشرق=Asharq']);
    // Not a thing a body obtained, which any firm does.
    expect(names('وقالت إن الشهادة التي حصل عليها "المركز" مهمة.')).toEqual([]);
    // Or a paper's noun before the quotes (written for this test).
    expect(names('بحسب ما أوردته صحيفة "الاقتصادية" أمس.')).toEqual(['الاقتصادية=Al Eqtisadiah']);
  });

  it('reads an outlet of its list named bare after a word of sourcing that closes the clause', () => {
    // Written for this test: according to Zawya, to Argaam; not "according to official figures" (أرقام رسمية).
    expect(names('وارتفع السهم 3%، بحسب زاوية. وبلغت الحصة 37%، وفقاً لأرقام، في نهاية العام.')).toEqual(['زاوية=Zawya', 'أرقام=Argaam']);
    expect(names('وارتفعت الصادرات بحسب أرقام رسمية، وقالت الحكومة إن الزاوية مهمة، بحسب البيان.')).toEqual([]);
  });

  it('romanizes an outlet it does not know', () => {
    const [found] = names('وقال مسؤول في تصريحات لـ"الوطن" إن الصفقة اكتملت.');
    expect(found).toMatch(/^الوطن=Al /);
  });

  it('leaves a quotation of somebody’s words alone, and quotes with no credit', () => {
    expect(names('وقال الرئيس التنفيذي إن "الطلب على قدرات الحوسبة كبير جداً هذا العام".')).toEqual([]);
    expect(names('وأطلقت الحكومة برنامج «الشرق» للتدريب.')).toEqual([]);
  });

  it('reads an Arabic short name in brackets after a known name', () => {
    expect(names('بحسب ما أفادت وكالة أنباء الإمارات (وام) اليوم.')).toEqual(['وكالة أنباء الإمارات=WAM', 'وام=WAM']);
  });

  it('never reads an outlet named "the East" into the Middle East', () => {
    expect(names('وقال لـ"الشرق" إن السوق تنمو. وتتوسع الشركة في الشرق الأوسط.')).toEqual(['الشرق=Asharq']);
  });
});
