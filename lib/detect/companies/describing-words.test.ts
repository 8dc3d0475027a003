import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => c.text);

describe('words that describe rather than name', () => {
  it('reads no name in "a San Francisco-based AI answer engine"', () => {
    expect(names('Publishers sued Parallax Search, a San Francisco-based AI answer engine, on Monday.')).toEqual([]);
  });

  it('drops a place of several words before "-based" or "-backed"', () => {
    expect(names('He joined Bay Area-based Nimbus AI in May.')).toEqual(['Nimbus AI']);
    expect(names('Abu Dhabi-backed Orbis Labs raised $5 million.')).toEqual(['Orbis Labs']);
  });

  it("drops a country's possessive before an investor", () => {
    expect(names("The round was led by Norway's Aker, with participation from Nokia.")).toEqual(['Aker', 'Nokia']);
    // A startup city's too (written for this test); a brand whose name is a possessive keeps it.
    expect(names("Adelaide's Lumora Labs raised $12 million in a seed round.")).toEqual(['Lumora Labs']);
    expect(names("McDonald's Ventures invested in the round.")).toEqual(["McDonald's Ventures"]);
    expect(names("Backed by Moody's Analytics.")).toEqual(["Moody's Analytics"]);
  });

  it('reads no apposition in a reporting clause', () => {
    expect(names('Northlight will build a campus near Teesside, the company said.')).toEqual([]);
    expect(names('Il a investi à Lyon, la société a précisé lundi.')).toEqual([]);
    expect(names('Nvidia invested in Qorvane, a startup based in Paris.')).toEqual(['Nvidia', 'Qorvane']);
  });
});

describe('people the words around them describe', () => {
  it('leaves a person whose apposition names an employer and a job', () => {
    expect(names('"A lot," said Harriet Cole, a fund manager at Baillie Gifford.')).toEqual(['Baillie Gifford']);
  });

  it('leaves the founders a participle names before the sentence’s own subject', () => {
    expect(names('Fundada en 2022 por Andrea Villa y Rodrigo Casta, la empresa vende software.')).toEqual([]);
    expect(names('Lumio, la empresa fundada por Ana Ruiz, vende software.')).toEqual(['Lumio']);
  });

  it('reads no name in a past participle before "AI"', () => {
    expect(names('"Contracted AI capacity is rare," he said.')).toEqual([]);
  });

  it('reads no name in a product its maker is named by, nor in the tail of a number', () => {
    expect(names('1. Anthropic. The maker of Claude closed a $13 billion Series F.')).toEqual(['Anthropic']);
    expect(names('The Paris lab behind Le Chat raised €1.7bn in a round led by ASML.')).toEqual(['ASML']);
    expect(names('The neocloud took a loan led by MUFG to buy 10,000 GPUs for one customer.')).toEqual(['MUFG']);
  });

  it('reads no ambiguous name at the head of a compound', () => {
    expect(names('ZF beteiligt sich über seinen Corporate-Venture-Arm.')).not.toContain('Arm');
  });
});

describe('known names in their grammar', () => {
  it("takes an acronym's German genitive s", () => {
    expect(names('Die Technologie soll in SAPs Assistenten integriert werden.')).toEqual(['SAP']);
  });

  it("takes a paper's ambiguous name after a word for a newspaper", () => {
    expect(names('La cifra la publicó el diario El Financiero el martes.')).toEqual(['El Financiero']);
    expect(names('El financiero del grupo lo dijo.')).toEqual([]);
  });

  it('takes a paper or agency credited for what the sentence says', () => {
    expect(names('«No es el problema», dijo a La República un socio.')).toEqual(['La República']);
    expect(names('Lo dijo Velasco a El Financiero.')).toEqual(['El Financiero']);
    expect(names('Según dos personas citadas por El Economista, sí.')).toEqual(['El Economista']);
    expect(names('It signed a credit line, The Information reported.')).toEqual(['The Information']);
    expect(names('Conservan el 52%, según adelantó Cinco Días.')).toEqual(['Cinco Días']);
    expect(names('Es la expansión de la empresa, dijo a la prensa.')).toEqual([]);
  });
});

describe('an ambiguous name shown as a firm by the words at it', () => {
  it('takes one given as an example of a kind of firm', () => {
    expect(names('Zu den Geldgebern gehören Versicherer wie die Allianz.')).toEqual(['Allianz']);
    expect(names('Ein Bankenkonsortium um die SEB gab Kredit.')).toEqual(['SEB']);
    expect(names('Die Allianz der Willigen wächst.')).toEqual([]);
  });

  it('takes one before a role in a German compound', () => {
    expect(names('Das sagte Earlybird-Partnerin Lena Hofstetter.')).toEqual(['Earlybird']);
  });

  it('takes a source after "laut" or "selon" anywhere, and a paper after "des" in a credit', () => {
    expect(names('So viel Kapital floss laut EY im Halbjahr.')).toEqual(['EY']);
    expect(names('Selon les informations des Echos, la levée est bouclée.')).toEqual(['Echos']);
    expect(names('Nach Informationen des „Handelsblatts“ steht der Kauf.')).toEqual(['Handelsblatt']);
    expect(names('Il y a des Echos dans la salle.')).toEqual([]);
  });
});

describe('a market column', () => {
  it('names firms by their shares: their words make an ambiguous name a company', () => {
    expect(names('Elle recommande de privilégier Schneider et Legrand, moins chers que les valeurs de semi-conducteurs.'))
      .toEqual(['Schneider', 'Legrand']);
    expect(names('寒武纪股价周三大涨。')).toEqual(['寒武纪']);
    // 日経平均株価 is the Nikkei index, not the paper.
    expect(names('日経平均株価は続落した。')).toEqual([]);
  });
});

describe('a company noun with a local adjective after it', () => {
  it('reads the name past an adjective of a city', () => {
    expect(names('En Brasil, la startup paulista Arapuã IA cerró una ronda.')).toEqual(['Arapuã IA']);
    expect(names('La fintech carioca Ipanema Pay levantó capital.')).toEqual(['Ipanema Pay']);
  });
});

describe('an apposition that names the owner after its noun', () => {
  it('reads the name before it, the owner after "de" being no name the noun introduces', () => {
    expect(names('La operación quedará a cargo de Vantiera, la unidad de centros de datos de Telmex.')).toEqual(['Vantiera', 'Telmex']);
  });

  // The sentences below were written for these tests; the firms are invented.
  it('reads a name whose apposition puts up to five words before its company noun', () => {
    expect(names('The market is led by Quenlow, the Dublin client-lifecycle software group that was valued at €1bn.')).toEqual(['Quenlow']);
  });

  it("reads a spin-off's name, a university fund's and a name with its Cie", () => {
    expect(names('En Brabant wallon, Ocarine Health, spin-off de l’UCLouvain installée à Wavre, a levé 2 M€.')).toEqual(['Ocarine Health']);
    expect(names('Elle a bouclé un tour auprès du fonds universitaire Noshira et de business angels.')).toEqual(['Noshira']);
    expect(names('Le tour est co-mené par la Maison Verlaque & Cie, un family office genevois.')).toEqual(['Maison Verlaque & Cie']);
  });

  it('ends an investor at "Fund Managers" and a consultancy at "Metrics"', () => {
    expect(names('Existing backers Tallow Ventures and Clarwick Fund Managers joined. The fund managers agreed.')).toEqual([
      'Tallow Ventures', 'Clarwick Fund Managers',
    ]);
    expect(names('Según la consultora Austrel Metrics, el comercio crece.')).toEqual(['Austrel Metrics']);
  });

  it('reads a name before its bracketed acronym and a German verb in the past', () => {
    expect(names('Die italienische Orvanto Medical (OMD) sammelte im Jahr 2024 rund 110 Millionen Dollar ein.')).toEqual(['Orvanto Medical', 'OMD']);
    // The town after "aus", the noun after a dative article: not the subject of the verb after them.
    expect(names('Der Hersteller Quorvex Robotics aus Reutlingen sammelte 2025 rund 120 Millionen Euro ein.')).toEqual(['Quorvex Robotics']);
    expect(names('Das Start-up hinter den Flux-Bildmodellen sammelte 300 Millionen Dollar ein.')).toEqual([]);
    expect(names('Im nahen Reutlingen sammelte ein Konkurrent 2025 rund 120 Millionen Euro ein.')).toEqual([]);
    expect(names("Scotland's Weir Group acquired Perth's Quarrymind two years later for $120 million.")).toEqual(['Weir Group', 'Quarrymind']);
  });
});
