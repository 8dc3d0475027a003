import type { OrgEntry } from './types.ts';

/**
 * Sovereign funds, state investors and the Gulf's AI companies. Several Arabic
 * names are ordinary words (مبادلة "swap", خزنة "safe", سنابل "ears of grain"):
 * they are marked ambiguous and need a cue. Where the bare name is a very common
 * word (القابضة "the holding", آلات "machines", جدا "very"), only the longer
 * form is listed, since a cue nearby would still not make it safe.
 */
export const SOVEREIGN_GULF: OrgEntry[] = [
  { name: 'MGX', kind: 'investor', aliases: ['إم جي إكس'], description: 'Abu Dhabi AI investment vehicle' },
  { name: 'Qatar Investment Authority', kind: 'investor', aliases: ['QIA', 'جهاز قطر للاستثمار', '卡塔尔投资局', '卡塔爾投資局', '卡達投資局', 'カタール投資庁'], description: "Qatar's sovereign wealth fund" },
  { name: 'Qatar Holding', kind: 'investor', aliases: ['قطر القابضة'], description: 'Direct-investment arm of QIA' },
  { name: 'Public Investment Fund', kind: 'investor', aliases: ['PIF', 'صندوق الاستثمارات العامة', '沙特公共投资基金', '沙特公共投資基金', 'サウジ公共投資基金'], description: "Saudi Arabia's sovereign wealth fund" },
  { name: 'Mubadala', kind: 'investor', aliases: ['Mubadala Investment Company', 'مبادلة', 'مبادلة للاستثمار', '穆巴达拉', '穆巴達拉', 'ムバダラ'], ambiguous: ['مبادلة'], description: 'Abu Dhabi state investor' },
  { name: 'Mubadala Capital', kind: 'investor', aliases: ['مبادلة كابيتال'], description: "Mubadala's asset-management arm" },
  { name: 'Abu Dhabi Investment Authority', kind: 'investor', aliases: ['ADIA', 'جهاز أبوظبي للاستثمار', 'جهاز أبو ظبي للاستثمار', '阿布扎比投资局', '阿布達比投資局'], description: "Abu Dhabi's largest sovereign fund" },
  { name: 'ADQ', kind: 'investor', aliases: ['Abu Dhabi Developmental Holding Company', 'شركة أبوظبي التنموية القابضة'], description: 'Abu Dhabi sovereign investor' },
  { name: 'Lunate', kind: 'investor', aliases: ['لونيت'], description: 'Abu Dhabi alternative-investment firm' },
  { name: 'International Holding Company', kind: 'company', aliases: ['IHC', 'الشركة العالمية القابضة'], ambiguous: ['IHC'], description: 'Abu Dhabi conglomerate' },
  { name: 'G42', kind: 'company', aliases: ['Group 42', 'جي 42', 'جي42'], description: 'Abu Dhabi AI group' },
  { name: 'Core42', kind: 'company', aliases: ['كور 42'], description: "G42's cloud and AI infrastructure unit" },
  { name: 'Khazna Data Centers', kind: 'company', aliases: ['Khazna', 'خزنة', 'خزنة لمراكز البيانات'], ambiguous: ['خزنة'], description: 'UAE data-center operator' },
  { name: 'Presight', kind: 'company', aliases: ['Presight AI', 'بريسايت'] },
  { name: 'Technology Innovation Institute', kind: 'company', aliases: ['TII', 'معهد الابتكار التكنولوجي'], ambiguous: ['TII'], description: 'Abu Dhabi research center, Falcon models' },
  { name: 'ADNOC', kind: 'company', aliases: ['Abu Dhabi National Oil Company', 'أدنوك'] },
  { name: 'Dubai Holding', kind: 'company', aliases: ['دبي القابضة'] },
  { name: 'Investment Corporation of Dubai', kind: 'investor', aliases: ['مؤسسة دبي للاستثمارات الحكومية'] },
  { name: 'Emirates Investment Authority', kind: 'investor', aliases: ['جهاز الإمارات للاستثمار'] },
  { name: 'Prosperity7 Ventures', kind: 'investor', aliases: ['Prosperity7', 'Prosperity 7', 'بروسبيريتي 7', 'بروسبيرتي 7', 'بروسبيريتي7'], description: 'Growth fund of Aramco Ventures' },
  { name: 'Aramco Ventures', kind: 'investor', aliases: ['أرامكو فنتشرز'], description: "Saudi Aramco's venture arm" },
  { name: 'Aramco', kind: 'company', aliases: ['Saudi Aramco', 'أرامكو', 'أرامكو السعودية', '沙特阿美', 'サウジアラムコ'], ticker: '2222.SR', description: 'Saudi state oil company' },
  { name: 'Humain', kind: 'company', aliases: ['هيوماين', 'هيومين'], ambiguous: ['Humain'], description: 'Saudi AI company owned by PIF' },
  { name: 'Alat', kind: 'company', aliases: [], ambiguous: ['Alat'], description: 'PIF electronics and industrial company' },
  { name: 'Sanabil Investments', kind: 'investor', aliases: ['Sanabil', 'سنابل للاستثمار', 'سنابل'], ambiguous: ['سنابل'], description: 'PIF venture investor' },
  { name: 'STV', kind: 'investor', aliases: ['Saudi Technology Ventures', 'إس تي في'], ambiguous: ['STV'], description: 'Riyadh venture firm' },
  { name: 'Saudi Venture Capital Company', kind: 'investor', aliases: ['SVC', 'الشركة السعودية للاستثمار الجريء'], ambiguous: ['SVC'] },
  { name: 'Kingdom Holding Company', kind: 'investor', aliases: ['Kingdom Holding', 'المملكة القابضة'], description: 'Riyadh investment firm, xAI shareholder' },
  { name: 'Hassana Investment Company', kind: 'investor', aliases: ['Hassana'] },
  { name: 'SDAIA', kind: 'company', aliases: ['Saudi Data and AI Authority', 'Saudi Data and Artificial Intelligence Authority', 'سدايا'], description: 'Saudi AI regulator and agency' },
  { name: 'stc Group', kind: 'company', aliases: ['stc', 'Saudi Telecom Company', 'الاتصالات السعودية'], ambiguous: ['stc'] },
  { name: 'Ooredoo', kind: 'company', aliases: ['أوريدو'] },
  { name: 'Kuwait Investment Authority', kind: 'investor', aliases: ['KIA', 'هيئة الاستثمار الكويتية'], ambiguous: ['KIA'], description: "Kuwait's sovereign wealth fund" },
  { name: 'Oman Investment Authority', kind: 'investor', aliases: ['OIA', 'جهاز الاستثمار العماني'], ambiguous: ['OIA'] },
  { name: 'Mumtalakat', kind: 'investor', aliases: ['Bahrain Mumtalakat Holding Company', 'ممتلكات البحرين القابضة'] },
  { name: 'Temasek', kind: 'investor', aliases: ['Temasek Holdings', 'تيماسك', 'تيماسيك', '淡马锡', '淡馬錫', 'テマセク'], description: 'Singapore state investor' },
  { name: 'GIC', kind: 'investor', aliases: ['GIC Private Limited', 'جي آي سي', '新加坡政府投资公司', '新加坡政府投資公司'], ambiguous: ['GIC'], description: "Singapore's sovereign wealth fund" },
  { name: 'Khazanah Nasional', kind: 'investor', aliases: ['Khazanah'] },
  { name: 'Norges Bank Investment Management', kind: 'investor', aliases: ['NBIM'], description: "Manager of Norway's oil fund" },
  { name: 'Korea Investment Corporation', kind: 'investor', aliases: ['KIC'], ambiguous: ['KIC'] },
  { name: 'Japan Investment Corporation', kind: 'investor', aliases: ['JIC', '産業革新投資機構'], ambiguous: ['JIC'] },
  { name: 'Bpifrance', kind: 'investor', aliases: ['BPI France'], description: 'French state investment bank' },
  { name: 'AI71', kind: 'company', aliases: [] },
  { name: 'Aramco Digital', kind: 'company', aliases: ['أرامكو الرقمية'] },
  { name: 'DataVolt', kind: 'company', aliases: ['داتافولت'], description: 'Saudi data-center developer' },
  { name: 'Jada Fund of Funds', kind: 'investor', aliases: ['Jada'], ambiguous: ['Jada'] },
  { name: "Wa'ed Ventures", kind: 'investor', aliases: ['Waed Ventures', 'واعد فنتشرز'] },
  { name: 'Hub71', kind: 'company', aliases: [] },
];
