import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Every name here is invented, so only a cue can find it.
const cue = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'cue').map((c) => `${c.text}/${c.kind}`);

describe('names a description of the business introduces', () => {
  it('reads a lender, a network and an angels\' club before their names, not angels in general', () => {
    expect(cue('Der Londoner Kreditgeber Farnwick Capital Partners stellt 13 Mio. Euro bereit.')).toEqual(['Farnwick Capital Partners/investor']);
    expect(cue('Le tour réunit Erdre Capital et le réseau de business angels Loire Santé Angels.')).toEqual(['Erdre Capital/investor', 'Loire Santé Angels/investor']);
    expect(cue('y la red de inversionistas ángeles Pampa Verde Angels.')).toEqual(['Pampa Verde Angels/investor']);
    expect(cue('Beteiligt sind zudem mehrere Business Angels aus Berlin.')).toEqual([]);
    // A network named for its kind of investor goes on past "Angels".
    expect(cue('Dabei sind Mitglieder des Netzwerks Business Angels Oberland.')).toEqual(['Business Angels Oberland/investor']);
    // What a group has is no name after its noun ("hat der Konzern Erfahrung").
    expect(cue('Im GaN-Markt hat der Konzern Erfahrung.')).toEqual([]);
    // A family office's name after the English words German writes for it.
    expect(cue('Ebenfalls dabei ist das Family Office Lindmatt Capital.')).toEqual(['Lindmatt Capital/investor']);
    expect(cue('In der Seed-Phase hatte das Hamburger Family Office Elbwerft Invest 1,2 Millionen beigesteuert.')).toEqual(['Elbwerft Invest/investor']);
    // The network's name after "Netzwerk" alone; its members are people, not a firm. Spanish "red" opens names, and a
    // network of investors names its own after them.
    expect(cue('La financiación llega de la Red Transeuropea de Transporte.')).toEqual([]);
    expect(cue('Repitió la red de inversionistas Ángeles Llaneros, que respaldó a la compañía.')).toEqual(['Ángeles Llaneros/company']);
    expect(cue('Die Runde hatten der Fonds Kaltwerk Capital und Mitglieder des Netzwerks Rheinauen Angels gestemmt.')).toEqual([
      'Kaltwerk Capital/investor', 'Rheinauen Angels/investor',
    ]);
    expect(cue('Dabei sind der Business-Angel-Club Sihltal Legal Angels und das Business-Angel-Netzwerk Isarwerk Angels.')).toEqual([
      'Sihltal Legal Angels/investor', 'Isarwerk Angels/investor',
    ]);
    // A German group that writes "Gruppe" apart ends its name with it.
    expect(cue('Angeführt wird die Runde von der Alpenhof Touristik Gruppe. Die Gruppe wächst.')).toEqual(['Alpenhof Touristik Gruppe/company']);
  });

  it('reads a French fund, a research house, a Spanish supplier and an Iberian law firm by their last word', () => {
    expect(cue('Le tour inclut Saône Invest et le cabinet Belledonne Recherche.')).toEqual(['Saône Invest/investor', 'Belledonne Recherche/company']);
    expect(cue('La empresa compite con Riego Norte Soluciones y con Soares & Lima Advogados.')).toEqual(['Riego Norte Soluciones/company', 'Soares & Lima Advogados/company']);
  });

  it('reads a German compound that says what the business is, with or without a town before it', () => {
    expect(cue('Der Stuttgarter Robotik-Start-up Velmora sammelte 20 Mio. Euro ein.')).toEqual(['Velmora/company']);
    expect(cue('Auch der Rechenzentrumsbetreiber Nordhafen Rechnen GmbH ist dabei.')).toEqual(['Nordhafen Rechnen GmbH/company']);
    expect(cue('Laut dem Datenanbieter Quellwerk stieg die Zahl.')).toEqual(['Quellwerk/company']);
    // Two plain words after a business compound are a name; after a word a person may carry, not.
    expect(cue('Der Industriekonzern Halden Werke investiert.')).toEqual(['Halden Werke/company']);
    expect(cue('Der Datenspezialist Jonas Keller sagte das.')).toEqual([]);
    // The name ends at its legal form: German capitalizes the noun after it.
    expect(cue('Die Bank leiht dem Netzbetreiber Alvtra AG Kredite über 1 Mrd. Franken.')).toEqual(['Alvtra AG/company']);
    // Names that merely end like such a word are names, not descriptions.
    expect(cue('The lender Quillbank grew.')).toEqual(['Quillbank/company']);
    // A holding's compound, and the anchor shareholders a list of names follows.
    expect(cue('Das Kartellamt genehmigte die Übernahme der Kölner Handelsholding Vantrex.')).toEqual(['Vantrex/company']);
    expect(cue('Gesichert sind 40 Prozent, unter anderem von den Ankeraktionären Morlang und Treubach.')).toEqual(['Morlang/investor', 'Treubach/investor']);
    expect(cue('Selon le quotidien Tremplin, la pépite a levé 5 millions.')).toEqual(['Tremplin/company']);
    // A continent or a region in French or Spanish is no firm, whatever cue stands near it.
    expect(cue('Les start-up de la région Moyen-Orient et Afrique du Nord ont levé 700 millions de dollars.')).toEqual([]);
  });

  it('reads a French or Spanish nationality that stands for the company noun, and a noun with its field', () => {
    expect(cue('La compra de la brasileña Tarvio cerró ayer.')).toEqual(['Tarvio/company']);
    expect(cue("Elle a été rachetée par l'allemand Brenvik pour 50 millions.")).toEqual(['Brenvik/company']);
    expect(cue('La plataforma de pagos Quelta obtuvo US$30 millones.')).toEqual(['Quelta/company']);
    // A field word that ends like a nationality ("logística"), a field of two, a nationality before the field.
    expect(cue('Es la startup de logística Tarmevo.')).toEqual(['Tarmevo/company']);
    expect(cue('La plataforma de infraestructura de pagos Quelta obtuvo US$30 millones.')).toEqual(['Quelta/company']);
    expect(cue('También en Chile, la desarrolladora cordobesa de agentes de IA Pampero levantó USD 1 millón.')).toEqual([
      'Pampero/company',
    ]);
    expect(cue('Firmó un acuerdo con la editora británica Tallow Publishing.')).toEqual(['Tallow Publishing/company']);
  });

  it('takes two names with a business word for a company, not a person', () => {
    expect(cue('El banco otorgó a la cordobesa Quimbo Cloud un crédito.')).toEqual(['Quimbo Cloud/company']);
    expect(cue('Cerró la compra de la colombiana Quimbo Crédito por US$35 millones.')).toEqual(['Quimbo Crédito/company']);
    expect(cue('Copenhagen-based Fjordel Health, a medical AI company, raised $20 million.')).toEqual(['Fjordel Health/company']);
    expect(cue('Copenhagen-based Anders Holm, a doctor, said so.')).toEqual([]);
    // What only a firm has: its analysts, its shares.
    expect(cue('Analysten von Harlow Brandt halten den Preis für hoch.')).toEqual(['Harlow Brandt/company']);
    expect(cue('Un portavoz de Ana Ruiz dijo que no.')).toEqual([]);
    // A company's shares and its spokesperson; the shares themselves, closing up, are no name.
    expect(cue('Shares in Halvorn Compute jumped 22% in early trading.')).toEqual(['Halvorn Compute/company']);
    expect(cue('A spokesperson for Quenvale declined to comment.')).toEqual(['Quenvale/company']);
    expect(cue('Shares closed up 31% at 402 pence.')).toEqual([]);
    // A trade after an indefinite article, then its name between commas.
    expect(cue('A Taiwanese packaging contractor, Hsinlan Advanced Packaging, has filed a claim.')).toEqual(['Hsinlan Advanced Packaging/company']);
    expect(cue('An investor, John Smith, said the company, Quorvane, would grow.')).toEqual(['Quorvane/company']);
    expect(cue('It was bought by GIC, the sovereign wealth fund, Japanese trading houses and others.')).not.toContain('Japanese/company');
  });

  it('reads a public fund by its adjective, a pioneer, a small business, a strategy firm and a list joined by "ou"', () => {
    expect(cue('Le tour est mené par le fonds régional Sornelle Invest et le fonds européen Vantelle.').map((n) => n.split('/')[0])).toEqual([
      'Sornelle Invest', 'Vantelle',
    ]);
    expect(cue("À Lyon, Qarvio, pionnier du chauffage par le calcul, a montré l'idée.")).toEqual(['Qarvio/company']);
    expect(cue("Les pièces viennent de l'Atelier Brenvaux, une PME de chaudronnerie.")).toEqual(['Atelier Brenvaux/company']);
    expect(cue('Elle dirige le cabinet Ardelis Stratégies.')).toEqual(['Ardelis Stratégies/company']);
    expect(cue('Des entreprises comme Sylvane AI ou Kermor Data en souffrent.')).toEqual(['Sylvane AI/company', 'Kermor Data/company']);
    expect(cue("Kermor Data, spécialiste nantais de l'énergie, a levé 20 millions d'euros.")).toEqual(['Kermor Data/company']);
    expect(cue('"Sales are strong," said a fund manager at Harlow Brandt, who asked not to be named.')).toEqual(['Harlow Brandt/company']);
    expect(cue('Qorvane founder Anil Mehta said the round closed.')).toEqual(['Qorvane/company']);
    expect(cue('The founder Anil Mehta said so.')).toEqual([]);
  });

  it('reads a hyphenated nationality, examples after "such as", and a role after a comma with no article', () => {
    expect(cue("Elle a été rachetée par le sud-africain Qopano pour 45 M$.")).toEqual(['Qopano/company']);
    expect(cue('Compite con la vasca Ikerlan Digital, la chilena Pagoraro, la sueca Vinterby y la suiza Alpora.')).toEqual([
      'Ikerlan Digital/company', 'Pagoraro/company', 'Vinterby/company', 'Alpora/company',
    ]);
    expect(cue('Otras startups como Brelvix, que facturó 100 millones, crecen.')).toEqual(['Brelvix/company']);
    expect(cue('Beteiligt sind Investoren wie Kolvex und Marrin.')).toEqual(['Kolvex/investor', 'Marrin/investor']);
    expect(cue("Ils ont investi 25 millions d'euros dans Vardeo, spécialiste de l'agritech.")).toEqual(['Vardeo/company']);
    expect(cue('En Bogotá, Quenta, especializada en pagos, levantó US$ 10 millones.')).toEqual(['Quenta/company']);
    expect(cue('Berlin – Velmora, Anbieter von KI-Telefonassistenten, sammelt Geld.')).toEqual(['Velmora/company']);
    // A founder of a company, whose name may read like a person's.
    expect(cue('La fundadora de Quimbo Computación explica su ronda.')).toEqual(['Quimbo Computación/company']);
    expect(cue('The founder of Anna Smith said so.')).toEqual([]);
    // A compass point after a name is a firm's (Quellkontor Nord), not a person's surname.
    expect(cue('Das Start-up hat sich Geld beim Hamburger Wachstumsfinanzierer Quellkontor Nord gesichert.')).toEqual(['Quellkontor Nord/company']);
    expect(cue('Selon Aïssa Diallo, analyste chez Norvale Data, cabinet de données basé à Londres, la part croît.')).toEqual([
      'Norvale Data/company',
    ]);
    expect(cue('Quelvo, fundada en 2019 por dos ingenieros, levantó fondos.')).toEqual(['Quelvo/company']);
    expect(cue('La ronda, liderada por Brisa Capital, contó con la participación de Norte Ventures y Kima.')).toEqual([
      'Brisa Capital/investor', 'Norte Ventures/investor', 'Kima/investor',
    ]);
    expect(cue('La participación de Brasil bajó al 54%.')).toEqual([]);
    expect(cue('Existing backers also joined, while chip designer Tallowmere invested an undisclosed sum.')).toEqual(['Tallowmere/company']);
    expect(cue("Helio's rival Quarry Grid is also raising money.")).toEqual(['Quarry Grid/company']);
    expect(cue('Tensorwerk, eine Tochter von Rheinmetall, baut ein Rechenzentrum.')).toEqual(['Tensorwerk/company']);
    // No person is a unicorn: two plain words before such an apposition are a company's name.
    expect(cue('Ayer, Nodo Brisa, el unicornio barcelonés de software, negocia una ronda.')).toEqual(['Nodo Brisa/company']);
    expect(cue('Anna Weber, the developer of the app, raised $5 million.')).toEqual([]);
    // A role a person may hold names no company.
    expect(cue('Huang, rival of Trump, raised $5 million.')).toEqual([]);
    expect(cue("Hier, Vardeo, spécialiste de l'agritech, a levé 5 millions d'euros.")).toEqual(['Vardeo/company']);
    expect(cue('Le fabricant de processeurs Silvane a bouclé un tour.')).toEqual(['Silvane/company']);
    // A field is needed: "fonds de 200 millions" and "la compañía de Sam Altman" name no company.
    expect(cue('une levée de fonds de 200 millions de dollars')).toEqual([]);
    expect(cue('la compañía de Sam Altman permitió la venta')).toEqual([]);
    // The subject's own product, and a place a sentence opens with, are not companies.
    expect(cue('Cohere vende su plataforma Norvia a bancos.')).toEqual([]);
    expect(cue('En Colombia, la plataforma Pagora creció.')).toEqual(['Pagora/company']);
  });

  it('reads French trade nouns of industry and a nationality in -ique or -elge standing for the noun', () => {
    expect(cue('Ses clients sont le sidérurgiste Orvalle Acier, le motoriste Brenadyne et le britannique Tornline.')).toEqual([
      'Orvalle Acier/company', 'Brenadyne/company', 'Tornline/company',
    ]);
  });

  it('reads a Spanish business adjective used as the noun, with its region after it', () => {
    expect(cue('La tecnológica valenciana Vértice Norte ha registrado el folleto.')).toEqual(['Vértice Norte/company']);
  });

  it('keeps Grupo, Banco or Groupe written as the name\'s first word, not a German noun or a lower-case one', () => {
    expect(cue('La ronda fue liderada por el Grupo Sierralta. Le Groupe Lorvane et la Banque Oréade suivent.')).toEqual([
      'Grupo Sierralta/company', 'Groupe Lorvane/company', 'Banque Oréade/company',
    ]);
    expect(cue('El grupo Sierralta invirtió.')).toEqual(['Sierralta/company']);
    expect(cue('Der Konzern Ostwerk investiert.')).toEqual(['Ostwerk/company']);
    // The field beside such a name in a list is no name ("herramientas de IA, y Banco Orsa").
    expect(cue('Renueva sus sistemas con herramientas de IA, y Banco Orsa firmó con Microsoft.')).toEqual(['Banco Orsa/company']);
  });

  it('reads the trades and outlets the press names small firms by, in French, Spanish and German', () => {
    expect(cue('Les clients sont le loueur Travenne, la biotech Orvadys et le logisticien allemand Korrfeld.').map((n) => n.split('/')[0])).toEqual([
      'Travenne', 'Orvadys', 'Korrfeld',
    ]);
    expect(cue('Le marché a doublé, relève le site spécialisé Quorvane, cité par la chaîne américaine Telvix.').map((n) => n.split('/')[0])).toEqual([
      'Quorvane', 'Telvix',
    ]);
    expect(cue('La constructora Ardella Obras y el fabricante chino Wenxu prueban la cadena de bebidas Miruo.').map((n) => n.split('/')[0])).toEqual([
      'Ardella Obras', 'Wenxu', 'Miruo',
    ]);
    expect(cue('Trabaja con aseguradoras como Salvora y Adelvia.').map((n) => n.split('/')[0])).toEqual(['Salvora', 'Adelvia']);
    expect(cue('Partner sind die KI-Suchmaschine Quellox und der Logistiker Brandtal, so das Fachmagazin Rechtskurier.').map((n) => n.split('/')[0]))
      .toEqual(['Quellox', 'Brandtal', 'Rechtskurier']);
    expect(cue('Durch Zukäufe wie Aerovent und Nordrotor wuchs die Firma.').map((n) => n.split('/')[0])).toEqual(['Aerovent', 'Nordrotor']);
    expect(cue('Sa rivale montréalaise Quevrel Nord a levé 5 millions avec la start-up grenobloise Sorvane Intelligence.').map((n) => n.split('/')[0]))
      .toEqual(['Quevrel Nord', 'Sorvane Intelligence']);
    expect(cue('Das meldete der Branchendienst Tellwerk, und des Branchendienstes Tellwerk Chef bestätigte es.').map((n) => n.split('/')[0]))
      .toEqual(['Tellwerk', 'Tellwerk']);
    // Whom a firm serves is no firm: "beliefert das Unternehmen Kunden aus ...".
    expect(cue('Daneben beliefert das Unternehmen Kunden aus der Landwirtschaft, der Konzern Nutzer in Europa.')).toEqual([]);
    // Nor a noun for when, how much or what ("sammelte Anfang 2025", "die Speicherhersteller Rekorde melden"), written for this test.
    expect(cue('Der Chipkonzern sammelte Anfang 2025 Geld ein, während die Speicherhersteller Rekorde melden und das Unternehmen Speicherchips kauft.')).toEqual([]);
    // Nor a noun of a kind no one-word firm is called, alone after a cue; in a longer name such a word may belong.
    expect(cue('Das Start-up Wettbewerbshüter prüft, das Unternehmen Kapitalerhöhung auch.')).toEqual([]);
    expect(cue('Die Hamburger Beteiligungsgesellschaft Elbufer Beteiligungen hält 5 Prozent.').map((n) => n.split('/')[0])).toEqual(['Elbufer Beteiligungen']);
    // A market leader or a rival is the firm, not part of its name.
    expect(cue('Damit rückt Torvik näher an den Marktführer Hallgren & Company heran; der Konkurrent Vessmar verlor.').map((n) => n.split('/')[0]))
      .toEqual(['Hallgren & Company', 'Vessmar']);
    expect(cue('Angeführt wurde die Runde vom Wachstumsinvestor Varnholt Growth.').map((n) => n.split('/')[0])).toEqual(['Varnholt Growth']);
  });

  it('keeps such a trade written with a capital as the name\'s first word', () => {
    // "Financiera Comultrasan" and "Magazine Luiza" are whole names; a capital French or English "Magazine" is no German noun.
    expect(cue('El crédito lo otorgó la Financiera Valmira.').map((n) => n.split('/')[0])).toEqual(['Financiera Valmira']);
    expect(cue('Lo usan el banco digital Nubank y la minorista Magazine Pernalta.').map((n) => n.split('/')[0])).toContain('Magazine Pernalta');
  });

  it('reads an apposition that calls the name a group, or a German subsidiary in the dative', () => {
    expect(cue('Tern Data, the Ohio-based analytics group, has agreed to buy it.')).toEqual(['Tern Data/company']);
    expect(cue('Das Rechenzentrum gehört Taunuskraft Rechenzentren, einer Tochter von Ostwerk.')).toContain('Taunuskraft Rechenzentren/company');
    // Before a name, "group" is as often a crowd.
    expect(cue('A group Mark Ellis leads bought shares.')).toEqual([]);
  });

  it('reads English trade nouns, "-based" before a name and "-backed" after one', () => {
    expect(cue('Brokerage Calderwick estimates growth; data provider DC Quant agreed.')).toEqual([
      'Calderwick/company', 'DC Quant/company',
    ]);
    // After a noun a person's title may also be, two plain words may be a person's name; after a business's, not.
    expect(cue('The developer Calder Mehta said so.')).toEqual([]);
    expect(cue('Brokerage Calder Mehta estimates growth.')).toEqual(['Calder Mehta/company']);
    expect(cue('Singapore-based Orvane Data Centers agreed to invest.')).toEqual(['Orvane Data Centers/company']);
    expect(cue('The Tallmark Group-backed firm raised $10 million.')).toEqual(['Tallmark Group/investor']);
    // A plain word before "-backed" may be a person's name.
    expect(cue('The Trump-backed plan.')).toEqual([]);
  });

  it('reads a news outlet by the word that ends its name, but keeps a known name before one', () => {
    expect(cue('according to the Kestral Globe, which first reported it')).toEqual(['Kestral Globe/media']);
    const known = 'Nvidia Times is no paper.';
    expect(findCompanies(known, normalize(known), []).map((c) => c.canonical)).toEqual(['Nvidia']);
    // "Data Centres" ends a name, a plural "Centres" alone does not.
    expect(cue('investors in Varro Data Centres and the Harbour Shopping Centres')).toEqual(['Varro Data Centres/company']);
  });
});

describe('a name that the money verb after it marks', () => {
  it('reads the verbs of funding news in each Latin-script language, with an amount after them', () => {
    expect(cue('En México, Quelvora levantó US$12 millones en una ronda.')).toEqual(['Quelvora/company']);
    expect(cue('Brinteck boucle 5 millions d\'euros auprès de ses actionnaires.')).toEqual(['Brinteck/company']);
    expect(cue('Zandrow holt sich 10 Millionen Euro von Investoren.')).toEqual(['Zandrow/company']);
    expect(cue('Pellucid garnered $40 million from new backers.')).toEqual(['Pellucid/company']);
  });

  it('reads a verb after an auxiliary, and the verbs of investing', () => {
    expect(cue("Brumavia a levé 25 millions d'euros.")).toEqual(['Brumavia/company']);
    expect(cue('Kivrano has also raised $10 million.')).toEqual(['Kivrano/company']);
    expect(cue('Quelvo ha cerrado una ronda de 5 millones.')).toEqual(['Quelvo/company']);
    expect(cue('En paralelo, Meseta Cómputo invertirá 800 millones de euros en Cáceres.')).toEqual(['Meseta Cómputo/company']);
    expect(cue('Lindwerk hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt.')).toEqual(['Lindwerk/company']);
    // A currency before a participle is the amount's ("600 Mio. Euro eingesammelt"); a person's pay is no funding.
    expect(cue('Die Firma hat 600 Mio. Euro eingesammelt.')).toEqual([]);
    expect(cue('Pérez recibió 5 millones de dólares.')).toEqual([]);
  });

  it('needs the amount: the same verbs in other news name no one', () => {
    expect(cue('Quelvora levantó la voz en la reunión.')).toEqual([]);
    expect(cue('Zandrow holt den Pokal.')).toEqual([]);
  });
});

describe('a name after an elided article or preposition', () => {
  it('reads "d\'Otium Capital" as the name alone', () => {
    expect(cue("Elle lève 46 millions d'euros auprès d'Orvane Capital et de Brisk Partners.")).toEqual([
      'Orvane Capital/investor', 'Brisk Partners/investor',
    ]);
  });

  it('takes a small word for a trade only as the whole word, not as a compound\'s end', () => {
    // "eingesparte" ends as "Sparte" (a division) does, but a German noun has its capital.
    expect(cue('Das System rechnet sich über die eingesparte Energie. Die Mieter teilen sich die Kosten.')).toEqual([]);
    expect(cue('Laut dem Fachmagazin Kovaltblick wächst der Markt.')).toEqual(['Kovaltblick/company']);
  });
});
