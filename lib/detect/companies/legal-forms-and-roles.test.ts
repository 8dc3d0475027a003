import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Written for these tests: legal forms from Singapore, Australia, Peru and Mexico; people at a firm; openers that deal.
const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

describe('legal forms and the people around a firm', () => {
  it('keeps "Pte. Ltd." and "Pty Ltd" in the span and out of the canonical', () => {
    expect(names('SINGAPORE – Brindlecourt Pte. Ltd., a legal-software start-up, raised S$9 million. Brindlecourt will hire.'))
      .toEqual(['Brindlecourt Pte. Ltd.=Brindlecourt', 'Brindlecourt=Brindlecourt']);
    expect(names('Backers included Yarralong Pty Ltd and two family offices.')).toEqual(['Yarralong Pty Ltd=Yarralong']);
  });

  it('drops Peru\'s S.A.C. from the canonical and reads no firm in Mexico\'s "de C.V."', () => {
    expect(names('La startup peruana Quillahuasi S.A.C., que desarrolla sensores para minas, cerró una ronda de US$ 4 millones.'))
      .toEqual(['Quillahuasi S.A.C.=Quillahuasi']);
    expect(names('Grupo Tlalcorp, S.A.B. de C.V., la mayor cadena de la región, anunció una emisión de US$ 500 millones.')
      .map((n) => n.split('=')[0])).not.toContain('C.V');
  });

  it('reads no firm in a person whose apposition says where they work', () => {
    const text = '"We lend against sunlight," said Ngozi Akande, a partner at the fund, which put $5 million into Solvane Energy.';
    expect(names(text).map((n) => n.split('=')[0])).not.toContain('Ngozi Akande');
    expect(names('"Demand doubled," said Rohan Kapadia, a senior executive at the unit, after the $2bn loan.')).toEqual([]);
  });

  it('reads no firm in a German noun for a bank, nor in the country it is the biggest of', () => {
    const found = names('Das zweitgrößte Geldhaus des Landes übernimmt 40 Prozent an der Kryptobank Sygnum.').map((n) => n.split('=')[0]);
    expect(found).toContain('Sygnum');
    expect(found).not.toContain('Geldhaus');
    expect(found).not.toContain('Landes');
  });

  it('takes an ambiguous name that opens a sentence with a verb of dealing, in a sentence about a deal', () => {
    expect(names('Microsoft sold $30 billion of bonds. Alphabet followed with €6.5 billion in euro notes.').map((n) => n.split('=')[0]))
      .toEqual(['Microsoft', 'Alphabet']);
    // Without the verb, a capital that opens a sentence proves nothing.
    expect(names('Microsoft sold $30 billion of bonds. Alphabet soup was served.').map((n) => n.split('=')[0])).toEqual(['Microsoft']);
    expect(names('Citi asesoró a América Móvil en la venta de 2.000 millones de dólares.').map((n) => n.split('=')[1]))
      .toEqual(['Citigroup', 'América Móvil']);
  });
});
