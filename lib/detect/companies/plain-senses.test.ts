import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

const names = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);

describe('findCompanies: a known name in its plain sense', () => {
  it('passes over a name written with a small letter where every spelling of it has a capital', () => {
    expect(names('Reliance Industries will build a gigawatt-scale AI campus and run AI workloads for Scale AI.')).toEqual([
      'Reliance Industries=Reliance Industries', 'Scale AI=Scale AI',
    ]);
    // A firm that writes itself small still matches as written.
    expect(names('Les opérateurs inwi et Orange Maroc, ainsi que stc, ont signé.')).toEqual(['inwi=inwi', 'Orange Maroc=Orange Maroc', 'stc=stc Group']);
  });

  it('reads no firm in what a government body is of, however many words its name has', () => {
    expect(names('The campus is overseen by the Ministry of Electronics and Information Technology.')).toEqual([]);
    expect(names('The Department of Science and Technology backed Qorvane Labs.')).toEqual(['Qorvane Labs=Qorvane Labs']);
  });

  it('reads a registered name in full, legal form last, as a firm of its own even where its words are known names', () => {
    expect(names('The joint venture, Reliance Enterprise Intelligence Ltd (REIL), will run it. REIL said so.')).toEqual([
      'Reliance Enterprise Intelligence Ltd=Reliance Enterprise Intelligence', 'REIL=Reliance Enterprise Intelligence', 'REIL=Reliance Enterprise Intelligence',
    ]);
    expect(names('Meta Platforms Inc. and Tata Consultancy Services Ltd signed.')).toEqual([
      'Meta Platforms Inc.=Meta', 'Tata Consultancy Services Ltd=Tata Consultancy Services',
    ]);
  });

  it('reads CVC as the kind of investor where the article spells the term out', () => {
    expect(names('増資はKDDIのコーポレートベンチャーキャピタル（CVC）である「KDDI Open Innovation Fund」が主導した。事業会社やCVCも参加した。')).toEqual([
      'KDDI=KDDI', 'KDDI Open Innovation Fund=KDDI Open Innovation Fund',
    ]);
    expect(names('The buyout firm CVC agreed to buy the stake.')).toEqual(['CVC=CVC Capital Partners']);
  });
});

describe('findCompanies: words that stand where a name would', () => {
  it('takes no county, government department, sentence adverb or German noun after "ein" for a firm', () => {
    expect(names('Qorvane is building a campus at Waltham Cross, Hertfordshire, and the Department for Science agreed.')).toEqual([]);
    expect(names('Zudem baut die Gruppe ein KI-Rechenzentrum, und Google investiert.')).toEqual(['Google=Google']);
    expect(names('Les deux groupes ont créé une coentreprise. Depuis, la pépite parisienne recrute.')).toEqual([]);
  });

  it('reads a known firm and a country after it as the national arm, and Côte d\'Ivoire as no firm', () => {
    expect(names("Selon Société Générale Côte d'Ivoire et Orange Maroc, la demande croît à Abidjan, en Côte d'Ivoire.")).toEqual([
      "Société Générale Côte d'Ivoire=Société Générale Côte d'Ivoire", 'Orange Maroc=Orange Maroc',
    ]);
  });

  it('leaves the verb that opens a Chinese list out of its first item, and reads Japanese breweries by their ending', () => {
    expect(names('公司客户覆盖澄岚科技、汀曜科技等头部机构。').map((n) => n.split('=')[0])).toEqual(['澄岚科技', '汀曜科技']);
    expect(names('新潟の北灘醸造や峰乃井酒造が導入した。伝統的酒造の現場も変わる。').map((n) => n.split('=')[0])).toEqual(['北灘醸造', '峰乃井酒造']);
  });

  it('takes the front of an agency\'s name for no firm', () => {
    expect(names('The fund is run by the Kestrel Treasury Management Agency (KTMA).')).toEqual([]);
  });

  // The sentences below were written for these tests.
  it('reads no name in an article elided into a common noun', () => {
    expect(names('Le test est rapide. L’entreprise avait levé 3,5 millions d’euros en 2025. L\'Oréal a investi.')).toEqual(["L'Oréal=L'Oréal"]);
  });

  it("reads no firm in a place's or a school's name", () => {
    expect(names('La fintech abrirá una oficina en Santa Cruz de la Sierra. Del otro lado del Río de la Plata, cerró una ronda.')).toEqual([]);
    expect(names("Les clients, dont l'Université Cheikh Anta Diop, y accéderont. Anta Sports a publié ses comptes.")).toEqual(['Anta Sports=Anta Sports']);
  });

  it('takes an ambiguous name opening a sentence when a relative clause says it raised money', () => {
    expect(names('Le paiement mobile domine. Wave, qui avait levé 200 millions de dollars en 2021, recrute.')).toEqual(['Wave=Wave']);
    expect(names('Le paiement mobile domine. Wave, qui avait une grande force, recrute.')).toEqual([]);
  });

  it('reads no firm in a mine, a German phrase, a corporate venture arm, nor a place a firm is named after', () => {
    expect(names('La planta que abastece a la mina Escondida, operada por BHP, costó US$ 3.400 millones.')).toEqual(['BHP=BHP']);
    // German "plant" plans: no site.
    expect(names('Das Start-up Quorvex wächst und die Firma wächst. Einen Börsengang plant Quorvex nach eigenen Angaben 2028.')).toEqual([
      'Quorvex=Quorvex', 'Quorvex=Quorvex',
    ]);
    expect(names('Die Verbund AG zahlt. Die Banken handeln dabei im Verbund mit einer Agentur.')).toEqual(['Verbund AG=Verbund']);
    expect(names('京都に本社を置くオムロンのCVC、オムロンベンチャーズが出資した。')).toEqual(['オムロン=Omron', 'オムロンベンチャーズ=Omron Ventures']);
    expect(names('Antofagasta Minerals negocia con Codelco. Relavia construirá su planta en Antofagasta.')).toEqual([
      'Antofagasta Minerals=Antofagasta Minerals', 'Codelco=Codelco',
    ]);
    // A town a headline names a campus after ("Jamnagar AI campus") is no firm, nor later alone.
    expect(names('Tata plans $4bn Hyderabad AI data-centre campus\n\nThe group will build at Hyderabad with Microsoft.')).toEqual([
      'Tata=Tata Group', 'Microsoft=Microsoft',
    ]);
    expect(names('Microsoft opera desde el Bajío; la línea financia parques en el Bajío.')).toEqual(['Microsoft=Microsoft']);
    // A public institute named by its science is no firm (理化学研究所, RIKEN).
    expect(names('理化学研究所と共同で開発し、ソフトバンクが出資した。')).toEqual(['ソフトバンク=SoftBank Corp.']);
  });

  it('reads no firm in German nouns after a trade, in a port a French text names, nor in "Clinical AI"', () => {
    expect(names('Bei den Netzbetreibern liegen Anschlussanfragen über 30 Gigawatt vor, meldet die Bundesnetzagentur.')).toEqual([]);
    expect(names('Dafür brauche man Daten und Studienkapazitäten, sagte der Chef von Roche.')).toEqual(['Roche=Roche']);
    expect(names("Le groupe investit 2 milliards d'euros dans le port d'Anvers et près de Liège.")).toEqual([]);
    expect(names('"Clinical AI needs trust," said the founder of Quorvane Health, which raised $20 million.')).toEqual([
      'Quorvane Health=Quorvane Health',
    ]);
  });

  it('keeps a German short form before a capitalized noun, which German gives every noun', () => {
    expect(names('Die Firma Quellmatic Robotics sammelt 18 Millionen Franken ein. Zusätzlich erhielt Quellmatic Fördergelder für die Klinik.')).toEqual([
      'Quellmatic Robotics=Quellmatic Robotics', 'Quellmatic=Quellmatic Robotics',
    ]);
  });

  it('reads a man\'s name, not the firm, before his surname and title', () => {
    expect(names('وقال كريم منصور، مدير الاستثمار في الصندوق، إن الصفقة مهمة. وتنافس كريم وأوبر في السوق.')).toEqual([
      'كريم=Careem', 'أوبر=Uber',
    ]);
  });

  it('reads no firm in a surname after a role and a given name, nor in a state before "states", however sure its sentence', () => {
    expect(names('The startup Alaafia Health, run by software engineer Chukwuemeka Obi, serves clinics in Lagos, Ogun and Oyo states.')).toEqual([
      'Alaafia Health=Alaafia Health',
    ]);
    // A product named for its maker is the product: the firm counts where the text names it alone.
    expect(names('Codelco usará Amazon Bedrock y modelos de Amazon. Les tarifs d\'Orange Money baissent.')).toEqual(['Codelco=Codelco', 'Amazon=Amazon']);
    // A place a power plant is named for is no firm, though a later mention in full is.
    expect(names('Talen Energy will supply Amazon from its Susquehanna nuclear station. Susquehanna International Group bought shares.')).toEqual([
      'Talen Energy=Talen Energy', 'Amazon=Amazon', 'Susquehanna International Group=Susquehanna International Group',
    ]);
    // A noun before the name is no given name: the firm stands.
    expect(names('El capital lo aportan el fondo soberano de Singapur GIC y Mubadala.')).toEqual(['GIC=GIC', 'Mubadala=Mubadala']);
  });

  it('reads a product the article names after its kind as the product throughout, not the firm sharing its name', () => {
    expect(names('La start-up Vitrio lève des fonds. Son logiciel, baptisé Argus, compare les images. Vitrio adaptera Argus aux magasins.')).toEqual([
      'Vitrio=Vitrio', 'Vitrio=Vitrio',
    ]);
  });

  it('reads no name in a stock index nor in "Every" before AI, and ends a name of "Pharmaceuticals" or a French "Gestion" there', () => {
    expect(names('Every AI cluster needs power, and the Ibovespa closed higher.')).toEqual([]);
    expect(names('Shares beat the PHLX Semiconductor Index. The round was led by Index and Sequoia.')).toEqual([
      'Index=Index Ventures', 'Sequoia=Sequoia Capital',
    ]);
    expect(names('Local manufacturers such as Emzor Pharmaceuticals compete, with Bpifrance and Sodero Gestion.')).toEqual([
      'Emzor Pharmaceuticals=Emzor Pharmaceuticals', 'Bpifrance=Bpifrance', 'Sodero Gestion=Sodero Gestion',
    ]);
  });

  it('reads no firm in a French participle of asking that opens a sentence', () => {
    expect(names("Interrogé, CMA CGM, dont le siège domine le port, n'a pas répondu.")).toEqual(['CMA CGM=CMA CGM']);
  });
});
