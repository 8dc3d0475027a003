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

describe('Chinese and Japanese names defined, read apart or left as words', () => {
  it('names the short name a bracket defines after a Latin full name, or after the firm\'s own Latin name', () => {
    expect(names('收购意大利机器人制造商Lattuga Robotica S.p.A.（下称“拉图加机器人”）80%的股权。拉图加机器人总部位于都灵。')).toEqual([
      'Lattuga Robotica S.p.A=Lattuga Robotica', '拉图加机器人=Lattuga Robotica', '拉图加机器人=Lattuga Robotica',
    ]);
    expect(names('将领投上海衡川信息科技有限公司（HengchuanAI，以下简称“衡川科技”）新一轮融资。衡川科技表示。')).toEqual([
      '衡川=HengchuanAI', 'HengchuanAI=HengchuanAI', '衡川科技=HengchuanAI', '衡川科技=HengchuanAI',
    ]);
  });

  it('reads a province of three characters apart, and a registered name that opens with a northern city', () => {
    expect(names('本轮由深创投领投，黑龙江省数字产业投资集团跟投。')).toEqual([
      '深创投=Shenzhen Capital Group', '黑龙江省数字产业投资集团=Heilongjiang Shuzi Industry Investment Group',
    ]);
    expect(names('哈尔滨冰链科技有限公司今日宣布完成融资。冰链科技表示。')).toEqual([
      '哈尔滨冰链科技有限公司=Binglian Technology', '冰链科技=Binglian Technology',
    ]);
  });

  it('reads no firm in a continent\'s funds, local capital, a virtual bank, a sector, a regulator\'s clause or a data centre', () => {
    expect(names('至少两家欧洲私募基金曾参与竞购，东莞本地产业资本也有兴趣。')).toEqual([]);
    expect(names('公司透过虚拟银行推介产品。香港保险科技赛道竞争激烈。香港金融管理局亦鼓励银行合作。')).toEqual([]);
    expect(names('负责人表示，西部数据中心正从卖电力转向卖算力。')).toEqual([]);
  });

  it('reads a Japanese firm glossed after 社 with its legal form, a compass region and a baker', () => {
    expect(names('米ブライトロープ社（Brightrope Inc.、シアトル）の全株式を取得する。ブライトロープは2020年設立。')).toEqual([
      'ブライトロープ=Brightrope', 'Brightrope Inc.=Brightrope', 'ブライトロープ=Brightrope',
    ]);
    expect(names('地元の南九州ベンチャーパートナーズが引き受けた。')).toEqual(['南九州ベンチャーパートナーズ=Minami-Kyushu Venture Partners']);
    expect(names('地元の響灘キャピタルが引き受けた。響灘地区には工場が多い。')).toEqual(['響灘キャピタル=Hibikinada Capital']);
    expect(names('大手製パンの敷島製パンと試作を進める。')).toEqual(['敷島製パン=Shikishima Baking']);
  });

  it('reads a service in quotes as no firm, a group by its Latin head, and the Nikkei by its report', () => {
    expect(names('転職サービス「ビズリーチ」を運営するビジョナルなどがひしめく。')).toEqual(['ビジョナル=Visional']);
    expect(names('SBIホールディングスは25日に発表した。SBIは首位になる。')).toEqual(['SBIホールディングス=SBI Holdings', 'SBI=SBI Holdings']);
    expect(names('日経の報道を受け、株価は上昇した。')).toEqual(['日経=Nikkei']);
  });
});
