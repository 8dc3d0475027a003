import type { OrgEntry } from './types.ts';

/**
 * More organizations for the names chunk (names-chunk.ts), from reading
 * heldout67, a general business desk's week: satellites, building materials,
 * luxury houses, defence vehicles, airlines, football clubs, diagnostics and
 * Japanese machinery. Aliases in every script the press uses for them.
 */
export const NAMES_CHUNK_MORE: OrgEntry[] = [
  // Satellites and telecoms.
  { name: 'SES', kind: 'company', aliases: ['SES Global', 'إس إي إس'], ambiguous: ['SES'] },
  { name: 'Inmarsat', kind: 'company', aliases: ['إنمارسات', 'インマルサット'] },
  { name: 'Thuraya', kind: 'company', aliases: ['الثريا للاتصالات'] },
  { name: 'Yahsat', kind: 'company', aliases: ['Al Yah Satellite Communications', 'الياه سات', 'ياه سات'] },
  { name: 'Bayanat', kind: 'company', aliases: ['Bayanat AI'] },
  // Gulf holdings and advisers.
  { name: 'Emirates International Investment Company', kind: 'investor', aliases: ['الإمارات الدولية للاستثمار'] },
  { name: 'Houlihan Lokey', kind: 'company', aliases: ['هوليهان لوكي', 'フーリハン・ローキー'] },
  { name: 'Duo Security', kind: 'company', aliases: [] },
  // Building materials.
  { name: 'CSR Limited', kind: 'company', aliases: ['CSR Ltd'] },
  { name: 'Boral', kind: 'company', aliases: [] },
  { name: 'James Hardie', kind: 'company', aliases: ['James Hardie Industries'], ambiguous: ['James Hardie'] },
  { name: 'Building Products of Canada', kind: 'company', aliases: [] },
  { name: 'Kaycan', kind: 'company', aliases: [] },
  // Luxury and beauty.
  { name: 'Valentino', kind: 'company', aliases: ['Maison Valentino', '华伦天奴', 'ヴァレンティノ'], ambiguous: ['Valentino', 'ヴァレンティノ'] },
  { name: 'Mayhoola', kind: 'investor', aliases: ['Mayhoola for Investments', 'مايهولا'] },
  { name: 'Balmain', kind: 'company', aliases: [], ambiguous: ['Balmain'] },
  { name: 'Gucci', kind: 'company', aliases: ['古驰', 'グッチ', 'غوتشي'] },
  { name: 'Charlotte Tilbury', kind: 'company', aliases: [], ambiguous: ['Charlotte Tilbury'] },
  { name: 'Pal Zileri', kind: 'company', aliases: [] },
  { name: 'elEconomista', kind: 'media', aliases: [] },
  // Defence vehicles and airlines.
  { name: 'Loc Performance Products', kind: 'company', aliases: ['Loc Performance'] },
  { name: 'American Rheinmetall Vehicles', kind: 'company', aliases: [] },
  { name: 'GM Defense', kind: 'company', aliases: [] },
  { name: 'Oshkosh Defense', kind: 'company', aliases: [] },
  { name: 'Mack Defense', kind: 'company', aliases: [] },
  { name: 'Navistar', kind: 'company', aliases: [] },
  { name: 'ITA Airways', kind: 'company', aliases: [] },
  { name: 'Alitalia', kind: 'company', aliases: ['أليطاليا'] },
  { name: 'Swiss International Air Lines', kind: 'company', aliases: ['瑞士国际航空', 'スイス・インターナショナル・エアラインズ'] },
  // Football clubs and their owners.
  { name: 'Inter Milan', kind: 'company', aliases: ['FC Internazionale Milano', 'Internazionale', '国际米兰', '國際米蘭', '国际米兰足球俱乐部', 'インテル・ミラノ', 'إنتر ميلان'] },
  { name: 'AC Milan', kind: 'company', aliases: ['AC米兰', 'ACミラン', 'إيه سي ميلان'] },
  { name: 'Manchester City', kind: 'company', aliases: ['曼城', 'マンチェスター・シティ', 'مانشستر سيتي'] },
  { name: 'LionRock Capital', kind: 'investor', aliases: ['狮石资本', '獅石資本'] },
  { name: 'RedBird Capital Partners', kind: 'investor', aliases: ['RedBird Capital', 'RedBird', '红鸟资本', 'レッドバード'], ambiguous: ['RedBird'] },
  { name: 'Rastar Group', kind: 'company', aliases: ['星辉集团', '星輝集團'] },
  // Diagnostics and medtech.
  { name: 'DiaSys', kind: 'company', aliases: ['DiaSys Diagnostic Systems', '德赛诊断'] },
  { name: 'HyTest', kind: 'company', aliases: ['海肽生物'] },
  { name: 'Beckman Coulter', kind: 'company', aliases: ['贝克曼库尔特', 'ベックマン・コールター'] },
  { name: 'Snibe', kind: 'company', aliases: ['新产业生物', '新產業生物'] },
  { name: 'Autobio', kind: 'company', aliases: ['安图生物', '安圖生物'] },
  // Japanese machinery, logistics and finance.
  { name: 'Hitachi Kokusai Electric', kind: 'company', aliases: ['日立国際電気'] },
  { name: 'Koki Holdings', kind: 'company', aliases: ['日立工機', '工機ホールディングス'] },
  { name: 'Logisteed', kind: 'company', aliases: ['日立物流', 'ロジスティード'] },
  { name: 'Rakuten Bank', kind: 'company', aliases: ['楽天銀行'] },
  { name: 'Capital Research and Management', kind: 'investor', aliases: ['Capital Research', 'キャピタル・リサーチ・アンド・マネージメント'] },
  { name: 'Lazard Asset Management', kind: 'investor', aliases: ['ラザード・アセット・マネージメント'] },
  { name: 'Makino Milling Machine', kind: 'company', aliases: ['Makino', '牧野フライス製作所', '牧野フライス'], ambiguous: ['Makino'] },
  { name: 'Nidec Machine Tool', kind: 'company', aliases: ['ニデックマシンツール', '三菱重工工作機械'] },
  { name: 'Takisawa Machine Tool', kind: 'company', aliases: ['滝澤鉄工所'] },
  // From the thirty-ninth session's stories: freight, telecoms, industry and a bank's advisory arm.
  { name: 'Freightos', kind: 'company', aliases: [] },
  { name: 'Cathay Cargo', kind: 'company', aliases: [] },
  { name: 'Telcel', kind: 'company', aliases: [] },
  { name: 'Triara', kind: 'company', aliases: [], ambiguous: ['Triara'] },
  { name: 'Zamil Industrial', kind: 'company', aliases: ['Zamil Industrial Investment', 'الزامل للصناعة'] },
  { name: 'RBC Capital Markets', kind: 'company', aliases: [] },
  { name: 'Asia Air Survey', kind: 'company', aliases: ['アジア航測'] },
  { name: 'RayNeo', kind: 'company', aliases: ['雷鸟创新', '雷鳥創新'] },
  { name: 'Nacional Monte de Piedad', kind: 'company', aliases: ['Monte de Piedad'] },
  { name: 'FirstCash', kind: 'company', aliases: ['FirstCash Holdings'] },
  { name: 'Equita', kind: 'company', aliases: ['Equita SIM'], ambiguous: ['Equita'] },
  { name: 'Isybank', kind: 'company', aliases: [] },
  { name: 'EagleView', kind: 'company', aliases: ['EagleView Technologies'] },
  { name: 'KCIC', kind: 'company', aliases: ['Kereta Cepat Indonesia China', '印尼中国高速铁路有限公司', '印尼中國高速鐵路有限公司'] },
  { name: 'SPIL', kind: 'company', aliases: ['Siliconware Precision Industries', 'Siliconware', '矽品精密工业', '矽品精密工業', '矽品'] },
  { name: 'Bloomberg HT', kind: 'media', aliases: [] },
  { name: 'DeLaval', kind: 'company', aliases: ['ديلافال'] },
  { name: 'MarketsandMarkets', kind: 'company', aliases: ['Markets and Markets', 'ماركتس آند ماركتس'] },
  { name: 'China State Railway Group', kind: 'company', aliases: ['China Railway', '国铁集团', '國鐵集團', '中国国家铁路集团', '中國國家鐵路集團'] },
  // From the stories of the fortieth session.
  { name: 'Antofagasta Minerals', kind: 'company', aliases: [] },
  { name: 'Hastings Direct', kind: 'company', aliases: [] },
  { name: 'Insurance Insider', kind: 'media', aliases: [] },
  { name: 'CCC Intelligent Solutions', kind: 'company', aliases: ['CCC Intelligent Solutions Holdings'] },
  { name: 'Maincare', kind: 'company', aliases: ['Maincare Solutions'] },
  { name: 'Dedalus', kind: 'company', aliases: ['Dedalus Group', 'Dedalus HealthCare'] },
  { name: 'S&P Global Market Intelligence', kind: 'company', aliases: [] },
  { name: 'Medidata', kind: 'company', aliases: ['Medidata Solutions'] },
  { name: 'IHO Holding', kind: 'investor', aliases: ['IHO'], ambiguous: ['IHO'] },
  { name: 'Umitron', kind: 'company', aliases: ['ウミトロン'] },
  { name: 'Raya Data Center', kind: 'company', aliases: ['راية لمراكز البيانات', 'رايه لمراكز البيانات'] },
];
