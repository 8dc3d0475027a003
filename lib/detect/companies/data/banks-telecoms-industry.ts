import type { OrgEntry } from './types.ts';

/**
 * Lenders, telecoms, utilities and industrial groups that AI news names as the
 * financiers, power suppliers, network partners and corporate investors of
 * data-centre and AI deals, outside the big-tech and chip sectors. Held-out
 * articles missed these more than any other kind of name.
 */
export const BANKS_TELECOMS_INDUSTRY: OrgEntry[] = [
  // Banks that lend to and arrange data-centre and AI financing.
  { name: 'Commerzbank', kind: 'company', aliases: [] },
  { name: 'DBS Bank', kind: 'company', aliases: ['DBS', 'دي بي إس', '星展银行', '星展銀行'] },
  { name: 'OCBC', kind: 'company', aliases: ['OCBC Bank', '华侨银行'] },
  { name: 'UOB', kind: 'company', aliases: ['United Overseas Bank', '大华银行'] },
  { name: 'Maybank', kind: 'company', aliases: [] },
  { name: 'Itaú Unibanco', kind: 'company', aliases: ['Itaú'] },
  { name: 'Bradesco', kind: 'company', aliases: [] },
  { name: 'Bancolombia', kind: 'company', aliases: [] },
  { name: 'Grupo Cibest', kind: 'company', aliases: ['Cibest'] },
  { name: 'QNB', kind: 'company', aliases: ['Qatar National Bank', 'بنك قطر الوطني'] },
  { name: 'First Abu Dhabi Bank', kind: 'company', aliases: ['FAB', 'بنك أبوظبي الأول'], ambiguous: ['FAB'] },
  { name: 'Emirates NBD', kind: 'company', aliases: ['بنك الإمارات دبي الوطني', 'الإمارات دبي الوطني'] },
  { name: 'Al Rajhi Bank', kind: 'company', aliases: ['مصرف الراجحي'] },
  { name: 'Saudi National Bank', kind: 'company', aliases: ['SNB', 'البنك الأهلي السعودي'], ambiguous: ['SNB'] },
  { name: 'National Bank of Egypt', kind: 'company', aliases: ['البنك الأهلي المصري'] },
  { name: 'Banque Misr', kind: 'company', aliases: ['بنك مصر'] },
  { name: 'Commercial International Bank', kind: 'company', aliases: ['CIB Egypt', 'البنك التجاري الدولي'] },
  // Telecoms that build, host or resell AI compute.
  { name: 'e&', kind: 'company', aliases: ['Etisalat', 'إي آند'] }, // not اتصالات: with the article it is the word "telecoms"
  { name: 'Zain', kind: 'company', aliases: ['زين'], ambiguous: ['زين'] },
  { name: 'Telecom Egypt', kind: 'company', aliases: ['المصرية للاتصالات'] },
  { name: 'MTN', kind: 'company', aliases: ['MTN Group', 'إم تي إن'] },
  { name: 'Safaricom', kind: 'company', aliases: [] },
  { name: 'Singtel', kind: 'company', aliases: ['新电信', '新加坡电信', '新加坡電信'] },
  { name: 'KT', kind: 'company', aliases: ['KT Corp', 'KT Corporation'], ambiguous: ['KT'] },
  { name: 'Swisscom', kind: 'company', aliases: [] },
  { name: 'América Móvil', kind: 'company', aliases: ['America Movil'] },
  { name: 'Claro', kind: 'company', aliases: [], ambiguous: ['Claro'] },
  // Utilities that sign power deals with data centres.
  { name: 'Iberdrola', kind: 'company', aliases: [] },
  { name: 'Enel', kind: 'company', aliases: [] },
  { name: 'EDF', kind: 'company', aliases: ['Électricité de France'] },
  { name: 'Engie', kind: 'company', aliases: [] },
  { name: 'Engie Energy Access', kind: 'company', aliases: [] },
  { name: 'Guizhou-Cloud Big Data', kind: 'company', aliases: ['云上贵州', '雲上貴州', '云上贵州大数据产业发展有限公司'] },
  // Carmakers, suppliers and manufacturers investing in AI.
  { name: 'Nissan', kind: 'company', aliases: ['日産', '日产', 'Nissan Motor', '日産自動車'] }, // not نيسان: also the month of April
  { name: 'Denso', kind: 'company', aliases: ['デンソー', '电装'] },
  { name: 'Suzuki', kind: 'company', aliases: ['スズキ'], ambiguous: ['Suzuki'] },
  { name: 'Mazda', kind: 'company', aliases: ['マツダ'] },
  { name: 'CATL', kind: 'company', aliases: ['سي إيه تي إل', '宁德时代', '寧德時代'] },
  { name: 'Midea', kind: 'company', aliases: ['美的集团'] },
];
