import type { FactWords } from './types.ts';

/**
 * The French, German and Spanish cue words of facts. They take word starts
 * as the English ones in ../lexicon.ts do (`latin`); the content script gets
 * them with europe.js, on pages in those languages.
 */
export const EUROPEAN_FACT_WORDS: FactWords = {
  latin: true,
  roles: {
    acquisition: ['rach[èe]t', 'übernahme', 'übernimmt', 'kauft', 'adquisición', 'adquiere', 'compra'],
    debt: ['dette', 'emprunt', 'obligataire', 'kredit', 'schulden', 'anleihe', 'darlehen', 'deuda', 'préstamo', 'bonos'],
    valuation: ['valoris', 'valoriz', 'bewert', 'valoración', 'valorada', 'valorado', 'valor de', 'el valor'],
    revenue: ["chiffre d'affaires", 'umsatz', 'erlös', 'ingresos', 'facturación'],
    invested: ['beteilig', 'inyect', 'aport', 'plac[ée]', 'investi ', 'injecte', 'steckt', 'investiert'],
    raised: ['l[èe]ve', 'a levé', 'levée', 'tour de table', 'sammelt', 'eingesammelt', 'finanzierungsrunde', 'finanzierung',
      'recaud', 'levant', 'ronda', 'captó', 'capta'],
    spending: ['dépens', 'ausgaben', 'investitionen in', 'rechenzent', 'gasto', 'centros de datos'],
  },
  target: ['objectif', 'visait', 'initialement', 'Ziel', 'angestrebt', 'ursprünglich', 'objetivo', 'buscaba', 'inicialmente'],
  anaphors: ['la société', "l'entreprise", 'la start-up', 'das Unternehmen', 'des Unternehmens', 'dem Unternehmen', 'la empresa',
    'la compañía'],
  rounds: ['tour de table', 'levée', 'Runde', 'ronda', 'beteilig'],
  from: ['de la part de', 'von', 'de parte de', 'por parte de'],
  companies: ['la', 'le', 'der', 'die', 'el', 'la empresa'],
  roundPatterns: [/\bs[ée]rie [A-H]\b/i, /\bFinanzierungsrunde\b/, /\bronda (?:semilla|serie [A-H])\b/i, /\bamorçage\b/i],
};
