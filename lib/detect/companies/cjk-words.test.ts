import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const names = (text: string) => detect(text, { types: ['company'] }).entities.map((e) => (e.type === 'company' ? `${e.text}=${e.canonical}` : ''));
const texts = (text: string) => names(text).map((n) => n.split('=')[0]);

describe('Chinese short forms and words that look like names', () => {
  it('drops the city and the field of a registered name in later mentions', () => {
    expect(texts('南京澜芯光电科技有限公司宣布完成融资。投资人说，“澜芯的产品很有竞争力。”')).toEqual(['南京澜芯光电科技有限公司', '澜芯']);
  });

  it('keeps a two-character word after a city out of the short forms', () => {
    expect(texts('上海机场集团有限公司表示，机场客流回升。')).toEqual(['上海机场集团有限公司']);
  });

  it('reads no firm in a nickname before its city, or a product in quotes', () => {
    expect(texts('山河资本认为，在“山河”重庆，车企众多。')).toEqual(['山河资本']);
    expect(texts('鸣雀科技推出智能音箱“鸣雀Echo Max”。')).toEqual(['鸣雀科技']);
  });

  it('reads no group that a verb takes as its object, nor a city\'s trade fair', () => {
    expect(texts('此举可以有效减轻集团的资金压力。公司将在深圳国际电子展览会上发布新品。')).toEqual([]);
  });

  it('reads no firm in Erfurt, nor in some or local banks', () => {
    expect(texts('工厂位于德国埃尔福特。部分欧洲银行削减了额度，欧洲本土银行也参与了贷款。')).toEqual([]);
  });
});

describe('Japanese names', () => {
  it('opens an investor name with a Latin acronym, but no field with one', () => {
    expect(texts('今回のラウンドはQRTベンチャーズが主導した。HRテクノロジーの市場は広がる。')).toEqual(['QRTベンチャーズ']);
  });

  it('reads a blank between two katakana words of a known name as its middle dot', () => {
    expect(names('子会社のパナソニック エナジーが新工場を建てる。')).toEqual(['パナソニック エナジー=Panasonic Energy']);
  });

  it('holds a name together across an ampersand', () => {
    expect(texts('新会社の湊マテリアル＆ケミカル株式会社は設立を発表した。')).not.toContain('ケミカル株式会社');
  });

  it('reads no firm in an American city after 米', () => {
    expect(texts('同社は米デトロイトに拠点を開く。')).toEqual([]);
  });

  it('reads a shinkin bank and names it in English', () => {
    expect(names('地元の京都信用金庫が融資した。')).toEqual(['京都信用金庫=Kyoto Shinkin Bank']);
  });

  it('reads no firm in a university, a surname with its given name and title, a big bank or a trade', () => {
    expect(texts('静岡大学と共同で研究した。鈴木健太代表は話した。メガバンクグループの筆頭株主グループが出資した。大手農機メーカーと組む。大手パブリッシャー向けに売る。')).toEqual([]);
  });

  it('keeps the English word a katakana name ends in, rather than a known name it sounds like', () => {
    expect(names('京都の株式会社カグラワークスは調達を発表した。')).toEqual(['カグラワークス=Kagura Works']);
  });
});
