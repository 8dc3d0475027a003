import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Invented names, so only the list's shape can find them.
const cue = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'cue').map((c) => c.text);

describe('names in a ranked list of deals', () => {
  it('reads each item that gives a seat in brackets and a sum, and finds the name again', () => {
    const text = 'The largest rounds:\n\n1. Quorvel Reasoning (San Francisco) — $6.5 billion.\n2) Brisane Data (Toronto): C$200m.\n' +
      '- Tlacua IA (Ciudad de México). Serie C de 120 millones de dólares.\n\nQuorvel Reasoning plans to hire.';
    expect(cue(text)).toEqual(['Quorvel Reasoning', 'Brisane Data', 'Tlacua IA', 'Quorvel Reasoning']);
  });

  it('leaves an item with no sum, and one whose brackets hold a known company (a backer, not a seat)', () => {
    expect(cue('1. Introduction (Part One) 2024\n2. Quorvel Labs (Nvidia) — $40 million')).toEqual(['Quorvel Labs']);
    expect(cue('3. Dana Whitfield (Nvidia) — $2 billion')).toEqual([]);
  });

  it('reads the headings of a list of three or more startups, each with its seat and its story below', () => {
    const item = (n: number, name: string, seat: string) => `${n}. ${name} (${seat})\nPor qué importa: abrió una sede nueva.\n\n`;
    const three = item(1, 'Quantiva', 'Madrid') + item(2, 'Ondara', 'Bilbao') + item(3, 'Trezzia Health', 'Valencia');
    expect(cue(three)).toEqual(['Quantiva', 'Ondara', 'Trezzia Health']);
    // Two headings make no list.
    expect(cue(item(1, 'Quantiva', 'Madrid') + item(2, 'Ondara', 'Bilbao'))).toEqual([]);
  });
});
