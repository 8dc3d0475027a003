import type { OrgEntry } from './types.ts';

/**
 * More organizations that AI, tech-funding and data-centre news names: the
 * lenders, insurers, asset managers and rating agencies behind the financing,
 * development banks and state funds, Asian trading houses and conglomerates,
 * the industrial, energy, telecom and defence groups that power or buy AI,
 * regional venture funds, and news outlets in the seven languages.
 *
 * Bare words are kept out where a longer form is the usual name: "S&P" alone
 * is mostly the index and 标普 prefixes 标普500; مصدر (Masdar) is "a source",
 * طاقة (TAQA) "energy" and فوري (Fawry) "instant", so only the Latin or the
 * longer spellings are listed for those. Chinese names that also start common
 * phrases (中国银行 in 中国银行业, 京东方 in 京东方面) are marked ambiguous or left out.
 */
export const MORE_ORGS: OrgEntry[] = [
  // Rating agencies, market data, research and advisory firms.
  { name: "Moody's", kind: 'company', aliases: ["Moody's Ratings", "Moody's Investors Service", 'موديز', '穆迪', 'ムーディーズ'] },
  { name: 'S&P Global', kind: 'company', aliases: ["Standard & Poor's", 'إس آند بي غلوبال', 'ستاندرد آند بورز', '标普全球', '標普全球', 'S&Pグローバル'], ambiguous: ["Standard & Poor's", 'ستاندرد آند بورز'] },
  { name: 'Fitch Ratings', kind: 'company', aliases: ['Fitch', 'فيتش', '惠誉', '惠譽', 'フィッチ'], ambiguous: ['Fitch'] },
  { name: 'LSEG', kind: 'company', aliases: ['London Stock Exchange Group', 'Refinitiv', 'مجموعة بورصة لندن'] },
  { name: 'Gartner', kind: 'company', aliases: ['غارتنر', 'جارتنر', '高德纳', 'ガートナー'] },
  { name: 'IDC', kind: 'company', aliases: ['International Data Corporation'], ambiguous: ['IDC'] },
  { name: 'TrendForce', kind: 'company', aliases: ['集邦咨询', '集邦科技'] },
  { name: 'Boston Consulting Group', kind: 'company', aliases: ['BCG', 'مجموعة بوسطن الاستشارية'] },
  { name: 'PwC', kind: 'company', aliases: ['PricewaterhouseCoopers', 'برايس ووترهاوس كوبرز', 'بي دبليو سي', '普华永道', '普華永道'] },
  { name: 'KPMG', kind: 'company', aliases: ['كي بي إم جي', '毕马威', '畢馬威'] },

  // An exchange that lists AI and data-centre companies.
  // Not 港交所 or 香港交易所: in the news they are where a company lists, and a listing venue is no party to the deal.
  { name: 'HKEX', kind: 'company', aliases: ['Hong Kong Exchanges and Clearing', 'Hong Kong Exchanges'] },

  // US, UK and Australian banks, insurers, asset managers and activists.
  { name: 'State Street', kind: 'company', aliases: ['State Street Global Advisors'], ambiguous: ['State Street'] },
  { name: 'BNY', kind: 'company', aliases: ['BNY Mellon', 'Bank of New York Mellon'] },
  { name: 'Lazard', kind: 'company', aliases: [] },
  { name: 'Jefferies', kind: 'company', aliases: ['Jefferies Financial Group'] },
  { name: 'Standard Chartered', kind: 'company', aliases: ['StanChart', 'ستاندرد تشارترد', '渣打', '渣打银行', '渣打銀行'] },
  { name: 'Macquarie Group', kind: 'company', aliases: ['Macquarie', '麦格理', '麥格理', 'マッコーリー'] },
  { name: 'Prudential Financial', kind: 'company', aliases: [] },
  { name: 'PGIM', kind: 'investor', aliases: [] },
  { name: 'Athene', kind: 'company', aliases: ['Athene Holding'], ambiguous: ['Athene'] },
  { name: 'Elliott Management', kind: 'investor', aliases: ['Elliott Investment Management', 'Elliott', 'إليوت مانجمنت'], ambiguous: ['Elliott'] },
  { name: 'Legal & General', kind: 'company', aliases: ['L&G'] },

  // Private equity and infrastructure funds that buy data centres and software.
  { name: 'Global Infrastructure Partners', kind: 'investor', aliases: ['GIP'], ambiguous: ['GIP'] },
  { name: 'AI Infrastructure Partnership', kind: 'investor', aliases: ['AIP'], ambiguous: ['AIP'] },
  { name: 'DigitalBridge', kind: 'investor', aliases: [] },
  { name: 'Stonepeak', kind: 'investor', aliases: [] },
  { name: 'EQT', kind: 'investor', aliases: ['EQT Group', 'EQT Partners'] },
  { name: 'CVC Capital Partners', kind: 'investor', aliases: ['CVC'], ambiguous: ['CVC'] },
  { name: 'Permira', kind: 'investor', aliases: [] },

  // Continental European banks, insurers, asset managers and holding companies.
  { name: 'ING', kind: 'company', aliases: ['ING Groep', 'ING Group'] },
  { name: 'Intesa Sanpaolo', kind: 'company', aliases: [] },
  { name: 'UniCredit', kind: 'company', aliases: [] },
  { name: 'Allianz Global Investors', kind: 'investor', aliases: ['AllianzGI'] },
  { name: 'Swiss Life', kind: 'company', aliases: [] },
  { name: 'Julius Baer', kind: 'company', aliases: ['Julius Bär'] },
  { name: 'Zürcher Kantonalbank', kind: 'company', aliases: ['Zurcher Kantonalbank', 'ZKB'] },
  { name: 'Raiffeisen Bank International', kind: 'company', aliases: ['Raiffeisen'], ambiguous: ['Raiffeisen'] },
  { name: 'Nordea', kind: 'company', aliases: [] },
  { name: 'SEB', kind: 'company', aliases: ['Skandinaviska Enskilda Banken'], ambiguous: ['SEB'] },
  { name: 'DNB', kind: 'company', aliases: ['DNB Bank'], ambiguous: ['DNB'] },
  { name: 'Danske Bank', kind: 'company', aliases: [] },
  { name: 'Investor AB', kind: 'investor', aliases: [] },
  { name: 'PKO Bank Polski', kind: 'company', aliases: ['PKO BP'] },

  // Latin American banks.
  { name: 'BTG Pactual', kind: 'company', aliases: [] },

  // Development banks, development finance and state funds.
  { name: 'European Investment Bank', kind: 'company', aliases: ['EIB', 'EIB Group', 'BEI', "Banque européenne d'investissement", 'Europäische Investitionsbank', 'Europäischen Investitionsbank', 'Banco Europeo de Inversiones', 'بنك الاستثمار الأوروبي', '欧洲投资银行', '歐洲投資銀行'], ambiguous: ['BEI'] },
  { name: 'European Investment Fund', kind: 'investor', aliases: ['EIF', "Fonds européen d'investissement", 'Fondo Europeo de Inversiones', 'Europäischer Investitionsfonds', 'Europäische Investitionsfonds', 'Europäischen Investitionsfonds', '欧洲投资基金'] },
  { name: 'EBRD', kind: 'company', aliases: ['European Bank for Reconstruction and Development', 'BERD', 'البنك الأوروبي لإعادة الإعمار والتنمية'] },
  { name: 'International Finance Corporation', kind: 'investor', aliases: ['IFC', 'Corporación Financiera Internacional', 'Société financière internationale', 'مؤسسة التمويل الدولية', '国际金融公司'], ambiguous: ['IFC'] },
  { name: 'Proparco', kind: 'investor', aliases: [] },
  { name: 'African Development Bank', kind: 'company', aliases: ['AfDB', 'Banque africaine de développement', 'البنك الأفريقي للتنمية'] },
  { name: 'Polish Development Fund', kind: 'investor', aliases: ['PFR', 'Polski Fundusz Rozwoju'], ambiguous: ['PFR'] },
  { name: 'Development Bank of Japan', kind: 'company', aliases: ['DBJ', '日本政策投資銀行', '政投銀'] },
  { name: 'Korea Development Bank', kind: 'company', aliases: ['KDB'], ambiguous: ['KDB'] },
  { name: 'China Development Bank', kind: 'company', aliases: ['国家开发银行', '國家開發銀行', '国开行'] },
  { name: 'National Pension Service', kind: 'investor', aliases: ['NPS'], ambiguous: ['NPS'] },
  { name: 'Danantara', kind: 'investor', aliases: ['Danantara Indonesia'] },
  { name: 'The Sovereign Fund of Egypt', kind: 'investor', aliases: ['Sovereign Fund of Egypt', 'TSFE', 'صندوق مصر السيادي'] },

  // Chinese banks, insurers, state groups and tech.
  { name: 'Bank of China', kind: 'company', aliases: ['中国银行', '中國銀行'], ambiguous: ['中国银行', '中國銀行'] },
  // The press's two-character short forms (工行, 建行, 农行, 招行): inside 施工行业 or 新建行政 they are no bank (index.ts notTheFirm).
  { name: 'ICBC', kind: 'company', aliases: ['Industrial and Commercial Bank of China', '中国工商银行', '中國工商銀行', '工商银行', '工商銀行', '工行'], ambiguous: ['工行'] },
  { name: 'China Construction Bank', kind: 'company', aliases: ['CCB', '中国建设银行', '中國建設銀行', '建设银行', '建設銀行', '建行'], ambiguous: ['CCB'] },
  { name: 'Agricultural Bank of China', kind: 'company', aliases: ['中国农业银行', '中國農業銀行', '农业银行', '農業銀行', '农行', '農行'] },
  { name: 'China Merchants Bank', kind: 'company', aliases: ['招商银行', '招商銀行', '招行'] },
  { name: 'Ping An', kind: 'company', aliases: ['Ping An Insurance', '中国平安', '中國平安'] },
  { name: 'CITIC Group', kind: 'company', aliases: ['CITIC', '中信集团', '中信集團'] },
  { name: 'State Grid', kind: 'company', aliases: ['State Grid Corporation of China', '国家电网', '國家電網'] },
  { name: 'China Unicom', kind: 'company', aliases: ['中国联通', '中國聯通'] },
  { name: 'ZTE', kind: 'company', aliases: ['زد تي إي', '中兴通讯', '中興通訊'] },
  { name: 'Hikvision', kind: 'company', aliases: ['海康威视', '海康威視'] },
  { name: 'DJI', kind: 'company', aliases: ['大疆', '大疆创新', '大疆創新'] },
  { name: 'GDS Holdings', kind: 'company', aliases: ['GDS', '万国数据', '萬國數據'], ambiguous: ['GDS'] },
  { name: 'SiliconFlow', kind: 'company', aliases: ['硅基流动', '矽基流動'] },

  // Taiwanese chip, server and telecom companies.
  { name: 'ASE Technology Holding', kind: 'company', aliases: ['ASE Technology', 'ASE Group', '日月光', '日月光投控'] },
  { name: 'Delta Electronics', kind: 'company', aliases: ['台达电', '台達電', '台达电子', '台達電子'] },
  { name: 'Wiwynn', kind: 'company', aliases: ['纬颖', '緯穎'] },
  { name: 'Gigabyte', kind: 'company', aliases: ['Gigabyte Technology', '技嘉'], ambiguous: ['Gigabyte'] },
  { name: 'Asus', kind: 'company', aliases: ['ASUSTeK', '华硕', '華碩'] },

  // Japanese trading houses, industrials, chip suppliers and utilities.
  { name: 'Marubeni', kind: 'company', aliases: ['丸紅'] },
  { name: 'Sumitomo Corp.', kind: 'company', aliases: ['住友商事'] },
  { name: 'Toyota Tsusho', kind: 'company', aliases: ['豊田通商'] },
  { name: 'Sojitz', kind: 'company', aliases: ['双日'] },
  { name: 'Mitsubishi Heavy Industries', kind: 'company', aliases: ['Mitsubishi Heavy', 'MHI', '三菱重工業', '三菱重工'], ambiguous: ['MHI'] },
  { name: 'Fujikura', kind: 'company', aliases: ['フジクラ'] },
  { name: 'Fanuc', kind: 'company', aliases: ['ファナック'] },
  { name: 'Disco Corp.', kind: 'company', aliases: ['ディスコ'], ambiguous: ['ディスコ'] },
  { name: 'TEPCO', kind: 'company', aliases: ['Tokyo Electric Power', '東京電力', '东京电力'] },

  // Korean groups, their units, utilities and financiers.
  { name: 'Samsung Group', kind: 'company', aliases: ['مجموعة سامسونغ', 'مجموعة سامسونج', '三星集团', '三星集團', 'サムスングループ'] },
  { name: 'Samsung SDS', kind: 'company', aliases: [] },
  { name: 'SK Square', kind: 'company', aliases: [] },
  { name: 'LG Corp.', kind: 'company', aliases: ['LG Group', 'LG集团', 'LG集團', 'LGグループ'] },
  { name: 'LG Energy Solution', kind: 'company', aliases: ['LGES', 'إل جي إنرجي سولوشن', 'LG新能源', 'LGエナジーソリューション'] },
  { name: 'Hanwha Group', kind: 'company', aliases: ['Hanwha', 'هانوا', '韩华', '韓華', 'ハンファ'] },
  { name: 'Hanwha Aerospace', kind: 'company', aliases: [] },
  { name: 'Hyundai Motor', kind: 'company', aliases: ['Hyundai Motor Company', 'هيونداي موتور'] },
  { name: 'HD Hyundai Electric', kind: 'company', aliases: [] },
  { name: 'Doosan Enerbility', kind: 'company', aliases: [] },
  { name: 'KEPCO', kind: 'company', aliases: ['Korea Electric Power'] },
  { name: 'Mirae Asset', kind: 'company', aliases: ['Mirae Asset Financial Group', '未来资产', '未來資產', 'ミレーアセット', '未来アセット'], ambiguous: ['未来资产', '未來資產'] },

  // Indian, Southeast Asian and Australian tech, lenders and data centres.
  { name: 'Yotta Data Services', kind: 'company', aliases: ['Yotta'], ambiguous: ['Yotta'] },
  { name: 'Tech Mahindra', kind: 'company', aliases: [] },
  { name: 'Larsen & Toubro', kind: 'company', aliases: ['L&T'] },
  { name: 'HDFC Bank', kind: 'company', aliases: [] },
  { name: 'State Bank of India', kind: 'company', aliases: [] },
  { name: 'NextDC', kind: 'company', aliases: [] },
  { name: 'AirTrunk', kind: 'company', aliases: [] },
  { name: 'ST Telemedia Global Data Centres', kind: 'company', aliases: ['STT GDC'] },
  { name: 'Princeton Digital Group', kind: 'company', aliases: [] },
  { name: 'YTL Power', kind: 'company', aliases: ['YTL Power International'] },
  { name: 'Indosat', kind: 'company', aliases: ['Indosat Ooredoo Hutchison'] },
  { name: 'FPT', kind: 'company', aliases: [] },

  // Gulf, Egyptian and North African banks, groups and startups.
  { name: 'Riyad Bank', kind: 'company', aliases: ['بنك الرياض'] },
  { name: 'Banque Saudi Fransi', kind: 'company', aliases: ['البنك السعودي الفرنسي'] },
  { name: 'Bank Albilad', kind: 'company', aliases: ['Albilad', 'بنك البلاد'] },
  { name: 'Saudi Awwal Bank', kind: 'company', aliases: ['البنك السعودي الأول'] },
  { name: 'Investcorp', kind: 'investor', aliases: ['إنفستكورب'] },
  { name: 'EFG Hermes', kind: 'company', aliases: ['EFG Holding', 'إي إف جي هيرميس', 'المجموعة المالية هيرميس'] },
  { name: 'ACWA Power', kind: 'company', aliases: ['أكوا باور', 'أكوا'] },
  { name: 'Masdar', kind: 'company', aliases: ['مصدر'], ambiguous: ['مصدر'] },
  { name: 'TAQA', kind: 'company', aliases: ['Abu Dhabi National Energy Company', 'أبوظبي الوطنية للطاقة', 'أبو ظبي الوطنية للطاقة', 'طاقة'], ambiguous: ['طاقة'] },
  { name: 'Savvy Games Group', kind: 'company', aliases: ['Savvy Games', 'Savvy Gaming Group', 'سافي', 'مجموعة سافي للألعاب', 'مجموعة سافي', 'サヴィ・ゲームズ・グループ', 'サヴィ・ゲームズ'] },
  { name: 'Fawry', kind: 'company', aliases: ['فوري'], ambiguous: ['فوري'] },
  { name: 'Attijariwafa bank', kind: 'company', aliases: ['Attijariwafa', 'التجاري وفا بنك'] },
  { name: 'Maroc Telecom', kind: 'company', aliases: ['Itissalat Al-Maghrib', 'اتصالات المغرب', 'IAM'], ambiguous: ['IAM'] },
  { name: 'OCP Group', kind: 'company', aliases: ['OCP', 'المكتب الشريف للفوسفاط', 'المكتب الشريف للفوسفات'], ambiguous: ['OCP'] },

  // Sub-Saharan African telecoms, banks, data centres and fintechs.
  { name: 'Sonatel', kind: 'company', aliases: [] },
  { name: 'Airtel Africa', kind: 'company', aliases: [] },
  { name: 'Cassava Technologies', kind: 'company', aliases: ['Cassava'], ambiguous: ['Cassava'] },
  { name: 'Teraco', kind: 'company', aliases: [] },
  { name: 'Standard Bank', kind: 'company', aliases: ['Standard Bank Group'], ambiguous: ['Standard Bank'] },
  { name: 'Flutterwave', kind: 'company', aliases: [] },
  { name: 'Moniepoint', kind: 'company', aliases: [] },
  { name: 'Wave', kind: 'company', aliases: ['Wave Mobile Money'], ambiguous: ['Wave'] },

  // Turkish and Israeli defence and telecom groups.
  { name: 'Baykar', kind: 'company', aliases: ['بايكار'] },
  { name: 'Aselsan', kind: 'company', aliases: [] },
  { name: 'Turkcell', kind: 'company', aliases: [] },
  { name: 'Elbit Systems', kind: 'company', aliases: ['Elbit'] },

  // European and US industrials, power equipment and defence.
  { name: 'ABB', kind: 'company', aliases: ['إيه بي بي'] },
  { name: 'Atlas Copco', kind: 'company', aliases: [] },
  { name: 'Siemens Energy', kind: 'company', aliases: ['西门子能源', '西門子能源'] },
  { name: 'Eaton', kind: 'company', aliases: [] },
  { name: 'Hitachi Energy', kind: 'company', aliases: ['日立エナジー'] },
  { name: 'GE Vernova', kind: 'company', aliases: ['جي إي فيرنوفا'] },
  { name: 'Rolls-Royce', kind: 'company', aliases: ['رولز رويس'] },
  { name: 'Prysmian', kind: 'company', aliases: [] },
  { name: 'Dassault Aviation', kind: 'company', aliases: [] },
  { name: 'MBDA', kind: 'company', aliases: [] },

  // Chip, storage and network suppliers outside the AI-chip core.
  { name: 'NXP', kind: 'company', aliases: ['NXP Semiconductors'] },
  { name: 'ASM International', kind: 'company', aliases: ['ASMI'] },
  { name: 'BE Semiconductor Industries', kind: 'company', aliases: ['Besi', 'BE Semiconductor'] },
  { name: 'Arista Networks', kind: 'company', aliases: ['Arista'], ambiguous: ['Arista'] },
  { name: 'Celestica', kind: 'company', aliases: [] },
  { name: 'SanDisk', kind: 'company', aliases: [] },

  // European cloud, IT services and data-centre operators.
  { name: 'OVHcloud', kind: 'company', aliases: ['OVH'] },
  { name: 'IONOS', kind: 'company', aliases: [] },
  { name: 'T-Systems', kind: 'company', aliases: [] },
  { name: 'Stackit', kind: 'company', aliases: [] },
  { name: 'Data4', kind: 'company', aliases: [] },
  { name: 'Start Campus', kind: 'company', aliases: [] },

  // Power companies that sign supply deals with data centres.
  { name: 'TotalEnergies', kind: 'company', aliases: ['Total', 'توتال إنرجيز'], ambiguous: ['Total'] },
  { name: 'RWE', kind: 'company', aliases: [] },
  { name: 'E.ON', kind: 'company', aliases: [] },
  { name: 'NextEra Energy', kind: 'company', aliases: ['NextEra'] },
  { name: 'Entergy', kind: 'company', aliases: [] },
  { name: 'Vistra', kind: 'company', aliases: [] },
  { name: 'Talen Energy', kind: 'company', aliases: [] },
  { name: 'Chevron', kind: 'company', aliases: ['شيفرون'], ambiguous: ['Chevron'] },

  // Telecoms.
  { name: 'Telefónica Tech', kind: 'company', aliases: ['Telefonica Tech'] },
  { name: 'Telecom Italia', kind: 'company', aliases: ['TIM'], ambiguous: ['TIM'] },
  { name: 'KPN', kind: 'company', aliases: [] },
  { name: 'Lumen Technologies', kind: 'company', aliases: ['Lumen'], ambiguous: ['Lumen'] },

  // Internet, e-commerce, advertising and publishing groups that buy or license AI.
  { name: 'Electronic Arts', kind: 'company', aliases: ['EA', 'إلكترونيك آرتس'], ambiguous: ['EA'] },
  { name: 'LinkedIn', kind: 'company', aliases: ['لينكد إن', 'لينكدإن'] },
  { name: 'GitHub', kind: 'company', aliases: ['غيت هاب', 'جيت هاب'] },
  { name: 'Zalando', kind: 'company', aliases: [] },
  { name: 'Allegro', kind: 'company', aliases: [], ambiguous: ['Allegro'] },
  { name: 'InPost', kind: 'company', aliases: [] },
  { name: 'Globant', kind: 'company', aliases: [] },
  { name: 'Publicis Groupe', kind: 'company', aliases: ['Publicis'] },
  { name: 'WPP', kind: 'company', aliases: [] },
  { name: 'Axel Springer', kind: 'company', aliases: [] },
  { name: 'Prisa', kind: 'company', aliases: ['Grupo Prisa'] },

  // Venture funds in Europe, Latin America, the Middle East, Africa and India.
  { name: 'Samaipata', kind: 'investor', aliases: [] },
  { name: 'K Fund', kind: 'investor', aliases: [] },
  { name: 'Rocket Internet', kind: 'investor', aliases: ['روكيت إنترنت'] },
  { name: 'Vsquared Ventures', kind: 'investor', aliases: [] },
  { name: 'Kaszek', kind: 'investor', aliases: ['Kaszek Ventures'] },
  { name: 'monashees', kind: 'investor', aliases: [] },
  { name: 'Sawari Ventures', kind: 'investor', aliases: ['سواري فنتشرز'] },
  { name: 'Algebra Ventures', kind: 'investor', aliases: ['ألجبرا فنتشرز'] },
  { name: 'Flat6Labs', kind: 'investor', aliases: ['فلات 6 لابز', 'فلات6لابز'] },
  { name: 'Middle East Venture Partners', kind: 'investor', aliases: ['MEVP', 'ميدل إيست فنتشر بارتنرز'] },
  { name: 'Impact46', kind: 'investor', aliases: ['إمباكت 46', 'إمباكت46'] },
  { name: 'Partech Africa', kind: 'investor', aliases: ['بارتك أفريقيا', 'بارتيك أفريقيا', 'بارتيك أفريكا', 'بارتك أفريكا'] },
  { name: 'TLcom Capital', kind: 'investor', aliases: ['TLcom'] },
  { name: 'Blume Ventures', kind: 'investor', aliases: [] },
  { name: 'Elevation Capital', kind: 'investor', aliases: [] },
  { name: 'Z47', kind: 'investor', aliases: ['Matrix Partners India'] },

  // Data trackers of funding rounds, treated like PitchBook and Crunchbase.
  { name: 'CB Insights', kind: 'media', aliases: [] },
  { name: 'Dealroom', kind: 'media', aliases: ['Dealroom.co'] },
  { name: 'Tracxn', kind: 'media', aliases: [] },
  { name: 'MAGNiTT', kind: 'media', aliases: ['ماغنيت', 'ماجنيت', 'ماغنت'] },

  // News media: English.
  { name: 'The Washington Post', kind: 'media', aliases: ['Washington Post', 'واشنطن بوست', '华盛顿邮报', '華盛頓郵報', 'ワシントン・ポスト'] },
  { name: 'DigiTimes', kind: 'media', aliases: ['電子時報', '电子时报'] },
  { name: 'Data Center Dynamics', kind: 'media', aliases: ['DatacenterDynamics', 'DCD'], ambiguous: ['DCD'] },
  { name: 'Straits Times', kind: 'media', aliases: ['海峡时报', '海峽時報'] },
  { name: 'DealStreetAsia', kind: 'media', aliases: ['Deal Street Asia'] },
  { name: 'Arabian Business', kind: 'media', aliases: ['أريبيان بزنس'] },
  { name: 'TechCabal', kind: 'media', aliases: [] },
  { name: 'Moneycontrol', kind: 'media', aliases: [] },
  { name: 'Mint', kind: 'media', aliases: ['Livemint'], ambiguous: ['Mint'] },
  { name: 'The Korea Economic Daily', kind: 'media', aliases: ['Korea Economic Daily'] },

  // News media: German.
  { name: 'Neue Zürcher Zeitung', kind: 'media', aliases: ['NZZ', 'Neue Zurcher Zeitung', 'Neuen Zürcher Zeitung'] },
  { name: 'Die Welt', kind: 'media', aliases: [], ambiguous: ['Die Welt'] },
  { name: 'Deutsche Welle', kind: 'media', aliases: ['DW', 'دويتشه فيله', 'دي دبليو'], ambiguous: ['DW'] },

  // News media: French.
  { name: 'Jeune Afrique', kind: 'media', aliases: [] },
  { name: 'RFI', kind: 'media', aliases: ['Radio France Internationale'], ambiguous: ['RFI'] },
  { name: 'France 24', kind: 'media', aliases: ['فرانس 24'] },
  { name: 'Hespress', kind: 'media', aliases: ['هسبريس'] },

  // News media: Spanish.
  { name: 'Bloomberg Línea', kind: 'media', aliases: ['Bloomberg Linea', 'ブルームバーグ・リネア'] },

  // News media: Arabic.
  { name: 'Anadolu Agency', kind: 'media', aliases: ['Anadolu Ajansı', 'وكالة الأناضول'] },
  { name: 'KUNA', kind: 'media', aliases: ['Kuwait News Agency', 'كونا', 'وكالة الأنباء الكويتية'], ambiguous: ['كونا'] },
  { name: 'Middle East News Agency', kind: 'media', aliases: ['وكالة أنباء الشرق الأوسط'] },
  { name: 'Al Ain News', kind: 'media', aliases: ['العين الإخبارية'] },
  { name: 'Al-Quds Al-Arabi', kind: 'media', aliases: ['القدس العربي'], ambiguous: ['القدس العربي'] },
  { name: 'Al-Araby Al-Jadeed', kind: 'media', aliases: ['The New Arab', 'العربي الجديد'], ambiguous: ['العربي الجديد'] },

  // News media: Chinese.
  { name: "People's Daily", kind: 'media', aliases: ['人民日报'] },
  { name: 'China News Service', kind: 'media', aliases: ['中新社', '中国新闻网'] },
  { name: 'Securities Times', kind: 'media', aliases: ['证券时报'] },
  { name: 'National Business Daily', kind: 'media', aliases: ['每日经济新闻'] },
  { name: 'TMTPost', kind: 'media', aliases: ['钛媒体'] },
  { name: 'IT Home', kind: 'media', aliases: ['IT之家'], ambiguous: ['IT Home'] },
  { name: 'Wallstreetcn', kind: 'media', aliases: ['华尔街见闻'] },
  { name: 'Gelonghui', kind: 'media', aliases: ['格隆汇'] },
  { name: 'Xinzhiyuan', kind: 'media', aliases: ['新智元'] },
  { name: 'Commercial Times', kind: 'media', aliases: ['工商時報', '工商时报'] },
  { name: 'United Daily News', kind: 'media', aliases: ['聯合報', '联合报'], ambiguous: ['聯合報', '联合报'] },
  { name: 'Anue', kind: 'media', aliases: ['cnyes', '鉅亨網', '钜亨网'] },

  // News media: Japanese.
  { name: 'Mainichi Shimbun', kind: 'media', aliases: ['Mainichi', '毎日新聞'] },
  { name: 'Sankei Shimbun', kind: 'media', aliases: ['産経新聞'] },
  { name: 'Nikkei xTECH', kind: 'media', aliases: ['日経クロステック'] },
  { name: 'Diamond Online', kind: 'media', aliases: ['ダイヤモンド・オンライン'] },
  { name: 'Japan Times', kind: 'media', aliases: ['ジャパンタイムズ'] },
  { name: 'TV Tokyo', kind: 'media', aliases: ['テレビ東京'] },
];
