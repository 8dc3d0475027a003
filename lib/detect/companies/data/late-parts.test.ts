import { describe, expect, it, vi } from 'vitest';
import type { OrgEntry } from './types.ts';
import type { ShippedParts } from './compact.ts';

// The extension's start: the content script ships the name index's Latin part, and each script's chunk adds its own
// part whenever it arrives (lib/dom/scripts.ts), in whatever order the page's text asks for them.
const TINY: OrgEntry[] = [
  { name: 'Acme Robotics', kind: 'company', aliases: ['ابتكار روبوت'] },
  { name: 'Zenith Labs', kind: 'company', aliases: ['ゼ ニス'] },
];
const parts = vi.hoisted(() => ({ value: undefined as unknown }));
vi.mock('./index.ts', async () => {
  const { encodeParts } = await import('./compact.ts');
  parts.value = encodeParts(TINY);
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
});
