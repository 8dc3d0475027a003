import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

describe('a name shortened by its own article', () => {
  it('files the short mention under the full name the text gave first', () => {
    expect(names('The startup Lumora Photonics raised $40 million. In March, Lumora raised $5 million more.')).toEqual([
      'Lumora Photonics=Lumora Photonics', 'Lumora=Lumora Photonics',
    ]);
  });

  it('reads the longer name where a cue name found again goes on with business words', () => {
    expect(names('The start-up Quarrowin raised $5 million. Quarrowin Payments reported revenue. Quarrowin said so.')).toEqual([
      'Quarrowin=Quarrowin Payments', 'Quarrowin Payments=Quarrowin Payments', 'Quarrowin=Quarrowin Payments',
    ]);
    // Not a product line's name, nor the firm in it: "its app, Quarrowin Pay" (index.ts, PRODUCT_NAMED).
    expect(names('The start-up Quarrowin raised $5 million. Its app, Quarrowin Pay, launched.')).toEqual(['Quarrowin=Quarrowin']);
  });

  it('leaves a short name alone when two longer names open with it', () => {
    const found = names('The startup Parallax Search and the startup Parallax Vision agreed. The startup Parallax said so.');
    expect(found).toContain('Parallax=Parallax');
  });

  it('leaves two letters that head a family of firms to themselves', () => {
    const found = names('工程由SK Ecoplant承建。数据中心位于SK化学的地块上，SK燃气供电。');
    expect(found).toContain('SK Ecoplant=SK Ecoplant');
    expect(found.filter((n) => n.startsWith('SK=') && n !== 'SK=SK')).toEqual([]);
  });

  it('keeps a gazetteer name as the gazetteer spells it', () => {
    expect(names('Nvidia said Nvidia Foundry Labs would grow.')[0]).toBe('Nvidia=Nvidia');
  });
});

describe('capitals in brackets after a name', () => {
  it('reads them as that company, there and later, in any script', () => {
    expect(names('قرض من البنك التجاري الدولي (CIB) لمركز البيانات. وقال CIB إن القرض')).toEqual([
      'البنك التجاري الدولي=Commercial International Bank', 'CIB=Commercial International Bank', 'CIB=Commercial International Bank',
    ]);
    expect(names('The startup Kessler Robotics (KRX) raised money. KRX said so.')).toEqual([
      'Kessler Robotics=Kessler Robotics', 'KRX=Kessler Robotics', 'KRX=Kessler Robotics',
    ]);
  });

  it('reads a longer Arabic short name in brackets only where the full name holds it', () => {
    // A name in ة before a business ending is a name after شركة too.
    expect(names('وقادت الجولة شركة ريحانة كابيتال (ريحانة) بمبلغ كبير. وقالت «ريحانة» إن الطلب قوي. وأشار التقرير (الاقتصادي) إلى ذلك.')
      .map((n) => n.split('=')[0])).toEqual(['ريحانة كابيتال', 'ريحانة', 'ريحانة']);
  });

  it('gives a known acronym to the firm the text defines it for, not to the gazetteer\'s (Morocco\'s BCP, not Peru\'s)', () => {
    expect(names('Le tour est mené par la Banque Centrale Populaire (BCP). La BCP a déclaré que')).toEqual([
      'Banque Centrale Populaire=Banque Centrale Populaire', 'BCP=Banque Centrale Populaire', 'BCP=Banque Centrale Populaire',
    ]);
    expect(names('Banco de Crédito del Perú (BCP) lent it. BCP said so.')).toEqual([
      'Banco de Crédito del Perú=Banco de Crédito del Perú', 'BCP=Banco de Crédito del Perú', 'BCP=Banco de Crédito del Perú',
    ]);
  });

  it('reads one name once where the Japanese reader also defines it', () => {
    expect(names('三井住友フィナンシャルグループ（SMFG）は提携を拡大した。').filter((n) => n.startsWith('SMFG'))).toHaveLength(1);
  });

  it('needs the brackets right after the name', () => {
    expect(names('Nvidia rose, and so did the index (DJIA).')).toEqual(['Nvidia=Nvidia']);
  });

  it('files a Chinese short name under the legal name that opens with it past its city (an invented firm)', () => {
    expect(names('岚途智能完成1.2亿元A轮融资。成都岚途智能装备有限公司成立于2021年。岚途的客户包括多家晶圆厂。')).toEqual([
      '岚途智能=Lantu Intelligent Equipment', '成都岚途智能装备有限公司=Lantu Intelligent Equipment', '岚途=Lantu Intelligent Equipment',
    ]);
  });

  it('reads a city\'s venture-capital firm in English, as it calls itself', () => {
    expect(names('本轮由泉州市创业投资有限公司领投，金额为8000万元。')).toEqual(['泉州市创业投资有限公司=Quanzhou Venture Capital']);
  });
});
