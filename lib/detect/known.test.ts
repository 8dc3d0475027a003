import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const companies = (text: string, known?: Set<string>) =>
  detect(text, { types: ['company'], known }).entities.map((e) => e.text);

describe('DetectOptions.known: a page read in slices', () => {
  it('lets a name confirmed in an earlier slice decide an ambiguous one in a later slice, as one call would', () => {
    const first = 'Mistral AI opened an office in Munich.';
    const later = 'Over lunch, Mistral hired two engineers.';
    expect(companies(later)).toEqual([]);
    expect(companies(`${first} ${later}`)).toEqual(['Mistral AI', 'Mistral']);
    const known = new Set<string>();
    expect(companies(first, known)).toEqual(['Mistral AI']);
    expect(companies(later, known)).toEqual(['Mistral']);
  });
});
