import type { OrgEntry } from './types.ts';

/**
 * Large companies outside tech that AI news names as buyers, partners and
 * investors (drugmakers, carmakers), and advisory firms.
 * The law firms, banks, brokers, oil majors and miners that deal stories name
 * ride in the names chunk (names-chunk-advisers.ts), as do consumer,
 * industrial and German groups and Indian internet companies
 * (names-chunk-groups.ts). Latin spellings mostly:
 * the content script's byte budget buys more names that way, and these are
 * rarely transliterated.
 */
export const CORPORATES_ADVISERS: OrgEntry[] = [
  // Drugmakers, whose AI drug-discovery deals fill the biotech pages.
  { name: 'Sanofi', kind: 'company', aliases: ['سانوفي'] },
  { name: 'Bayer', kind: 'company', aliases: ['باير'], ambiguous: ['Bayer'] },
  { name: 'Roche', kind: 'company', aliases: ['روش', '罗氏'], ambiguous: ['Roche'] },
  { name: 'Novartis', kind: 'company', aliases: ['نوفارتيس', '诺华'] },
  { name: 'Pfizer', kind: 'company', aliases: ['فايزر', '辉瑞'] },
  { name: 'AstraZeneca', kind: 'company', aliases: ['أسترازينيكا', '阿斯利康'] },
  { name: 'Novo Nordisk', kind: 'company', aliases: ['نوفو نورديسك'] },
  { name: 'Eli Lilly', kind: 'company', aliases: ['Lilly', 'إيلي ليلي', '礼来'], ambiguous: ['Lilly'] },
  { name: 'GSK', kind: 'company', aliases: ['GlaxoSmithKline', 'غلاكسو سميث كلاين', 'جلاكسو سميث كلاين'] },
  { name: 'Johnson & Johnson', kind: 'company', aliases: ['J&J', 'جونسون آند جونسون'] },
  { name: 'Takeda Pharmaceutical', kind: 'company', aliases: ['Takeda', '武田薬品', '武田薬品工業'] },
  // Carmakers and suppliers.
  { name: 'Stellantis', kind: 'company', aliases: ['ستيلانتيس'] },
  { name: 'Renault', kind: 'company', aliases: ['رينو', 'رونو', '雷诺'], ambiguous: ['Renault'] },
  { name: 'Ford', kind: 'company', aliases: ['Ford Motor', 'فورد', '福特'], ambiguous: ['Ford', 'فورد'] },
  { name: 'General Motors', kind: 'company', aliases: ['GM', 'جنرال موتورز', '通用汽车'], ambiguous: ['GM'] },
  { name: 'Valeo', kind: 'company', aliases: [] },
  { name: 'Michelin', kind: 'company', aliases: [], ambiguous: ['Michelin'] },
  { name: 'ZF Friedrichshafen', kind: 'company', aliases: ['ZF'], ambiguous: ['ZF'] },
  // Advisory firms, named well beyond deal stories (the law firms deals name as advisers ride in the names chunk: names-chunk-advisers.ts).
  { name: 'Bain & Company', kind: 'company', aliases: ['باين آند كومباني'] },
  { name: 'EY', kind: 'company', aliases: ['Ernst & Young', 'إرنست ويونغ', 'إرنست آند يونغ'], ambiguous: ['EY'] },
  { name: 'Oliver Wyman', kind: 'company', aliases: [] },
  // News outlets.
  { name: 'Globes', kind: 'media', aliases: [], ambiguous: ['Globes'] },
  { name: 'Calcalist', kind: 'media', aliases: [] },
  { name: 'Het Financieele Dagblad', kind: 'media', aliases: ['Financieele Dagblad'] },
  { name: 'Australian Financial Review', kind: 'media', aliases: ['AFR'], ambiguous: ['AFR'] },
  { name: 'Desjardins Securities', kind: 'investor', aliases: ['Valeurs mobilières Desjardins'] },
];
