import type { OrgEntry } from './types.ts';

/**
 * A tenth batch, for the news of AI in logistics, retail and insurance:
 * couriers and shipping lines, e-commerce platforms and grocers, insurers
 * and the software and robot makers of warehouses and factories. Chinese
 * names in simplified forms only: the Chinese page's budget is nearly spent. Names that
 * are also words (UPS, a power supply; Lemonade)
 * need a cue. The content script carries every English name, so only names
 * the news uses often are here.
 */
export const MORE_ORGS_10: OrgEntry[] = [
  // Couriers, freight and shipping.
  { name: 'DHL', kind: 'company', aliases: ['DHL Group', 'دي إتش إل', '敦豪'] },
  { name: 'UPS', kind: 'company', aliases: [], ambiguous: ['UPS'] },
  { name: 'Maersk', kind: 'company', aliases: ['ميرسك', '马士基', 'マースク'] },
  { name: 'Aramex', kind: 'company', aliases: ['أرامكس'] },
  { name: 'Hapag-Lloyd', kind: 'company', aliases: ['赫伯罗特'] },
  { name: 'Kuehne+Nagel', kind: 'company', aliases: ['Kuehne + Nagel', 'Kühne+Nagel', 'Kühne + Nagel'] },
  { name: 'DSV', kind: 'company', aliases: [] },
  { name: 'Flexport', kind: 'company', aliases: [] },
  { name: 'project44', kind: 'company', aliases: [] },
  { name: 'Delhivery', kind: 'company', aliases: [] },
  { name: 'Ecom Express', kind: 'company', aliases: [] },
  { name: 'J&T Express', kind: 'company', aliases: ['极兔速递'] },
  { name: 'Full Truck Alliance', kind: 'company', aliases: ['满帮集团'] },
  { name: 'JD Logistics', kind: 'company', aliases: ['京东物流'] },
  // E-commerce, retail and grocery.
  { name: 'AliExpress', kind: 'company', aliases: ['速卖通'] },
  { name: 'Shopee', kind: 'company', aliases: [] },
  { name: 'Gmarket', kind: 'company', aliases: [] },
  { name: 'Ceconomy', kind: 'company', aliases: [] },
  { name: 'MediaMarkt', kind: 'company', aliases: [] },
  { name: 'Tesco', kind: 'company', aliases: [] },
  { name: 'Ocado', kind: 'company', aliases: [] },
  { name: 'Auchan', kind: 'company', aliases: ['欧尚', 'أوشان'] },
  { name: 'Sun Art Retail', kind: 'company', aliases: ['高鑫零售'] },
  { name: 'RT-Mart', kind: 'company', aliases: ['大润发'] },
  { name: 'Freshippo', kind: 'company', aliases: ['盒马'] },
  { name: 'Dingdong', kind: 'company', aliases: ['叮咚买菜'] },
  { name: 'Miniso', kind: 'company', aliases: ['名创优品'] },
  { name: 'Nykaa', kind: 'company', aliases: [] },
  // Insurers and those who rate them.
  { name: 'Sompo Holdings', kind: 'company', aliases: ['Sompo', 'SOMPOホールディングス'] },
  { name: 'MS&AD Insurance Group Holdings', kind: 'company', aliases: ['MS&AD', 'MS&ADインシュアランスグループホールディングス'] },
  { name: 'Aspen Insurance Holdings', kind: 'company', aliases: ['Aspen Insurance', 'アスペン・インシュアランス・ホールディングス'] },
  { name: 'Lemonade', kind: 'company', aliases: [], ambiguous: ['Lemonade'] },
  { name: 'ZhongAn', kind: 'company', aliases: ['众安在线'] },
  { name: 'Hiscox', kind: 'company', aliases: [] },
  { name: 'Beazley', kind: 'company', aliases: [] },
  { name: 'QBE', kind: 'company', aliases: [] },
  { name: 'AM Best', kind: 'company', aliases: ['AMベスト'] },
  // Software and robots of warehouses and factories.
  { name: 'AVEVA', kind: 'company', aliases: [] },
  { name: 'Kion Group', kind: 'company', aliases: ['Kion'] },
  { name: 'Jungheinrich', kind: 'company', aliases: [] },
  { name: 'Symbotic', kind: 'company', aliases: [] },
  { name: 'Locus Robotics', kind: 'company', aliases: [] },
  { name: 'Exotec', kind: 'company', aliases: [] },
  { name: 'Vanderlande', kind: 'company', aliases: ['范德兰德'] },
  { name: 'Kinaxis', kind: 'company', aliases: [] },
  { name: 'Blue Yonder', kind: 'company', aliases: [] },
  { name: 'Manhattan Associates', kind: 'company', aliases: [] },
  { name: 'o9 Solutions', kind: 'company', aliases: [] },
  // Owners.
  { name: 'Haniel', kind: 'investor', aliases: [] },
];
