import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB, resetDBForTests } from './db.ts';
import { reportPage, setFactStatus } from './facts.ts';
import {
  deleteAnnotations,
  facetValues,
  queryLibrary,
  restoreAnnotations,
  setNote,
  setStatusById,
  summarizeCompanies,
  warmLibrary,
} from './library.ts';
import { company, found, money, pageInfo, raised } from './testing.ts';

beforeEach(resetDBForTests);

const EN = pageInfo('https://techwire.example/openai-round', { lang: 'en', title: 'OpenAI raises' });
const AR = pageInfo('https://akhbar.example/ar/openai', { lang: 'ar', title: 'أوبن إيه آي تجمع' });
const FR = pageInfo('https://lesechos.example/mistral', { lang: 'fr', title: 'Mistral lève' });
const ZH = pageInfo('https://keji.example/zh/1', { lang: 'zh', title: '字节跳动' });

async function seed() {
  await reportPage(EN, [
    found('m', money('$6.6 billion', 6.6e9), raised('OpenAI', 6.6e9)),
    found('v', money('$157 billion', 1.57e11), raised('OpenAI', 1.57e11, 'USD', { role: 'valuation' })),
    found('c', company('OpenAI')),
  ], true, 1000);
  await reportPage(AR, [
    // The same round in Arabic, reported a hair differently (6.6 vs 6.61 billion).
    found('m', money('6.61 مليار دولار', 6.61e9), raised('OpenAI', 6.61e9)),
    found('c', company('أوبن إيه آي', 'OpenAI')),
  ], true, 2000);
  await reportPage(FR, [
    found('m', money('600 millions d’euros', 6e8, 'EUR'), raised('Mistral AI', 6e8, 'EUR')),
    found('c', company('Mistral', 'Mistral AI')),
    found('p', { type: 'percent', text: '12 %', value: 12, start: 0, end: 4 }),
  ], true, 3000);
  await reportPage(ZH, [found('c', company('字节跳动', 'ByteDance'))], true, 4000);
}

const texts = (r: { items: { text: string }[] }) => r.items.map((i) => i.text);

describe('queryLibrary', () => {
  it('returns kept items newest first with their pages and a total', async () => {
    await seed();
    const r = await queryLibrary({});
    expect(r.total).toBe(9);
    expect(r.items[0]!.text).toBe('字节跳动');
    expect(r.items[0]!.page).toMatchObject({ url: ZH.url, language: 'zh', title: '字节跳动' });
    expect(r.items.at(-1)!.updated).toBe(1000);
  });

  it('filters by type, currency, language, site, dates and status', async () => {
    await seed();
    expect((await queryLibrary({ type: 'percent' })).total).toBe(1);
    expect(texts(await queryLibrary({ currency: 'EUR' }))).toEqual(['600 millions d’euros']);
    expect((await queryLibrary({ language: 'ar' })).total).toBe(2);
    expect((await queryLibrary({ site: 'techwire.example', type: 'money' })).total).toBe(2);
    expect((await queryLibrary({ site: 'techwire.example', language: 'fr' })).total).toBe(0);
    expect((await queryLibrary({ from: 2000, to: 3000 })).total).toBe(5);
    const [first] = (await queryLibrary({ type: 'percent' })).items;
    await setStatusById(first!.id!, 'dismissed');
    expect((await queryLibrary({})).total).toBe(8);
    expect((await queryLibrary({ type: 'percent' })).total).toBe(0);
    expect((await queryLibrary({ type: 'percent', status: 'dismissed' })).total).toBe(1);
    expect(texts(await queryLibrary({ status: 'dismissed' }))).toEqual(['12 %']);
  });

  it('searches text, company and note ignoring case and diacritics', async () => {
    await seed();
    expect((await queryLibrary({ search: 'openai' })).total).toBe(5);
    expect(texts(await queryLibrary({ search: 'EUROS' }))).toEqual(['600 millions d’euros']);
    expect(texts(await queryLibrary({ search: 'مليار' }))).toEqual(['6.61 مليار دولار']);
    expect(texts(await queryLibrary({ search: '跳动' }))).toEqual(['字节跳动']);
    expect((await queryLibrary({ search: '跳字' })).total).toBe(0);
    const [pct] = (await queryLibrary({ type: 'percent' })).items;
    await setNote(pct!.id!, 'Marge brute estimée');
    expect(texts(await queryLibrary({ search: 'ESTIMEE' }))).toEqual(['12 %']);
    expect((await queryLibrary({ search: 'estimee openai' })).total).toBe(0);
  });

  it('sorts by value and company and pages through results', async () => {
    await seed();
    const byValue = await queryLibrary({ sort: 'value-desc', type: 'money' });
    expect(byValue.items.map((i) => i.value)).toEqual([1.57e11, 6.61e9, 6.6e9, 6e8]);
    const asc = await queryLibrary({ sort: 'value-asc' });
    expect(asc.items.slice(0, 2).map((i) => i.value)).toEqual([12, 6e8]);
    // Companies without a value come after the figures.
    expect(asc.items.slice(-4).every((i) => i.value === null)).toBe(true);
    const byCompany = await queryLibrary({ sort: 'company', type: 'company' });
    expect(byCompany.items.map((i) => i.company)).toEqual(['ByteDance', 'Mistral AI', 'OpenAI', 'OpenAI']);
    const all = await queryLibrary({ sort: 'oldest' });
    const pageTwo = await queryLibrary({ sort: 'oldest', offset: 3, limit: 3 });
    expect(pageTwo.total).toBe(9);
    expect(pageTwo.items.map((i) => i.id)).toEqual(all.items.slice(3, 6).map((i) => i.id));
  });

  it('lists facet values', async () => {
    await seed();
    expect(await facetValues()).toEqual({
      currencies: ['EUR', 'USD'],
      languages: ['ar', 'en', 'fr', 'zh'],
      sites: ['akhbar.example', 'keji.example', 'lesechos.example', 'techwire.example'],
    });
  });
});

describe('edits', () => {
  it('deletes with undo', async () => {
    await seed();
    await setFactStatus(EN, found('m', money('$6.6 billion', 6.6e9), raised('OpenAI', 6.6e9)), 'saved');
    const { items } = await queryLibrary({ search: 'openai', type: 'money' });
    const deleted = await deleteAnnotations(items.map((i) => i.id!));
    expect(deleted).toHaveLength(3);
    expect((await queryLibrary({ search: 'openai', type: 'money' })).total).toBe(0);
    // A revisit while the Undo toast is up re-creates one of them; undo still wins with the old record.
    await reportPage(EN, [found('m', money('$6.6 billion', 6.6e9), raised('OpenAI', 6.6e9))], true, 9000);
    await restoreAnnotations(deleted);
    const back = await queryLibrary({ search: 'openai', type: 'money' });
    expect(back.total).toBe(3);
    expect(back.items.map((i) => i.id).sort()).toEqual(deleted.map((d) => d.id).sort());
    expect(back.items.find((i) => i.url === EN.url && i.value === 6.6e9)!.status).toBe('saved');
    expect(await getDB().annotations.count()).toBe(9);
  });

  it('refuses to edit a missing record', async () => {
    await expect(setNote(12345, 'x')).rejects.toThrow(/No library entry/);
  });
});

describe('summarizeCompanies', () => {
  it('counts a deal reported in Arabic and English once, with two sources', async () => {
    await seed();
    const summaries = await summarizeCompanies();
    const openai = summaries.find((s) => s.company === 'OpenAI')!;
    expect(openai.kind).toBe('company');
    expect(openai.sources).toBe(2);
    const round = openai.deals.find((d) => d.role === 'raised')!;
    expect(round).toMatchObject({ value: 6.6e9, currency: 'USD', sources: 2 });
    expect(round.items).toHaveLength(2);
    expect(openai.deals).toHaveLength(2);
    // Only money raised is summed: the valuation is not.
    expect(openai.totals).toEqual([{ currency: 'USD', value: 6.6e9 }]);
    expect(summaries.find((s) => s.company === 'Mistral AI')!.totals).toEqual([{ currency: 'EUR', value: 6e8 }]);
    expect(summaries.map((s) => s.company)).toEqual(['ByteDance', 'Mistral AI', 'OpenAI']);
    expect(summaries[0]!.deals).toEqual([]);
  });

  it('keeps separate deals apart and follows the filter', async () => {
    await reportPage(EN, [
      found('a', money('$100 million', 1e8), raised('Acme', 1e8)),
      found('b', money('$102 million', 1.02e8), raised('Acme', 1.02e8)),
      found('c', money('$100 million', 1e8, 'EUR'), raised('Acme', 1e8, 'EUR')),
    ], true, 1000);
    const [acme] = await summarizeCompanies();
    expect(acme!.deals.map((d) => [d.value, d.currency])).toEqual([[1.02e8, 'USD'], [1e8, 'EUR'], [1e8, 'USD']]);
    expect(acme!.totals).toEqual([{ currency: 'EUR', value: 1e8 }, { currency: 'USD', value: 2.02e8 }]);
    const [usdOnly] = await summarizeCompanies({ currency: 'USD' });
    expect(usdOnly!.totals).toEqual([{ currency: 'USD', value: 2.02e8 }]);
  });
});

describe('warmLibrary', () => {
  it('opens the database before any query, and a query after it reads as usual', async () => {
    expect(getDB().isOpen()).toBe(false);
    warmLibrary();
    await vi.waitFor(() => expect(getDB().isOpen()).toBe(true));
    await seed();
    expect((await queryLibrary({})).total).toBeGreaterThan(0);
  });
});
