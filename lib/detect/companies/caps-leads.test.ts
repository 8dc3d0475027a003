import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

// A roundup written for this test; every firm in it is invented.
const ROUNDUP = [
  'Below are the week\'s largest deals.',
  'TESSALON HEALTH: The Boston start-up closed a $140m Series B. The round values Tessalon at $1.2bn.',
  'QUILLFORGE: The Pittsburgh company raised $95 million. Quillforge told reporters it will hire.',
].join('\n\n');

describe('names that open a roundup\'s items in capitals', () => {
  it('reads each, named as the text writes it in small letters, and its later mentions', () => {
    expect(names(ROUNDUP)).toEqual([
      'TESSALON HEALTH=Tessalon Health', 'Tessalon=Tessalon Health', 'QUILLFORGE=Quillforge', 'Quillforge=Quillforge',
    ]);
  });

  it('reads no dateline, heading word or place, nor a lone lead', () => {
    expect(names('NEW YORK: Prices rose in New York.\n\nUPDATE: Markets closed.')).toEqual([]);
    expect(names('QUILLFORGE: The Pittsburgh company raised $95 million. Quillforge told reporters so.')).toEqual([]);
    expect(names('LONDON: Rain.\nPARIS: Sun in Paris and London.')).toEqual([]);
    // A market wrap's assets, a transcript's speakers and a heading's phrase: no item about a firm.
    expect(names('MARKETS: Markets were calm.\nEARNINGS: Earnings rose 5%.\nOIL: Oil rose to $80.')).toEqual([]);
    expect(names('POWELL: We will act.\nHARRIS: Thanks. Powell said so.')).toEqual([]);
    expect(names('STORY OF THE WEEK: The start-up raised $5m.\nQUILLFORGE: Funds rose. Story time for Quillforge.')).toEqual([]);
  });
});

describe('names after the year a sentence says they were founded', () => {
  it('reads the name after the comma, not the founders before it nor a noun', () => {
    expect(names('Fondée en 2021, Hautrale Data exploite quatre centres. Founded in 2019, Quorvex sells robots.')).toEqual([
      'Hautrale Data=Hautrale Data', 'Quorvex=Quorvex',
    ]);
    expect(names('Fondée en 2019 par Aline Roux, Ivo Zhang et Nils Frost, la société vend des robots.')).toEqual([]);
    expect(names('Founded in 2019, the company sells robots. Gegründet 2020, Berlin wuchs. Founded in 1946, UNICEF works.')).toEqual([]);
  });
});
