import { describe, expect, it, vi } from 'vitest';
import type { OrgEntry } from './types.ts';
import type { ShippedParts } from './compact.ts';

// The extension's start: the content script ships the name index's Latin part, and each script's chunk adds its own
// part whenever it arrives (lib/dom/scripts.ts), in whatever order the page's text asks for them.
const TINY: OrgEntry[] = [
  { name: 'Acme Robotics', kind: 'company', aliases: ['ابتكار روبوت'] },
  { name: 'Zenith Labs', kind: 'company', aliases: ['ゼ ニス'] },
  { name: 'Nova Bank', kind: 'company', aliases: ['诺瓦银行', '諾瓦銀行'] },
  // The names chunks' (data/names-chunk.ts).
  { name: 'Granary Foods', kind: 'company', aliases: ['غراناري', 'グラナリー'] },
];
const parts = vi.hoisted(() => ({ value: undefined as unknown }));
vi.mock('./index.ts', async () => {
  const { encodeParts } = await import('./compact.ts');
  const { simplifiedOnly } = await import('../../../../scripts/han-forms.ts');
  parts.value = encodeParts(TINY, { simplifiedOnly, namesChunk: (name) => name === 'Granary Foods' });
  return { GAZETTEER: [], SHIPPED_INDEX: (parts.value as ShippedParts).latin };
});

const { addNames, findCompanies } = await import('../index.ts');
const { normalize } = await import('../../normalize.ts');

const canonicals = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'gazetteer').map((c) => c.canonical);

describe('name index parts that arrive after the content script started', () => {
  it('finds the names of each part once it has come, whichever chunk comes first', () => {
    const { arabic, kana } = parts.value as ShippedParts;
    const text = 'Acme Robotics، وابتكار روبوت، وゼ ニス。';
    expect(canonicals(text)).toEqual(['Acme Robotics']);
    addNames(kana);
    expect(canonicals(text)).toEqual(['Acme Robotics', 'Zenith Labs']);
    addNames(arabic);
    expect(canonicals(text)).toEqual(['Acme Robotics', 'Acme Robotics', 'Zenith Labs']);
  });

  it('keeps one part of the Han names, the one that carries the most, whichever comes first', async () => {
    const { han, kana, zhja } = parts.value as ShippedParts;
    // A fresh engine: the test above already gave this one the Japanese part.
    vi.resetModules();
    const fresh = await import('../index.ts');
    const { normalize: norm } = await import('../../normalize.ts');
    const canonicals = (text: string) => fresh.findCompanies(text, norm(text), []).filter((c) => c.source === 'gazetteer').map((c) => c.canonical);
    const addNames = fresh.addNames;
    const text = '诺瓦银行と諾瓦銀行。';
    addNames(han);
    expect(canonicals(text)).toEqual(['Nova Bank', 'Nova Bank']);
    // A Japanese page writes no simplified forms: its part has the traditional spelling only, and replaces the Chinese one.
    addNames(kana);
    expect(canonicals(text)).toEqual(['Nova Bank']);
    addNames(han);
    expect(canonicals(text)).toEqual(['Nova Bank']);
    // A page that holds both languages gets the part with every Han name, which nothing replaces.
    addNames(zhja);
    expect(canonicals(text)).toEqual(['Nova Bank', 'Nova Bank']);
    addNames(kana);
    expect(canonicals(text)).toEqual(['Nova Bank', 'Nova Bank']);
  });

  it('reads the names chunks\' Arabic and CJK names only beside their Latin part, which numbers their organizations', async () => {
    const { moreLatin, moreArabic, moreZhja } = parts.value as ShippedParts;
    vi.resetModules();
    const fresh = await import('../index.ts');
    const { normalize: norm } = await import('../../normalize.ts');
    const canonicals = (text: string) => fresh.findCompanies(text, norm(text), []).filter((c) => c.source === 'gazetteer').map((c) => c.canonical);
    const text = 'Granary Foods، وغراناري، وグラナリー。';
    // The Latin chunk failed or is late: the others wait rather than name organizations they cannot number.
    fresh.addOrgNames(moreZhja);
    fresh.addOrgNames(moreArabic);
    expect(canonicals(text)).toEqual([]);
    fresh.addOrgNames(moreLatin);
    expect(canonicals(text)).toEqual(['Granary Foods', 'Granary Foods', 'Granary Foods']);
  });

  it('keeps one part of the names chunks\' CJK names, the one that carries the most, each read beside the Latin part', async () => {
    // Their own organizations: Granary writes 谷仓 in Chinese alone, 穀倉 in both languages, グラナリー in Japanese.
    const more: OrgEntry[] = [
      { name: 'Granary', kind: 'company', aliases: ['谷仓', '穀倉', 'グラナリー'] },
      { name: 'Orion', kind: 'company', aliases: ['Orion集團', '奥锐安'] },
    ];
    const { encodeParts } = await import('./compact.ts');
    const { simplifiedChar, simplifiedOnly, japaneseOnly } = await import('../../../../scripts/han-forms.ts');
    const own = encodeParts(more, { simplifiedOnly, japaneseOnly, simplified: simplifiedChar, namesChunk: () => true });
    // The Chinese part folds 穀倉 into 谷仓, and leaves alone 團, which a Latin name holds as written.
    expect([own.moreHan.names, own.moreKana.names, own.moreZhja.names]).toEqual(['奥锐安|谷仓', 'グラナリー|穀倉', 'グラナリー|奥锐安|穀倉|谷仓']);
    expect(own.moreHan.fold).toBe('穀谷倉仓');
    vi.resetModules();
    const fresh = await import('../index.ts');
    const { normalize: norm } = await import('../../normalize.ts');
    const found = (text: string) => fresh.findCompanies(text, norm(text), []).filter((c) => c.source === 'gazetteer').map((c) => c.text);
    const text = '谷仓、穀倉、グラナリー、Orion集團。';
    // A Chinese page: its part comes before the Latin one, and finds both Chinese spellings.
    fresh.addOrgNames(own.moreHan);
    expect(found(text)).toEqual([]);
    fresh.addOrgNames(own.moreLatin);
    expect(found(text)).toEqual(['谷仓', '穀倉', 'Orion集團']);
    // The page turns out to hold kana: the Japanese part replaces the Chinese one, and nothing replaces it with less.
    fresh.addOrgNames(own.moreKana);
    expect(found(text)).toEqual(['穀倉', 'グラナリー', 'Orion集團']);
    fresh.addOrgNames(own.moreHan);
    expect(found(text)).toEqual(['穀倉', 'グラナリー', 'Orion集團']);
    // And simplified forms beside the kana: the part with both.
    fresh.addOrgNames(own.moreZhja);
    expect(found(text)).toEqual(['谷仓', '穀倉', 'グラナリー', 'Orion集團']);
    fresh.addOrgNames(own.moreKana);
    expect(found(text)).toEqual(['谷仓', '穀倉', 'グラナリー', 'Orion集團']);
  });
});
