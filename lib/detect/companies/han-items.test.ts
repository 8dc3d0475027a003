import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Sentences written for these tests; the start-ups are invented, the known names real.
const read = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}/${c.source}`);
const texts = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);

describe('where a Chinese name starts and ends among the words around it', () => {
  it('ends a list item read back at a conjunction or at 的 after a word for where, not at other words before 的', () => {
    expect(texts('国内的岚舟创新、Rokid近期也推出了新品。')).toEqual(['岚舟创新', 'Rokid']);
    // 旗下的豆包 is a product of ByteDance's; a clause before 、 is none of the list's names.
    expect(texts('字节跳动旗下的豆包、百度的文心一言等产品纷纷降价。')).toEqual(['字节跳动', '百度']);
    expect(texts('在美国收紧出口管制、英伟达H20等芯片供应不确定的背景下。')).toEqual(['英伟达']);
  });

  it('reads no firm in a trade, a fund manager or a clause that ends in "all kinds of"', () => {
    expect(texts('一位长期关注建筑科技的投资人指出，建筑工地的事故率仍然偏高。')).toEqual([]);
    expect(texts('一位香港基金经理对记者表示，估值仍有空间。')).toEqual([]);
    expect(texts('管理层只表示会在合适的时候考虑各种资本安排。')).toEqual([]);
    expect(texts('公司希望借助汽车业务的规模摊薄成本。')).toEqual([]);
  });

  it('starts no name inside a common word that ends in its first unit', () => {
    expect(texts('其中金额最大的三笔交易合计占比接近六成。')).toEqual([]);
    expect(texts('其中中金公司领投。')).toEqual(['中金公司']);
  });

  it('reads a name after 的 and before its round, with a comma and a month between', () => {
    expect(read('排名第二的是杭州的澄微视觉，5月宣布完成1.2亿美元B+轮融资。据报道，澄微正与车企洽谈。')).toEqual([
      '澄微视觉=Chengwei Vision/cue', '澄微=Chengwei Vision/cue']);
  });

  it('finds a registered name again without its city and legal tail, and names it so; not a product named after it', () => {
    expect(read('腾讯近期与上海星岑数据科技有限公司签订了算力租赁协议。星岑数据方面未予置评。')).toEqual([
      '腾讯=Tencent/gazetteer', '上海星岑数据科技有限公司=Xingcen Data/cue', '星岑数据=Xingcen Data/cue']);
    const chip = '公司推出芯片“岑戒O1”。承担岑戒系列研发的是全资子公司上海岑戒技术有限公司。';
    expect(texts(chip)).toEqual(['上海岑戒技术有限公司']);
  });

  it('reads no bank in a verb before the word for banks', () => {
    expect(texts('联贷成本低于市场预期，反映银行对封装需求有信心。')).toEqual([]);
  });

  it('knows Tencent by the nickname the Chinese press gives it', () => {
    expect(read('与同行相比，“鹅厂”的投入节奏相对克制。')).toEqual(['鹅厂=Tencent/gazetteer']);
  });

  it("reads no firm in the state's academies, in 高通量 (high-throughput), a group's service or a division glued after its parent", () => {
    expect(texts('与中国科学院微电子研究所合作；据中国信息通信研究院发布的数据。')).toEqual([]);
    expect(texts('平台将结构预测与高通量湿实验结合。创始人曾在华为海思工作。')).toEqual(['华为']);
    expect(texts('楽天グループは楽天経済圏を広げ、楽天市場と楽天ポイントを生かす。')).toEqual(['楽天グループ']);
    // A product in quotes named for its maker: the assistant, not the firm.
    expect(texts('杭州云杉智能科技有限公司（以下简称“云杉智能”）完成融资。其产品“云杉合同助手”已接入百家机构。')).toEqual([
      '杭州云杉智能科技有限公司', '云杉智能',
    ]);
  });

  it('gives a biotech its English "Bio" and a chipmaker its "Integrated Circuit"', () => {
    expect(read('苏州智析生物科技有限公司（以下简称“智析生物”）宣布完成A轮融资。')).toEqual([
      '苏州智析生物科技有限公司=Zhixi Bio/cue', '智析生物=Zhixi Bio/cue',
    ]);
    expect(read('合资公司名为“北京芯创智造集成电路有限公司”。')).toEqual([
      '北京芯创智造集成电路有限公司=Xinchuang Intelligent Manufacturing Integrated Circuit/cue',
    ]);
  });

  it('reads 建行 as the lead of a loan, and a new-materials firm by its English tail and 晟 as sheng', () => {
    expect(read('以工行、建行为牵头行的银团签署协议。违建行为。')).toEqual(['工行=ICBC/gazetteer', '建行=China Construction Bank/gazetteer']);
    expect(read('合肥锂晟新材料科技有限公司完成融资，包河科创基金跟投。')).toEqual([
      '合肥锂晟新材料科技有限公司=Lisheng New Materials/cue', '包河科创基金=Baohe Sci-Tech Innovation Fund/cue',
    ]);
  });
});
