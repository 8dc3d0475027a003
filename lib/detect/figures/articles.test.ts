/**
 * Whole paragraphs written for these tests (not taken from any corpus): every
 * figure in them, in order, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { seen } from './testkit.ts';

const brief = (text: string) => seen(text).map((f) => [f.text, f.value, f.type === 'money' ? f.currency : '%']);

describe('figures in whole paragraphs', () => {
  it('English', () => {
    const text = 'Orbital Labs, founded in 2021, said on Monday it had closed a $1.25 billion Series C led by '
      + 'Northwind Capital, nearly triple the $450m it raised 18 months ago. The deal values the company at '
      + '$9.8bn. About 30% of the new money will go to GPUs (it runs 20,000 H100s), and the firm expects '
      + 'revenue of 500 million dollars next year, up from one million users at launch.';
    expect(brief(text)).toEqual([
      ['$1.25 billion', 1.25e9, 'USD'], ['$450m', 4.5e8, 'USD'], ['$9.8bn', 9.8e9, 'USD'], ['30%', 30, '%'],
      ['500 million dollars', 5e8, 'USD'],
    ]);
  });

  it('Arabic', () => {
    const text = 'أعلنت شركة "نجمة" الناشئة في الرياض عن جمع ٧٥٠ مليون ريال سعودي في جولة تمويل، '
      + 'بتقييم يبلغ نحو ٤ مليارات دولار، بعد أن ضخت فيها مجموعة استثمارية ملياري درهم إماراتي العام الماضي. '
      + 'وتستحوذ الشركة على 35 في المئة من السوق، وتعتزم إنفاق عشرات الملايين على مراكز البيانات خلال 2026.';
    expect(brief(text)).toEqual([
      ['٧٥٠ مليون ريال سعودي', 7.5e8, 'SAR'], ['٤ مليارات دولار', 4e9, 'USD'], ['ملياري درهم إماراتي', 2e9, 'AED'],
      ['35 في المئة', 35, '%'],
    ]);
  });

  it('French', () => {
    const text = 'La start-up lyonnaise a bouclé une levée de 85 millions d’euros, portant sa valorisation à '
      + '1,2 milliard d’euros. Elle prévoit d’investir 300 M€ d’ici 2027 et de recruter 400 personnes, '
      + 'soit une hausse de 60 % de ses effectifs.';
    expect(brief(text)).toEqual([
      ['85 millions d’euros', 8.5e7, 'EUR'], ['1,2 milliard d’euros', 1.2e9, 'EUR'], ['300 M€', 3e8, 'EUR'],
      ['60 %', 60, '%'],
    ]);
  });

  it('German', () => {
    const text = 'Das Münchner KI-Start-up hat in einer Finanzierungsrunde 120 Millionen Euro eingesammelt. '
      + 'Die Bewertung liegt nun bei rund 1,1 Milliarden Euro; 2023 waren es noch 300 Mio. Euro. '
      + 'Der Umsatz soll 2025 um 80 Prozent wachsen.';
    expect(brief(text)).toEqual([
      ['120 Millionen Euro', 1.2e8, 'EUR'], ['1,1 Milliarden Euro', 1.1e9, 'EUR'], ['300 Mio. Euro', 3e8, 'EUR'],
      ['80 Prozent', 80, '%'],
    ]);
  });

  it('Spanish', () => {
    const text = 'La firma madrileña captó 45 millones de euros en una ronda liderada por un fondo estadounidense, '
      + 'que ya había invertido US$ 20 millones en 2023. Su valoración supera los 1.000 millones de dólares, '
      + 'y sus ingresos crecieron un 150% el año pasado.';
    expect(brief(text)).toEqual([
      ['45 millones de euros', 4.5e7, 'EUR'], ['US$ 20 millones', 2e7, 'USD'], ['1.000 millones de dólares', 1e9, 'USD'],
      ['150%', 150, '%'],
    ]);
  });

  it('Chinese', () => {
    const text = '这家上海人工智能公司宣布完成15亿元人民币的B轮融资，投后估值约120亿元。'
      + '公司去年营收同比增长百分之四十，并计划在未来三年投入5000万美元建设算力中心，目前拥有2000块GPU。';
    expect(brief(text)).toEqual([
      ['15亿元人民币', 1.5e9, 'CNY'], ['120亿元', 1.2e10, 'CNY'], ['百分之四十', 40, '%'], ['5000万美元', 5e7, 'USD'],
    ]);
  });

  it('Japanese', () => {
    const text = '東京のAI新興企業は、第三者割当増資により総額150億円を調達したと発表した。'
      + '米国の投資会社も5000万ドルを出資し、企業価値は約1200億円に達した。売上高は前年比45%増だった。';
    expect(brief(text)).toEqual([
      ['150億円', 1.5e10, 'JPY'], ['5000万ドル', 5e7, 'USD'], ['1200億円', 1.2e11, 'JPY'], ['45%', 45, '%'],
    ]);
  });
});
