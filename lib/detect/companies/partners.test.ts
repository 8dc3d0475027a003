import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}/${c.kind}`);

describe('names listed beside a known one', () => {
  it('reads an invented name that "and" or a list joins to a known company, with its kind', () => {
    expect(names('Nvidia and Qorvane declined to comment.')).toEqual(['Nvidia/company', 'Qorvane/company']);
    expect(names('Qorvane y Nvidia firmaron.')).toEqual(['Qorvane/company', 'Nvidia/company']);
    expect(names('Backers include Sequoia Capital, Haldor Partners and Brennik.')).toEqual([
      'Sequoia Capital/investor', 'Haldor Partners/investor', 'Brennik/investor',
    ]);
    expect(names('Zu den Geldgebern zählen Velto, Intel Capital und Sirrah.')).toEqual([
      'Velto/investor', 'Intel Capital/investor', 'Sirrah/investor',
    ]);
  });

  it('leaves people, places, nationalities and German nouns alone', () => {
    expect(names('Nvidia and Jensen Huang met.')).toEqual(['Nvidia/company']);
    expect(names('In Thailand, Nvidia has a unit.')).toEqual(['Nvidia/company']);
    expect(names('In Australia, Nvidia, Google and others bid.')).toEqual(['Nvidia/company', 'Google/company']);
    expect(names('Nvidia, Huang said, will grow.')).toEqual(['Nvidia/company']);
    expect(names('Siemens, Trumpf und der Mittelstand investieren.')).toEqual(['Siemens/company', 'Trumpf/company']);
    expect(names('Nvidia and Indonesian operators agreed.')).toEqual(['Nvidia/company']);
    // A place's possessive before a listed name says where it is from.
    expect(names("It signed with Japan's Qorvane and Nvidia.")).toEqual(['Qorvane/company', 'Nvidia/company']);
    // A place after "dans le", and the last word of a longer name after "do" or "de".
    expect(names("Evroc vise le Sud, dans le Var, et Iliad réserve un site.")).toEqual(['Evroc/company', 'Iliad/company']);
    expect(names('Un campus en Rio Grande do Sul, y Aligned Data Centers compró.')).toEqual(['Aligned Data Centers/company']);
  });
});
