import type { OrgEntry } from './types.ts';

/**
 * Organizations for the names chunk (names-chunk.ts), from reading heldout69,
 * a business desk's week in travel, real estate, games and defence: Gulf
 * brokers and airlines, esports and game studios, American rental landlords,
 * Spanish and German defence suppliers, Chinese brokers and developers,
 * Japanese studios and ball clubs. Aliases in every script the press uses for
 * them. Words that are also common ones (Riot, Spirit, Hutch, ITP, バンジー, オアシス)
 * count alone only with a cue or their full name in the article; not SAS (a
 * French legal form) nor ESG (the investing term), which are left out.
 */
export const NAMES_CHUNK_TRAVEL: OrgEntry[] = [
  // The Gulf: brokers, airlines, retail and property.
  { name: 'Saudi Fransi Capital', kind: 'company', aliases: ['السعودي الفرنسي كابيتال'] },
  { name: 'Jazeera Airways', kind: 'company', aliases: ['طيران الجزيرة', 'طيران الجزيرة الكويتية'] },
  { name: 'Nice One', kind: 'company', aliases: ['نايس ون'], ambiguous: ['Nice One'] },
  { name: 'Masar', kind: 'company', aliases: ['أم القرى للتنمية والإعمار', 'Umm Al Qura for Development and Construction'] },
  // Games and esports.
  { name: 'ESL Gaming', kind: 'company', aliases: ['ESL', 'إي إس إل'], ambiguous: ['ESL'] },
  { name: 'FACEIT', kind: 'company', aliases: ['فيس إت', 'فيس إيت'] },
  { name: 'ESL FACEIT Group', kind: 'company', aliases: ['إي إس إل فيس إت'] },
  { name: 'Modern Times Group', kind: 'company', aliases: ['MTG', 'Modern Times Group MTG', 'مجموعة مودرن تايمز', 'مودرن تايمز'], ambiguous: ['MTG'] },
  { name: 'Hutch Games', kind: 'company', aliases: ['Hutch', 'هاتش غيمز', 'هاتش'], ambiguous: ['Hutch', 'هاتش'] },
  { name: 'Ninja Kiwi', kind: 'company', aliases: ['نينجا كيوي'] },
  { name: 'DreamHack', kind: 'company', aliases: ['دريم هاك'] },
  { name: 'Newzoo', kind: 'company', aliases: ['نيوزو'] },
  { name: 'Newcastle United', kind: 'company', aliases: ['Newcastle United FC', 'نيوكاسل يونايتد', 'ニューカッスル・ユナイテッド', '纽卡斯尔联'] },
  { name: 'Riot Games', kind: 'company', aliases: ['Riot', 'ライアットゲームズ', '拳头游戏', 'رايوت غيمز'], ambiguous: ['Riot'] },
  { name: 'Vantage Studios', kind: 'company', aliases: [] },
  { name: 'Guillemot Brothers', kind: 'investor', aliases: ['Guillemot Brothers Limited', 'Guillemot Brothers Ltd'] },
  { name: 'Aniplex', kind: 'company', aliases: ['アニプレックス'] },
  { name: 'Sony Pictures Entertainment', kind: 'company', aliases: ['Sony Pictures', 'ソニー・ピクチャーズ エンタテインメント', 'ソニー・ピクチャーズエンタテインメント', 'ソニー・ピクチャーズ', '索尼影业', '索尼影視'] },
  { name: 'Sony Interactive Entertainment', kind: 'company', aliases: ['SIE', 'ソニー・インタラクティブエンタテインメント', 'ソニー・インタラクティブ', '索尼互动娱乐'], ambiguous: ['SIE'] },
  { name: 'Crunchyroll', kind: 'company', aliases: ['クランチロール'] },
  { name: 'Bungie', kind: 'company', aliases: ['バンジー'], ambiguous: ['バンジー'] },
  { name: 'Dwango', kind: 'company', aliases: ['ドワンゴ'] },
  { name: 'FromSoftware', kind: 'company', aliases: ['From Software', 'フロム・ソフトウェア'] },
  { name: 'Kadokawa', kind: 'company', aliases: ['角川', 'カドカワ', '角川集团'] },
  { name: 'Tencent Japan', kind: 'company', aliases: ['テンセントジャパン'] },
  // Planes, landlords and sport.
  { name: 'McDonnell Douglas', kind: 'company', aliases: ['マクドネル・ダグラス', '麦道'] },
  { name: 'Spirit AeroSystems', kind: 'company', aliases: ['Spirit', 'Spirit AeroSystems Holdings', 'スピリット・エアロシステムズ', '势必锐航空'], ambiguous: ['Spirit'] },
  { name: 'Blackstone Real Estate Partners X', kind: 'investor', aliases: ['BREP X'] },
  { name: 'Blackstone Real Estate Income Trust', kind: 'investor', aliases: ['BREIT'] },
  { name: 'Tricon Residential', kind: 'company', aliases: ['Tricon'], ambiguous: ['Tricon'] },
  { name: 'Invitation Homes', kind: 'company', aliases: [] },
  { name: 'Home Partners of America', kind: 'company', aliases: [] },
  { name: 'American Homes 4 Rent', kind: 'company', aliases: [] },
  { name: 'Progress Residential', kind: 'company', aliases: [] },
  { name: 'Yomiuri Giants', kind: 'company', aliases: ['読売巨人軍', '読売ジャイアンツ', '巨人軍'] },
  { name: 'Yokohama DeNA BayStars', kind: 'company', aliases: ['横浜DeNAベイスターズ', 'DeNAベイスターズ'] },
  { name: 'DeNA', kind: 'company', aliases: ['ディー・エヌ・エー'] },
  // Defence and engineering in Spain and Germany.
  { name: 'ESG Elektroniksystem- und Logistik', kind: 'company', aliases: ['ESG Elektroniksystem- und Logistik-GmbH'] },
  { name: 'hartpunkt', kind: 'media', aliases: [] },
  { name: 'ITP Aero', kind: 'company', aliases: ['ITP', 'Industria de Turbo Propulsores'], ambiguous: ['ITP'] },
  { name: 'Sidenor', kind: 'company', aliases: [] },
  { name: 'Socade', kind: 'investor', aliases: [] },
  { name: 'Sener', kind: 'company', aliases: ['Grupo Sener'] },
  { name: 'Globalia', kind: 'company', aliases: ['Globalia Corporación'] },
  { name: 'iBroker', kind: 'company', aliases: [] },
  // Chinese brokers, portals and developers.
  { name: 'Futu Securities', kind: 'company', aliases: ['富途证券', '富途證券'] },
  { name: 'Phillip Securities', kind: 'company', aliases: ['辉立证券', '輝立證券', 'PhillipCapital', 'Phillip Capital'] },
  { name: 'Autohome', kind: 'company', aliases: ['汽车之家', '汽車之家'] },
  { name: 'Qunar', kind: 'company', aliases: ['去哪儿', '去哪儿网', '去哪兒'] },
  { name: 'Skyscanner', kind: 'company', aliases: ['天巡', 'スカイスキャナー', 'سكاي سكانر'] },
  { name: 'Tongcheng Travel', kind: 'company', aliases: ['同程旅行', '同程艺龙', '同程藝龍', 'Tongcheng-Elong', 'Tongcheng Elong'] },
  { name: 'Shenzhen Metro Group', kind: 'company', aliases: ['深圳地铁', '深圳地铁集团', '深铁', '深铁集团', '深圳市地铁集团', '深圳市地铁集团有限公司', 'Shenzhen Metro'] },
  { name: 'Onewo', kind: 'company', aliases: ['万物云', '萬物雲'] },
  { name: 'Baoneng Group', kind: 'company', aliases: ['宝能', '宝能集团', '寶能'] },
  { name: 'Suzhou Rail Transit', kind: 'company', aliases: ['苏州轨道交通', '苏州轨道交通集团'] },
  // Japanese property, parts and activists.
  { name: 'Oasis Management', kind: 'investor', aliases: ['オアシス・マネジメント', 'オアシス'], ambiguous: ['オアシス'] },
  { name: 'Alps Electric', kind: 'company', aliases: ['アルプス電気'] },
  { name: 'Alpine Electronics', kind: 'company', aliases: ['アルパイン'], ambiguous: ['アルパイン'] },
];
