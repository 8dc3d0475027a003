import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const facts = (text: string) => detect(text).facts.map((f) => [f.company, f.role, f.value]);

describe('companies a figure is not about', () => {
  it('makes no fact of an estimate for its source', () => {
    expect(facts('Analysts at Jefferies estimate that capacity will need €90 billion of investment.')).toEqual([]);
    expect(facts('Analysten von Berenberg hoben ihr Kursziel von 41 Euro auf 52 Euro an.')).toEqual([]);
  });

  it('gives no round, loan or valuation to the investors that led it', () => {
    expect(facts('The startup Lumora Photonics closed a $650m round led by Nvidia and EQT.')).toEqual([
      ['Lumora Photonics', 'raised', 650e6],
    ]);
    expect(facts('Der Konzern hatte in einer Finanzierungsrunde unter Führung von Lakestar 55 Mio. Euro eingesammelt.')).toEqual([]);
    // An investor's own part stays its fact.
    expect(facts('The round was led by Nvidia, which invested $2 billion.')).toEqual([['Nvidia', 'invested', 2e9]]);
  });

  it('reads a German valuation with the company between the verb and the amount', () => {
    const text = 'Das Start-up Isarlogik wächst. Wie es heißt, bewerten die Investoren Isarlogik nach der Runde mit rund 1,1 Milliarden Euro.';
    expect(facts(text)).toEqual([['Isarlogik', 'valuation', 1.1e9]]);
  });
});
