import type { OrgEntry } from './types.ts';

/**
 * A ninth batch: drugmakers that AI drug-discovery deals name, Chinese
 * carmakers, couriers and investors, FedEx, Japanese retailers and materials makers, Doosan, North
 * American telecoms, security firms that acquisitions name, and food-delivery
 * companies. The names chunk carries them since the thirty-sixth session,
 * which moved them out of the content script to make room in it for code.
 */
export const MORE_ORGS_9: OrgEntry[] = [
  // Drugmakers. Merck KGaA is another company, so no bare "Merck"; nor MSD, which other names hold (BDT & MSD Partners).
  { name: 'Merck & Co.', kind: 'company', aliases: ['默沙东', '默沙東'] },
  { name: 'BeiGene', kind: 'company', aliases: ['百济神州', '百濟神州'] },
  { name: 'Hengrui Pharma', kind: 'company', aliases: ['Hengrui', 'Jiangsu Hengrui Pharmaceuticals', '恒瑞医药', '恆瑞醫藥', '江苏恒瑞医药', '恒瑞'] },
  { name: 'CSPC Pharmaceutical Group', kind: 'company', aliases: ['CSPC', '石药集团', '石藥集團', '石药'] },
  // Carmakers and logistics.
  { name: 'FAW', kind: 'company', aliases: ['中国一汽', '中國一汽', '一汽集团', '一汽股份', '一汽'] },
  { name: 'Dongfeng Motor', kind: 'company', aliases: ['东风汽车', '東風汽車'] },
  { name: 'FedEx', kind: 'company', aliases: ['联邦快递', '聯邦快遞', 'فيديكس', 'フェデックス'] },
  { name: 'ZTO Express', kind: 'company', aliases: ['中通快递', '中通快遞'] },
  { name: 'CITIC Capital', kind: 'investor', aliases: ['中信资本', '中信資本'] },
  { name: 'CDH Investments', kind: 'investor', aliases: ['鼎晖投资', '鼎暉投資'] },
  { name: 'Legend Holdings', kind: 'investor', aliases: ['联想控股', '聯想控股'] },
  // Japanese retail and materials.
  { name: 'Seven & i Holdings', kind: 'company', aliases: ['セブン&アイ・ホールディングス', 'セブン&アイ'] },
  { name: 'Lawson', kind: 'company', aliases: ['ローソン'] },
  // イオン is also the word for an ion: only with a cue.
  { name: 'Aeon', kind: 'company', aliases: ['イオン'], ambiguous: ['Aeon', 'イオン'] },
  { name: 'Toyota Industries', kind: 'company', aliases: ['豊田自動織機', '丰田自动织机'] },
  { name: 'Siemens Logistics', kind: 'company', aliases: ['西门子物流'] },
  { name: 'ENEOS Holdings', kind: 'company', aliases: ['ENEOS', 'ENEOSホールディングス'] },
  { name: 'JX Advanced Metals', kind: 'company', aliases: ['JX金属'] },
  { name: 'Toppan Holdings', kind: 'company', aliases: ['TOPPAN', 'TOPPANホールディングス', '凸版印刷'] },
  // Korean groups and their affiliates.
  { name: 'Doosan', kind: 'company', aliases: ['斗山', '斗山集团', 'ドゥサン'] },
  // Telecoms.
  { name: 'Bell Canada', kind: 'company', aliases: ['BCE', 'Bell'], ambiguous: ['Bell'] },
  { name: 'Telus', kind: 'company', aliases: [] },
  // Security companies that acquisitions name.
  { name: 'CyberArk', kind: 'company', aliases: ['سايبر آرك', 'サイバーアーク'] },
  { name: 'Netskope', kind: 'company', aliases: ['نتسكوب', 'ネットスコープ'] },
  { name: 'Armis', kind: 'company', aliases: ['آرميس', 'アーミス'] },
  { name: 'Claroty', kind: 'company', aliases: ['クラロティ', 'كلاروتي'] },
  { name: 'Dragos', kind: 'company', aliases: ['ドラゴス'] },
  { name: 'SailPoint', kind: 'company', aliases: [] },
  { name: 'Nozomi Networks', kind: 'company', aliases: ['ノゾミ・ネットワークス'] },
  // Food delivery.
  { name: 'Deliveroo', kind: 'company', aliases: ['ديليفرو'] },
  { name: 'Just Eat Takeaway.com', kind: 'company', aliases: ['Just Eat'] },
];
