/**
 * Word lists for company matching, per language. Plain data: spelled as news
 * writes them; the code folds them (foldWord) before use.
 */

/** Arabic prefixed clitics, longest first: conjunction, preposition, article and their stacks. */
export const ARABIC_CLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'ول', 'وب', 'فل', 'فب', 'وك',
  'و', 'ف', 'ب', 'ل', 'ك'];

/** Attached pronoun suffixes allowed after an Arabic name (kept short on purpose). */
export const ARABIC_SUFFIXES = ['ها', 'هم'];

/** Katakana words that may be written right after a katakana name without a break ("ソフトバンクグループ"). */
export const KATAKANA_SUFFIXES = ['グループ', 'ホールディングス', 'ジャパン', 'ベンチャー', 'キャピタル', 'インベストメント', 'パートナーズ'];

/**
 * Words that show a nearby name is meant as a company: legal forms, company
 * nouns, funding and market words, company roles. Matched as whole words,
 * case-insensitive, in the name's sentence. English here; French, German,
 * Spanish, Arabic and CJK ones come with their chunks (script-cues.ts).
 */
export const COMPANY_CUES = [
  // English
  'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'company', 'companies', 'firm', 'startup', 'start-up',
  'raised', 'raises', 'raise', 'invest', 'invested', 'invests', 'investment', 'investor', 'investors', 'funding',
  'shares', 'stock', 'stake', 'ceo', 'cfo', 'chief', 'valuation', 'valued', 'revenue', 'acquired', 'acquisition',
  'deal', 'billion', 'million', 'bn', 'executive', 'manager', 'employee', 'engineer', 'founder', 'co-founder',
  'debt', 'loan', 'bonds', 'signed', 'partnership', 'rival', 'rivals', 'competitor', 'giant', 'giants',
];

/** Currency signs: a money amount in the sentence is a company cue. */
export const MONEY_SIGNS = /[$€£¥₹]/;

/** Separators of a list of companies ("Tesla, X and SpaceX", "تسلا وX وSpaceX"). */
export const LIST_JOINERS = ['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'e', 'o', 'و', 'أو', '和', '及', '与', 'と', 'や', '&'];

/** Company nouns that may stand right before a name ("شركة X", "the firm X"). */
export const COMPANY_NOUNS_BEFORE = ['شركة', 'company', 'firm', 'startup', 'start-up', 'société', 'entreprise',
  'Unternehmen', 'Firma', 'Start-up', 'empresa', 'compañía',
  // A paper's name is as often an ordinary phrase ("El Financiero", "Enterprise"): the noun says it is the paper.
  'newspaper', 'daily', 'diario', 'periódico', 'quotidien', 'journal', 'Zeitung', 'Tageszeitung'];

/** Legal forms right after a name ("X Corp", "Scale Inc."). */
export const LEGAL_AFTER = ['Inc', 'Corp', 'Corporation', 'Ltd', 'LLC', 'plc', 'GmbH', 'AG', 'SA', 'SAS', 'S.A.', 'Co'];

/**
 * First words that are plain adjectives or a fund's first word: "Saudi Technology
 * Ventures" is never just "Saudi" (places are cue-lexicon's PLACE_WORDS).
 */
export const SHORT_FORM_NOT_HEADS = ('first national international global united american european asian african arab ' +
  'deutsche chinese indian new digital data smart royal standard commercial central development investment islamic ' +
  'emirates gulf pacific atlantic northern southern eastern western north south east west swiss french german british ' +
  'nordic silicon green blue red black white future next deep private public social union banco bank grupo groupe ' +
  'caisse fondo fonds crédit credit société sociedad ' +
  // Fields that other names hold too ("Energy Capital Partners", then "Crane Clean Energy Center"), and schools, whose
  // names open so ("University Technology Fund", then "the University of Cape Town").
  'energy power health media general capital university universidad université universität college institute').split(' ');

