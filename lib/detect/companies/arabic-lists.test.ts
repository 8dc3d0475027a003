import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const names = (text: string) => detect(text, { types: ['company'] }).entities.map((e) => (e.type === 'company' ? `${e.text}=${e.canonical}` : ''));

describe('Arabic names in lists and after endings', () => {
  it('reads each quoted example after a plural and its indefinite adjective', () => {
    expect(names('وتواجه المنصة منافسة من تطبيقات عدة، بينها منصات محلية مثل «رفيق» و«سند»، إلى جانب البنوك.')).toEqual([
      'رفيق=Rafiq', 'سند=Sanad',
    ]);
  });

  it('takes two endings together as one name', () => {
    expect(names('وتتوقع شركة الأبحاث «نجد ديجيتال إنسايتس» أن يتضاعف الطلب.')).toEqual(['نجد ديجيتال إنسايتس=Najd Digital Insights']);
  });

  it('glosses an ending after a Latin head', () => {
    expect(names('ويدير الصندوق فريق من ZNT كابيتال منذ عام 2020.')).toEqual(['ZNT كابيتال=ZNT Capital']);
  });

  it('reads no name in a field that an indefinite adjective of شركة follows', () => {
    expect(names('وهي ثاني صفقة تحصل عليها شركة لوجستيك ناشئة في تونس هذا العام.')).toEqual([]);
  });

  it('gives a holding named for its country its first word as a short form', () => {
    expect(names('وتدرس ممتلكات البحرين القابضة ضخ استثمار جديد. وكانت ممتلكات قد استثمرت في شركات تقنية.')).toEqual([
      'ممتلكات البحرين القابضة=Mumtalakat', 'ممتلكات=Mumtalakat',
    ]);
  });

  it('reads no pharmacy chain in the name of the food and drug authority', () => {
    expect(names('وحصل الجهاز على ترخيص من الهيئة العامة للغذاء والدواء الشهر الماضي.')).toEqual([]);
  });
});
