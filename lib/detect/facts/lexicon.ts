/**
 * Cue words for funding facts, per language, as regular-expression fragments.
 * Latin fragments are stems matched at a word start ("invest" finds
 * "invested"); Arabic ones may carry clitics; Chinese and Japanese ones match anywhere.
 */
import type { FactRole } from '../types.ts';

export interface RoleCues {
  latin: string[];
  other: string[];
}

export const ROLE_CUES: Record<Exclude<FactRole, 'other'>, RoleCues> = {
  acquisition: {
    latin: ['acquir', 'acquisition', 'buy(?:s|ing)? ', 'bought', 'takeover', 'rach[èe]t', 'übernahme', 'übernimmt',
      'kauft', 'adquisición', 'adquiere', 'compra'],
    other: ['استحواذ', 'استحوذت', 'يستحوذ', 'صفقة شراء', '收购', '并购', '買収'],
  },
  debt: {
    latin: ['debt', 'loan', 'bond', 'credit facility', 'borrow', 'dette', 'emprunt', 'obligataire', 'kredit',
      'schulden', 'anleihe', 'darlehen', 'deuda', 'préstamo', 'bonos'],
    other: ['ديون', 'دين', 'قروض', 'قرض', 'سندات', '债务', '贷款', '债券', '借入', '融資枠', '社債', '負債'],
  },
  valuation: {
    latin: ['valu(?:ed|ation|ing)', 'valoris', 'valoriz', 'bewert', 'valoración', 'valorada', 'valorado', 'market cap',
      'valor de', 'el valor'],
    other: ['تقييم', 'قيمة سوقية', 'بقيمة سوقية', 'تقدر قيمت', 'تقدر قيمة', '估值', '市值', '評価額', '時価総額'],
  },
  revenue: {
    latin: ['revenue', 'sales', 'turnover', "chiffre d'affaires", 'umsatz', 'erlös', 'ingresos', 'facturación'],
    other: ['إيرادات', 'ايرادات', 'عائدات', 'مبيعات', '营收', '收入', '营业额', '売上', '収益'],
  },
  invested: {
    latin: ['invest(?:ed|s|ing)? ', 'investment from', 'backed', 'particip', 'put ', 'puts ', 'putting', 'poured',
      'pouring', 'beteilig', 'inyect', 'aport', 'plac[ée]', 'investi ', 'injecte', 'steckt', 'investiert'],
    other: ['استثمر', 'استثمار من', 'اشترك', 'شارك', 'مشاركة', 'ساهم', 'مساهمة', 'بضخ', 'يضخ', 'ستضخ', '注资', '出资', '参投', '出資'],
  },
  raised: {
    latin: ['rais(?:ed|es|ing)', 'clos(?:ed|es|ing) (?:a|an|its|the)', 'secur(?:ed|es)', 'funding round', 'round',
      'l[èe]ve', 'a levé', 'levée', 'tour de table', 'sammelt', 'eingesammelt', 'finanzierungsrunde',
      'finanzierung', 'recaud', 'levant', 'ronda', 'captó', 'capta'],
    other: ['جمعت', 'تجمع', 'جمعها', 'لجمع', 'بجمع', 'جولة', 'جولت', 'أغلقت', 'اغلقت', '融资', '募资', '轮', '調達', 'ラウンド'],
  },
  spending: {
    latin: ['spend', 'spent', 'capex', 'capital expenditure', 'data cent', 'dépens', 'ausgaben', 'investitionen in',
      'rechenzent', 'gasto', 'centros de datos'],
    other: ['إنفاق', 'انفاق', 'مراكز بيانات', 'لمراكز', 'مركز بيانات', '支出', '数据中心', '投入', '設備投資', 'データセンター'],
  },
};

/** A figure someone aimed at is not the figure they got ("above the $15 billion it had targeted"). */
export const TARGET_WORDS = ['target', 'aim', 'sought', 'seeking', 'hop(?:ed|ing) to', 'set out to', 'originally',
  'initially', 'planned', 'objectif', 'visait', 'initialement', 'Ziel', 'angestrebt', 'ursprünglich', 'objetivo',
  'buscaba', 'inicialmente', 'المستهدف', 'تستهدف', 'تسعى', 'كانت تخطط', '瞄准', '目标', '原先', '原本', '目標', '当初'];

/** Words that point back to a company without naming it: the clause's company is then unclear. */
export const ANAPHORS = ['الشركة', 'للشركة', 'بالشركة', 'the company', 'the startup', 'the firm', 'la société',
  "l'entreprise", 'la start-up', 'das Unternehmen', 'des Unternehmens', 'dem Unternehmen', 'la empresa', 'la compañía',
  '该公司', '同社'];

/** Words that name a round without a figure, so an investor's share can point to the round's company. */
export const ROUND_WORDS = ['round', 'الجولة', 'جولة', 'مشاركة', 'اشترك', 'شارك', 'tour de table', 'levée', 'Runde',
  'ronda', '本轮', '融资', 'ラウンド', 'particip', 'beteilig'];

/** Role order when a clause holds several cues: the most specific wins. */
export const ROLE_ORDER: Exclude<FactRole, 'other'>[] = ['acquisition', 'debt', 'valuation', 'revenue', 'invested',
  'raised', 'spending'];

/** "… $2B from Nvidia", "ملياري دولار من شركة Nvidia": money, then a source word, then the investor. */
export const FROM_WORDS = ['from', 'de la part de', 'von', 'de parte de', 'por parte de', 'من', 'من قبل',
  '来自', 'から'];

/** A company word allowed between the source word and the investor ("من شركة Nvidia"). */
export const COMPANY_WORDS = ['شركة', 'the', 'company', 'firm', 'la', 'le', 'der', 'die', 'el', 'la empresa'];

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
  /جولة تمويل(?:ية)?(?: من الفئة [A-H])?/u,
  /[A-H]\s?轮/u,
  /天使轮/u,
  /シリーズ\s?[A-H]/u,
];
