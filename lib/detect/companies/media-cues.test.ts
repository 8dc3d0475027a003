import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const cue = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'cue').map((c) => `${c.text}/${c.kind}`);

describe('outlets a story credits', () => {
  it("reads the agencies of a wire story's dateline", () => {
    expect(cue('Headline here\nBern/Graz (kpa/stn) – Der Konzern wächst.')).toEqual(['kpa/media', 'stn/media']);
    expect(cue('OSLO (Nordlys Wire) - The fund grew.')).toEqual(['Nordlys Wire/media']);
    // A date may follow the place.
    expect(cue('Headline here\nGenève, 18 mai 2027 (Nordpresse) – La start-up grandit.')).toEqual(['Nordpresse/media']);
    expect(cue('HELSINKI, Feb 9 (Baltic Tech Wire) - The start-up grew.')).toEqual(['Baltic Tech Wire/media']);
    expect(cue('Frankfurt (Eigener Bericht) – Die Bank wächst.')).toEqual([]);
    // A capital "The" before a paper is its name's.
    expect(cue('The deal was first reported by The Kivu Times.')).toEqual(['The Kivu Times/media']);
    // A bracket in the middle of a sentence is no dateline.
    expect(cue('The fund (Nordlys Wire) - grew.')).toEqual([]);
  });

  it('reads a German outlet in quotes after "laut" or a paper, or before "zufolge"', () => {
    expect(cue('Das berichtet laut „Kieler Bote“ die Bank.')).toEqual(['Kieler Bote/media']);
    expect(cue('Der Wirtschaftszeitung „Ostseekurier“ zufolge wächst sie.')).toEqual(['Ostseekurier/media']);
    expect(cue('Das Modell „Falke 2“ erschien.')).toEqual([]);
    // Or before "berichtete", maybe past when; not a quote of speech before another verb.
    expect(cue('Eine Auswertung, über die „Kieler Bote“ im Frühjahr berichtete, zeigt es. „Wir wachsen schnell“ meldete die Firma.')).toEqual(['Kieler Bote/media']);
  });

  it('reads the source a figure is credited to, where a verb or a word for data rules out a person', () => {
    expect(cue('La inversión creció, según recoge Brújula Andina. Y según datos de Valora Norte, subió.')).toEqual([
      'Brújula Andina/media', 'Valora Norte/media',
    ]);
    expect(cue('According to data from Dealwise, deals rose.')).toEqual(['Dealwise/media']);
    expect(cue('Las acciones cerraron, según datos de Bolsas y Mercados Unidos.')).toEqual([]);
    expect(cue('La inversión creció, según Ana Ruiz.')).toEqual([]);
    // A paper's article rules out a person too; a bank or a court is no paper.
    expect(cue('Selon La Voix Berrichonne, deux communes ont appelé. Según El Vigía, creció.')).toEqual(['La Voix Berrichonne/media', 'El Vigía/media']);
    expect(cue('Selon La Banque de France, le crédit recule.')).toEqual([]);
  });
});

describe('an ambiguous known name credited as a source', () => {
  const known = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.canonical);

  it('reads a source with a capital inside or a web address after "according to", but no plain name', () => {
    expect(cue('Its funding reached $140 million, according to CivicWire. A rival sold, according to Lawdesk.com.')).toEqual([
      'CivicWire/media', 'Lawdesk.com/media',
    ]);
    expect(cue('Its funding reached $140 million, according to Meena.')).toEqual([]);
  });

  it('reads a French or Spanish report\'s author and the paper that learned a story or held an interview', () => {
    expect(cue('Según un informe de Cifralia, las startups captaron más. Selon le baromètre d\'Orvelle, les levées ont doublé.')).toEqual([
      'Cifralia/media', 'Orvelle/media',
    ]);
    expect(cue('La ronda la lidera un fondo, según ha podido saber DIARIOVERDE. Habló en una entrevista con La Brújula Andina.')).toEqual([
      'DIARIOVERDE/media', 'La Brújula Andina/media',
    ]);
    // Neither a public body's report nor an interview with a machine names an outlet.
    expect(cue('Un informe de Naciones Unidas lo confirma, y la entrevista con IA se generaliza.')).toEqual([]);
  });

  it('reads a bare source that ends its clause, alone or with one more, but no person, capital or ministry', () => {
    expect(cue('Le coût dépasse 2 milliards, selon Biovanta et MedWatch-Pro. Il baisse, selon Boursemag.')).toEqual([
      'Biovanta/media', 'MedWatch-Pro/media', 'Boursemag/media',
    ]);
    expect(cue('La cifra crece, según Noticias360; y cae, según Hacienda.')).toEqual(['Noticias360/media']);
    // A first and last name, a surname the text gave a first name before, the ministry's building.
    expect(cue('Elle a levé 3 millions, selon Marc Dubois. Luis Romero habla; sube, según Romero. Il baisse, selon Bercy.')).toEqual([]);
    // A capital city is a place, which the check of every cue name drops, in the spellings French and Spanish use.
    expect(cue('Les ventes montent, selon Pékin. La cifra crece, según Bruselas; cae, según Londres.')).toEqual([]);
  });

  it('reads "Selon Le Monde," and "Según Expansión," though no other cue is in the sentence', () => {
    expect(known('Selon Le Monde, la capacité est réservée.')).toEqual(['Le Monde']);
    expect(known('Según Expansión, los terrenos fueron visitados.')).toEqual(['Expansión']);
    expect(known('Wie der Spiegel berichtete, liegt die Auslastung niedrig.')).toEqual(['Der Spiegel']);
    // Without the comma the words may be the world or an expansion.
    expect(known('Selon le monde entier, tout va bien. Según expansión prevista, crecerá.')).toEqual([]);
  });
});

describe('a known name written all in lower case', () => {
  const known = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);

  it('is a plain word, unless the name itself is spelled so', () => {
    expect(known('Desarrolla agentes para centros de atención telefónica. Telefónica invirtió.')).toEqual(['Telefónica']);
    expect(known('Backed by a16z and NVIDIA.')).toEqual(['a16z', 'NVIDIA']);
  });

  // Written for this test: the paper an interview or a statement was given to.
  it('reads the paper an interview or a statement was given to', () => {
    expect(cue('afirmó su cofundador, Santiago Olivera, en declaraciones a El Vigía Austral.')).toEqual(['El Vigía Austral/media']);
    const known = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);
    expect(known('« Notre objectif est simple », explique Camille Dethier dans un entretien à L’Echo.')).toEqual(["L’Echo=L'Echo"]);
    expect(known('Das sagte der Chef im Gespräch mit dem Handelsblatt.')).toEqual(['Handelsblatt=Handelsblatt']);
  });

  it("never takes a paper's town for a short form of it", () => {
    const known = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);
    expect(known('Quillmark, a Belfast start-up, raised £9.5m, Devlin told the Belfast Telegraph. The Belfast office opened.')).toEqual([
      'Quillmark', 'Belfast Telegraph',
    ]);
  });

  it("reads a German town's paper after a definite article, but not a country's", () => {
    expect(cue('Zuerst hatte die Kemptener Rundschau über die Runde berichtet.')).toEqual(['Kemptener Rundschau/media']);
    expect(cue('Das sagte er der Schweizer Zeitung am Montag.')).toEqual([]);
  });

  it('reads a German paper in quotes after "nach Informationen des"', () => {
    expect(cue('Als erster Kunde gilt nach Informationen des „Alpenblick“ der Entwickler Mistral AI.')).toEqual(['Alpenblick/media']);
  });

  it('reads a Spanish paper\'s name whole where it opens with "Diario"', () => {
    expect(findCompanies('La operación, adelantada por Diario Austral, combina capital y deuda.', normalize('La operación, adelantada por Diario Austral, combina capital y deuda.'), []).map((c) => c.text)).toEqual(['Diario Austral']);
  });

  it('reads German data as a source only after nach, laut or aus: "Daten von Radaren, Drohnen und Satelliten" are data', () => {
    const texts = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);
    expect(texts('Kestral entwickelt Programme, die Daten von Radaren, Drohnen und Satelliten zusammenführen.')).toEqual([]);
    expect(texts('Nach Daten von PitchBook flossen 3 Mrd. Euro, wie aus Daten von LSEG hervorgeht.')).toEqual(['PitchBook', 'LSEG']);
  });
});
