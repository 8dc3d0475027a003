/**
 * Arabic spellings, from the thirty-ninth session, for organizations the
 * gazetteer had without them: Gulf and North African firms, Chinese carmakers
 * and AI labs as the Arab press writes them. None for the European chunk's
 * organizations (european-orgs.ts): a name in Arabic would move them all out
 * of that chunk.
 * Drafted by a helper, checked against every spelling the gazetteer holds;
 * spellings that are also plain words were left out.
 */
export const ARABIC_ALIASES_4: Record<string, string[]> = {
  'BIAT': ['البنك العربي لتونس', 'بنك تونس العربي الدولي'],
  'Gulf Data Hub': ['جلف داتا هب'],
  'Saudi Information Technology Company': ['الشركة السعودية لتقنية المعلومات'],
  'Huspy': ['هوسبي', 'هاسبي'],
  'NymCard': ['نيم كارد'],
  'Homzmart': ['هومزمارت'],
  'Ora Developers': ['أورا للتطوير العقاري', 'أورا ديفلوبرز'],
  'CI Capital': ['سي آي كابيتال'],
  'Tonomus': ['تونوموس'],
  'Erad': ['إراد'],
  'Aster DM Healthcare': ['أستر دي إم للرعاية الصحية', 'أستر دي إم'],
  'Legrand': ['ليغراند'],
  'Hainan Airlines': ['طيران هاينان', 'خطوط هاينان الجوية'],
  'Club Med': ['كلوب ميد'],
  'Yutong Bus': ['يوتونغ'],
  'Sinotruk': ['سينوتراك'],
  'Weichai Power': ['ويتشاي'],
  'Voyah': ['فوياه'],
  'Qualcomm Ventures': ['كوالكوم فنتشرز'],
  'Skild AI': ['سكيلد إيه آي'],
  'Liquid AI': ['ليكويد إيه آي'],
  'Hippocratic AI': ['هيبوقراطيك إيه آي'],
  'Proparco': ['بروباركو'],
  'Simpson Thacher': ['سيمبسون ثاتشر'],
};
