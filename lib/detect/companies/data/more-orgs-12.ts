import type { OrgEntry } from './types.ts';

/**
 * A twelfth batch, for the news of AI in utilities, water, rail, airlines,
 * EV charging and the government market, paid for by the papers that moved
 * to the European chunk (european-orgs.ts). Emirates, Delta and Cox are also
 * a place, a word and a surname: alone they need a cue.
 */
export const MORE_ORGS_12: OrgEntry[] = [
  // Water, waste, rail and grids.
  { name: 'Veolia', kind: 'company', aliases: ['Veolia Environnement', 'فيوليا', 'ヴェオリア', '威立雅'] },
  { name: 'Alstom', kind: 'company', aliases: ['ألستوم', 'アルストム', '阿尔斯通'] },
  { name: 'CRRC', kind: 'company', aliases: ['中国中车', '中国中車'] },
  { name: 'Hitachi Rail', kind: 'company', aliases: ['日立レール', 'هيتاشي ريل'] },
  { name: 'SNCF', kind: 'company', aliases: ['SNCF Voyageurs'] },
  { name: 'Ferrovial', kind: 'company', aliases: ['فيروفيال'] },
  { name: 'TenneT', kind: 'company', aliases: [] },
  { name: 'Xylem', kind: 'company', aliases: ['زايلم'], ambiguous: ['Xylem'] },
  { name: 'DNV', kind: 'company', aliases: ['DNV GL'] },
  { name: 'Uniper', kind: 'company', aliases: [] },
  // Airlines, airports and travel.
  { name: 'Delta Air Lines', kind: 'company', aliases: ['Delta Airlines', 'デルタ航空', '达美航空'] },
  { name: 'Lufthansa', kind: 'company', aliases: ['Lufthansa Group', 'لوفتهانزا', 'ルフトハンザ', '汉莎航空'] },
  { name: 'Air France-KLM', kind: 'company', aliases: ['Air France', 'إير فرانس', 'エールフランス', '法国航空'] },
  { name: 'Emirates', kind: 'company', aliases: ['Emirates Airline', 'طيران الإمارات', 'エミレーツ航空', '阿联酋航空'], ambiguous: ['Emirates'] },
  { name: 'flydubai', kind: 'company', aliases: ['فلاي دبي'] },
  { name: 'Accor', kind: 'company', aliases: ['أكور', '雅高'] },
  { name: 'Aena', kind: 'company', aliases: [] },
  { name: 'Fraport', kind: 'company', aliases: [] },
  { name: 'IDEMIA', kind: 'company', aliases: [] },
  // EV charging and parking.
  { name: 'ChargePoint', kind: 'company', aliases: [] },
  { name: 'Ionity', kind: 'company', aliases: [] },
  { name: 'Star Charge', kind: 'company', aliases: ['星星充电'] },
  { name: 'TELD', kind: 'company', aliases: ['特来电'] },
  { name: 'Parkin', kind: 'company', aliases: ['باركن'], ambiguous: ['Parkin'] },
  { name: 'Dubai Taxi', kind: 'company', aliases: ['تاكسي دبي'] },
  // The government market and its analysts.
  { name: 'Cox Enterprises', kind: 'company', aliases: ['Cox'], ambiguous: ['Cox'] },
  { name: 'BigBear.ai', kind: 'company', aliases: [] },
  { name: 'Frost & Sullivan', kind: 'company', aliases: ['فروست آند سوليفان', '弗若斯特沙利文'] },
  { name: 'CalSTRS', kind: 'investor', aliases: [] },
  // Chinese and Japanese names the press writes in Han or kana only.
  { name: 'CCB International', kind: 'investor', aliases: ['建银国际'] },
  { name: 'Guotai Junan International', kind: 'investor', aliases: ['国泰君安国际'] },
  { name: 'UISEE Technology', kind: 'company', aliases: ['UISEE', '驭势科技'] },
  { name: 'NYK Line', kind: 'company', aliases: ['NYK', 'Nippon Yusen', '日本郵船'] },
  { name: 'Imabari Shipbuilding', kind: 'company', aliases: ['今治造船'] },
  { name: 'Nippon Gas', kind: 'company', aliases: ['Nichigas', '日本瓦斯', 'ニチガス'] },
  { name: 'Mitsubishi UFJ Morgan Stanley Securities', kind: 'company', aliases: ['三菱UFJモルガン・スタンレー証券'] },
  { name: 'Spiral Capital', kind: 'investor', aliases: ['スパイラル・キャピタル'] },
  { name: 'ZOZO', kind: 'company', aliases: [] },
  { name: 'Ta Kung Pao', kind: 'media', aliases: ['大公报', '大公報'] },
  { name: 'Securities Daily', kind: 'media', aliases: ['证券日报'] },
];
