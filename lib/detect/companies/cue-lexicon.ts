/**
 * Words that let a name the gazetteer does not know be read as a company.
 * Latin words are compared case-insensitively unless noted. The lists hold
 * English words and those every page needs; the French, German and Spanish
 * ones come with the European chunk (european-cue-words.ts), through
 * addCueWords, so code reads the lists through `fromLists`.
 */

/** The lists a chunk may add words to, by name. */
export interface CueWords {
  business?: readonly string[];
  notName?: readonly string[];
  nouns?: readonly string[];
  trade?: readonly string[];
  verbs?: readonly string[];
  auxiliaries?: readonly string[];
  founders?: readonly string[];
  roles?: readonly string[];
  personTrades?: readonly string[];
  investorOpeners?: readonly string[];
  targetOpeners?: readonly string[];
  places?: readonly string[];
  givenNames?: readonly string[];
}

let version = 0;

/**
 * A value made from the lists (a set, a regex), made again on the next use
 * after a chunk added words: the content script's modules are set up before
 * a page's chunks arrive.
 */
export function fromLists<T>(make: () => T): () => T {
  let made = -1;
  let value: T;
  return () => {
    if (made !== version) {
      value = make();
      made = version;
    }
    return value;
  };
}

/** Last words of company names ("Spark Capital", "Fidelity Management & Research Company"). */
export const NAME_SUFFIXES = [
  'Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'LLC', 'LP', 'plc', 'GmbH', 'AG', 'SE', 'SA', 'SAS', 'S.A', 'S.A.S', 'BV',
  'B.V', 'N.V', 'Co', 'Cie', 'Company', 'Labs', 'Lab', 'AI', 'Technologies', 'Technology', 'Capital', 'Ventures', 'Venture', 'Partners',
  'Group', 'Management', 'Investments', 'Fund', 'Funds', 'Holdings', 'Securities', 'Advisors', 'Equity', 'Robotics',
  'Systems', 'Semiconductor', 'Networks', 'Bank', 'Analytics', 'Dynamics', 'Infrastructure', 'Kapital', 'Datacenters', 'Collective',
  'Centers', 'Centres', 'Research', 'Pension', 'Pensions', 'VC', 'Enterprises', 'Industries', 'Angels',
  // French funds ("Normandie Participations"), a research house, a Spanish supplier and law firms of the Iberian world ("Fourvière Invest",
  // "Sodero Gestion", "Hauteville Recherche", "Clima Verde Soluciones", "Castelo Branco & Lemos Advogados"); Québec's legal
  // form and a Spanish cooperative's ("Bois Franc Mégantic ltée", "Hortícola del Segura S.Coop.").
  'Invest', 'Participations', 'Recherche', 'Soluciones', 'Advogados', 'Abogados', 'Gestion', 'Ltée', 'S.Coop', 'mbH',
  // No sector is called so alone: "Emzor Pharmaceuticals" is a firm in any sentence.
  'Pharmaceuticals',
  // A German group that writes the word apart ("die Alpenhof Touristik Gruppe").
  'Gruppe',
  // Legal forms of Switzerland, Luxembourg, Italy, Germany's partnerships, the Nordics, Singapore and Peru ("Quantica Sàrl",
  // "Brevi SpA", "CaseLoom Pte. Ltd.", "Minkatech S.A.C.").
  'SARL', 'Sàrl', 'SpA', 'S.p.A', 'Srl', 'S.r.l', 'Oy', 'Oyj', 'ASA', 'Pte', 'Pty', 'SAC',
];

/**
 * Business words that no person's name holds ("Trébol Legal", "Havnø Health"),
 * and that a name drops when the article comes back to it ("Lumbre Analytics" → "Lumbre").
 */
export const BUSINESS_WORDS = ['Computing', 'Compute', 'Data', 'IA', 'KI', 'Cloud', 'Electronics', 'Software', 'Digital', 'Energy', 'Power',
  'Therapeutics', 'Pharma', 'Biotech', 'Solutions', 'Semiconductors', 'International', 'Holding', 'Legal', 'Health', 'Medical',
  'Pay', 'Payments', 'Fintech', 'Finance', 'Logistics', 'Security', 'Media', 'Mobility', 'Motors', 'Foods', 'Studios', 'Games',
  'Space', 'Quantum', 'Insurance', 'Aerospace', 'Automation', 'Telecom', 'Consulting', 'Advisory', 'Grid', 'Infrastructure',
  'Renewables', 'Credit', 'Strategies', 'Silicon', 'Packaging', 'Photonics', 'Global', 'Metrics', 'Insights', 'Insight',
  // Mining and process trades: "KoBold Metals", "Hudbay Minerals", "Nova Chemicals".
  'Metals', 'Mining', 'Minerals', 'Materials', 'Chemicals', 'Shipping', 'Steel', 'Cement', 'Paints',
  // "Lila Sciences lève 115 millions": two plain words read like a person's name unless one is a trade.
  'Sciences', 'Biosciences', 'Healthcare',
  // Consumer trades: "Urban Sports Club", "Wifit Gyms", "Lindqvist Beauty".
  'Club', 'Sports', 'Fitness', 'Gyms', 'Beauty', 'Travel', 'Airlines',
  // Law firms and trades of equipment and care: "Aubrion Avocats", "Boyd Thermal", "ClearTone Audiology".
  'Avocats', 'Abogados', 'Rechtsanwälte', 'Thermal', 'Audiology'];

/** Plural "centres" only ends a name after "Data" ("CDC Data Centres"), not "Shopping Centres". */
export const SUFFIXES_AFTER_DATA = ['Centers', 'Centres'];

/** Last words of news outlets' names ("Jakarta Globe", "Bangkok Post"); a known name before one keeps its reading. */
export const MEDIA_SUFFIXES = ['Post', 'Times', 'Globe', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Chronicle',
  'Observer', 'Insider', 'Zeitung', 'Mail', 'News'];

/** Suffixes that show an investor rather than an operating company. */
export const INVESTOR_SUFFIXES = ['Capital', 'Kapital', 'Ventures', 'Venture', 'Partners', 'Management', 'Managers', 'Investments', 'Fund', 'Angels', 'Invest', 'Gestion',
  'Funds', 'Holdings', 'Equity', 'Advisors', 'Securities'];

/** Legal forms: a name that only adds one of these to a known name is still that name. */
export const LEGAL_FORMS = ['Inc', 'Corp', 'Corporation', 'Ltd', 'Limited', 'LLC', 'plc', 'GmbH', 'AG', 'SE', 'SA',
  'SAS', 'S.A', 'S.A.S', 'BV', 'Co', 'Company', 'SARL', 'Sàrl', 'SpA', 'S.p.A', 'Srl', 'S.r.l', 'Oy', 'Oyj', 'ASA'];

/** Words before "AI" that describe a technology, not a company ("Generative AI"). */
export const GENERIC_BEFORE_AI = ['Generative', 'Artificial', 'Agentic', 'Conversational', 'Responsible', 'Open',
  'Enterprise', 'Applied', 'Physical', 'Sovereign', 'General', 'Frontier', 'Ethical', 'Trustworthy', 'Embodied',
  'Multimodal', 'Edge', 'Using', 'Trusted', 'Safe', 'Human', 'Strong', 'Industrial', 'National', 'Regional', 'Local',
  'Domestic', 'Global', 'Clinical'];

/** Titles: the capitalized words after one name a person ("President Trump secured ..."). */
export const TITLE_WORDS = ['CEO', 'CFO', 'CTO', 'Chief', 'Executive', 'President', 'Chairman', 'Founder', 'Director',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Minister'];

/** Capitalized words that never start or make a name: function words, months, days, titles. */
export const NOT_NAME_WORDS = [
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'With', 'By', 'From', 'And', 'Or', 'But', 'As', 'Of', 'To', 'This',
  'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'It', 'He', 'She', 'They', 'We', 'After', 'Before',
  'While', 'When', 'Since', 'According', 'Meanwhile', 'However', 'Also', 'Both', 'Other', 'Some', 'Last', 'Next',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  ...TITLE_WORDS, 'Government',
  'Rival', 'Rivals', 'Fellow', 'Yesterday', 'Today', 'Now', 'Earlier', 'Later', 'Then', 'Still', 'Here', 'There',
  'Separately', 'Additionally', 'Overall', 'Elsewhere', 'Instead', 'Every', 'Each', 'Any',
  // Trade shorthand written like a name: mergers, research, a profit and loss account.
  'M&A', 'R&D', 'Q&A', 'P&L',
  // The tail of Mexico's legal forms ("América Móvil, S.A.B. de C.V., la mayor empresa").
  'C.V', 'R.L',
  // Currencies, which an amount puts before a verb ("600 Mio. Euro eingesammelt").
  'Euro', 'Euros', 'Dollar', 'Dollars', 'Yen', 'Yuan',
  'Series', 'Round', 'Seed', 'Pre-Seed', 'U.S', 'US', 'UK', 'EU', 'Inside', 'Siblings', 'Investors', 'Backers',
  // Listings as a class ("U.S. IPOs have raised $38 billion").
  'IPO', 'IPOs', 'SPAC', 'SPACs',
  // A market report's subjects before "closed" ("Shares closed up 31%").
  'Shares', 'Stocks',
  // Stock indexes, which a market report makes a subject ("the Kospi closed higher"); Europe's and Latin America's ride
  // with the European chunk (european-cue-words.ts).
  'Kospi', 'KOSPI', 'Sensex', 'Nifty', 'DAX',
  // Government bodies named by what they do ("the Department for Science, Innovation and Technology"), and laws
  // ("the Startup Act", "the CHIPS Act").
  'Department', 'Ministry', 'Act',
];

/** Company nouns that introduce a name ("startup Foo", "la société Foo", "شركة Foo"). */
export const NOUNS_BEFORE_NAME = ['startup', 'start-up', 'firm', 'company', 'شركة'];

/**
 * Nouns that say what kind of business the next name is ("lender Vietcombank",
 * "der Autobauer Porsche", "la banque Natixis"). Broader than the company nouns
 * above, so a name they introduce must not look like a person's.
 */
export const TRADE_NOUNS = ['bank', 'lender', 'insurer', 'carmaker', 'automaker', 'chipmaker', 'operator', 'fintech',
  'developer', 'rival', 'rivals', 'competitor', 'competitors', 'provider', 'unit', 'arm', 'brokerage', 'adviser', 'consultancy', 'maker', 'platform',
  'supplier', 'subsidiary', 'newspaper', 'utility', 'investor', 'manager', 'fund', 'funds', 'insurtech', 'portal', 'miner',
  'designer', 'contractor', 'retailer', 'distributor', 'airline', 'manufacturer', 'producer',
  // A university's or a group's offshoot, in the languages that borrowed the word ("la spin-off Ocelia", "a spinout of").
  'spin-off', 'spinoff', 'spinout', 'spin-out',
  // A sector's start-up, in every language that borrowed the word ("la foodtech Nestor", "das Legaltech Justor").
  'edtech', 'foodtech', 'healthtech', 'proptech', 'legaltech', 'agritech', 'agtech', 'agrotech', 'medtech', 'biotech', 'deeptech', 'cleantech'];

/** Verbs after a name that say it got money ("Foo raised $5 million"). */
export const FUNDING_VERBS = ['raised', 'raises', 'closed', 'closes', 'secured', 'secures', 'lands', 'landed', 'nabs',
  'bags', 'snags', 'garners', 'garnered', 'attracts', 'attracted', 'nets', 'netted', 'invests', 'invested',
  // A buyer, with the price or what it bought after it (funding-verbs.ts).
  'acquired', 'acquires'];

/** Words between a name and its funding verb: auxiliaries and adverbs ("Foo a levé", "Foo has raised", "Foo vient de lever"). */
export const FUNDING_AUXILIARIES = ['has', 'have', 'had', 'just', 'also'];

/** A founder's or chief executive's title between a company and their name ("Ola founder Bhavish Aggarwal", "CEO of Foo"). */
export const FOUNDER_TITLES = ['founder', 'co-founder', 'cofounder', 'CEO', 'chief executive'];

/**
 * Places that a cue puts where a name would stand ("backed by Japan", "Paris
 * raised $2 billion", "liderada por España"): a cue name made only of these is
 * dropped. One word per entry; "Singapore Telecommunications" keeps its name.
 */
export const PLACE_WORDS = ('japan china india korea taiwan singapore israel france germany britain spain canada ' +
  'mexico brazil europe asia africa america qatar saudi arabia abu dhabi dubai washington beijing tokyo paris ' +
  'london berlin california texas vietnam indonesia malaysia thailand australia nigeria kenya morocco ' +
  'turkey poland quebec seoul mumbai riyadh doha shanghai shenzhen hong munich madrid florida virginia ohio ' +
  'arizona georgia carolina barcelona valencia zaragoza bilbao lisbon milan rome zurich ' +
  'geneva frankfurt hamburg amsterdam stockholm dublin bavaria asia-pacific apac norway sweden denmark finland ' +
  // Mining and industrial regions a firm is named after ("Antofagasta Minerals", "Atacama Digital", "Banco del Bajío"):
  // alone, the place.
  'antofagasta atacama coquimbo arequipa bajío ' +
  'netherlands switzerland italy austria belgium ireland egypt emirates uae argentina chile colombia peru usa ' +
  // North African capitals a report names as the state ("Pour Rabat, l'entrée d'un investisseur public").
  'rabat casablanca tunis algiers dakar abidjan ' +
  // The two-word countries, word by word ("Hong Kong").
  'zealand kong ' +
  // Demonyms in -i, which DEMONYM's endings miss ("Israeli AI security startup").
  'israeli pakistani emirati qatari kuwaiti omani iraqi bahraini yemeni bangladeshi nepali somali azerbaijani').split(' ');

/** Technical terms and units a cue may frame like a name ("GPU-backed loans", "the operator of GPU data centres"). */
export const TERM_WORDS = ['gpu', 'gpus', 'cpu', 'cpus', 'tpu', 'tpus', 'npu', 'hbm', 'llm', 'llms', 'api', 'apis', 'esg', 'ipo', 'spac', 'mw', 'gw'];

/** Prepositions that put a place before a comma ("En Colombia, la plataforma ..."): the run after one is no apposed name. */
export const PLACE_PREPOSITIONS = ['en', 'au', 'in', 'im', 'ins', 'à', 'dans'];

/** Possessives before a platform noun make it the subject's own product ("su plataforma North"), not a company. */
export const POSSESSIVES = ['su', 'sus', 'sa', 'son', 'ses', 'leur', 'its', 'their', 'seine', 'ihre'];
export const PLATFORM_NOUNS = ['platform', 'plataforma', 'plateforme', 'portal'];

/**
 * Roles that follow a company's name and a comma with no article, then "of"
 * ("Sowit, spécialiste de l'agritech", "Truora, especializada en", "Lumbre,
 * fundada en 2019"); none that a person may hold or have ("rival", "based", "nacida").
 */
export const APPOSED_ROLES = ['founded', 'headquartered', 'subsidiary', 'unit', 'maker', 'developer', 'operator'];

/**
 * Nouns that say "a company" only after the comma ("Tern Data, the Ohio-based analytics group", "Ombelle, une
 * boutique parisienne de l'IA", "ClearTone Audiology, a chain of 140 clinics"): before a name, "group" is as often a crowd,
 * "boutique" a shop and "chain" a supply chain's.
 */
export const APPOSED_NOUNS = ['group', 'giant', 'conglomerate', 'boutique', 'chain'];

/** Trade nouns a person's name may also follow ("the developer John Smith"); after the others, two plain words are a name. */
export const PERSON_TRADES = ['developer', 'rival', 'adviser', 'investor', 'manager', 'producer'];

/** Phrases after which a list of investors follows. */
export const INVESTOR_LIST_OPENERS = ['led by', 'co-led by', 'with participation from', 'with participation of',
  'participation from', 'backed by', 'investors include', 'investors including', 'investors such as', 'backers such as',
  'بقيادة', 'بمشاركة', 'بمشاركة من'];

/** Words after which the names are the companies money went into or that were bought ("invested in A and B"). */
export const TARGET_LIST_OPENERS = ['invested in', 'investment in', 'stake in', 'to acquire', 'acquired', 'acquisition of',
  // Not "bought", "purchase of" or "sale of", whose object is as often chips or coins ("the purchase of H100s").
  'to buy', 'takeover of', 'buyout of', 'merger with',
  // What belongs to a company: its shares, its analysts, its spokesperson ("shares of Foo").
  'shares of', 'shares in', 'spokesperson for', 'spokeswoman for', 'spokesman for', 'analysts at', 'analyst at',
  'strategist at', 'manager at', 'economist at', 'economists at', 'partner at', 'director at', 'executive at', 'banker at',
  // Examples of companies ("startups such as Foo and Bar").
  'companies such as', 'firms such as', 'startups such as', 'start-ups such as', 'rivals such as', 'competitors such as',
  'customers such as', 'clients such as', 'customers including', 'customers include', 'clients include',
  'firms like', 'companies like', 'startups like', 'start-ups like', 'rivals like', 'competitors like', 'players such as',
  'players like', 'peers such as', 'peers like', 'lenders such as', 'lenders like',
  // The banks and law firms on a deal ("was advised by Goldman Sachs and King & Wood Mallesons").
  'advised by'];

/**
 * Transliterated business words that end an Arabic-script name ("نوا كابيتال",
 * "صواري فنتشرز"), as the normalized text spells them, with the spellings of
 * "ventures" the news uses. كابيتال, فنتشرز, بارتنرز and انجلز (an angels' network) name investors.
 */
export const ARABIC_NAME_ENDINGS = ['كابيتال', 'فنتشرز', 'فينتشرز', 'فنيتشرز', 'فينيتشرز', 'بارتنرز', 'لابز', 'لابس', 'القابضة', 'تكنولوجيز',
  'اناليتكس', 'اناليتيكس', 'انفستمنت', 'انفستمنتس', 'سيستمز', 'روبوتكس', 'روبوتيكس', 'هولدينغ', 'هولدينغز', 'ديجيتال', 'كلاود',
  'سيكيوريتي', 'بايوتك', 'هيلث', 'سوليوشنز', 'نتوركس', 'ايرو', 'داتا', 'لوجستيكس', 'لوجيستيكس', 'انجلز', 'انفستورز', 'انسايتس'];

/** شركة ("company") with the clitics it takes: the company noun that opens an Arabic name. */
export const ARABIC_SHARIKA = /^(?:[وفبلك]|ل|ول|وب)?شركة$/u;
/**
 * Nouns before a Latin name in Arabic text ("شركة Nvidia", "موقع TechCabal", "صناديق CIV"). Not منصة
 * (platform): as often a product's ("منصة Blackwell").
 */
export const ARABIC_NOUNS = ['شركة', 'موقع', 'صندوق', 'صناديق'];
/** One of them as a token, clitics on: "لموقع TechCabal". */
export const ARABIC_NOUN_BEFORE = new RegExp(`^(?:[وف]?[بلك]|[وف])?(?:${ARABIC_NOUNS.join('|')})$`, 'u');

/**
 * Given names, lower case, that make a two-word cue name a person's ("Harry
 * Stebbings", "Louis Larret-Chahine") unless its second word is a business's.
 * Only the European chunk brings them: they are the French, German and
 * Spanish press's commonest misreadings.
 */
export const GIVEN_NAMES: string[] = [];

/** Han characters that may stand between a Latin name and 公司 ("Valor股权投资公司"), each once: a set, not words. */
export const ZH_DESCRIPTOR_CHARS = '股权投资本科技术基金集团管理控创风险网络智能人工合伙';
export const ZH_INVESTOR_CHARS = '投资本基金创风';

const LISTS: Record<keyof CueWords, string[]> = {
  business: BUSINESS_WORDS, notName: NOT_NAME_WORDS, nouns: NOUNS_BEFORE_NAME, trade: TRADE_NOUNS, verbs: FUNDING_VERBS,
  auxiliaries: FUNDING_AUXILIARIES, founders: FOUNDER_TITLES, roles: APPOSED_ROLES, personTrades: PERSON_TRADES,
  investorOpeners: INVESTOR_LIST_OPENERS, targetOpeners: TARGET_LIST_OPENERS, places: PLACE_WORDS, givenNames: GIVEN_NAMES,
};

/** Adds a chunk's words to the lists; words a list holds already are not added twice. */
export function addCueWords(more: CueWords): void {
  for (const [name, words] of Object.entries(more) as [keyof CueWords, readonly string[]][]) {
    const list = LISTS[name];
    for (const w of words) if (!list.includes(w)) list.push(w);
  }
  version++;
}
