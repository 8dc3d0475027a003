import type { OrgEntry } from './types.ts';

/**
 * Sovereign funds, state investors and the Gulf's AI companies. Several Arabic
 * names are ordinary words (مبادلة "swap", سنابل "ears of grain"): they are
 * marked ambiguous and need a cue. Where the bare name is a word that funding
 * news uses all the time (القابضة "the holding", آلات "machines", خزنة "safe",
 * جدا "very"), only the longer form is listed: every such sentence carries a
 * money cue, so marking it ambiguous would not keep it out.
 */
export const SOVEREIGN_GULF: OrgEntry[] = [
  { name: 'MGX', kind: 'investor', aliases: ['إم جي إكس'] },
  { name: 'Qatar Investment Authority', kind: 'investor', aliases: ['QIA', 'جهاز قطر للاستثمار', '卡塔尔投资局', '卡塔爾投資局', '卡達投資局', 'カタール投資庁'] },
  { name: 'Qatar Holding', kind: 'investor', aliases: ['قطر القابضة'] },
  { name: 'Public Investment Fund', kind: 'investor', aliases: ['PIF', 'صندوق الاستثمارات العامة', '沙特公共投资基金', '公共投资基金', '公共投資基金', '沙特公共投資基金', 'サウジ公共投資基金'] },
  { name: 'Mubadala', kind: 'investor', aliases: ['Mubadala Investment Company', 'مبادلة', 'مبادلة للاستثمار', '穆巴达拉', '穆巴達拉', 'ムバダラ', 'ムバダラ・インベストメント'], ambiguous: ['مبادلة'] },
  { name: 'Mubadala Capital', kind: 'investor', aliases: ['مبادلة كابيتال'] },
  { name: 'Abu Dhabi Investment Authority', kind: 'investor', aliases: ['ADIA', 'أديا', 'جهاز أبوظبي للاستثمار', 'جهاز أبو ظبي للاستثمار', '阿布扎比投资局', '阿布達比投資局', 'アブダビ投資庁'] },
  { name: 'ADQ', kind: 'investor', aliases: ['Abu Dhabi Developmental Holding Company', 'شركة أبوظبي التنموية القابضة', 'القابضة'], ambiguous: ['القابضة'] },
  { name: 'Lunate', kind: 'investor', aliases: ['لونيت'] },
  { name: 'International Holding Company', kind: 'company', aliases: ['IHC', 'الشركة العالمية القابضة'], ambiguous: ['IHC'] },
  { name: 'G42', kind: 'company', aliases: ['Group 42', 'جي 42', 'جي42'] },
  { name: 'Core42', kind: 'company', aliases: ['كور 42', 'كور42'] },
  { name: 'Khazna Data Centers', kind: 'company', aliases: ['Khazna', 'خزنة لمراكز البيانات', 'خزنة'], ambiguous: ['خزنة'] },
  { name: 'Presight', kind: 'company', aliases: ['Presight AI', 'بريسايت'] },
  { name: 'ADNOC', kind: 'company', aliases: ['Abu Dhabi National Oil Company', 'أدنوك', 'بترول أبوظبي الوطنية'] },
  { name: 'Dubai Holding', kind: 'company', aliases: ['دبي القابضة'] },
  { name: 'Investment Corporation of Dubai', kind: 'investor', aliases: ['مؤسسة دبي للاستثمارات الحكومية', 'مؤسسة دبي للاستثمارات'] },
  { name: 'Emirates Investment Authority', kind: 'investor', aliases: ['جهاز الإمارات للاستثمار'] },
  { name: 'Prosperity7 Ventures', kind: 'investor', aliases: ['Prosperity7', 'Prosperity 7', 'بروسبيريتي 7', 'بروسبيرتي 7', 'بروسبيريتي7'] },
  { name: 'Aramco Ventures', kind: 'investor', aliases: ['أرامكو فنتشرز'] },
  { name: 'Saudi Aramco', kind: 'company', aliases: ['Aramco', 'أرامكو', 'أرامكو السعودية', '沙特阿美', 'サウジアラムコ'] },
  { name: 'Humain', kind: 'company', aliases: ['هيوماين', 'هيومين'], ambiguous: ['Humain'] },
  { name: 'Alat', kind: 'company', aliases: ['آلات'], ambiguous: ['Alat', 'آلات'] },
  { name: 'Sanabil Investments', kind: 'investor', aliases: ['Sanabil', 'سنابل للاستثمار', 'سنابل'], ambiguous: ['سنابل'] },
  { name: 'STV', kind: 'investor', aliases: ['Saudi Technology Ventures', 'إس تي في'], ambiguous: ['STV'] },
  { name: 'Saudi Venture Capital Company', kind: 'investor', aliases: ['SVC', 'الشركة السعودية للاستثمار الجريء'], ambiguous: ['SVC'] },
  { name: 'Kingdom Holding', kind: 'investor', aliases: ['المملكة القابضة'] },
  { name: 'Hassana Investment Company', kind: 'investor', aliases: ['Hassana', 'حصانة الاستثمارية'] },
  { name: 'stc Group', kind: 'company', aliases: ['stc', 'Saudi Telecom Company', 'الاتصالات السعودية', 'إس تي سي'], ambiguous: ['stc'] },
  { name: 'Ooredoo', kind: 'company', aliases: ['أوريدو'] },
  { name: 'Kuwait Investment Authority', kind: 'investor', aliases: ['KIA', 'هيئة الاستثمار الكويتية', 'الهيئة العامة للاستثمار الكويتية'], ambiguous: ['KIA'] },
  { name: 'Oman Investment Authority', kind: 'investor', aliases: ['OIA', 'جهاز الاستثمار العماني'], ambiguous: ['OIA'] },
  { name: 'Mumtalakat', kind: 'investor', aliases: ['Bahrain Mumtalakat Holding Company', 'ممتلكات البحرين القابضة'] },
  { name: 'Temasek', kind: 'investor', aliases: ['Temasek Holdings', 'تيماسك', 'تيماسيك', '淡马锡', '淡馬錫', 'テマセク'] },
  { name: 'GIC', kind: 'investor', aliases: ['GIC Private Limited', 'جي آي سي', '新加坡政府投资公司', '新加坡政府投資公司', 'シンガポール政府投資公社'], ambiguous: ['GIC'] },
  { name: 'Khazanah Nasional', kind: 'investor', aliases: ['Khazanah'] },
  { name: 'Norges Bank Investment Management', kind: 'investor', aliases: ['NBIM', 'Norges Bank', 'صندوق الثروة السيادي النرويجي', '挪威央行投资管理机构'] },
  { name: 'Korea Investment Corporation', kind: 'investor', aliases: ['KIC'], ambiguous: ['KIC'] },
  { name: 'Japan Investment Corporation', kind: 'investor', aliases: ['JIC', '産業革新投資機構'], ambiguous: ['JIC'] },
  { name: 'Bpifrance', kind: 'investor', aliases: ['BPI France', 'بي بي آي فرانس'] },
  { name: 'AI71', kind: 'company', aliases: [] },
  { name: 'Aramco Digital', kind: 'company', aliases: ['أرامكو الرقمية'] },
  { name: 'DataVolt', kind: 'company', aliases: ['داتافولت', 'داتا فولت'] },
  { name: 'Jada Fund of Funds', kind: 'investor', aliases: ['Jada', 'جدا'], ambiguous: ['Jada', 'جدا'] },
  { name: "Wa'ed Ventures", kind: 'investor', aliases: ['Waed Ventures', 'واعد فنتشرز', 'وعد فنتشرز', 'واعد'], ambiguous: ['واعد'] },
  { name: 'Hub71', kind: 'company', aliases: [] },
];
