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

describe('Arabic groups, networks and the words around them', () => {
  it('reads a group whose name closes on "investment", and no plural of banks so described', () => {
    expect(names('وشاركت في الجولة مجموعة الموج الاستثمارية إلى جانب مستثمرين أفراد.')).toEqual(['الموج الاستثمارية=Al Mawj Investment']);
    expect(names('وقال الشريك في مجموعة البنوك الاستثمارية إن السوق تنمو.')).toEqual([]);
  });

  it('reads a network of angels in quotes, but not a platform that relies on something nor every crate of a kind', () => {
    expect(names('وانضم مستثمرون من شبكة «سنبلة» للمستثمرين الملائكيين إلى الجولة.')).toEqual(['سنبلة=Sunbula']);
    expect(names('وتطور الشركة منصة تعتمد على نماذج لغوية. ونريد أن يصبح كل صندوق تمر قابلاً للتتبع.')).toEqual([]);
  });

  it('leaves a ministry\'s platform, a firm\'s system and funds of credit or backed by a bank', () => {
    expect(names('وباتت منصة «عدالة» التابعة لوزارة العدل أداة للمحامين.')).toEqual([]);
    expect(names('وستربط المنصة بمنظومة «شحنات» التابعة لها.')).toEqual([]);
    expect(names('وهو صندوق مدعوم من البنك المركزي، فيما جمعت صناديق ائتمان مليارات الدولارات.')).toEqual([]);
  });

  it('takes a quoted acronym in brackets and an agency in a dateline', () => {
    expect(names('أعلن جهاز أبوظبي للاستثمار ("أديا") عن شراكة جديدة. وقالت أديا إنها ستضخ المزيد.')).toEqual([
      'جهاز أبوظبي للاستثمار=Abu Dhabi Investment Authority', 'أديا=Abu Dhabi Investment Authority', 'أديا=Abu Dhabi Investment Authority',
    ]);
    expect(names('دبي، 3 مايو 2027 (وام) – أعلنت الشركة عن جولة تمويل.')).toEqual(['وام=WAM']);
  });

  it('reads a second word in ال before a known field, and a title and nationality before a given name', () => {
    expect(names('ووقعت الشركة عقداً مع شركة ريم البادية للتأمين بقيمة مليون دولار.')).toEqual(['ريم البادية للتأمين=Reem Al Badia Insurance']);
    expect(names('وأسسها المهندس المصري كريم فؤاد في القاهرة.')).toEqual([]);
  });

  it('goes by the head of a name that ends in هيلث, and reads no Aldar in Casablanca', () => {
    expect(names('أعلنت شركة «سند هيلث» الناشئة عن جولة. وتأسست «سند» عام 2024.')).toEqual(['سند هيلث=Sanad Health', 'سند=Sanad Health']);
    expect(names('وافتتحت الشركة مكتباً في الدار البيضاء هذا العام.')).toEqual([]);
  });
});
