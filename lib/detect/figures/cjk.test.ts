import { describe, expect, it } from 'vitest';
import { money, pct, seen, usd } from './testkit.ts';

const B = 1e9;

describe('Chinese money', () => {
  it.each([
    ['完成200亿美元融资', [usd('200亿美元', 20 * B)]],
    ['估值2,300亿美元', [usd('2,300亿美元', 230 * B)]],
    ['市值1.79万亿港元', [money('1.79万亿港元', 1.79e12, 'HKD')]],
    ['投资二十亿美元', [usd('二十亿美元', 2 * B)]],
    ['约75亿美元', [usd('75亿美元', 7.5 * B, { qualifier: 'approx' })]],
    ['超过100亿元人民币', [money('100亿元人民币', 10 * B, 'CNY', { qualifier: 'over' })]],
    ['50亿元', [money('50亿元', 5 * B, 'CNY', { currencyInferred: true })]],
    ['3000万美元', [usd('3000万美元', 3e7)]],
    ['5千万美元', [usd('5千万美元', 5e7)]],
    ['200多亿美元', [usd('200多亿美元', 20 * B, { qualifier: 'over' })]],
    ['100亿美元以上', [usd('100亿美元', 10 * B, { qualifier: 'over' })]],
    ['30億新台幣', [money('30億新台幣', 3 * B, 'TWD')]],
    // 元 is the unit of every yuan-named currency: the name after it says which.
    ['完成12億元新台幣的融資', [money('12億元新台幣', 1.2 * B, 'TWD')]],
    ['新臺幣3億元', [money('新臺幣3億元', 3e8, 'TWD')]],
    // Once a text has said 新台幣, its bare 元 is the Taiwan dollar too (guessed, so marked inferred).
    ['營收達新台幣482億元，每股168元', [money('新台幣482億元', 48.2 * B, 'TWD'), money('168元', 168, 'TWD', { currencyInferred: true })]],
    ['３００億美元', [usd('３００億美元', 30 * B)]],
    ['10亿欧元', [money('10亿欧元', B, 'EUR')]],
    ['人民币100亿元', [money('人民币100亿元', 10 * B, 'CNY')]],
    ['募资新台币300亿元', [money('新台币300亿元', 30 * B, 'TWD')]],
    ['逾百亿美元', [usd('百亿美元', 10 * B, { qualifier: 'over' })]],
    ['两千亿日元', [money('两千亿日元', 2e11, 'JPY')]],
    ['在泰国投资1268亿泰铢', [money('1268亿泰铢', 1.268e11, 'THB')]],
    ['50亿林吉特', [money('50亿林吉特', 5 * B, 'MYR')]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('reads "100亿至150亿美元" as one range', () => {
    expect(seen('100亿至150亿美元')).toEqual([usd('100亿至150亿美元', 10 * B, { range: { min: 10 * B, max: 15 * B } })]);
  });

  it.each([
    ['持股百分之二十', [pct('百分之二十', 20)]],
    ['增长百分之三十五', [pct('百分之三十五', 35)]],
    ['占比15%', [pct('15%', 15)]],
    ['占比１５％', [pct('１５％', 15)]],
    // Tenths: 八成 is 80%, 三割 30%; not 完成, 成为, 一成不变, 十八成 or 割引.
    ['占比八成，增长两成', [pct('八成', 80), pct('两成', 20)]],
    ['売上高の三割を占める', [pct('三割', 30)]],
    ['完成融资后成为一成不变的十八成员', []],
    ['三割引で販売', []],
    // A range of tenths counts them at both ends: 6〜7割 is 60 to 70 percent, its value the lower bound.
    ['市場の6〜7割を占める', [pct('6〜7割', 60, { range: { min: 60, max: 70 } })]],
    // Japanese counts tenths in 割: among kana, 成 ends a given name.
    ['開発者として知られる山本一成CEOと', []],
  ])('percent: %s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it('does not read vague 数十亿美元 as an amount', () => {
    expect(seen('投入数十亿美元')).toEqual([]);
  });
});

describe('Japanese money', () => {
  it.each([
    ['1兆円を投資', [money('1兆円', 1e12, 'JPY')]],
    ['タイで300億バーツを投じる', [money('300億バーツ', 3e10, 'THB')]],
    ['1000億円の資金', [money('1000億円', 1e11, 'JPY')]],
    ['約3億ドル', [usd('3億ドル', 3e8, { qualifier: 'approx', currencyInferred: true })]],
    ['1兆5000億円', [money('1兆5000億円', 1.5e12, 'JPY')]],
    ['売上高の２割を占める', [pct('２割', 20)]],
    ['利用者の6割が', [pct('6割', 60)]],
    ['株式を分割する', []],
    ['株価は2万4150円', [money('2万4150円', 24150, 'JPY')]],
    ['3億2000万円', [money('3億2000万円', 3.2e8, 'JPY')]],
    ['十億円', [money('十億円', B, 'JPY')]],
    ['50億米ドル', [usd('50億米ドル', 5 * B)]],
    ['1兆円超', [money('1兆円', 1e12, 'JPY', { qualifier: 'over' })]],
    ['100億〜150億円', [money('100億〜150億円', 1e10, 'JPY', { range: { min: 1e10, max: 1.5e10 } })]],
    ['100億から150億円', [money('100億から150億円', 1e10, 'JPY', { range: { min: 1e10, max: 1.5e10 } })]],
    ['100億円から150億円に増えた', [money('100億円', 1e10, 'JPY'), money('150億円', 1.5e10, 'JPY')]],
  ])('%s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });

  it.each([
    ['シェアは20％', [pct('20％', 20)]],
    ['5パーセント増', [pct('5パーセント', 5)]],
  ])('percent: %s', (text, want) => {
    expect(seen(text)).toEqual(want);
  });
});
