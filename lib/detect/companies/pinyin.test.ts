import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { CJK_PLACES } from './cjk-places.ts';
import { chineseEnglish as english } from './pinyin.ts';

const chineseEnglish = (name: string) => english(name, CJK_PLACES);

describe('the English name of a Chinese company name', () => {
  it('reads the name in pinyin and translates what it says the company is', () => {
    expect(chineseEnglish('云杉资本')).toBe('Yunshan Capital');
    expect(chineseEnglish('暮岚智能')).toBe('Mulan Intelligence');
    expect(chineseEnglish('松涛物流集团')).toBe('Songtao Logistics Group');
    expect(chineseEnglish('玄甲安全')).toBe('Xuanjia Security');
    expect(chineseEnglish('鹭汀創投')).toBe('Luting Ventures');
    expect(chineseEnglish('南溪電力')).toBe('Nanxi Power');
    expect(chineseEnglish('岚川传感')).toBe('Lanchuan Sensing');
  });

  it('reads a place at the front apart and leaves the legal form out', () => {
    expect(chineseEnglish('上海人工智能产业投资基金')).toBe('Shanghai AI Industry Investment Fund');
    expect(chineseEnglish('杭州微澜科技有限公司')).toBe('Weilan Technology');
    expect(chineseEnglish('中国微澜通信有限公司')).toBe('China Weilan Communications');
    // "X智能科技有限公司" is the company X智能 in its legal form.
    expect(chineseEnglish('青岚智能科技有限公司')).toBe('Qinglan Intelligence');
    // A bank named for its place is that place's bank.
    expect(chineseEnglish('臺灣銀行')).toBe('Bank of Taiwan');
    expect(chineseEnglish('杭州银行')).toBe('Bank of Hangzhou');
    expect(chineseEnglish('珠海华发集团')).toBe('Zhuhai Huafa Group');
    // A holding group, and a province's financial one.
    expect(chineseEnglish('江西赣江控股集团')).toBe('Jiangxi Ganjiang Holding Group');
    expect(chineseEnglish('湖南金融控股集团')).toBe('Hunan Financial Holding Group');
    // The country, and places with an English name of their own, are said in English.
    expect(chineseEnglish('中国互联网投资基金')).toBe('China Internet Investment Fund');
    expect(chineseEnglish('中國微澜资本')).toBe('China Weilan Capital');
    expect(chineseEnglish('香港微澜资本')).toBe('Hong Kong Weilan Capital');
    expect(chineseEnglish('澳门银行')).toBe('Bank of Macau');
    expect(chineseEnglish('陕西省青岚投资集团')).toBe('Shaanxi Provincial Qinglan Investment Group');
    expect(chineseEnglish('中国银行')).toBe('Bank of China');
  });

  it('keeps a name of describing words only, and a one-character head whole', () => {
    expect(chineseEnglish('人工智能基金')).toBe('人工智能基金');
    expect(chineseEnglish('智能科技')).toBe('智能科技');
    expect(chineseEnglish('拿云科技')).toBe('Nayun Technology');
  });

  it('reads the characters whose syllable start the collation data moved', () => {
    // Without the corrected starts these read bao, qie, qie, qie, mu, di and ri.
    expect(['北', '钱', '强', '桥', '拿', '点', '荣', '卓', '长', '乐'].map((c) => chineseEnglish(`${c}${c}资本`).split(' ')[0])).toEqual([
      'Beibei', 'Qianqian', 'Qiangqiang', 'Qiaoqiao', 'Nana', 'Diandian', 'Rongrong', 'Zhuozhuo', 'Changchang', 'Lele',
    ]);
    // 拓 is tuo in a name (拓普, Tuopu), not ta.
    expect(chineseEnglish('拓远资本')).toBe('Tuoyuan Capital');
  });
});

describe('Chinese names the engine reads, in English', () => {
  it('names the company and its short form alike', () => {
    const text = '创业公司霜桥智能完成5亿元A轮融资，由远岫资本领投。霜桥表示，资金将用于研发。';
    const names = detect(text).entities.filter((e) => e.type === 'company').map((e) => [e.text, e.type === 'company' && e.canonical]);
    expect(names).toEqual([['霜桥智能', 'Shuangqiao Intelligence'], ['远岫资本', 'Yuanxiu Capital'], ['霜桥', 'Shuangqiao Intelligence']]);
  });

  it('finds the short form of a name in its legal form, and no name in a time word after a company noun', () => {
    const text = '霜桥数据科技有限公司今天宣布完成融资。霜桥数据表示，该公司未来三年将扩张。';
    const names = detect(text).entities.flatMap((e) => (e.type === 'company' ? [`${e.text}=${e.canonical}`] : []));
    // 数据 (data) is the name's, though 据 alone ends the words before one ("据统计").
    expect(names).toEqual(['霜桥数据科技有限公司=Shuangqiao Data', '霜桥数据=Shuangqiao Data']);
  });

  it('never reads Japanese kanji names in pinyin: a listed head in its Japanese reading, else as written', () => {
    const names = (text: string) => detect(text).entities.map((e) => e.type === 'company' && e.canonical);
    expect(names('北斗精機は10億円を調達した。')).toContain('Hokuto Seiki');
    expect(names('鋼斗精機は10億円を調達した。')).toContain('鋼斗精機');
  });

  // Invented names, written for this test.
  it('drops "Technology" from a four-character name in its legal dress, and reads an IT firm and a drug maker', () => {
    expect(chineseEnglish('云衡智药科技有限公司')).toBe('Yunhengzhiyao');
    expect(chineseEnglish('霁川科技有限公司')).toBe('Jichuan Technology');
    expect(chineseEnglish('澄岳信息科技有限公司')).toBe('Chengyue Technology');
    expect(chineseEnglish('华岭医药')).toBe('Hualing Pharma');
    expect(chineseEnglish('华岭药业')).toBe('Hualing Pharmaceutical');
  });
});
