import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';
import { spanishAngels } from './spanish-angels.ts';

// Every network here is invented.
const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.kind}`);

describe('Spanish angels\' networks', () => {
  it('reads the network after its noun, with the noun as its first word, or before an apposition that says what it is', () => {
    expect(spanishAngels('Invirtió la red Ángeles del Ceibal y la red de inversores ángeles Yerba Ángeles.').map((n) => n.canonical)).toEqual([
      'Ángeles del Ceibal', 'Yerba Ángeles',
    ]);
    expect(spanishAngels('Entraron la Red de Ángeles de Cuyo y el Club de Ángeles Manabí.').map((n) => n.canonical)).toEqual([
      'Red de Ángeles de Cuyo', 'Club de Ángeles Manabí',
    ]);
    expect(spanishAngels('Reunidos en Ángeles del Litoral, una red de inversionistas, apostaron.').map((n) => n.canonical)).toEqual(['Ángeles del Litoral']);
  });

  it('finds its later mentions whole, never the city nor a woman\'s name', () => {
    expect(names('Participó la red Ángeles del Litoral. En Los Ángeles, María de los Ángeles Pérez habló. Ángeles del Litoral sumó.')).toEqual([
      'Ángeles del Litoral=investor', 'Ángeles del Litoral=investor',
    ]);
  });
});
