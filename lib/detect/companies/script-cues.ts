/**
 * Words in French, German, Spanish, Arabic and CJK sentences that make an
 * ambiguous name there a company's (context.ts holds the English ones). They
 * ride with their languages' chunk: only a page in those languages has
 * sentences that hold them.
 */
import { sourcedOutlets } from './sourced.ts';

/** French, German and Spanish cue words, matched as whole words, case-insensitive. */
export const EUROPEAN_COMPANY_CUES = [
  // French
  'société', 'entreprise', 'groupe', 'levée', 'investisseur', 'investisseurs', 'actions', 'milliard', 'milliards',
  'millions', 'dirigeant', 'cofondateur', 'rachat', 'valorisation', 'concurrent',
  // German
  'unternehmen', 'firma', 'konzern', 'investor', 'investoren', 'aktien', 'milliarde', 'milliarden', 'millionen',
  'mitgründer', 'gründer', 'chef', 'bewertung', 'finanzierungsrunde', 'mrd', 'mio', 'umsatz', 'erlöse',
  // Spanish
  'empresa', 'compañía', 'firma', 'inversor', 'inversores', 'inversión', 'acciones', 'millones', 'ronda',
  'fundador', 'valoración', 'rival',
  // A market column names firms by their shares: "le titre de ST", "les valeurs de semi-conducteurs".
  'titre', 'titres', 'valeurs', 'bourse', 'capitalisation', 'börse', 'kurs', 'aktie', 'bolsa', 'cotización', 'cotiza',
];

/**
 * Outlets credited in French, German and Spanish (media-cues.ts): "según
 * recoge Expansión", "según datos de Valora Analitik", "selon La Nouvelle
 * République", "laut Daten von Dealroom", "ha podido saber Expansión", "un
 * informe de BestBrokers", "le baromètre d'EY", "en declaraciones a El Observador" (the verb, the word for data or the
 * paper's article rules out a person; a bank, court or ministry is no paper; German data are a source only after nach,
 * laut or aus: "Daten von Radaren, Drohnen und Satelliten" are what a program reads),
 * and a German paper in quotes after "laut", a word for a paper or its report, or before
 * "zufolge" or "berichtet", maybe past when it reported ("laut „Handelszeitung“", "nach Informationen des „Standard“",
 * "über die „Der Standard“ im Frühjahr berichtete"). `spot` says a text may hold one.
 */
export const EUROPEAN_OUTLETS = {
  spot: /egún|elon |après|Daten|er (?:Zeitung|Nachrichten|Rundschau|Tagblatt|Anzeiger|Morgenpost|Volkszeitung)|ische[n ]|-Zeitung|Berechnungen|Schätzungen|„|saber|nforme|apport|aromètre|ntrevista|eclaraciones a|ntretien a/,
  credited: /(?:(?:ha podido saber|entrevista con|declaraciones a|entretien accordé (?:à|au))(?= (?!(?:IA|AI|KI)(?![\p{L}]))\p{Lu})|(?:[Ii]nforme|[Rr]apport|[Bb]aromètre) (?:de|d'|du)(?! (?:Naciones|Gobierno|Comisión|Ministerio|Banco|Fondo|Unión|Cour|Commission|Minist|Banque|Fonds|Conseil|Union|Sénat|Senado|Congreso|Parlement|Parlamento|Tribunal|Instituto|Institut|OCDE|ONU|FMI|INE|Insee)(?![\p{L}]))|[Ss]egún (?:recoge|publica|publicó|informa|informó|adelanta|adelantó|(?:datos|cálculos|estimaciones|cifras) de(?:l)?)|(?:[Ss]elon|[Ss]egún) (?=(?:La|Le|El) (?!Banque|Banco|Commission|Comisión|Cour|Autorit|Minist)\p{Lu})|[Ss]elon les (?:données|calculs|chiffres) (?:de|du|d')|(?<=(?:^|\s)(?:[Nn]ach|[Ll]aut|[Gg]emäß|aus) (?:(?:den|jüngsten|neuen|neuesten|aktuellen|vorläufigen|ersten) )?)(?:Daten|Berechnungen|Schätzungen) (?:von|des|der)(?! (?:Studie|Analyse|Umfrage|Untersuchung|Erhebung|Prognose|Autoren|Analysten|Experten|Forscher|Bündnisses|Verband\p{L}*|Institut\p{L}*|Ministerium\p{L}*|Bundes\p{L}+|Regierung|Kommission)(?![\p{L}]))) ?(\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*){0,3})/gu,
  quoted: /(?:\blaut|zeitung|magazin|blatt|portal|agentur|informationen de[sr]|bericht de[sr])[^\S\n]+„([^“„\n]{2,40})“|„([^“„\n]{2,40})“(?:[^\S\n]+(?:im|am|vor|in der) [a-zäöüß]+)?[^\S\n]*(?:zufolge|berichtete?)/gi,
  sourced: sourcedOutlets,
};

/**
 * A paper or agency credited in French, German or Spanish ("citadas por",
 * "dijo Velasco a", "selon les informations des"), or a firm given as an
 * example of its kind ("Versicherer wie die", "un consortium autour de"),
 * or what only a company has (its shares, a unit it is the parent of),
 * right before an ambiguous name.
 */
export const EUROPEAN_CREDIT_BEFORE = new RegExp(
  '(?:(?:citad|consultad|recogid)[oa]s? por|(?:inform|public|adelant|report|revel)[óo](?: el diario| la revista)?|' +
  '(?:dij|explic|señal|declar|asegur|coment|indic)[óo][^.,;:!?]{0,40} a|en entrevista con|ha podido saber|de acuerdo con|' +
  // The paper an interview was given to: "dans un entretien à L'Echo", "im Gespräch mit dem Handelsblatt".
  '(?:entretien|interview|entrevue)(?: accordée?)? (?:à|au|avec)|(?:Interview|Gespräch) mit(?: de[mr])?|' +
  // "a déclaré M. Dupont au Figaro": a title's dot may stand between; in the present after a quote, "explique Claire Mériadec à".
  '(?:déclar|expliqu|indiqu|confi|précis|affirm)[ée][^,;:!?]{0,40} (?:aux?|à)|' +
  // The German agency a speaker told: "sagte Hofbauer der APA".
  '(?:sagte|sagten|erklärte|erklärten|betonte|bestätigte)[^.,;:!?]{0,40} (?:der|dem)|' +
  '(?:informations|article|enquête|édition|Informationen|Bericht) (?:des|du|de la)|' +
  '(?:banken|versicherer|investoren|konzerne|unternehmen|fonds|bancos|aseguradoras|fondos|empresas|banques|assureurs|groupes|' +
  'entreprises|sociétés|konsortium|consortium) (?:wie|um|como|comme|tels? que|telles? que|autour de)' +
  '(?: (?:die|der|den|das|le|la|les|los|las))?|' +
  // Its stock, a unit's parent: "acciones de", "el brazo inversor de", "maison mère de", "Tochter von".
  '(?:acciones|actions|aktien?) (?:de|von)|analystes? (?:de|chez)|analyst(?:en)? (?:von|bei)|analistas? de|(?:brazo(?: [a-zé]+)?|filiale?|bras(?: [a-zé]+)?|tochter(?:gesellschaft)?|' +
  'maison mère|société mère|(?:casa )?matriz|mutter(?:konzern|gesellschaft)?) (?:de|del|von)) (?:el |la )?$', 'i');

/**
 * Verbs of saying and reporting in French, German and Spanish: after an apposition's comma ("…, a indiqué la
 * société", "…, sagte der Chef"), and after an outlet they credit ("El Financiero informó").
 */
export const EUROPEAN_REPORTING = /^(?:sagte|erklärte|teilte|dijo|informó|publicó|reportó|adelantó|señaló|explicó|indicó|añadió|berichtete|berichtet|meldete|schrieb|rapporte|a (?:indiqué|précisé|annoncé|déclaré|ajouté|expliqué|confirmé)|indique|précise)(?=[\s,.;:]|$)/;

/**
 * français, allemande, italien(ne), américain(e), sud-africain, britannique, belge, colombiano/a, estadounidense, español(a),
 * mexicano/a..., paisa (of Medellín), tapatío/a (of Guadalajara), and the adjectives a public fund takes: européen, régional, national, souverain, universitaire ("le fonds régional Foo"),
 * and a paper's: spécialisé(e), especializado/a ("le site spécialisé Foo").
 */
const EUROPEAN_ADJECTIVE = /^\p{Ll}+(?:-\p{Ll}+)?(?:[ao]ise?|ien(?:ne)?|aine?|ande?|an[oa]|ense|eñ[oa]|és|esa|in[oa]|ic[oa]|ola?|en[oa]|[aes]c[oa]|eg[oa]|iz[oa]|isse|í|tannique|elge|ippon(?:ne)?|elvétique|ista|ioca|aisas?|atí[oa]|[eé]en(?:ne)?|uay[oa]|europe[oa]|versitaire|versitari[oa]|(?:[eé]gi|ati|aci)onale?|mondiale?|souveraine?|soberan[oa]|ocale?|écialisée?|ializad[oa])$/u;

/** The adjective, where one may stand before a capital ("la brasileña Tractian"), and the company nouns that are a name's first word ("Grupo Altiplano"). */
export const EUROPEAN_ROMANCE = {
  adjective: EUROPEAN_ADJECTIVE,
  // The word after the article is tested apart: an alternation of endings after a greedy word would backtrack
  // through every ending at each article.
  spot: /(?:^|[^a-zà-ÿ])(?:la|le|el|l')\s?([a-zà-ÿ-]+)[ \t]+/g,
  heads: /^(?:Grupo|Groupe|Banco|Banque|Caja|Caisse|Fondo|Constructora|Financiera|Inmobiliaria|Naviera|Editorial|Cadena|Bankhaus|Diario)$/,
};

/** A German compound with a role after the hyphen: "Earlybird-Partnerin", "SAP-Chef", "Google-Mutter" name a firm. */
export const GERMAN_ROLE_COMPOUND = /^-(?:Chef|Partner|Sprecher|Gründer|Mutter|Tochter|Abspaltung|Aktie|Manager|Vorstand|Konzern|Beteiligung)/;

/**
 * Arabic has no capitals; its press puts a name that is also a common word in
 * guillemets instead: «مصدر» is Masdar, مصدر "a source"; «القابضة» is ADQ,
 * القابضة "the holding". Such names (as the normalized text spells them) count
 * only so, each time (context.ts); data.test.ts checks each is an ambiguous alias.
 */
export const ARABIC_QUOTED_ONLY: ReadonlySet<string> = new Set(['مصدر', 'القابضة', 'زاوية', 'ميد', 'طاقة', 'واعد', 'ارقام', 'جدا', 'الطبي', 'تاميني', 'رسن', 'سيتي']);

/** Arabic cue words, matched as whole words once clitics are off ("وشركة" is "شركة"). */
export const ARABIC_COMPANY_CUES = [
  'شركة', 'شركات', 'الشركة', 'مجموعة', 'مستثمر', 'المستثمرين', 'استثمار', 'الاستثمار', 'تمويل', 'تمويلا', 'جولة',
  'أسهم', 'مليار', 'مليون', 'دولار', 'ديون', 'قروض', 'صفقة', 'تقييم', 'منافسة', 'عمالقة', 'عملاق',
];

/** CJK cue words, matched anywhere in the sentence (no word edges in these scripts). */
export const CJK_COMPANY_CUES = ['公司', '集团', '融资', '投资', '估值', '股份', '美元', '亿', '企業', '会社', '出資', '調達', '億', '円', 'ドル',
  // A market column's words: share price, market value, limit up, stock (not 株価: 日経平均株価 is an index).
  '股价', '股價', '市值', '涨停', '漲停', '股票', '時価総額', '领涨', '領漲',
  // What only a firm reports: revenue, earnings, a filing, a maker ("芯片厂商寒武纪").
  '营收', '營收', '财报', '財報', '公告', '厂商', '廠商', '売上高', '決算', '営業利益'];
