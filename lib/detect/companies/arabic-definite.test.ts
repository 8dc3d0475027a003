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
    // "For the first time", "to foreign investors": a "for the ..." phrase that names no trade.
    expect(cue('وتدخل الشركة السعودية للمرة الأولى سوق السندات، وباعت الشركة القطرية للمستثمرين الأجانب حصة.')).toEqual([]);
    // After a name and a comma it describes that name ("Aramco, the Saudi oil company").
    expect(cue('أعلنت أرامكو، الشركة السعودية للطاقة، أرباحها.')).toEqual([]);
  });

  it('ends the name with its field\'s adjectives, not a weekday or "last week" after it', () => {
    expect(cue('وقعت الشركة البحرينية للخدمات المالية الرقمية الأربعاء صفقة.')).toEqual([
      'الشركة البحرينية للخدمات المالية الرقمية=الشركة البحرينية للخدمات المالية الرقمية/company',
    ]);
    expect(cue('وقال صندوق دبي للاستثمارات الأسبوع الماضي إنه سيبيع.')).toEqual(['صندوق دبي للاستثمارات=Dubai Investments Fund/investor']);
  });

  it('leaves a present verb after a noun, and a known word the article makes plain', () => {
    // "a fund that focuses on", "a platform that predicts": a verb with its object or preposition (على is علي once folded).
    expect(cue('وهو صندوق يركّز على تقنيات التجزئة، ومنصة تتوقع الطلب على الأصناف.')).toEqual([]);
    // But a name of long vowels gets money in the commonest funding sentence ("حصلت شركة تيرا على تمويل").
    expect(cue('حصلت شركة تيرا على تمويل بقيمة 5 ملايين دولار.')).toEqual(['تيرا=Terra/company']);
    // "a farm-technology company" describes; "the foods" (الأغذية) is no mention of Agthia (أغذية), which a cue makes one.
    expect(cue('في أكبر جولة تجمعها شركة تقنيات زراعية في الخليج.')).toEqual([]);
    const agthia = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.canonical);
    expect(agthia('وخفّضت المنصة هدر الأغذية الطازجة في المتاجر.')).toEqual([]);
    expect(agthia('وخصصت الحكومة 100 مليون دولار للأغذية، وبالأغذية المستوردة.')).toEqual([]);
    expect(agthia('واستحوذت شركة أغذية على حصة.')).toEqual(['Agthia']);
  });
});
