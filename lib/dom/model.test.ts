import { describe, expect, it } from 'vitest';
import { PageModel } from './model.ts';
import { fakeDetect } from './__fixtures__/detector.ts';
import { KeyAllocator, keyBase, sentenceAround, slices } from './scan.ts';
import { BLOCK_SEPARATOR } from './collect.ts';

function model(suppressed: string[] = [], types?: ('money' | 'percent' | 'company')[]) {
  return new PageModel(() => document.body, {
    detector: fakeDetect,
    settings: () => ({ suppressed: new Set(suppressed), types }),
  });
}

describe('PageModel', () => {
  it('loads the fact linker only for a text whose detection left facts to link, then links them', async () => {
    let loaded = 0;
    // As the engine does before its linker arrives: no facts, and how to make them once it has.
    const detector = (text: string, options?: Parameters<typeof fakeDetect>[1]) => {
      const det = fakeDetect(text, options);
      const money = det.entities.find((e) => e.type === 'money');
      if (!money || !det.entities.some((e) => e.type === 'company')) return det;
      return { ...det, relink: () => [{ company: 'Nvidia', role: 'raised' as const, value: 2e9, currency: 'USD', counterparty: null, round: null,
        start: 0, end: text.length, moneyStart: money.start, moneyEnd: money.end }] };
    };
    const linked = new PageModel(() => document.body, { detector, linker: async () => void loaded++, settings: () => ({ suppressed: new Set<string>() }) });
    document.body.innerHTML = '<p>A quiet day: 3% and nothing else.</p>';
    await linked.scanAll();
    expect(loaded).toBe(0);
    document.body.innerHTML = '<p>Nvidia raised $2 billion.</p>';
    const facts = await linked.scanAll();
    expect(loaded).toBe(1);
    expect(facts.find((f) => f.entity.type === 'money')!.fact).toMatchObject({ company: 'Nvidia', role: 'raised' });
  });

  it('finds facts across inline elements, with quote selectors and their sentence', async () => {
    document.body.innerHTML = `<article><p>Intro.</p><p>قالت الشركة إنها جمعت <strong>5</strong> مليار دولار من <a href="#">إنفيديا</a>. وهذا كثير.</p></article>
      <textarea>10 مليار دولار</textarea><script>"$9 billion"</script>`;
    const facts = await model().scanAll();
    expect(facts.map((f) => f.range.toString())).toEqual(['5 مليار دولار', 'إنفيديا']);
    const [money] = facts;
    expect(money!.key).toBe('money:5 مليار دولار#0');
    expect(money!.selector.exact).toBe('5 مليار دولار');
    expect(money!.selector.prefix.endsWith('جمعت ')).toBe(true);
    expect(money!.selector.suffix.startsWith(' من إنفيديا')).toBe(true);
    expect(money!.context).toBe('قالت الشركة إنها جمعت 5 مليار دولار من إنفيديا.');
  });

  it('gives repeated mentions stable numbered keys', async () => {
    document.body.innerHTML = '<p>Nvidia and Nvidia and $2 billion</p>';
    const keys = (await model().scanAll()).map((f) => f.key);
    expect(keys).toEqual(['company:nvidia#0', 'company:nvidia#1', 'money:$2 billion#0']);
  });

  it('skips suppressed texts and unwanted types', async () => {
    document.body.innerHTML = '<p>Nvidia put $2 billion in OpenAI, up 5%.</p>';
    const facts = await model(['company:Nvidia'], ['company', 'percent']).scanAll();
    expect(facts.map((f) => f.entity.text)).toEqual(['OpenAI', '5%']);
  });

  it('rescans a changed block and keeps the keys of re-rendered text', async () => {
    document.body.innerHTML = '<div id="app"><p>OpenAI raised $6 billion</p></div><p>Nvidia</p>';
    const m = model();
    const first = await m.scanAll();
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>OpenAI raised $6 billion</p><p>Microsoft added $1 billion</p>';
    const { added, removed } = await m.scanBlocks([app]);
    expect(removed.map((f) => f.key).sort()).toEqual(first.filter((f) => f.entity.text !== 'Nvidia').map((f) => f.key).sort());
    expect(added.map((f) => f.key).sort()).toEqual(['company:openai#0', 'money:$1 billion#0', 'money:$6 billion#0']);
    expect(m.facts).toHaveLength(4);
    expect(m.sorted().map((f) => f.range.toString())).toEqual(['OpenAI', '$6 billion', '$1 billion', 'Nvidia']);
  });

  it('prunes facts whose text was removed from the page', async () => {
    document.body.innerHTML = '<p id="a">$2 billion</p><p>Nvidia</p>';
    const m = model();
    await m.scanAll();
    document.getElementById('a')!.remove();
    expect(m.prune().map((f) => f.entity.text)).toEqual(['$2 billion']);
    expect(m.facts.map((f) => f.entity.text)).toEqual(['Nvidia']);
  });
});

describe('scan helpers', () => {
  it('normalizes key text: case, spaces, bidi marks and tatweel', () => {
    expect(keyBase('company', ' Open\u00a0 AI\u200f ')).toBe('company:open ai');
    expect(keyBase('money', '5 ملـيار')).toBe('money:5 مليار');
  });

  it('reuses the lowest free number after a release', () => {
    const keys = new KeyAllocator();
    const a = keys.take('x');
    keys.take('x');
    keys.release(a);
    expect(keys.take('x')).toBe('x#0');
    expect(keys.take('x')).toBe('x#2');
  });

  it('hands freed numbers back lowest first, once each, per text', () => {
    const keys = new KeyAllocator();
    for (let i = 0; i < 5; i++) keys.take('x');
    keys.take('y');
    for (const k of ['x#3', 'x#1', 'x#3', 'x#4', 'x#9']) keys.release(k);
    expect(['x', 'x', 'y', 'x', 'x'].map((b) => keys.take(b))).toEqual(['x#1', 'x#3', 'y#1', 'x#4', 'x#5']);
  });

  it('cuts large texts into slices only at block separators', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => `para ${i} `.repeat(40));
    const text = blocks.join(BLOCK_SEPARATOR);
    const parts = slices(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    for (const p of parts.slice(1)) expect(text.slice(p.start, p.start + 2)).toBe(BLOCK_SEPARATOR);
  });

  it('keeps decimal points inside the sentence', () => {
    const text = 'First one. It raised $2.5 billion today. Next one.';
    expect(sentenceAround(text, text.indexOf('$'), text.indexOf(' today'))).toBe('It raised $2.5 billion today.');
  });
});
