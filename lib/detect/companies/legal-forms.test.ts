import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const names = (text: string) => detect(text, { types: ['company'] }).entities.map((e) => (e.type === 'company' ? `${e.text}=${e.canonical}` : ''));

describe('legal forms around a name', () => {
  it('reads a Pakistani private firm with its bracketed form, and no legal form alone', () => {
    expect(names('KARACHI — Tijori Pay (Pvt) Ltd, a Karachi-based start-up, has raised money. Tijori Pay plans to hire.')).toEqual([
      'Tijori Pay (Pvt) Ltd=Tijori Pay', 'Tijori Pay=Tijori Pay',
    ]);
  });

  it('keeps the dots of S.A.S. and S.R.L. in the span and out of the name', () => {
    expect(names('Ayer Pradera Finanzas S.A.S. cerró su ronda semilla. Pradera ya opera en Cali.')).toEqual([
      'Pradera Finanzas S.A.S.=Pradera Finanzas', 'Pradera=Pradera Finanzas',
    ]);
    expect(names('Hoy Conuco Pagos S.R.L. recibió fondos de inversores locales.')).toEqual(['Conuco Pagos S.R.L.=Conuco Pagos']);
  });

  it('still reads an airline that a legal form names', () => {
    expect(names('La aerolínea SAS vuela de nuevo a Málaga.')).toEqual(['SAS=SAS']);
  });
});

describe('a German sentence that opens with a preposition before a registered name', () => {
  it('drops the preposition where the text later writes the first word alone', () => {
    expect(names('Die Siemens AG kauft zu. Für Nordlicht Photonics Inc. aus Boston zahlt der Konzern 2 Mrd. Euro. Nordlicht baut Laser.')).toEqual([
      'Siemens AG=Siemens', 'Nordlicht Photonics Inc.=Nordlicht Photonics', 'Nordlicht=Nordlicht Photonics',
    ]);
  });

  it('keeps a name that opens with one, never written without it', () => {
    expect(names('Die Zur Rose Group AG meldet Zahlen. Die Zur Rose wächst.').map((n) => n.split('=')[1])).toEqual(['Zur Rose Group', 'Zur Rose Group']);
  });
});

describe('hyphens', () => {
  it('reads a known name of two words inside a German compound, though another key goes on with the hyphen', () => {
    expect(names('Die frühere Deutsche-Bank-Managerin gründete das Start-up.')).toEqual(['Deutsche-Bank=Deutsche Bank']);
  });

  it('takes no acronym hyphened to a plain word for a name', () => {
    expect(names('Google agreed to buy the AI-security firm Wardline for $1 billion.')).toEqual(['Google=Google', 'Wardline=Wardline']);
  });
});

describe('outlets', () => {
  it('credits an outlet past a day after the verb of reporting', () => {
    expect(names('The deal was first reported on Monday by The Information.')).toEqual(['The Information=The Information']);
  });

  it('credits an outlet with a capital inside its name after "reported by"', () => {
    expect(names('The round was reported by StartupDesk earlier.')).toEqual(['StartupDesk=StartupDesk']);
  });

  it('gives a German paper in quotes the article its name opens with', () => {
    expect(names('Wie zuerst die „Presse“ berichtete, verhandelt die Firma noch.')).toEqual(['Presse=Die Presse']);
  });

  it('credits the Austrian and Swiss agencies, small in a dateline or told by a speaker', () => {
    expect(names('Zürich (awp/sda) – Die Firma wächst.')).toEqual(['awp=AWP', 'sda=Keystone-SDA']);
    expect(names('„Wir bauen aus“, sagte die Gründerin der APA am Montag.')).toEqual(['APA=Austria Presse Agentur']);
  });

  it('credits no association whose name runs on in small words', () => {
    expect(names('Le secteur recrute selon La Fédération du commerce en ligne, qui regroupe les sites.')).toEqual([]);
  });

  it('credits a French paper after "aux"', () => {
    expect(names('« Nous accélérons », a confié la fondatrice aux Echos.')).toEqual(['Echos=Les Echos']);
  });

  it('takes no streaming service glued to its plus for its group', () => {
    expect(names('Auf der Plattform RTL+ laufen neue Serien. Die RTL Group wächst.')).toEqual(['RTL Group=RTL Group']);
  });
});

describe('known names that a European text uses for a site or a product', () => {
  it('reads no firm in a mine a description names, nor in a colliery', () => {
    expect(names('BHP opera camiones autónomos en Escondida, el segundo yacimiento del país.')).toEqual(['BHP=BHP']);
    expect(names('Zollverein Capital hat sein Büro gleich neben der Zeche Zollverein.')).toEqual(['Zollverein Capital=Zollverein Capital']);
  });

  it('reads no firm inside the quotes a product\'s noun opens', () => {
    expect(names('Die Hallwerk Robotics GmbH wächst. Das Produkt „Hallwerk Flex“ kostet wenig. Hallwerk stellt ein.')).toEqual([
      'Hallwerk Robotics GmbH=Hallwerk Robotics', 'Hallwerk=Hallwerk Robotics',
    ]);
  });

  it('reads no firm in a valley named so, nor a verb opening the sentence', () => {
    expect(names('Participaron Quimbaya Capital y otros fondos. El Valle de Quimbaya crece.')).toEqual(['Quimbaya Capital=Quimbaya Capital']);
  });

  it('goes on with a studio by the name before Interactif', () => {
    expect(names('MONTRÉAL — Le studio Lanterne Rouge Interactif lève 5 millions. Lanterne Rouge recrute.')).toEqual([
      'Lanterne Rouge Interactif=Lanterne Rouge Interactif', 'Lanterne Rouge=Lanterne Rouge Interactif',
    ]);
  });
});

describe('firms given as examples', () => {
  it('reads each name after a plural of firms and "like" or "such as"', () => {
    expect(names('The start-up competes with local firms like Vantiq Health and Orbiq.')).toEqual(['Vantiq Health=Vantiq Health', 'Orbiq=Orbiq']);
    expect(names('Lenders such as Kestrel Bank and Bluewater Finance joined the loan.')).toEqual([
      'Kestrel Bank=Kestrel Bank', 'Bluewater Finance=Bluewater Finance',
    ]);
  });
});
