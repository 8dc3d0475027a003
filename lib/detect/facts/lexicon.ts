/**
 * Cue words for funding facts in Latin-script languages, as regular-expression
 * fragments: stems matched at a word start ("invest" finds "invested"). Arabic,
 * Chinese and Japanese ones are in words/, and match anywhere (an Arabic word
 * may carry clitics).
 */
import type { FactRole } from '../types.ts';

/** Each role's Latin cues; other scripts' come with their chunk (words/). */
export const ROLE_CUES: Record<Exclude<FactRole, 'other'>, string[]> = {
  acquisition: ['acquir', 'acquisition', 'buy(?:s|ing)? ', 'bought', 'takeover', 'rach[èe]t', 'übernahme', 'übernimmt',
    'kauft', 'adquisición', 'adquiere', 'compra'],
  debt: ['debt', 'loan', 'bond', 'credit facility', 'borrow', 'dette', 'emprunt', 'obligataire', 'kredit',
    'schulden', 'anleihe', 'darlehen', 'deuda', 'préstamo', 'bonos'],
  valuation: ['valu(?:ed|ation|ing)', 'valoris', 'valoriz', 'bewert', 'valoración', 'valorada', 'valorado', 'market cap',
    'valor de', 'el valor'],
  revenue: ['revenue', 'sales', 'turnover', "chiffre d'affaires", 'umsatz', 'erlös', 'ingresos', 'facturación'],
  invested: ['invest(?:ed|s|ing)? ', 'investment from', 'backed', 'particip', 'put ', 'puts ', 'putting', 'poured',
    'pouring', 'beteilig', 'inyect', 'aport', 'plac[ée]', 'investi ', 'injecte', 'steckt', 'investiert'],
  raised: ['rais(?:ed|es|ing)', 'clos(?:ed|es|ing) (?:a|an|its|the)', 'secur(?:ed|es)', 'funding round', 'round',
    'l[èe]ve', 'a levé', 'levée', 'tour de table', 'sammelt', 'eingesammelt', 'finanzierungsrunde',
    'finanzierung', 'recaud', 'levant', 'ronda', 'captó', 'capta'],
  spending: ['spend', 'spent', 'capex', 'capital expenditure', 'data cent', 'dépens', 'ausgaben', 'investitionen in',
    'rechenzent', 'gasto', 'centros de datos'],
};

/** A figure someone aimed at is not the figure they got ("above the $15 billion it had targeted"). */
export const TARGET_WORDS = ['target', 'aim', 'sought', 'seeking', 'hop(?:ed|ing) to', 'set out to', 'originally',
  'initially', 'planned', 'objectif', 'visait', 'initialement', 'Ziel', 'angestrebt', 'ursprünglich', 'objetivo',
  'buscaba', 'inicialmente'];

/** Words that point back to a company without naming it: the clause's company is then unclear. */
export const ANAPHORS = ['the company', 'the startup', 'the firm', 'la société', "l'entreprise", 'la start-up',
  'das Unternehmen', 'des Unternehmens', 'dem Unternehmen', 'la empresa', 'la compañía'];

/** Words that name a round without a figure, so an investor's share can point to the round's company. */
export const ROUND_WORDS = ['round', 'tour de table', 'levée', 'Runde', 'ronda', 'particip', 'beteilig'];

/** Role order when a clause holds several cues: the most specific wins. */
export const ROLE_ORDER: Exclude<FactRole, 'other'>[] = ['acquisition', 'debt', 'valuation', 'revenue', 'invested',
  'raised', 'spending'];

/** "… $2B from Nvidia", "ملياري دولار من شركة Nvidia": money, then a source word, then the investor. */
export const FROM_WORDS = ['from', 'de la part de', 'von', 'de parte de', 'por parte de'];

/** A company word allowed between the source word and the investor ("من شركة Nvidia"). */
export const COMPANY_WORDS = ['the', 'company', 'firm', 'la', 'le', 'der', 'die', 'el', 'la empresa'];

/** Round labels, as they should be reported when found. */
export const ROUND_PATTERNS: RegExp[] = [
  /\bpre-seed\b/i,
  /\bseed(?: round)?\b/i,
  /\bSeries [A-H]\b/,
  /\bbridge (?:round|financing)\b/i,
  /\bs[ée]rie [A-H]\b/i,
  /\bFinanzierungsrunde\b/,
  /\bronda (?:semilla|serie [A-H])\b/i,
  /\bamorçage\b/i,
];
