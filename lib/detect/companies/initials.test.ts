import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';
import { initialsOf } from './initials.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

describe('a firm named in full, then by its initials', () => {
  it('makes initials of capitalized words, past links and a legal form, and none of a common word', () => {
    expect(initialsOf('Diario Financiero')).toBe('DF');
    expect(initialsOf('Banco de Crédito e Inversiones')).toBe('BCI');
    expect(initialsOf('Quarvel Thermal GmbH')).toBe('QT');
    // One word, a small word inside, or initials that are a word of the news: none.
    expect(initialsOf('Quarvel')).toBeUndefined();
    expect(initialsOf('Quarvel thermal systems')).toBeUndefined();
    expect(initialsOf('Artificial Intelligence')).toBeUndefined();
  });

  it('finds the initials later in the text as the firm, where they stand as a word of their own', () => {
    expect(names('El fondo Brezcala Quintana Partners invirtió. Fuentes dijeron a BQP que la ronda cerró; BQPX no es ella.')).toEqual([
      'Brezcala Quintana Partners=Brezcala Quintana Partners', 'BQP=Brezcala Quintana Partners',
    ]);
    // An index the text quotes is no firm's short name, whatever a name's initials are.
    expect(names('Le groupe Coralys Anvers Conseil a gagné 3 % quand le CAC 40 reculait.')).toEqual(['Coralys Anvers Conseil=Coralys Anvers Conseil']);
  });
});
