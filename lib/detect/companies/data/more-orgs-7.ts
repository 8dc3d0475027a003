import type { OrgEntry } from './types.ts';

/**
 * A seventh batch: the cloud and health arms of Chinese platforms, Chinese
 * and Japanese investors and chip firms that robotics and model rounds name,
 * Gulf and North African players, and a ratings agency apart from its parent.
 */
export const MORE_ORGS_7: OrgEntry[] = [
  { name: 'NEOM', kind: 'company', aliases: [] },
  { name: 'Algérie Télécom', kind: 'company', aliases: ['Algerie Telecom', 'اتصالات الجزائر'] },
  { name: 'S&P Global Ratings', kind: 'company', aliases: [] },
  { name: 'Macquarie Asset Management', kind: 'investor', aliases: [] },
  { name: 'Macquarie Capital', kind: 'investor', aliases: [] },
  { name: 'Alibaba Health', kind: 'company', aliases: ['阿里健康'] },
  { name: 'Baidu AI Cloud', kind: 'company', aliases: ['百度智能云', '百度智能雲'] },
  { name: 'Huawei Cloud', kind: 'company', aliases: ['华为云', '華為雲', 'ファーウェイ・クラウド'] },
  { name: 'AutoStore', kind: 'company', aliases: ['オートストア'] },
  { name: 'Hedosophia', kind: 'investor', aliases: [] },
  { name: 'Kaiser Permanente', kind: 'company', aliases: [] },
  { name: 'Nuance', kind: 'company', aliases: ['Nuance Communications'], ambiguous: ['Nuance'] },
  { name: 'Alice & Bob', kind: 'company', aliases: [] },
  { name: 'Cailabs', kind: 'company', aliases: [] },
  { name: 'Definvest', kind: 'investor', aliases: [] },
  { name: 'Village Global', kind: 'investor', aliases: [] },
  { name: 'Genpact', kind: 'company', aliases: [] },
  { name: 'CAS Star', kind: 'investor', aliases: ['中科创星'] },
  { name: 'Fortune Capital', kind: 'investor', aliases: ['达晨财智', '达晨创投'] },
  { name: 'Capital Today', kind: 'investor', aliases: ['今日资本'] },
  { name: 'Meituan Dragonball', kind: 'investor', aliases: ['美团龙珠'] },
  { name: 'Galaxea AI', kind: 'company', aliases: ['星海图'] },
  { name: 'EdgeCortix', kind: 'company', aliases: ['エッジコーティックス'] },
  { name: 'Speeda', kind: 'company', aliases: ['スピーダ'] },
  { name: 'JASM', kind: 'company', aliases: [] },
  { name: 'Sony Semiconductor Solutions', kind: 'company', aliases: ['ソニーセミコンダクタソリューションズ'] },
  { name: 'Time Weekly', kind: 'media', aliases: ['时代周报'] },
  { name: 'TARS Robotics', kind: 'company', aliases: ['它石智航'] },
  { name: 'CaixaBank DayOne', kind: 'company', aliases: [] },
];
