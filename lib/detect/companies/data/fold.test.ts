import { describe, expect, it, vi } from 'vitest';
import type { OrgEntry } from './types.ts';
import type { ShippedParts } from './compact.ts';

// Invented names. The Chinese part ships its keys in simplified forms and folds the page's text the same way.
const TINY: OrgEntry[] = [
  { name: 'Nova Bank', kind: 'company', aliases: ['诺瓦银行', '諾瓦銀行'] },
  // Written only in traditional forms: its key is folded too, so either spelling finds it.
  { name: 'Ruifeng Electronics', kind: 'company', aliases: ['瑞峰電子'] },
  // Two organizations whose keys would fold into one: those characters stay unfolded.
  { name: 'Hua Ming Capital', kind: 'investor', aliases: ['華明資本'] },
  { name: 'Huaming Fund', kind: 'investor', aliases: ['华明资本'] },
];
const parts = vi.hoisted(() => ({ value: undefined as unknown }));
vi.mock('./index.ts', async () => {
  const { encodeParts } = await import('./compact.ts');
  const { simplifiedChar, simplifiedOnly } = await import('../../../../scripts/han-forms.ts');
  parts.value = encodeParts(TINY, { simplifiedOnly, simplified: simplifiedChar });
  return { GAZETTEER: [], SHIPPED_INDEX: (parts.value as ShippedParts).latin };
});

const { addNames, findCompanies } = await import('../index.ts');
const { normalize } = await import('../../normalize.ts');

const found = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'gazetteer').map((c) => `${c.text}=${c.canonical}`);

describe('the Chinese part of the name index, in simplified forms', () => {
  it('drops a traditional twin, and finds both spellings through the fold, spans as written', () => {
    const { han, kana } = parts.value as ShippedParts;
    expect(han.names.split('|')).not.toContain('諾瓦銀行');
    expect(han.fold).toContain('銀银');
    // The Japanese part keeps the traditional spelling as it is, and no fold.
    expect(kana.fold).toBeUndefined();
    addNames(han);
    expect(found('诺瓦银行与諾瓦銀行。')).toEqual(['诺瓦银行=Nova Bank', '諾瓦銀行=Nova Bank']);
    expect(found('瑞峰電子和瑞峰电子。')).toEqual(['瑞峰電子=Ruifeng Electronics', '瑞峰电子=Ruifeng Electronics']);
  });

  it('leaves unfolded the characters that would make two organizations one', () => {
    const { han } = parts.value as ShippedParts;
    expect(han.fold ?? '').not.toMatch(/華|資/);
    expect(found('華明資本、华明资本。')).toEqual(['華明資本=Hua Ming Capital', '华明资本=Huaming Fund']);
  });
});
