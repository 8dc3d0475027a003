/**
 * Words in Arabic and CJK sentences that make an ambiguous name there a
 * company's (context.ts holds the Latin ones). They ride with their script's
 * readers: only a page in that script has sentences that hold them.
 */

/** Arabic cue words, matched as whole words once clitics are off ("وشركة" is "شركة"). */
export const ARABIC_COMPANY_CUES = [
  'شركة', 'شركات', 'الشركة', 'مجموعة', 'مستثمر', 'المستثمرين', 'استثمار', 'الاستثمار', 'تمويل', 'تمويلا', 'جولة',
  'أسهم', 'مليار', 'مليون', 'دولار', 'ديون', 'قروض', 'صفقة', 'تقييم', 'منافسة', 'عمالقة', 'عملاق',
];

/** CJK cue words, matched anywhere in the sentence (no word edges in these scripts). */
export const CJK_COMPANY_CUES = ['公司', '集团', '融资', '投资', '估值', '股份', '美元', '亿', '企業', '会社', '出資', '調達', '億', '円', 'ドル'];
