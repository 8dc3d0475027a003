import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import type { CompanyEntity } from '../types.ts';
import { findCompanies } from './index.ts';

// The cue readers by cue and script; companies.test.ts holds the gazetteer scan, its edges and ambiguous names.
const find = (text: string) => findCompanies(text, normalize(text), []);
const names = (text: string) => find(text).map((c) => `${c.text}=${c.canonical}`);
const spansExact = (text: string, found: CompanyEntity[]) => found.every((c) => text.slice(c.start, c.end) === c.text);

describe('findCompanies: names from cues', () => {
  const cue = (text: string) => find(text).filter((c) => c.source === 'cue').map((c) => `${c.text}/${c.kind}`);

  it('reads legal and investor suffixes', () => {
    expect(cue('The round included Brackwater Capital and Olvena Technologies.')).toEqual([
      'Brackwater Capital/investor', 'Olvena Technologies/company',
    ]);
    expect(cue('Backers include 512 Ventures, a seed fund.')).toEqual(['512 Ventures/investor']);
    // A sector's start-up with its nationality before the name, in the language that borrowed the word.
    expect(cue('La agtech argentina Trillada cerró una ronda; la biotech française Quantibio a levé 5 millions.')).toEqual([
      'Trillada/company', 'Quantibio/company',
    ]);
    expect(cue('Analysts said Torvane Enterprises and Kelbrook Industries would bid, with Nordel Partners.')).toEqual([
      'Torvane Enterprises/company', 'Kelbrook Industries/company', 'Nordel Partners/investor',
    ]);
  });

  it('reads the banks and law firms a deal was advised by', () => {
    // Written for this test.
    expect(cue('The seller was advised by Quellmoor Partners and Wexbridge & Dale.')).toEqual(['Quellmoor Partners/investor', 'Wexbridge & Dale/company']);
  });

  it('reads the rivals and customers a text names by example', () => {
    expect(cue('It competes with rivals such as Quorlane, and customers including Vexmont use it.')).toEqual(['Quorlane/company', 'Vexmont/company']);
  });

  it('reads a name written as a web address in .ai, not one styled with a capital AI', () => {
    expect(cue('Quorbit.ai has completed its purchase, and Quorbit.ai said more would follow.')).toEqual(['Quorbit.ai/company', 'Quorbit.ai/company']);
    expect(cue('It works with communities such as Eleuther.AI and others.')).toEqual([]);
  });

  it('names a company without its legal form, which its span keeps', () => {
    const named = (text: string) => find(text).map((c) => `${c.text}=${c.canonical}`);
    expect(named('Orvane Robotics GmbH raised $40 million from Brightmoor Capital LLC. Orvane said it would hire.')).toEqual([
      'Orvane Robotics GmbH=Orvane Robotics', 'Brightmoor Capital LLC=Brightmoor Capital', 'Orvane=Orvane Robotics',
    ]);
    expect(named('La startup Quillane SAS a levé 5 millions. Kessmar Digital SE et Halberg Data B.V. aussi.').map((n) => n.split('=')[1])).toEqual([
      'Quillane', 'Kessmar Digital', 'Halberg Data',
    ]);
  });

  it('leaves a place or a backer written before a suffixed name out of it', () => {
    expect(cue('Lisbon-based Olvena Group said so.')).toEqual(['Olvena Group/company']);
    expect(cue('Seed funds and Ostara-backed Brackwater Capital joined.')).toEqual(['Brackwater Capital/investor']);
    expect(cue('Rival Fenwick Technologies bought a stake.')).toEqual(['Fenwick Technologies/company']);
    // German descriptions and a town's adjective before them, and "AI" before a Spanish name.
    expect(cue('Der Netzbetreiber Olvena Technologies und der Hamburger Fonds Brackwater Capital stiegen ein.')).toEqual([
      'Olvena Technologies/company', 'Brackwater Capital/investor',
    ]);
    expect(cue('Compró la startup de IA Quillbyte Labs por 20 millones.')).toEqual(['Quillbyte Labs/company']);
    // A town's adjective that starts a name stays in it.
    expect(cue('Die Hamburger Olvena Bank gab Kredit.')).toEqual(['Hamburger Olvena Bank/company']);
  });

  it('reads company nouns, funding verbs and investor lists', () => {
    expect(cue('The startup Quillbyte said it would hire.')).toEqual(['Quillbyte/company']);
    expect(cue('Yesterday Quillbyte raised $4 million.')).toEqual(['Quillbyte/company']);
    expect(cue('The round was led by Ostara, Northwind Capital and Fenwick Brothers Partners.')).toEqual([
      'Ostara/investor', 'Northwind Capital/investor', 'Fenwick Brothers Partners/investor',
    ]);
    expect(cue('أعلنت شركة Quillbyte عن جولة بقيادة Ostara')).toEqual(['Quillbyte/company', 'Ostara/investor']);
    expect(cue('Une levée menée par Ostara et Brackwater Capital.')).toEqual(['Ostara/investor', 'Brackwater Capital/investor']);
    expect(cue('Die Runde wurde angeführt von Ostara und Nordlicht Ventures.')).toEqual(['Ostara/investor', 'Nordlicht Ventures/investor']);
    expect(cue('La ronda fue liderada por Ostara.')).toEqual(['Ostara/investor']);
    expect(cue('The round was backed by 12 investors and led by 512 Ventures.')).toEqual(['512 Ventures/investor']);
    expect(cue('جولة بقيادة 3 صناديق')).toEqual([]);
    expect(cue('参与者包括Brightwater资本公司。')).toEqual(['Brightwater资本公司/investor']);
  });

  it('reads a firm before a relative clause and its funding verb, not a place before one', () => {
    expect(cue('Elsewhere, Quarrystone, which uses AI to write unit tests, raised an $18m Series A.')).toEqual(['Quarrystone/company']);
    expect(cue('Ferrowise, a start-up based in Cambridge, Massachusetts, that uses AI, raised $40m.')).toEqual(['Ferrowise/company']);
  });

  it('finds a name again without the legal form it was first written with', () => {
    expect(cue('Betrieben wird es von der SAP-Tochter Velmar Cloud GmbH. SAP will Velmar Cloud ausbauen.')).toEqual([
      'Velmar Cloud GmbH/company', 'Velmar Cloud/company',
    ]);
  });

  it('reads the companies money went into or that were bought', () => {
    expect(cue("Jurisia met la main sur son rival Lexilo. Quelle prise : Vantor s'offre Kelpix pour 30 millions d'euros.")).toEqual([
      'Lexilo/company', 'Vantor/company', 'Kelpix/company',
    ]);
    expect(cue('Halvix kauft Brontor für 3 Mrd. Euro.')).toEqual(['Halvix/company', 'Brontor/company']);
    expect(cue('The fund invested in Quorvex and Lumio last year; it plans to acquire Brandex.')).toEqual([
      'Quorvex/company', 'Lumio/company', 'Brandex/company',
    ]);
    expect(cue('Le groupe rachète Ostavia. La empresa adquirió Fenvia.')).toEqual(['Ostavia/company', 'Fenvia/company']);
    // A buyer before a past verb, with what it bought or a year's revenue after it; a year is no amount.
    expect(cue('En septembre, Quillane avait déjà racheté la start-up lyonnaise Pixelor.')).toEqual(['Quillane/company', 'Pixelor/company']);
    expect(cue("En 2025, Quillane a réalisé un chiffre d'affaires de 58,3 millions d'euros. Brightwell acquired Duskray last year.")).toEqual([
      'Quillane/company', 'Brightwell/company', 'Duskray/company',
    ]);
    expect(cue("La société d'Orvelle a racheté en 2021 le site. En 2020, la société a réalisé une étude.")).toEqual([]);
    // Their other senses take numbers too; a year that is the amount still counts.
    expect(cue('Picasso a réalisé 3 tableaux. Last year Jones acquired a Picasso. Smith acquired 5,000 shares.')).toEqual([]);
    expect(cue('Quillane raised 2000 euros.')).toEqual(['Quillane/company']);
    // The field is no company, nor a place.
    expect(cue('It invested in AI and robotics, and wants to buy Europe time.')).toEqual([]);
    // What is bought whole is a firm, though its two words read like a person's name.
    expect(cue("Vertiv a racheté Quarvel Thermal et Eaton veut s'emparer de Brisk Coolant.")).toEqual([
      'Quarvel Thermal/company', 'Brisk Coolant/company',
    ]);
  });

  it('reads a firm before its chief executive\'s name', () => {
    expect(cue('"The machine does the rest," said Quarrowin chief executive Hollis Brand.')).toEqual(['Quarrowin/company']);
    expect(cue('The chief executive Hollis Brand said so. Former chief executive Tom Jenkins left.')).toEqual([]);
  });

  it('reads a new firm\'s name after "mit dem Namen", without the word or the seat after it', () => {
    expect(cue('Das Joint Venture mit dem Namen Flugtakt Technik GmbH und Sitz in Frankfurt startet im Mai.')).toEqual(['Flugtakt Technik GmbH/company']);
  });

  it('reads a name that an apposition says is a company', () => {
    expect(cue('Quorvex, a Paris-based startup that builds robots, said so.')).toEqual(['Quorvex/company']);
    expect(cue('Quorvex, ein Münchner Start-up, sammelt Geld. Lumio, una startup mexicana, también.')).toEqual(['Quorvex/company', 'Lumio/company']);
    expect(cue("Brandex, l'assureur breton, signe.")).toEqual(['Brandex/company']);
    // "Another" opens one too, and a chain says what a run of capitals is, after the comma only.
    expect(cue('Compite con Acuavisión, otra startup local. It sells through Tessaly Audiology, a chain of 140 clinics.')).toEqual([
      'Acuavisión/company', 'Tessaly Audiology/company',
    ]);
    expect(cue('The supply chain Resilience program grew.')).toEqual([]);
    // A German trade alone beside a known name is a kind of firm.
    expect(find('Zu den Kunden zählen Konzerne wie Vonovia, Krankenhausbetreiber und Wohnungsbauer.').map((c) => c.text)).toEqual(['Vonovia']);
    // A possessive opens one too; a producer, a private bank and a law firm say what a run is.
    expect(cue('Su principal competidor, Olivarum, creció. Integradas en Olivex, el mayor productor mundial de aceite.')).toEqual([
      'Olivarum/company', 'Olivex/company',
    ]);
    expect(cue("Reimer vom Bankhaus Quellried schreibt. Le cabinet Orvane Avocats a conseillé l'investisseur historique Sarvelle.")).toEqual([
      'Bankhaus Quellried/company', 'Orvane Avocats/company', 'Sarvelle/company',
    ]);
    // A small adjective after the noun; a capitalized article inside a sentence opens the name.
    expect(cue('Además de la empresa familiar Salmonera Quellón, director de La Casona, otra proptech, habló.')).toEqual([
      'Salmonera Quellón/company', 'La Casona/company',
    ]);
    // Spanish and French leads drop the article before the company noun; a person's trade is no such noun.
    expect(cue('Ciudad de México.- Surquilla, empresa mexicana que fumiga con drones, cerró un crédito.')).toEqual(['Surquilla/company']);
    expect(cue("Kerlys, start-up nantaise de l'énergie, lève 3 millions.")).toEqual(['Kerlys/company']);
    // An advisory boutique is a firm; a shop is not named so.
    expect(cue("Le groupe rachète Ombrelis, une boutique parisienne de l'IA. Chanel a ouvert une boutique Avenue Montaigne.")).toEqual(['Ombrelis/company']);
    expect(cue('Juan Pérez, empresario mexicano de Monterrey, dijo que sí.')).toEqual([]);
    // A signing, a band and a public agency are no firms, however the lead sets them.
    expect(cue('UE y Mercosur, firma del acuerdo comercial, avanzan. Coldplay, grupo británico que llena estadios.')).toEqual([]);
    expect(cue('FDA Ingenieros, firma que desarrolla proyectos, creció.')).toEqual(['FDA Ingenieros/company']);
    // A hotel chain's name after "cadena"; a German adverb opening a sentence is none.
    expect(cue('Lo usa la cadena hotelera mexicana Grupo Saltoria. Zusätzlich erhält Quorvex einen Zuschuss.')).toEqual(['Grupo Saltoria/company']);
    // The noun, a small adjective and a comma before the name: "una empresa independiente, Quorvex, que arranca".
    expect(cue('La convirtió en una empresa independiente, Quorvex, que arranca con fuerza.')).toEqual(['Quorvex/company']);
    expect(cue('A company lawyer, Brennan, argued the case.')).toEqual([]);
    // Two field phrases between the noun and the name: "l'opérateur de centres de données Hautrale Data".
    expect(cue("Le calcul vient de l'opérateur de centres de données Hautrale Data, qui a obtenu un prêt.")).toEqual(['Hautrale Data/company']);
    // An ambiguous known name inside a cue name that opens before it is a word of that name (Azul, the airline).
    expect(cue('Monte Azul Capital invirtió 5 millones de dólares.')).toEqual(['Monte Azul Capital/investor']);
    // A nationality of no demonym ending is no backer: "backed by the French state".
    expect(cue('The plant is backed by the French state and by Quorvex Capital.')).toEqual(['Quorvex Capital/investor']);
    expect(cue('The round was co-led by Swiss impact investor Quorvex Capital.')).toEqual(['Quorvex Capital/investor']);
    // A German house of advisers is a firm.
    expect(cue('Das zeigt eine Studie des Beratungshauses Rurvex Consulting.')).toEqual(['Rurvex Consulting/company']);
    // Dates or a place in brackets may stand between the name and its apposition.
    expect(cue("Brandex (2019-2025), la pépite bretonne de l'IA, a fermé.")).toEqual(['Brandex/company']);
    expect(cue('Quorvex (Lyon), a startup that builds robots, said so. He flew to Paris (France), the city of light.')).toEqual(['Quorvex/company']);
    expect(cue('Le campus sera construit à Fos-sur-Mer (Bouches-du-Rhône), a annoncé la société.')).toEqual([]);
    // Where the subject is seated, before its apposition.
    expect(cue('Installée à Grenoble, la société a été cofondée par deux chercheurs. Based in Austin, the company sells chips.')).toEqual([]);
    // An ampersand joins a firm's name, spaced or not; a product is no firm, whatever frames it.
    expect(cue('Die Beratungsfirma Christ&Company beteiligt sich. Foo & Bar raised $5 million.')).toEqual(['Christ&Company/company', 'Foo & Bar/company']);
    expect(cue('تعمل التطبيقات على منصة «أزور» السحابية.')).toEqual([]);
    // Nor the last of a list of founders before the company's own apposition.
    expect(cue('Fondée en 2018 par Alexandre Lebrun, Delphine Groll et Martin Raison, la jeune pousse recrute.')).toEqual([]);
    // A Latin name in Arabic text, then "وهي شركة" ("and it is a company"); not a man described so.
    expect(cue('استحوذت المجموعة على Quorvex، وهي شركة ناشئة مقرها دبي.')).toEqual(['Quorvex/company']);
    expect(cue('التقى الوزير Dana Whitfield، وهو رجل أعمال.')).toEqual([]);
    // Not after a conjunction, nor a person described by where they work.
    expect(cue('Con herramientas de IA, y luego una empresa firmó. Dana Whitfield, an analyst at the firm, agreed.')).toEqual([]);
  });

  it('reads the company a backer is named before, and no place as a company', () => {
    expect(cue('SINGAPORE – Quorvex-backed Meridel Compute, which runs GPU clusters, said so.')).toEqual([
      'Meridel Compute/company',
    ]);
    expect(cue('Startups took 41 per cent of venture dollars invested in Asia-Pacific in the first half.')).toEqual([]);
    // A spin-off's origin before its name is not part of it.
    expect(cue('Das ETH-Spin-off Quellgrat Systems sammelt 12 Millionen Franken ein.')).toEqual(['Quellgrat Systems/company']);
  });

  it('reads a German company noun that opens the run of capitals', () => {
    expect(cue('Das Start-up Quillora hat Geld bekommen. Die Firma Brandex wächst.')).toEqual(['Quillora/company', 'Brandex/company']);
    expect(cue('Der Autobauer Fenwick plant mehr.')).toEqual(['Fenwick/company']);
  });

  it('reads trade nouns, but not a person after one', () => {
    expect(cue('The Kenyan lender Quillbank and chipmaker Olvex both grew.')).toEqual(['Quillbank/company', 'Olvex/company']);
    expect(cue("L'assureur Brandex et la banque Ostavia signent; el banco Fenvia también.")).toEqual([
      'Brandex/company', 'Ostavia/company', 'Fenvia/company',
    ]);
    expect(cue('The developer Olvena Robotics said so.')).toEqual(['Olvena Robotics/company']);
    expect(cue('Its parent Ostara Corp. agreed.')).toEqual(['Ostara Corp./company']);
    // "Corp." ends the name even where the sentence splitter reads it as an abbreviation.
    expect(cue('It was paid by its parent Ostara Corp. Fenwick Labs said nothing.')).toEqual(['Ostara Corp./company', 'Fenwick Labs/company']);
    // Two plain capitalized words after a broad noun are more likely a person.
    expect(cue('The developer Jane Whitfield and rival Tom Berry spoke.')).toEqual([]);
    // A founder's or chief executive's company, without its possessive.
    expect(cue("Lumiro's co-founder Ana Ruiz declined. Dana Whitfield, CEO of Brightmoor, agreed.")).toEqual(['Lumiro/company', 'Brightmoor/company']);
    // A French page's investor or founder with a given name is a person, but a given name with a business word is a firm.
    expect(cue("L'investisseur britannique Harry Quellmont a participé, avec Louis Capital, au tour de la jeune pousse Dravio.")).toEqual([
      'Louis Capital/investor', 'Dravio/company',
    ]);
    // A sector's start-up word, which French, Spanish and German borrowed, and a French studio with its field.
    expect(cue("L'edtech Quorvane, ancien client de la foodtech Brindal, et le studio d'animation Pellux signent.")).toEqual([
      'Quorvane/company', 'Brindal/company', 'Pellux/company',
    ]);
    expect(cue('Das Legaltech Justavo sammelt Geld; the proptech Ostwind Homes hires.')).toEqual(['Justavo/company', 'Ostwind Homes/company']);
    // German compounds that end in a business: a tour operator, a chain, a weather service.
    expect(cue('Der Reiseveranstalter Travelor, die Apothekenkette Medora Health und der Wetterdienst Skyvane wachsen.')).toEqual([
      'Travelor/company', 'Medora Health/company', 'Skyvane/company',
    ]);
    // A business a buyer takes over: "das Wettdatengeschäft", the betting-data business.
    expect(cue('Sportradar übernimmt das Wettdatengeschäft Fjordline Arena vom Konzern Endeavor.')).toEqual(expect.arrayContaining(['Fjordline Arena/company']));
  });

  it('reads an Arabic-script name after شركة, span on the name alone', () => {
    const text = 'أعلنت شركة بيموب عن جولة بقيادة صندوق رواسي كابيتال ومشاركة لشركة فوري وشركة سوارا فنتشرز.';
    // فوري, a word ("immediate") as well as Fawry's name, is the gazetteer's once شركة stands before it.
    expect(cue(text)).toEqual(['بيموب/company', 'رواسي كابيتال/investor', 'سوارا فنتشرز/investor']);
    expect(names(text)).toContain('فوري=Fawry');
    expect(spansExact(text, find(text))).toBe(true);
    // A transliterated ending marks the name before it, back to a particle, a deal verb or a noun that introduces names.
    expect(cue('قادت دي إف كابيتال الجولة، واستثمرت فيها الريان كابيتال مع سنام فينتشرز وأوركا لابز.')).toEqual([
      'دي إف كابيتال/investor', 'الريان كابيتال/investor', 'سنام فينتشرز/investor', 'أوركا لابز/company',
    ]);
    expect(cue('قال إن القابضة وحدها لا تكفي.')).toEqual([]);
    // "X for the ..." is one name.
    expect(cue('وتزود شركة سهيل للطاقة المشروع بالكهرباء.')).toEqual(['سهيل للطاقة/company']);
    // Descriptions after شركة are not names: adjectives in ة, words in ال, كبرى, ذات...
    expect(cue('استحوذت شركة ناشئة على شركة أمريكية وشركة كبرى وشركة ذات مسؤولية محدودة وشركة الاتصالات.')).toEqual([]);
  });

  it('finds a name read from a cue again wherever the text spells it the same way', () => {
    const text = 'The startup Quorvex raised $5 million. Quorvex said it will hire. A quorvex fan and Quorvexa differ.';
    expect(cue(text)).toEqual(['Quorvex/company', 'Quorvex/company']);
    expect(spansExact(text, find(text))).toBe(true);
    // Through Arabic clitics, and in Chinese.
    expect(cue('أعلنت شركة بيموب عن جولة. وقالت بيموب إن… ولبيموب فروع.')).toEqual(['بيموب/company', 'بيموب/company', 'بيموب/company']);
    expect(cue('青岚资本领投。青岚资本表示')).toEqual(['青岚资本/investor', '青岚资本/investor']);
  });

  it('reads a Japanese name from the word that ends it', () => {
    expect(cue('北星商事は、東陽銀行とカワセミ・ホールディングスから出資を受けた。')).toEqual([
      '北星商事/company', '東陽銀行/company', 'カワセミ・ホールディングス/company',
    ]);
    expect(cue('アオバ・キャピタルが主導した。')).toEqual(['アオバ・キャピタル/investor']);
    // Descriptions, longer words and names glued to a Latin word are left alone.
    expect(cue('大手銀行とネット証券、電気自動車の東京証券取引所での上場。XYZ日興証券も。')).toEqual([]);
    // A known name inside keeps the gazetteer's reading.
    expect(names('ソニーグループが出資した。')).toEqual(['ソニーグループ=Sony Group']);
    // Two endings in one run make one name, never two that overlap.
    expect(cue('北星商事グループが出資した。')).toEqual(['北星商事/company']);
  });

  it('reads a katakana name the text marks: a country or company noun before it, its seat or Latin spelling after it', () => {
    const text = '英ヨルカと提携した。スタートアップのトワロ・ラボ（Towaro Lab）に出資し、クラウド企業ナギサにも。' +
      'ミカゲ（東京・港）は上場した。GENKO（ゲンコー）も。ヨルカは英国の会社。';
    expect(names(text)).toEqual([
      'ヨルカ=Yoruka', 'トワロ・ラボ=Towaro Lab', 'Towaro Lab=Towaro Lab', 'ナギサ=Nagisa', 'ミカゲ=Mikage',
      'GENKO=GENKO', 'ゲンコー=GENKO', 'ヨルカ=Yoruka',
    ]);
    expect(spansExact(text, find(text))).toBe(true);
    // A glossed name keeps its Latin spelling where else it is marked.
    expect(names('米トワロと組む。トワロ（Towaro）は').map((n) => n.split('=')[1])).toEqual(['Towaro', 'Towaro', 'Towaro']);
    // Currencies, loanwords, people and plans after the same cues are not companies.
    expect(cue('米ドル建てで、企業のデータセンターに。米トランプ大統領と米スターゲート計画。')).toEqual([]);
  });

  it('reads a Chinese name from the word that ends it, starting after a function character', () => {
    expect(cue('本轮由青岚资本领投，华岳证券和北辰科技跟投。')).toEqual([
      '青岚资本/investor', '华岳证券/company', '北辰科技/company',
    ]);
    expect(cue('該輪融資獲得台岳銀行支持。')).toEqual(['台岳銀行/company']);
    // Descriptions, the word "capital spending" and longer runs are left alone.
    expect(cue('多家人工智能科技公司和产业投资基金增加资本支出；上市公司在证券交易所挂牌。')).toEqual([]);
    // A known name inside keeps the gazetteer's reading.
    expect(names('小米集团发布新车。').map((n) => n.split('=')[1])).toEqual(['Xiaomi']);
    expect(cue('由华岳证券基金领投。')).toEqual(['华岳证券/company']);
  });

  it('reads a French or Spanish company noun with its nationality after it', () => {
    expect(cue('La fintech colombiana Quillpay recaudó dinero. Le groupe allemand Brandex rachète.')).toEqual([
      'Quillpay/company', 'Brandex/company',
    ]);
    expect(cue('La startup française Olvex grandit. El banco español Fenvia crece.')).toEqual(['Olvex/company', 'Fenvia/company']);
    // The adjective must sit between the noun and the name.
    expect(cue('Une entreprise rentable, Olvex en tête.')).toEqual([]);
    expect(cue('La jeune pousse lyonnaise Quillane Santé a levé des fonds.')).toEqual(['Quillane Santé/company']);
    // A round's letter is no name ("une levée de fonds de série B"); a business word drops from the short form.
    expect(cue('La start-up Orvane Robotique a bouclé une levée de fonds de série B. La valorisation d\'Orvane a doublé.')).toEqual([
      'Orvane Robotique/company', 'Orvane/company',
    ]);
    // Québec writes the legal form in lower case, before an apposition.
    expect(names('Un placement dans Brumaire Calcul inc., un exploitant de centres de données.')).toEqual(['Brumaire Calcul inc.=Brumaire Calcul']);
    // A town's adjective before a company noun is not the name's: "Zürcher Fintech Zinsvogel".
    expect(cue('Das Basler Fintech Orvakon AG hat Kapital aufgenommen.')).toEqual(['Orvakon AG/company']);
  });

  it('does not take a technical term, a unit, a trade or a description before 银行 for a company', () => {
    expect(cue('The chips back so-called GPU-backed loans, and Ravelin runs GPU clusters.')).toEqual([]);
    expect(cue('وهي شركة استثمار جريء مقرها جدة، وشركة تمويل أخرى.')).toEqual([]);
    expect(cue('北斗電算は出力100ＭＷの拠点と、2ギガワットの計画を持つ。')).not.toEqual(expect.arrayContaining(['ＭＷ/company']));
    expect(cue('多家股份制银行和参贷银行提供贷款，注册资本为10亿元。')).toEqual([]);
  });

  it('does not take people, descriptors or headline words for companies', () => {
    expect(cue('The round was led by Jane Whitfield, a former banker.')).toEqual([]);
    expect(cue('Musk raised concerns about Generative AI on Monday.')).toEqual([]);
    expect(cue('Paris AI startup Quillbyte said so.')).toEqual(['Quillbyte/company']);
    expect(cue('Die Investoren Brackwater Capital ziehen mit.')).toEqual(['Brackwater Capital/investor']);
    // German capitalizes nouns: a prose sentence full of capitals is not a headline.
    expect(cue('Am Deal beteiligen sich Brackwater Capital, Olvena Partners sowie Fenwick & Rowe Ventures.')).toEqual([
      'Brackwater Capital/investor', 'Olvena Partners/investor', 'Fenwick & Rowe Ventures/investor',
    ]);
    expect(cue('Brackwater Capital Backs New Robotics Fund In Paris')).toEqual([]);
    expect(cue('In March Quillbyte grew.')).toEqual([]);
    expect(cue('Korean AI start-ups and Taiwanese AI makers raised $2 billion; Asia\'s AI boom goes on.')).toEqual([]);
    expect(cue('British AI groups, Swedish AI labs and a Texas AI campus raised $2 billion for an Industrial AI Cloud.')).toEqual([]);
    expect(cue('Separately, the fund and Singapore\'s sovereign fund invested $1 billion.')).toEqual([]);
    expect(cue('Bids came from a Joint Venture of two utilities.')).toEqual([]);
    expect(cue('Backed by Japan, the plan was led by Europe and Canada.')).toEqual([]);
    expect(cue('Paris raised $2 billion for AI; Abu Dhabi secured more.')).toEqual([]);
    expect(cue('La ronda fue liderada por España.')).toEqual([]);
    expect(cue('President Trump secured $500 billion in pledges.')).toEqual([]);
    expect(cue('Die Bundesregierung erhält 2 Milliarden Euro; el Gobierno recauda 500 millones de euros.')).toEqual([]);
    expect(cue('It was backed by Singapore Quillbyte Partners.')).toEqual(['Singapore Quillbyte Partners/investor']);
  });

  it('keeps a known name when a cue only adds a legal form', () => {
    const found = find('Nvidia Corporation said so.');
    expect(found.map((c) => [c.text, c.canonical, c.source])).toEqual([['Nvidia Corporation', 'Nvidia', 'gazetteer']]);
    // So the gazetteer lists no "Apple Inc." beside "Apple": the legal form makes even an ambiguous name safe.
    expect(names('Shares of Apple Inc. rose, Block Inc. fell, Google LLC and SAP SE held.')).toEqual([
      'Apple Inc.=Apple', 'Block Inc.=Block', 'Google LLC=Google', 'SAP SE=SAP',
    ]);
  });

  it('leaves an index, a central bank, a nationality before a plural and a parent\'s apps; reads initials before a name', () => {
    expect(cue('The Philadelphia SE Semiconductor index tumbled 9.2%.')).toEqual([]);
    expect(cue('The Central Bank of Nigeria has raised its rate.')).toEqual([]);
    expect(cue('Fue aprobada por el Cade y por el Banco Central de Brasil. Die Zentralbank hat entschieden.')).toEqual([]);
    expect(cue('OPay is backed by Chinese investors, as is PalmPay.')).toEqual([]);
    expect(names('The round was led by Georgian and Inovia.')).toEqual(['Georgian=Georgian', 'Inovia=Inovia Capital']);
    expect(cue('"It burns cash," said Gil Luria, an analyst at D.R. Hallworth. Moody\'s agreed.')).toEqual(['D.R. Hallworth/company']);
    expect(names('Meta Platforms, matriz de Facebook, Instagram y WhatsApp, ingresó más.')).toEqual(['Meta Platforms=Meta']);
  });

  it('reads a Latin name after an Arabic site or fund noun, clitics on, but not after منصة, which as often names a product', () => {
    expect(cue('بحسب تحليل لموقع Orvanet رصد سبع صفقات.')).toEqual(['Orvanet/company']);
    expect(cue('في جولة شاركت فيها صناديق Qelvo وشركات أخرى.')).toEqual(['Qelvo/company']);
    expect(cue('وأطلقت إنفيديا منصة Blackwell الجديدة.')).toEqual([]);
  });

  it("takes an owner's name without its possessive, and leaves a place's AI, a ranking and a German noun", () => {
    expect(names("The round was led by Orvane, Alphabet's venture capital arm.")).toEqual(['Orvane=Orvane', 'Alphabet=Alphabet']);
    // A possessive the article also writes without is no part of the name; a name that is never written bare keeps its own.
    expect(names("The startup Kavoru Young's stores grew, and Kavoru Young said so.")).toEqual(['Kavoru Young=Kavoru Young', 'Kavoru Young=Kavoru Young']);
    expect(names("The startup Pellaby's raised $5 million.")).toEqual(["Pellaby's=Pellaby's"]);
    expect(names('Meta Platforms lines up $27bn for Louisiana AI campus.')).toEqual(['Meta Platforms=Meta']);
    // A number after an ambiguous name: a ranking or a model, unless it is the name's own figure.
    expect(names('More than 60 per cent of Fortune 100 companies use it.')).toEqual([]);
    expect(names('Schneider Electric a gagné 2,1 % et Legrand 1,4 % lundi.')).toEqual(['Schneider Electric=Schneider Electric', 'Legrand=Legrand']);
    expect(names('Auch Qorvane nutzt sie in ihrem Assistenten, und xAI setzte sie ein.')).toEqual(['xAI=xAI']);
    expect(names('Das Geld soll vor allem in die Expansion in den USA fließen.')).toEqual([]);
    expect(names('Der Free Cashflow erreichte 1,27 Milliarden Euro.')).toEqual([]);
    // A compound cut before "und" is no name.
    expect(names('In November the Department of Energy closed a $1 billion loan for the restart.')).toEqual([]);
    expect(names('Die Rakete stürzte ins Meer, das Unternehmen wertete den Flug. Insgesamt hat das Unternehmen 100 Millionen eingesammelt.')).toEqual([]);
    expect(names('Después, la plataforma convierte los dólares.')).toEqual([]);
    expect(names('En lugar de bautizarla como Serie B, la compañía optó por otra. Il poursuit l\'entreprise aux Etats-Unis.')).toEqual([]);
    expect(names('The round was led by Scottish investment house Qorvane Partners.')).toEqual(['Qorvane Partners=Qorvane Partners']);
    // A German word for a builder is a trade before a name.
    expect(names('Der Raketenbauer Qorvane Aerospace hat sich frisches Kapital gesichert.')).toEqual(['Qorvane Aerospace=Qorvane Aerospace']);
    expect(names('Israeli AI security startup Qorvane raised $80 million.')).toEqual(['Qorvane=Qorvane']);
    expect(names('Qorvane India Private Limited (QIPL) will be sold.')).toEqual(['Qorvane India Private Limited=Qorvane India', 'QIPL=Qorvane India']);
    // Its short written form too: "Pvt Ltd".
    expect(names('Kestrapay Technologies Pvt Ltd raised $12 million. Kestrapay said it would hire.')).toEqual([
      'Kestrapay Technologies Pvt Ltd=Kestrapay Technologies', 'Kestrapay=Kestrapay Technologies',
    ]);
    expect(names('Der Konzern übernimmt den Lüftungs- und Klimaanlagenhersteller.')).toEqual([]);
    expect(names('Damit erhält das Unternehmen Zugang zum Mittelstand. Fuera de Estados Unidos, la empresa compite.')).toEqual([]);
    // A founder's title before a name in a list makes it a person's.
    expect(names('Die Sparte soll unter Führung von Gründer Hollwitz weiterarbeiten, die Runde unter Führung von Qorvane Capital.')).toEqual(['Qorvane Capital=Qorvane Capital']);
    // An amount right after the name is not the name's: "Mio" has a capital, as German nouns do.
    expect(names('Die Seed-Runde unter Führung von Qorvane Capital 6 Mio. € erhalten.')).toEqual(['Qorvane Capital=Qorvane Capital']);
    expect(names('Unter Führung von Qorvane Capital 12 Millionen Euro.')).toEqual(['Qorvane Capital=Qorvane Capital']);
    // A sentence's first word, subject of a compound tense in a sentence about money, is the firm.
    expect(names('Die Anleger zögerten. Oracle hatte im September Erlöse von 455 Mrd. US-Dollar gemeldet.')).toEqual(['Oracle=Oracle']);
    expect(names('La vague commence. Oracle avait ouvert le bal avec 25 milliards de dollars.')).toEqual(['Oracle=Oracle']);
    // A funding verb in a past tense, or past a negation that only limits the amount, still names its subject; a plural subject is a kind of firm.
    expect(names('Avant ce rachat, Qorvane n’avait levé qu’environ 12 millions d’euros.')).toEqual(['Qorvane=Qorvane']);
    // A consumer trade's word is no person's ("Kavoru Sports Club"); a Dutch or Spanish legal form keeps its dot.
    // "compra de" opens no list: a purchase is as often of chips or coins ("la compra de H100", "de Bitcoin").
    expect(names('La CNMC autorizó la adquisición de Kavoru Sports Club por parte de Lindwerk Holding B.V., su matriz.')).toEqual([
      'Kavoru Sports Club=Kavoru Sports Club', 'Lindwerk Holding B.V.=Lindwerk Holding',
    ]);
    // A name with no generic tail goes on by its head too, under the full name.
    expect(names('La start-up minera QorVane Metals recaudó 537 millones. Con este aporte, QorVane eleva su valor.')).toEqual([
      'QorVane Metals=QorVane Metals', 'QorVane=QorVane Metals',
    ]);
    expect(names('Entonces Qorvane había cerrado 20 millones de dólares. Qorvane hatte zuvor 5 Millionen Euro eingesammelt.')).toEqual(['Qorvane=Qorvane', 'Qorvane=Qorvane']);
    // The subject after the auxiliary when an adverb opens the clause; a year alone is no amount.
    expect(names('Zuletzt hatte Gussmark Robotics 2024 in einer Runde 20 Millionen Euro eingesammelt.')).toEqual(['Gussmark Robotics=Gussmark Robotics']);
    expect(names('Zuletzt hatte Gussmark 2024 einen Kredit erhalten.')).toEqual([]);
    // The amount a funding verb needs is its own sentence's, not a year in the next.
    expect(names('Insgesamt hat Gussmark seit der Gründung damit gut 60 Mio. Euro an Eigenkapital eingeworben.\nGegründet wurde es 2022.')).toEqual([]);
    // "in der Regel" is how a fund invests, not in what.
    expect(names('Die Gussmark Capital investiert in der Regel über Fonds, in die Quorbit GmbH direkt.')).toEqual([
      'Gussmark Capital=Gussmark Capital', 'Quorbit GmbH=Quorbit',
    ]);
    expect(names('La empresa anunció la compra de H100 a un proveedor y la compra de Bitcoin.')).toEqual([]);
    expect(names('Les start-up françaises de l’IA ont levé 2 milliards d’euros. Erst im Sommer hatte die Firma 3 Mio. Dollar eingesammelt.')).toEqual([]);
    // After شركة, a phrase with a preposition is no name; a model a firm launches is the model's.
    expect(names('وأكبر استثمار في شركة للأصول الرقمية، وقال إن أي شركة بمفردها لا تستطيع ذلك.')).toEqual([]);
    // A known Arabic head whose English name already ends in the word the text adds.
    expect(names('شراكة مع بلو أول كابيتال في مجال مراكز البيانات.')).toEqual(['بلو أول كابيتال=Blue Owl Capital']);
  });

  it('reads a name that opens with digits, and an asset manager as its group\'s arm', () => {
    expect(names('La ronda fue liderada por el fondo portugués 47N Ventures. The round used 5G networks.')).toEqual(['47N Ventures=47N Ventures']);
    expect(names('Le tour a été mené par Goldman Sachs Alternatives, avec Goldman Sachs comme conseil.')).toEqual([
      'Goldman Sachs Alternatives=Goldman Sachs Alternatives', 'Goldman Sachs=Goldman Sachs',
    ]);
  });

  it('reads the rivals or competitors a text names, in each language', () => {
    expect(names('The round follows the listings of its rivals Quellmark Health and Ostravo Health.')).toEqual([
      'Quellmark Health=Quellmark Health', 'Ostravo Health=Ostravo Health',
    ]);
    expect(names('Llega tras las salidas a bolsa de sus competidores Quellmark Health y Ostravo Health.')).toEqual([
      'Quellmark Health=Quellmark Health', 'Ostravo Health=Ostravo Health',
    ]);
    expect(names('Die Konkurrenten Quellmark Health und Ostravo Health sind an der Börse.')).toEqual([
      'Quellmark Health=Quellmark Health', 'Ostravo Health=Ostravo Health',
    ]);
    expect(names('Compite con rivales como Talvex, Hirondo o Brila.')).toEqual(['Talvex=Talvex', 'Hirondo=Hirondo', 'Brila=Brila']);
    expect(names('Face à des concurrents comme Lingvaro, Parlimo et Dictavo, elle accélère.')).toEqual([
      'Lingvaro=Lingvaro', 'Parlimo=Parlimo', 'Dictavo=Dictavo',
    ]);
  });

  it("keeps a blank-check company's series number and the Arabic article of a name; drops what a hyphen describes", () => {
    expect(names('Velmora will merge with Ostrander Acquisition Corp. IV, a blank-check company.')).toEqual([
      'Ostrander Acquisition Corp. IV=Ostrander Acquisition Corp. IV',
    ]);
    expect(names('La start-up a levé des fonds auprès d’Al Qamar Ventures. Al Qamar a mené le tour.')).toEqual([
      'Al Qamar Ventures=Al Qamar Ventures', 'Al Qamar=Al Qamar Ventures',
    ]);
    // Spanish "al" (to the) is still no name.
    expect(names('Al cierre, la startup Nubaria levantó 5 millones de euros.')).toEqual(['Nubaria=Nubaria']);
    expect(names('Nvidia-powered AI factories will open in Zurich.')).toEqual(['Nvidia=Nvidia']);
  });

  it('reads a Latin name glued to Japanese or Chinese text without the words it is glued to', () => {
    expect(names('AIによる契約審査サービスを手がけるQorvane Technologies(東京)は調達した。')).toEqual(['Qorvane Technologies=Qorvane Technologies']);
  });

  it('ends a name at the legal forms of Switzerland, Luxembourg, Italy and the Nordics, and takes no number for one', () => {
    expect(names('La start-up lausannoise Quantica Sàrl a levé 4 millions.')).toEqual(['Quantica Sàrl=Quantica']);
    expect(names('Il gruppo Brevi SpA ha investito.')).toEqual(['Brevi SpA=Brevi']);
    expect(names('Helsinki-based Aava Robotics Oy raised €5 million.')).toEqual(['Aava Robotics Oy=Aava Robotics']);
    expect(names('The 20 GmbH was fine. He bought 30 Ltd shares.')).toEqual([]);
  });

  it("drops a German town's adjective before a registered name the article writes without it, and keeps a name that holds one", () => {
    expect(names('Für 75 Prozent an der Münchner Kestral GmbH zahlt der Konzern. Kestral entwickelt Software.')).toEqual([
      'Kestral GmbH=Kestral', 'Kestral=Kestral',
    ]);
    expect(names('Die Übernahme der Pirnaer Reinraumtechnik GmbH ist abgeschlossen.')).toEqual(['Pirnaer Reinraumtechnik GmbH=Pirnaer Reinraumtechnik']);
    // A big town's adjective goes even where the name is written once, but not before a noun that makes it a name.
    expect(names('Das sagte eine Analystin bei der Münchner Isar Research GmbH.')).toEqual(['Isar Research GmbH=Isar Research']);
    expect(names('Kredite gab die Hamburger Sparkasse AG.')).toEqual(['Hamburger Sparkasse AG=Hamburger Sparkasse']);
    // A sector word compounded before the name goes with the town's adjective.
    expect(names('Das Berliner Klima-Fintech Karvenik GmbH hat Geld eingesammelt.')).toEqual(['Karvenik GmbH=Karvenik']);
  });

  it("reads a name after a city's Spanish nickname adjective, with the dot of its S.A.S.", () => {
    expect(names('La fintech paisa Arrendo Pay S.A.S., que abarata las remesas, cerró una ronda.')).toEqual(['Arrendo Pay S.A.S.=Arrendo Pay']);
  });

  it('reads a fifth word that is a trade, and takes no place for a short form nor a reserve bank for a firm', () => {
    expect(names('The green bank Tasman Green Investment Finance (TGIF) joined the round. TGIF has backed three funds.')).toEqual([
      'Tasman Green Investment Finance=Tasman Green Investment Finance', 'TGIF=Tasman Green Investment Finance', 'TGIF=Tasman Green Investment Finance',
    ]);
    expect(names('The fund is run by New Zealand Growth Capital Partners. Lenders in New Zealand must report emissions.')).toEqual([
      'New Zealand Growth Capital Partners=New Zealand Growth Capital Partners',
    ]);
    expect(names('The lender Harbour Credit raised NZ$20 million, and the Reserve Bank has signalled closer scrutiny.')).toEqual(['Harbour Credit=Harbour Credit']);
    // A bank or a fund named for its country goes on past "of"; a central bank stays no firm.
    expect(names('The round drew the Development Bank of Kivaland and others. The Central Bank of Nigeria raised rates.')).toEqual([
      'Development Bank of Kivaland=Development Bank of Kivaland',
    ]);
    // Nor is a name an apposition calls the central bank or a federal agency.
    expect(names('Kivu Pank, the central bank, expects lending to grow. The startup Tõend raised €5 million.')).toEqual(['Tõend=Tõend']);
    expect(names("La start-up Vitalune lève 8 millions, avec une subvention d'Innoalpa, l'agence fédérale pour l'innovation.")).toEqual(['Vitalune=Vitalune']);
    // Nor a legislature, which raises credits as a firm raises money.
    expect(names('The credit, which Congress raised to 35 per cent, helped. The startup Tõend raised €5 million.')).toEqual(['Tõend=Tõend']);
    // A state's programme named after a name.
    expect(names('The Kenya Semiconductor Mission, launched in 2021 with an outlay of $76 million, mainly backs fabs.')).toEqual([]);
    // An angels' collective is named so: "Collective" ends a name as "Network" does.
    expect(names('Seed backers Lagoon Angel Collective and Kivu Bay Capital joined. The collective said so.')).toEqual([
      'Lagoon Angel Collective=Lagoon Angel Collective', 'Kivu Bay Capital=Kivu Bay Capital',
    ]);
    // Nationalities open no short form ("Estonian Business Angels Network", then "the Estonian register").
    expect(names('Members of the Estonian Business Angels Network invested. Filings in the Estonian register show it.')).toEqual([
      'Estonian Business Angels Network=Estonian Business Angels Network',
    ]);
    // A state's agency for investment is no firm.
    expect(names('The Indiana Economic Development Corporation offered tax credits to the startup Halvorn Labs.')).toEqual(['Halvorn Labs=Halvorn Labs']);
    // Nor is a school's first word the short form of a fund named after it.
    expect(names('The fund University Technology Fund backed it. The founders met at the University of Cape Town.')).toEqual([
      'University Technology Fund=University Technology Fund',
    ]);
  });
});
