import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Invented bodies of a real shape, so only the rule can find them.
const cue = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'cue').map((c) => `${c.text}=${c.canonical}/${c.kind}`);

describe('Arabic names that say what a body is and where it is from', () => {
  it('reads "the <Arab nationality> company for <field>" whole, الشركة included, and its field\'s adjectives', () => {
    expect(cue('ووقّعت الشركة الكويتية للخدمات اللوجستية عقداً بقيمة 40 مليون دينار.')).toEqual([
      'الشركة الكويتية للخدمات اللوجستية=Kuwaiti Logistics Services Company/company',
    ]);
    // Its kind before its field lets the field be any "for ..." phrase; a field the list does not know stays as written.
    expect(cue('وأعلنت الشركة العمانية القابضة لتحلية المياه أرباحها.')).toEqual([
      'الشركة العمانية القابضة لتحلية المياه=الشركة العمانية القابضة لتحلية المياه/company',
    ]);
    // A clitic before it stays out, and a conjoined company is a name of its own.
    expect(cue('وشارك صندوق البحرين للتقاعد والشركة الوطنية للتأمين في الطرح.')).toEqual([
      'صندوق البحرين للتقاعد=Bahrain Pension Fund/investor', 'الشركة الوطنية للتأمين=National Insurance Company/company',
    ]);
  });

  it('leaves descriptions: a foreign nationality, a verb after "to", a fund named for no place', () => {
    // "The American chip company", "the Saudi company, to pump", "a new fund for infrastructure", "Google's fund".
    expect(cue('وقالت الشركة الأمريكية للرقائق إن الطلب ارتفع.')).toEqual([]);
    expect(cue('وتسعى الشركة السعودية لضخ ملياري دولار.')).toEqual([]);
    expect(cue('وأطلقت الحكومة صندوق جديد للبنية التحتية.')).toEqual([]);
  });
});
