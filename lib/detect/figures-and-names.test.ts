import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const companies = (text: string) => detect(text).entities.flatMap((e) => (e.type === 'company' ? [e.text] : []));

describe('amounts and the names read from cues', () => {
  it('never reads an amount as a company, and ends a name that runs on into one before it', () => {
    expect(companies('Die Firma zahlt CHF 230 Mio. an die Bank, und Halvor hält 51 Prozent.')).not.toContain('CHF 230 Mio');
    expect(companies('Die Runde unter Führung von Orvakon 20 Millionen Dollar ist abgeschlossen.')).toEqual(['Orvakon']);
  });

  it('reads no known name inside an amount: "N12 billion" is naira, not the Israeli channel, which stays a name alone', () => {
    expect(companies('Orders through its platform passed N12 billion in 2026, TechCabal reported.')).toEqual(['TechCabal']);
  });
});
