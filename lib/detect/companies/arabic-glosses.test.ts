import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const companies = (text: string) => detect(text, { types: ['company'] }).entities.map((e) => (e.type === 'company' ? `${e.text}=${e.canonical}` : ''));

describe('an Arabic name glossed by its Latin one in brackets', () => {
  it('takes the Latin name for every mention, and the bracket as a mention of its own', () => {
    expect(companies('أعلنت شركة «نسمة لابز» (Nasma Labs) الأردنية الناشئة عن جولة تمويل. وقالت «نسمة لابز» إنها ستتوسع.')).toEqual([
      'نسمة لابز=Nasma Labs', 'Nasma Labs=Nasma Labs', 'نسمة لابز=Nasma Labs',
    ]);
    // "Labs" is written لابس as well as لابز: the name runs on to it, and its short form is the firm's too.
    expect(companies('أعلنت شركة ريحان لابس (Rayhan Labs) الناشئة عن جولة تمويل. وقالت ريحان إنها ستتوسع.')).toEqual([
      'ريحان لابس=Rayhan Labs', 'Rayhan Labs=Rayhan Labs', 'ريحان=Rayhan Labs',
    ]);
  });

  it('leaves an acronym in brackets to the acronym reader, and a person\'s gloss alone', () => {
    expect(companies('وقال جنسن هوانغ (Jensen Huang) إن الطلب قوي.')).toEqual([]);
    const acronym = companies('أعلنت شركة «نسمة لابز» (NL) الأردنية عن جولة تمويل.');
    expect(acronym.filter((c) => c.startsWith('نسمة'))).toHaveLength(1);
    expect(acronym.some((c) => c.endsWith('=NL'))).toBe(false);
  });

  it('closes the glossed name at the verb before it, and reads no firm in a woman whose co-founder title follows, nor later in her surname', () => {
    expect(companies('إذ توسعت تراكر الإماراتية (TruKKer) في عدد من دول الخليج.')).toEqual(['تراكر=TruKKer', 'TruKKer=TruKKer']);
    expect(companies('وقالت سلمى بنّاني، المؤسِّسة المشاركة والرئيسة التنفيذية لـ«دفترة»، في تصريح. وأوضحت بنّاني أن الشركة ستتوسع.')).toEqual([
      'دفترة=Daftra',
    ]);
    // Only earlier sentences show her, and a text read twice gives the same names both times.
    const later = 'وأوضحت بناني أن الشركة ستتوسع. وقالت سلمى بناني، المؤسسة المشاركة لـ«دفترة»، إن الجولة مهمة.';
    for (let read = 0; read < 2; read++) expect(companies(later)).toEqual(['بناني=Banani', 'بناني=Banani', 'دفترة=Daftra']);
  });

  it('reads a name in guillemets that a company apposition follows, and no channel in the Suez Canal', () => {
    expect(companies('أعلنت «دارة تك»، الشركة الناشئة السعودية، إغلاق جولة. وتطوّر دارة تك منصة سحابية.')).toEqual([
      'دارة تك=Dara Tech', 'دارة تك=Dara Tech',
    ]);
    expect(companies('ضمن المنطقة الاقتصادية لقناة السويس، بقدرة أولية، بين موقع تمر عبره الكابلات.')).toEqual([]);
  });
});
