/**
 * The French, German and Spanish words of the cue lexicon (cue-lexicon.ts),
 * which only pages in those languages need: they ride with the European
 * chunk (entrypoints/europe.ts), which adds them to the lists through
 * addCueWords, and the content script does without them. Node has them
 * from the start (readers/index.ts).
 */
import type { CueWords } from './cue-lexicon.ts';

export const EUROPEAN_CUE_WORDS: CueWords = {
  /** Places as French, German and Spanish write them. */
  places: ('europa españa sevilla lisboa milano roma zürich genève bayern québec deutschland frankreich spanien italien ' +
    'amerika afrika asien österreich schweiz ee.uu. ee.uu eeuu londres pékin pekín berlín tokio parís bruxelles bruselas singapur ' +
    // Cities German writes its own way, as a dateline opens with them ("Wien – Das Wiener Start-up …").
    'wien prag warschau mailand rom genf brüssel lissabon moskau kopenhagen ' +
    // Continents and regions in French and Spanish ("l’Afrique du Nord", "Moyen-Orient").
    'afrique asie amérique moyen-orient maghreb áfrica américa latina latinoamérica oriente medio ' +
    // Countries in their French and Spanish spellings ("el Banco Nacional de México invirtió").
    'méxico mexique alemania allemagne espagne francia brasil brésil brasilien japón japon chine italia italie ' +
    'marruecos maroc perú pérou colombie argentine suiza suisse alger ivoire ' +
    // The republic a central bank or a body is of ("Banco de la República"), no firm alone.
    'república république littoral ' +
    // Cities a firm is named after ("Heidelberg Pharma"), whose name alone is the city.
    'heidelberg mannheim freiburg karlsruhe stuttgart nürnberg dresden leipzig hannover bremen düsseldorf köln essen ' +
    'dortmund bonn aachen mainz wiesbaden darmstadt augsburg regensburg ulm jena potsdam rostock kiel lübeck münster ' +
    'bielefeld innsbruck graz linz basel bern lausanne lyon marseille toulouse bordeaux nantes lille rennes strasbourg ' +
    'grenoble montpellier sevilla málaga murcia alicante valladolid ' +
    // Austria's and Germany's states, and the adjectives of their regions and cities that open names ("Tiroler Business
    // Angels", "Hamburger Sparkasse"): alone, each says where.
    'tirol südtirol salzburg vorarlberg kärnten steiermark niederösterreich oberösterreich burgenland hessen sachsen ' +
    'thüringen brandenburg niedersachsen nordrhein-westfalen rheinland-pfalz saarland schleswig-holstein sachsen-anhalt ' +
    'tiroler salzburger wiener münchner berliner hamburger kölner frankfurter stuttgarter badischer bayerischer ' +
    // Luxembourg and Antwerp as the French press calls them ("au Grand-Duché, BGL BNP Paribas et …", "le port d'Anvers"),
    // and the two-word countries, word by word ("Fuera de Estados Unidos, la empresa …").
    'grand-duché anvers estados unidos états-unis etats-unis reino unido royaume-uni ' +
    // French regions, which a paper's area names ("onze quotidiens dans le Centre-Ouest").
    'centre-ouest centre-est nord-est nord-ouest sud-est sud-ouest île-de-france nouvelle-aquitaine occitanie bretagne normandie').split(' '),
  /** Business words that end a firm's name ("Quimbo Computación", "Helvion Robotik"). */
  business: ['Interactif', 'Interactive', 'Datos', 'Daten', 'Systèmes', 'Sistemas', 'Robotique', 'Calcul', 'Systeme', 'Energía', 'Energie',
    'Énergie', 'Tecnologías', 'Tecnologia', 'Technologie', 'Salud', 'Santé', 'Robotik', 'Conseil', 'Beratung',
    'Consultores', 'Cómputo', 'Computo', 'Analítica', 'Robótica', 'Logistik', 'Logística', 'Infrastruktur',
    'Infraestructura', 'Renovables', 'Rechenzentren', 'Netz', 'Industrie', 'Industria', 'Industrias', 'Versicherung',
    'Crédito', 'Credito', 'Crédit', 'Kredit', 'Pagos', 'Seguros', 'Nord', 'Süd', 'Computación', 'Computacion',
    'Stratégies', 'Halbleiter', 'Intelligence', 'Growth', 'Familienholding', 'Assekuranz', 'Participations',
    'Energiesysteme', 'Partenaires'],
  /** Capitalized words that never start or make a name: articles, pronouns, adverbs, months, and German nouns for roles. */
  notName: ["D'abord", "D'après", "D’après", 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'De', 'Et', 'En', 'Au', 'Aux', 'Selon', 'Pour', 'Avec',
    'Dans', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Ein', 'Eine', 'Und', 'Mit', 'Von', 'Im', 'Bei', 'Laut', 'Auch', 'Zu',
    'El', 'Los', 'Las', 'Una', 'Y', 'Con', 'Por', 'Para', 'Según', 'Del', 'Al', 'Januar', 'Februar', 'März', 'Mai',
    'Juni', 'Juli', 'Oktober', 'Dezember', 'Regierung', 'Bundesregierung', 'Gobierno', 'Zudem', 'Außerdem',
    'Bislang', 'Bisher', 'Inzwischen', 'Mittlerweile', 'Derzeit', 'Zuletzt',
    // Participles of asking that open a French sentence before the firm asked ("Interrogé, CMA CGM n'a pas …"), and
    // a region as a government ("le fonds d'investissement de la Région Bretagne").
    'Interrogé', 'Interrogée', 'Contacté', 'Contactée', 'Sollicité', 'Sollicitée', 'Région', 'Región',
    // Seasons open a German clause the verb then follows ("Im Sommer hatte Foo …").
    'Sommer', 'Herbst', 'Frühjahr', 'Frühling', 'Verano', 'Otoño', 'Invierno',
    // Adverbs that open a sentence before a comma ("Depuis, la pépite parisienne …"), and the stock indexes a market
    // report makes a subject ("el Ibovespa cerró con un alza").
    'Depuis', 'Desde', 'Ibovespa', 'Merval', 'IPSA', 'Colcap', 'Dax', 'MDax', 'TecDax', 'SDax', 'Ibex', 'IBEX', 'Stoxx', 'STOXX',
    'Bereits', 'Damit', 'Dabei', 'Nun', 'Jetzt', 'Ebenfalls', 'Neben', 'Ainsi', 'Aussi', 'Puis', 'Enfin', 'Déjà',
    'Además', 'También', 'Asimismo', 'Después', 'Luego', 'Entonces', 'Insgesamt', 'Danach', 'Zuvor', 'Inzwischen', 'Zuletzt', 'Bisher', 'Damals', 'Seitdem', 'Anschließend', 'Vorher', 'Concrètement', 'Ensuite', 'Désormais', 'Ya', 'Hier', 'Ayer', 'Hoy', 'Gestern', 'Heute', 'Franken', 'Pfund', 'Elle',
    'Elles', 'Il', 'Ils', 'Nous', 'Ella', 'Ellas', 'Ellos', 'Él', 'Sie', 'Er', 'Es', 'Wir', 'Aktien', 'Acciones',
    'Investor', 'Investoren', 'Geldgeber', 'Kapitalgeber', 'Risikokapitalgeber', 'Wagniskapitalgeber', 'Finanzierer',
    'Bestandsinvestoren', 'Neuinvestoren', 'Zusätzlich', 'Ebenso', 'Gleichzeitig',
    // Whom a firm serves or employs ("beliefert das Unternehmen Kunden aus ..."): people, no name.
    'Kunden', 'Nutzer', 'Mitarbeiter', 'Beschäftigte', 'Anleger', 'Aktionäre', 'Mitglieder', 'Mitgliedern', 'Clients', 'Clientes', 'Usuarios', 'Utilisateurs',
    'Unternehmen', 'Gesellschaft', 'Gesellschaften', 'Konzern', 'Startup', 'Start-up', 'Firma', 'Fonds',
    'Tochter', 'Mutterkonzern', 'Technologie-Investor', 'Frühphasen-Finanzierer', 'Chef', 'Gründer', 'Mitgründer',
    // What a buyer takes over, not whom: "übernimmt die Mehrheit", "die Kontrolle", "die Führung".
    'Mehrheit', 'Kontrolle', 'Führung', 'Leitung', 'Mehrheitsbeteiligung', 'Beteiligung', 'Anteile',
    // What a firm gains or has ("erhält das Unternehmen Zugang zum Mittelstand", "hat der Konzern Erfahrung").
    'Zugang', 'Zugriff', 'Erfahrung', 'Erfahrungen',
    // What a developer or a firm offers ("Entwickler Anwendungen anbieten"), and ministries.
    'Anwendungen', 'Lösungen', 'Produkte', 'Dienste', 'Dienstleistungen', 'Geräte', 'Modelle', 'Ministerio', 'Ministère', 'Ministerium',
    // German capitalizes every noun, so one after a cue reads like a name: when ("sammelte Anfang 2025"), how much and
    // what results ("die Speicherhersteller Rekorde melden"), what a firm buys, builds or plans.
    'Anfang', 'Ende', 'Mitte', 'Beginn', 'Summe', 'Summen', 'Geld', 'Gelder', 'Rekord', 'Rekorde', 'Bedenken', 'Umsatz', 'Umsätze',
    'Gewinn', 'Gewinne', 'Verlust', 'Verluste', 'Quartal', 'Geschäftsjahr', 'Jahr', 'Jahre', 'Jahren', 'Monate', 'Monaten', 'Wochen',
    'Zahlen', 'Ergebnis', 'Ergebnisse', 'Auftrag', 'Aufträge', 'Chips', 'Speicherchips', 'Schulden', 'Anleihen', 'Investitionen',
    'Mittel', 'Bewertung', 'Börsengang', 'Übernahme', 'Verkauf', 'Kauf', 'Preis', 'Preise', 'Wachstum', 'Nachfrage', 'Marktanteil',
    'Pläne', 'Stellen', 'Arbeitsplätze', 'Standort', 'Standorte', 'Fabrik', 'Fabriken', 'Roboter', 'Humanoide',
    'Humanoiden', 'Schrott', 'Experten', 'Analysten', 'Behörde', 'Behörden',
    // What a new firm is given ("mit dem Namen Foo GmbH und Sitz in Frankfurt"): its name and its seat.
    'Namen', 'Sitz', 'Firmensitz', 'Hauptsitz'],
  /** Company nouns before a name ("la société Foo", "das Unternehmen Foo"). */
  nouns: ['société', 'entreprise', 'jeune pousse', 'Unternehmen', 'Start-up', 'Startup', 'Firma', 'empresa',
    'compañía', 'firma'],
  /** Nouns for a kind of business before a name ("la banque Natixis", "der Autobauer Porsche"). */
  trade: ['banque', 'assureur', 'opérateur', 'groupe', 'fonds', 'cabinet', 'néobanque', 'pépite', 'plateforme',
    'spécialiste', 'concurrent', 'concurrente', 'concurrents', 'competidor', 'competidores', 'rivales', 'Konkurrent',
    'Konkurrenten', 'Wettbewerber', 'agence', 'éditeur', 'fabricant', 'constructeur', 'gestionnaire',
    'filiale', 'chez', 'Autobauer', 'pousse', 'exploitant', 'pme', 'pyme', 'banco', 'grupo', 'fondo', 'consultora',
    'petrolera', 'minorista', 'generadora', 'despacho', 'diario', 'plataforma', 'aseguradora', 'gestora', 'editora',
    'operadora', 'filial', 'unidad', 'unicornio', 'cadena', 'desarrolladora', 'proveedora', 'proveedor', 'distribuidora', 'développeur',
    'fournisseur', 'hébergeur', 'licorne', 'Tochter', 'Ausgründung', 'tecnológica', 'farmacéutica', 'energética',
    'biotecnológica', 'eléctrica', 'siderúrgica', 'sidérurgiste', 'motoriste', 'équipementier', 'pétrolier',
    'armateur', 'énergéticien', 'transporteur', 'promotora', 'promotor', 'promoteur', 'studio', 'estudio',
    // A firm said to be listed ("der börsennotierten Heidelberg Pharma"); not "cotizada", which "en la Bolsa" may follow.
    'börsennotierte', 'börsennotierten',
    // A paper the news cites ("le quotidien Tremplin", "la revista Expansión"); not "magazine", which opens Magazine Luiza.
    'quotidien', 'hebdomadaire', 'revista',
    // Trades and outlets the press puts before a small firm's name ("le loueur Knave", "la cadena de bebidas Mixue",
    // "le site spécialisé SemiWiki", "la constructora Sundt Construction").
    'biotech', 'loueur', 'logisticien', 'distributeur', 'courtier', 'intégrateur', 'chimiste', 'cimentier', 'géant',
    'coentreprise', 'incubateur', 'site', 'rivale', 'média', 'chaîne', 'constructora', 'financiera', 'financiadora', 'fabricante',
    'cadena', 'aerolínea', 'naviera', 'inmobiliaria', 'cementera', 'gigante', 'operador',
    'multinacional', 'incubadora', 'aceleradora', 'editorial', 'auditora', 'calificadora', 'comercializadora',
    // Makers and producers ("el mayor productor mundial de aceite"), and the private bank German names open with.
    'productor', 'productora', 'producteur', 'envasador', 'envasadora', 'Bankhaus', 'investisseur', 'inversor', 'inversora',
    // A network of clinics or of angels ("le réseau breton Kerléan Santé", "des Netzwerks Rheinauen Angels", "la red de
    // inversionistas Ángeles Paisas"); not Spanish "red" alone, which opens names (Red Eléctrica) and nets of fibre.
    'réseau', 'Netzwerk', 'Netzwerks', 'Netzwerkes', 'inversionistas', 'inversores'],
  /** Funding verbs after a name, with participles after an auxiliary ("Foo a levé", "Foo ha cerrado", "Foo hat … eingesammelt"). */
  verbs: ['lève', 'boucle', 'obtient', 'décroche', 'récolte', 'empoche', 'sammelt', 'erhält', 'holt', 'sichert',
    'bekommt', 'kassiert', 'recauda', 'levanta', 'capta', 'cierra', 'recaudó', 'levantó', 'captó', 'cerró', 'obtuvo',
    'obtiene', 'consigue', 'consiguió', 'logra', 'logró', 'asegura', 'aseguró', 'levé', 'bouclé', 'obtenu',
    'décroché', 'investi', 'levantado', 'cerrado', 'obtenido', 'conseguido', 'invertido', 'invertirá', 'invierte',
    'invirtió', 'aportó', 'inyectó', 'investit', 'investira', 'eingesammelt', 'eingeworben', 'sumó', 'suma',
    'recaudado', 'captado', 'asegurado', 'logrado', 'sumado', 'récolté', 'sécurisé',
    // German reports in the past too ("Foo sammelte 2024 rund 110 Millionen ein").
    'sammelte', 'erhielt', 'holte', 'sicherte', 'bekam', 'kassierte',
    // A buyer before what it buys ("Doctrine rachète Predictice", "F5 s'offre CalypsoAI", "Dertour kauft Hotelplan").
    'rachète', 'acquiert', "s'offre", 's’offre', 'kauft', 'übernimmt', 'compra', 'adquiere', 'adquirió', 'compró',
    // In the past after an auxiliary ("Foo avait déjà racheté la start-up Bar", "Foo ha adquirido"), and a year's
    // revenue, always with its amount ("Foo a réalisé un chiffre d'affaires de 58 M€", "Foo facturó 40 millones").
    'racheté', 'adquirido', 'réalisé', 'enregistré', 'facturó', 'facturado'],
  /**
   * Auxiliaries and adverbs between a name and its funding verb, in the past
   * tenses a profile uses too ("Foo avait levé", "Foo había cerrado"), and after
   * a negation that only limits the amount ("Foo n'avait levé que 12 millions").
   * Singular only: a plural subject is a kind of firm ("les start-up de l'IA ont levé").
   */
  auxiliaries: ['a', 'ha', 'hat', 'habe', 'vient', 'de', 'acaba', 'également', 'también', 'ya', 'déjà', 'bereits',
    'avait', "n'a", "n'avait", 'había'],
  /** Founders' titles ("la fundadora de Foo"). */
  founders: ['fondateur', 'cofondateur', 'fondatrice', 'cofondatrice', 'fundador', 'cofundador', 'fundadora',
    'cofundadora', 'Gründer', 'Gründerin', 'Mitgründer', 'Mitgründerin'],
  /** Roles after a name and a comma, with no article ("Sowit, spécialiste de l'agritech"). */
  roles: ['concurrente', 'competidora', 'pionnier', 'pionero', 'pionera', 'spécialiste', 'especializada',
    'participada', 'filiale', 'fundada', 'fundado', 'fondée', 'filial', 'fabricant', 'fabricante', 'proveedor',
    'proveedora', 'éditeur', 'opérateur', 'operadora', 'propiedad', 'propriété', 'anbieter', 'betreiber',
    'hersteller', 'entwickler'],
  /** Trades a person may also have, after which a name that looks like a person's is left alone. */
  personTrades: ['spécialiste', 'concurrent', 'concurrente', 'chez', 'consultora', 'gestora', 'éditeur', 'cabinet', 'investisseur', 'inversor',
    'productor', 'producteur',
    'despacho', 'competidora'],
  /** Given names that make a two-word name a person's (cue-lexicon.ts GIVEN_NAMES). */
  givenNames: ('louis thomas alexandre pierre jean jacques nicolas julien antoine maxime xavier olivier philippe françois ' +
    'marie sophie camille julie claire anne isabelle céline laure harry james john david michael peter paul mark ' +
    'carlos josé juan luis javier miguel pablo andrés alejandro fernando maría ana lucía carmen laura sofía hans klaus ' +
    'stefan andreas matthias michael markus christian florian sebastian tobias jan lukas anna katharina julia sandra').split(' '),
  /** Phrases a list of investors follows. */
  investorOpeners: ['investoren wie', 'geldgeber wie', 'inversores como', 'investisseurs comme', 'fondos como',
    'menée par', 'mené par', 'con la participación de', 'coliderada por', 'avec la participation de',
    'emmenée par', 'pilotée par', 'conduite par', 'encabezado por', 'liderado por', 'coliderado por',
    'unter beteiligung von', 'codirigée par', 'angeführt von', 'unter Führung von', 'liderada por', 'encabezada por',
    // A company's anchor shareholders, named after the word ("von den Ankeraktionären Haniel und Freenet").
    'ankeraktionären', 'ankeraktionäre', 'großaktionären', 'hauptaktionären'],
  /** Phrases the companies money went into, or that belong to one, follow. */
  // Not "Übernahme der": a city's adjective follows it as often ("Übernahme der Düsseldorfer", the Düsseldorf group's).
  targetOpeners: ['investit dans', 'rachète', 'rachat de', 'investiert in', 'übernimmt', 'übernahme von', 'kauft', 'kauf von',
    'acquisition de',
    'met la main sur', "s'offre", 's’offre', 'acquiert', 'a racheté', 'avait racheté', "s'emparer de", 's’emparer de',
    "s'est emparé de", 's’est emparé de', 'ha adquirido', 'había adquirido',
    'invierte en', 'invirtió en', 'adquiere', 'adquirió', 'adquisición de', 'aktie von', 'anleihe von',
    'analysten von', 'analyst bei', 'analystin bei', 'sprecher von', 'beteiligung an', 'filiale de', 'analistas de',
    'conseillé par', 'conseillée par', 'conseillés par', 'beraten von', 'asesorado por', 'asesorada por', 'asesorados por',
    'acciones de', 'consejero delegado de', 'filial de', 'matriz de', 'analyste chez', 'analystes chez',
    'économiste chez', 'économiste de', 'ökonom bei', 'economista de', 'startups como', 'empresas como',
    'compañías como', 'entreprises comme', 'sociétés comme', 'start-up comme', 'unternehmen wie', 'konzerne wie',
    'firmen wie', 'start-ups wie', 'zulieferer wie', 'konkurrenten wie', 'rivalen wie', 'anbieter wie', 'hersteller wie',
    'director general de', 'directora general de', 'directeur général de', 'directrice générale de',
    'rivales como', 'competidores como', 'concurrents comme', 'rivaux comme', 'concurrents tels que', 'firmas como', 'marcas como',
    'voisins comme', 'acteurs comme', 'fabricants comme',
    // Clients and deals named by example ("aseguradoras como Sanitas y Adeslas", "Zukäufe wie AirRobot").
    'clientes como', 'aseguradoras como', 'bancos como', 'clients comme', 'zukäufe wie', 'kunden wie',
    // Or as the subject's complement ("Zu den Kunden zählen Hugo Boss und Tom Tailor", "Parmi ses clients figurent…").
    'kunden zählen', 'kunden gehören', 'clients figurent', 'entre sus clientes están', 'entre sus clientes figuran'],
};
