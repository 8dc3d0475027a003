import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Written for these tests: every startup named here is invented.
const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

describe('places, trades and clauses that frame words the way a name is framed', () => {
  it('takes no katakana place for a Japanese name, listed or marked as a state or city in the same text', () => {
    expect(names('富士精機は米ノースカロライナに新工場を建てる。米アリゾナでも検討する。')).not.toContain('ノースカロライナ=ノースカロライナ');
    expect(names('三和商事は米カンザスで工場を買収した。カンザス州の雇用は増える。').some((n) => n.startsWith('カンザス'))).toBe(false);
    // A katakana firm a country's kanji frames is still one.
    expect(names('米ヴェルダントが新工場を建てる。')).toContain('ヴェルダント=Verudanto');
    // 市場 after a name is its market, not a city.
    expect(names('米ヴァルテックは1億ドルを調達した。ヴァルテック市場シェアは伸びた。')).toEqual(['ヴァルテック=ヴァルテック', 'ヴァルテック=ヴァルテック']);
  });

  it('reads an industry before グループ as a description, not a name', () => {
    expect(names('3社の統合で世界4位の造船グループが誕生する。')).toEqual([]);
    expect(names('瀬戸造船グループは新船を受注した。')).toContain('瀬戸造船グループ=瀬戸造船グループ');
    // A genre after 傘下の is what the arm does, not its name.
    expect(names('米通信大手AT&T傘下のアニメ配信サービスを買収した。日本アニメの配信。')).toEqual(['AT&T=AT&T']);
    // Nor is it a firm's short form: アニメ・デジタル・ネットワーク does not go by アニメ.
    expect(names('仏アニメ・デジタル・ネットワークは配信を続ける。日本アニメの人気は高い。')).toEqual(['アニメ・デジタル・ネットワーク=Anime Digital Network']);
    // Only alone: a name may be made of a country's and a trade's kanji.
    expect(names('日本鋼電株式会社は10億円を調達した。')).toEqual(['日本鋼電株式会社=日本鋼電']);
  });

  it('reads a trade noun after شركة as what the firm does', () => {
    expect(names('سيكون المصنع أول منشأة لشركة سيارات كورية في المنطقة.')).toEqual([]);
    expect(names('وقالت شركة نفط خليجية إنها ستستثمر.')).toEqual([]);
  });

  it('reads global capital and a placing abroad as plain Chinese words', () => {
    expect(names('这反映出全球资本对储能赛道的长期看好。')).toEqual([]);
    expect(names('其余进行国际配售，为海外扩张搭建国际化资本运作平台。')).toEqual([]);
    // Nor a place's banking industry (亞洲銀行業, Asia's banking).
    expect(names('我們希望成為亞洲銀行業首選的AI夥伴。')).toEqual([]);
    // A clause that says when or denies is no name either.
    expect(names('这家新公司成立时获得融资。首席执行官表示公司“并不着急”。此前公司一直没有控股股东。')).toEqual([]);
  });

  it('reads the firms a takeover buys and a firm investors back at the head of its sentence', () => {
    expect(names('Halvard Capital closed its takeover of Quenlow, Brastide and two smaller units.')).toEqual(expect.arrayContaining(['Quenlow=Quenlow', 'Brastide=Brastide']));
    // A purchase is as often of chips or coins.
    expect(names('The purchase of H100 chips and of Bitcoin cost $2 billion.')).toEqual([]);
    expect(names('The field is crowded. Tarnwell Metals, backed by Sequoia, raised $50 million.')).toContain('Tarnwell Metals=Tarnwell Metals');
    expect(names('He said so.\n  “Tarnwell Metals, backed by Sequoia, raised $5 million.')).toContain('Tarnwell Metals=Tarnwell Metals');
    // A site or a person backed by someone is neither.
    expect(names('The campus will grow to 1 gigawatt in Orvane, backed by a $2 billion loan.')).toEqual([]);
    expect(names('Analysts agreed. Maria Lopez, backed by the board, stepped down.')).toEqual([]);
  });

  it('leaves a country\'s possessive and a year out of the name', () => {
    expect(names("Australia's Corvane Space Technologies raised $30 million.")).toEqual(['Corvane Space Technologies=Corvane Space Technologies']);
    expect(names('Die Zusage kam von Brenhold Chemicals. Dafür hatten OMV und Brenhold 2021 Investitionen geplant.')).not.toContain('Brenhold 2021=Brenhold 2021');
  });

  it("reads no firm in a town that ends a school's name before an apposition", () => {
    const text = "Lille, le 3 mars 2027 — La jeune pousse Ostrale lève 5 millions d'euros.\n\nCréée en 2023 par Julie Marchand, " +
      "ancienne directrice des achats chez Auchan, et Paul Lefebvre, chercheur en robotique passé par le laboratoire Inria de " +
      "l’Université de Lille, la société automatise les entrepôts.";
    expect(names(text)).toEqual(['Ostrale=Ostrale', 'Auchan=Auchan']);
  });

  it("reads no firm in a public body's name, a region as a government, or a French place hyphened with d'", () => {
    expect(names('The pilot runs with the Kenya Agricultural and Livestock Research Organization.')).toEqual([]);
    expect(names("Le réseau Armor Angels remet au pot. Une laiterie des Côtes-d'Armor, non. La Région Bretagne investit.")).toEqual([
      'Armor Angels=Armor Angels',
    ]);
  });

  it('reads no firm in a nationality before a trade, hyphened or not', () => {
    expect(names('The round was led by Dutch chip-equipment maker ASML and by German software maker SAP.')).toEqual(['ASML=ASML', 'SAP=SAP']);
  });

  it("reads no firm in a product's tier, a city German writes its own way, and a name ending in Insight", () => {
    expect(names('BBVA extends ChatGPT Enterprise to its staff, the paper Enterprise said.')).toEqual(['BBVA=BBVA', 'Enterprise=Enterprise']);
    expect(names('Wien – Das Wiener Start-up Lastwerk GmbH hat 8,5 Millionen Euro eingesammelt.')).toEqual(['Lastwerk GmbH=Lastwerk']);
    expect(names('Boston-based Halden Insight estimates that spending will grow.')).toEqual(['Halden Insight=Halden Insight']);
  });
});
