import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { arabicEnglish } from './arabic-latin.ts';

describe('the English name of an Arabic-script company name', () => {
  it('romanizes the name and translates what it says the company is', () => {
    expect(arabicEnglish('كثبان كابيتال')).toBe('Kathban Capital');
    expect(arabicEnglish('سحاب لابز')).toBe('Sahab Labs');
    expect(arabicEnglish('غيمة للحوسبة السحابية')).toBe('Ghima Cloud');
    expect(arabicEnglish('واحة للذكاء الاصطناعي')).toBe('Waha AI');
    expect(arabicEnglish('دانة لمراكز البيانات')).toBe('Dana Data Centers');
  });

  it('writes the article apart, a group last, and a name spelled letter by letter as its acronym', () => {
    expect(arabicEnglish('الصفوة للانشاءات')).toBe('Al Safwa Construction');
    expect(arabicEnglish('مجموعة رماح القابضة')).toBe('Ramah Holding Group');
    expect(arabicEnglish('اس ام كيه كابيتال')).toBe('SMK Capital');
  });

  it('keeps a name that is only words of what a company is, or holds a letter it cannot read', () => {
    expect(arabicEnglish('للذكاء الاصطناعي')).toBe('للذكاء الاصطناعي');
    expect(arabicEnglish('ميديا 24')).toBe('ميديا 24');
  });
});

describe('Arabic names the engine reads, in Latin letters', () => {
  it('names the company and its short form alike', () => {
    const text = 'جمعت شركة كثبان لابز 20 مليون دولار بقيادة غيمة كابيتال. وقالت كثبان إن التمويل سيذهب إلى التوظيف.';
    const names = detect(text).entities.flatMap((e) => (e.type === 'company' ? [`${e.text}=${e.canonical}`] : []));
    expect(names).toEqual(['كثبان لابز=Kathban Labs', 'غيمة كابيتال=Ghima Capital', 'كثبان=Kathban Labs']);
  });
});
