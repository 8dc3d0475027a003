import { describe, expect, it } from 'vitest';
import { ANAPHORS, ROLE_CUES, ROUND_WORDS, TARGET_WORDS } from './lexicon.ts';
import { AR_FACT_WORDS } from './words/ar.ts';
import { JA_FACT_WORDS, ZH_FACT_WORDS } from './words/cjk.ts';
import { EUROPEAN_FACT_WORDS } from './words/european.ts';
import type { CompanyEntity, CompanyKind, Fact, MoneyEntity } from '../types.ts';
import { splitSentences } from '../companies/sentences.ts';
import { linkFacts as linkIn } from './index.ts';

/** The linker over the text's own sentences, as detect hands them over. */
const linkFacts = (text: string, money: MoneyEntity[], companies: CompanyEntity[]) => linkIn(text, money, companies, splitSentences(text));

/** Build entities by hand from substrings, so these tests pin the linker alone. */
function at(text: string, piece: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(piece, i + 1);
  if (i < 0) throw new Error(`fixture: "${piece}" not in text`);
  return [i, i + piece.length];
}
const money = (text: string, piece: string, value: number, currency: string, nth = 0): MoneyEntity => {
  const [start, end] = at(text, piece, nth);
  return { type: 'money', start, end, text: piece, value, currency };
};
const co = (text: string, piece: string, canonical: string, kind: CompanyKind = 'company', nth = 0): CompanyEntity => {
  const [start, end] = at(text, piece, nth);
  return { type: 'company', start, end, text: piece, canonical, kind, source: 'gazetteer' };
};
const brief = (facts: Fact[]) => facts.map((f) => [f.company, f.role, f.value, f.currency, f.counterparty, f.round]);

describe('linkFacts', () => {
  it('Arabic: a round and one investor\'s part in it', () => {
    const t = 'أعلنت شركة Lumora أنها أغلقت جولة تمويلية بقيمة 150 مليون دولار، بينها 40 مليون دولار من شركة Nvidia.';
    const facts = linkFacts(t, [money(t, '150 مليون دولار', 150e6, 'USD'), money(t, '40 مليون دولار', 40e6, 'USD')],
      [co(t, 'Lumora', 'Lumora'), co(t, 'Nvidia', 'Nvidia')]);
    expect(brief(facts)).toEqual([
      ['Lumora', 'raised', 150e6, 'USD', null, 'جولة تمويلية'],
      ['Nvidia', 'invested', 40e6, 'USD', 'Lumora', 'جولة تمويلية'],
    ]);
    expect(t.slice(facts[1]!.moneyStart, facts[1]!.moneyEnd)).toBe('40 مليون دولار');
    expect(t.slice(facts[0]!.start, facts[0]!.end)).toBe(t);
  });

  it('Arabic: spending and debt in two clauses go to their own companies', () => {
    const t = 'وقّعت ميتا تمويلاً بقيمة 12 مليار دولار لمراكز البيانات، وجمعت أوراكل حزمة ديون تبلغ 9 مليارات دولار.';
    const facts = linkFacts(t, [money(t, '12 مليار دولار', 12e9, 'USD'), money(t, '9 مليارات دولار', 9e9, 'USD')],
      [co(t, 'ميتا', 'Meta'), co(t, 'أوراكل', 'Oracle')]);
    expect(brief(facts)).toEqual([['Meta', 'spending', 12e9, 'USD', null, null], ['Oracle', 'debt', 9e9, 'USD', null, null]]);
  });

  it('English: round size, lead investor kept out, valuation', () => {
    const t = 'Quillbyte raised $12 million in a Series A led by Northwind Capital at a valuation of $80 million.';
    const facts = linkFacts(t, [money(t, '$12 million', 12e6, 'USD'), money(t, '$80 million', 80e6, 'USD')],
      [co(t, 'Quillbyte', 'Quillbyte'), co(t, 'Northwind Capital', 'Northwind Capital', 'investor')]);
    expect(brief(facts)).toEqual([
      ['Quillbyte', 'raised', 12e6, 'USD', null, 'Series A'],
      ['Quillbyte', 'valuation', 80e6, 'USD', null, null],
    ]);
  });

  it('English: an investment names its counterparty', () => {
    const t = 'Separately, Nvidia put $500 million into Lumora last year.';
    const facts = linkFacts(t, [money(t, '$500 million', 5e8, 'USD')], [co(t, 'Nvidia', 'Nvidia'), co(t, 'Lumora', 'Lumora')]);
    expect(brief(facts)).toEqual([['Nvidia', 'invested', 5e8, 'USD', 'Lumora', null]]);
  });

  it('English: a target is not a result, and unclear companies give no fact', () => {
    const t = 'Lumora closed a round of $9 billion, above the $6 billion it had set out to raise.';
    const facts = linkFacts(t, [money(t, '$9 billion', 9e9, 'USD'), money(t, '$6 billion', 6e9, 'USD')], [co(t, 'Lumora', 'Lumora')]);
    expect(brief(facts).map((f) => f[1])).toEqual(['raised', 'other']);
    const u = 'OpenAI and Anthropic together spent $3 billion on chips.';
    expect(linkFacts(u, [money(u, '$3 billion', 3e9, 'USD')], [co(u, 'OpenAI', 'OpenAI'), co(u, 'Anthropic', 'Anthropic')])).toEqual([]);
    const v = 'Analysts expect the market to reach $500 billion by 2030.';
    expect(linkFacts(v, [money(v, '$500 billion', 5e11, 'USD')], [])).toEqual([]);
  });

  it('English: media are never the company of a fact, and revenue and acquisitions are told apart', () => {
    const t = 'Bloomberg reported revenue of $2 billion.';
    expect(linkFacts(t, [money(t, '$2 billion', 2e9, 'USD')], [co(t, 'Bloomberg', 'Bloomberg', 'media')])).toEqual([]);
    const u = 'Anthropic expects revenue of $1 billion this year. Nvidia agreed to acquire Runloop for $700 million.';
    const facts = linkFacts(u, [money(u, '$1 billion', 1e9, 'USD'), money(u, '$700 million', 7e8, 'USD')],
      [co(u, 'Anthropic', 'Anthropic'), co(u, 'Nvidia', 'Nvidia'), co(u, 'Runloop', 'Runloop')]);
    expect(brief(facts).map((f) => [f[0], f[1]])).toEqual([['Anthropic', 'revenue'], ['Nvidia', 'acquisition']]);
  });

  it('French: a levée with its series', () => {
    const t = "La start-up Veridia a levé 30 millions d'euros lors d'une série B menée par Atlas Ventures.";
    const facts = linkFacts(t, [money(t, "30 millions d'euros", 30e6, 'EUR')],
      [co(t, 'Veridia', 'Veridia'), co(t, 'Atlas Ventures', 'Atlas Ventures', 'investor')]);
    expect(brief(facts)).toEqual([['Veridia', 'raised', 30e6, 'EUR', null, 'série B']]);
  });

  it('German: a Finanzierungsrunde and a Bewertung', () => {
    const t = 'Das Start-up Kobaltwerk sammelt in einer Finanzierungsrunde 18 Millionen Euro ein. Die Bewertung von Kobaltwerk liegt bei 90 Millionen Euro.';
    const facts = linkFacts(t, [money(t, '18 Millionen Euro', 18e6, 'EUR'), money(t, '90 Millionen Euro', 90e6, 'EUR')],
      [co(t, 'Kobaltwerk', 'Kobaltwerk'), co(t, 'Kobaltwerk', 'Kobaltwerk', 'company', 1)]);
    expect(brief(facts)).toEqual([
      ['Kobaltwerk', 'raised', 18e6, 'EUR', null, 'Finanzierungsrunde'],
      ['Kobaltwerk', 'valuation', 90e6, 'EUR', null, null],
    ]);
  });

  it('Spanish: recauda in a serie A, and deuda', () => {
    const t = 'La empresa Solmar recauda 9 millones de euros en una ronda serie A. Solmar también firmó una deuda de 4 millones de euros.';
    const facts = linkFacts(t, [money(t, '9 millones de euros', 9e6, 'EUR'), money(t, '4 millones de euros', 4e6, 'EUR')],
      [co(t, 'Solmar', 'Solmar'), co(t, 'Solmar', 'Solmar', 'company', 1)]);
    expect(brief(facts)).toEqual([['Solmar', 'raised', 9e6, 'EUR', null, 'serie A'], ['Solmar', 'debt', 4e6, 'EUR', null, null]]);
  });

  it('Chinese: a B轮 round and a valuation in the next clause', () => {
    const t = '阔比特完成2亿美元B轮融资，估值达到15亿美元。';
    const facts = linkFacts(t, [money(t, '2亿美元', 2e8, 'USD'), money(t, '15亿美元', 1.5e9, 'USD')], [co(t, '阔比特', 'Quorbit')]);
    expect(brief(facts)).toEqual([['Quorbit', 'raised', 2e8, 'USD', null, 'B轮'], ['Quorbit', 'valuation', 1.5e9, 'USD', null, null]]);
  });

  it('Japanese: シリーズB 調達', () => {
    const t = 'ルモラはシリーズBで50億円を調達した。';
    const facts = linkFacts(t, [money(t, '50億円', 5e9, 'JPY')], [co(t, 'ルモラ', 'Lumora')]);
    expect(brief(facts)).toEqual([['Lumora', 'raised', 5e9, 'JPY', null, 'シリーズB']]);
  });

  it('Japanese: the verb the amount is the object of gives its role, not another clause\'s', () => {
    const t = 'ルモラ、190億円を調達　ハクロなどが出資';
    const facts = linkFacts(t, [money(t, '190億円', 1.9e10, 'JPY')], [co(t, 'ルモラ', 'Lumora'), co(t, 'ハクロ', 'Hakuro', 'investor')]);
    expect(brief(facts)).toEqual([['Lumora', 'raised', 1.9e10, 'JPY', null, null]]);
  });

  it('does not split sentences at U.S., Inc. or decimals', () => {
    const t = 'Lumora Inc. raised $1.5 billion from U.S. investors.';
    const facts = linkFacts(t, [money(t, '$1.5 billion', 1.5e9, 'USD')], [co(t, 'Lumora Inc.', 'Lumora')]);
    expect(brief(facts)).toEqual([['Lumora', 'raised', 1.5e9, 'USD', null, null]]);
    expect([facts[0]!.start, facts[0]!.end]).toEqual([0, t.length]);
  });

  it('keeps a decimal comma inside its clause, and reads no sales in a name that starts with the word', () => {
    const t = 'Salesforce a payé 27,7 milliards de dollars pour Slack et 15,7 milliards de dollars pour Tableau.';
    const facts = linkFacts(t, [money(t, '27,7 milliards de dollars', 2.77e10, 'USD'), money(t, '15,7 milliards de dollars', 1.57e10, 'USD')],
      [co(t, 'Salesforce', 'Salesforce'), co(t, 'Slack', 'Slack'), co(t, 'Tableau', 'Tableau')]);
    // Slack paid nothing: the second amount's clause holds two names and no cue to choose between them.
    expect(brief(facts)).toEqual([['Salesforce', 'other', 2.77e10, 'USD', null, null]]);
  });
});

describe('role cue fragments', () => {
  it('need no Unicode regex mode: no property escape and nothing beyond the BMP', () => {
    const scripts = [EUROPEAN_FACT_WORDS, AR_FACT_WORDS, ZH_FACT_WORDS, JA_FACT_WORDS].flatMap((w) => [...Object.values(w.roles).flat(), ...w.target, ...w.anaphors, ...w.rounds]);
    const fragments = [...Object.values(ROLE_CUES).flat(), ...TARGET_WORDS, ...ANAPHORS, ...ROUND_WORDS, ...scripts];
    for (const f of fragments) {
      expect(f).not.toMatch(/\\[pPu]/);
      expect([...f].every((ch) => ch.codePointAt(0)! <= 0xffff)).toBe(true);
    }
  });
});
