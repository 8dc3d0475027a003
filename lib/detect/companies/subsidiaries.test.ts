import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const read = (text: string) => findCompanies(text, normalize(text), [])
  .map((c) => `${c.text}=${c.canonical}/${c.kind}`);

describe('arms of known groups and the words around solid names', () => {
  it('names the arm a business word glued to a known name makes', () => {
    expect(read('瑞银证券与百度风投参与。')).toEqual(['瑞银证券=UBS Securities/company', '百度风投=Baidu Ventures/investor']);
    expect(read('みずほ証券が主幹事を務めた。')).toEqual(['みずほ証券=Mizuho Securities/company']);
    expect(read('Backed by Airbus Ventures and Nvidia Capital.')).toEqual(['Airbus Ventures=Airbus Ventures/investor', 'Nvidia Capital=Nvidia Capital/investor']);
    // A group named for the business already is the arm: DBS Bank, not "DBS Bank Bank".
    expect(read('シンガポールのDBS銀行が融資した。')).toEqual(['DBS銀行=DBS Bank/company']);
  });

  it('names a group\'s cloud, telecom and investment arms in Chinese, and a Japanese unit after a Latin name', () => {
    expect(read('腾讯云与华为云竞标。')).toEqual(['腾讯云=Tencent Cloud/company', '华为云=Huawei Cloud/company']);
    expect(read('本轮由腾讯投资领投，腾讯投资了多家公司。')).toEqual(['腾讯投资=Tencent Investment/investor', '腾讯=Tencent/company']);
    expect(read('腾讯投资相关负责人表示看好。')).toEqual(['腾讯投资=Tencent Investment/investor']);
    // The group's investment in something is no arm: 华为投资在研发上的比例.
    expect(read('华为投资在研发上的比例超过20%。')).toEqual(['华为=Huawei/company']);
    // A group's car business is no car maker of its own: 英伟达汽车业务.
    expect(read('一位前英伟达汽车业务员工表示。')).toEqual(['英伟达=Nvidia/company']);
    // 云计算 is cloud computing, which the group sells, not an arm's name.
    expect(read('腾讯云计算收入增长。')).toEqual(['腾讯=Tencent/company']);
    // 云南 is Yunnan: a province's branch, not a cloud.
    expect(read('中国移动云南公司宣布投资。')).toEqual(['中国移动=China Mobile/company']);
    expect(read('調査会社IDCジャパンによると、市場は伸びた。')).toEqual(['IDCジャパン=IDC Japan/company']);
  });

  it('names an arm Arabic writes out in its own letters after the parent', () => {
    expect(read('قادت إنفيديا فنتشرز الجولة مع الإمارات دبي الوطني كابيتال.')).toEqual([
      'إنفيديا فنتشرز=Nvidia Ventures/investor', 'الإمارات دبي الوطني كابيتال=Emirates NBD Capital/investor',
    ]);
    // A word that only starts like the loanword is not the arm.
    expect(read('قالت أرامكو كابيتالية.')).toEqual(['أرامكو=Saudi Aramco/company']);
  });

  it('names a country or unit arm as the text names the parent, with the parent\'s kind', () => {
    expect(read('Financed by Santander México and Nvidia India; Partech Africa joined.')).toEqual([
      'Santander México=Santander México/company', 'Nvidia India=Nvidia India/company', 'Partech Africa=Partech Africa/investor',
    ]);
    expect(read('Its customers include Lufthansa Cargo and Qatar Airways Cargo.')).toEqual([
      'Lufthansa Cargo=Lufthansa Cargo/company', 'Qatar Airways Cargo=Qatar Airways Cargo/company',
    ]);
    expect(read('Amazon Studios and Paramount Pictures bid.')).toEqual(['Amazon Studios=Amazon Studios/company', 'Paramount Pictures=Paramount Pictures/company']);
    // A country that starts the next word, or a sentence, is not an arm.
    expect(read('Nvidia Indiana plant. Nvidia. India said.')).toEqual(['Nvidia=Nvidia/company', 'Nvidia=Nvidia/company']);
  });

  it('leaves the parent alone when the word goes on into another, or stands apart', () => {
    // 証券取引所 is the stock exchange, 银行业 banking; "Airbus. Capital" is two sentences.
    expect(read('ソニーは東京証券取引所に上場。')).toEqual(['ソニー=Sony Group/company']);
    expect(read('英伟达银行业务。Airbus. Capital is scarce.')).toEqual(['英伟达=Nvidia/company', 'Airbus=Airbus/company']);
  });

  it('keeps a country\'s short form out of a Japanese name', () => {
    expect(read('英アーキット・ホールディングスが出資した。')).toEqual(['アーキット・ホールディングス=Akitto Holdings/company']);
  });

  it("reads a French cooperative bank's region as its regional bank's name, in French only", () => {
    expect(read("Un prêt du Crédit Agricole Nord de France et de la Caisse d'Épargne Grand Est Europe, avec Bpifrance.")).toEqual([
      'Crédit Agricole Nord de France=Crédit Agricole Nord de France/company',
      "Caisse d'Épargne Grand Est Europe=Caisse d'Epargne Grand Est Europe/company", 'Bpifrance=Bpifrance/investor',
    ]);
    expect(read('le Crédit Agricole SA et la Banque Populaire Grand Ouest').map((n) => n.split('=')[1])).toEqual([
      'Crédit Agricole/company', 'Banque Populaire Grand Ouest/company',
    ]);
    expect(read('Crédit Agricole Backs Lyon Startup').map((n) => n.split('=')[0])).toEqual(['Crédit Agricole']);
    expect(read("avec un prêt du Crédit Agricole du Languedoc et de la Caisse d'Épargne d'Auvergne").map((n) => n.split('=')[1])).toEqual([
      'Crédit Agricole du Languedoc/company', "Caisse d'Epargne d'Auvergne/company",
    ]);
  });
});
