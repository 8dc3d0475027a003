import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Invented firms, so what is found comes from the readers, not the gazetteer.
const named = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

describe('a Han name glossed by its Latin name in brackets', () => {
  it('names every mention of the Han name, and its short form, by the gloss, which is a mention too', () => {
    const text = '北京大模型创业公司澄岚智能（Clearhaze AI）今日宣布完成B轮融资。澄岚智能表示，澄岚将扩大团队。';
    expect(named(text)).toEqual(['澄岚智能=Clearhaze AI', 'Clearhaze AI=Clearhaze AI', '澄岚智能=Clearhaze AI', '澄岚=Clearhaze AI']);
  });

  it('starts the name where a description bounds it, not at a word of the trade that recurs', () => {
    const text = '深圳人形机器人企业汀翼机器人（Tingyi Robotics）今日招股。汀翼表示，机器人是今年最热的题材。';
    expect(named(text)).toEqual(['汀翼机器人=Tingyi Robotics', 'Tingyi Robotics=Tingyi Robotics', '汀翼=Tingyi Robotics']);
  });

  it('takes the English name a longer bracket gives, for the full name and the short name it sets', () => {
    const text = '调度服务商深圳澄排科技有限公司（以下简称“澄排科技”，英文名ChengPai）近日完成融资。澄排科技创始人表示，澄排将扩张。';
    expect(named(text)).toEqual([
      '深圳澄排科技有限公司=ChengPai', '澄排科技=ChengPai', 'ChengPai=ChengPai', '澄排科技=ChengPai', '澄排=ChengPai',
    ]);
  });

  it('reads the Han name back from the bracket when only the Latin name was found, to the description before it', () => {
    const text = '由某基金领投的汀曜智能（Tingyao Labs）完成新一轮融资。汀曜智能计划明年上市。';
    expect(named(text)).toEqual(['汀曜智能=Tingyao Labs', 'Tingyao Labs=Tingyao Labs', '汀曜智能=Tingyao Labs']);
    // Not a two-character tail that the text writes again inside a word, nor cut at a clause's link that names hold.
    expect(named('由某基金领投的汀曜智能（Tingyao Labs）完成新一轮融资。人工智能是重点。').slice(0, 1)).toEqual(['汀曜智能=Tingyao Labs']);
    expect(named('领投的汀和智能（Tinghe Labs）完成融资。').slice(0, 1)).toEqual(['汀和智能=Tinghe Labs']);
    // Nor a description the bracket glosses.
    expect(named('据悉，美国芯片巨头（Nvidia）也有意参投。')).toEqual(['Nvidia=Nvidia']);
  });

  it('takes the gazetteer\'s name when the gloss is one it knows', () => {
    expect(named('新创企业澜图科技（Anthropic）宣布融资。')).toContain('澜图科技=Anthropic');
  });

  it('leaves people, listing codes and acronyms to other readers', () => {
    expect(named('英伟达首席执行官黄仁勋（Jensen Huang）表示看好。')).toEqual(['英伟达=Nvidia']);
    expect(named('岭川科技（688123.SH）发布公告，岭川科技营收增长。')).toEqual(['岭川科技=Lingchuan Technology', '岭川科技=Lingchuan Technology']);
  });

  it('reads a Japanese firm in katakana glossed by its English name after its seat, and the English name as a mention', () => {
    expect(named('協働ロボットを開発する株式会社リンクアーム（広島市西区、英文名LinkArm）は資金を調達した。')).toEqual([
      'リンクアーム=LinkArm', 'LinkArm=LinkArm',
    ]);
  });
});
