import type { OrgEntry } from './types.ts';

export type { OrgEntry } from './types.ts';

/** The gazetteer. Placeholder with a few entries until the full data lands. */
export const GAZETTEER: OrgEntry[] = [
  { name: 'Nvidia', kind: 'company', aliases: ['NVIDIA', 'Nvidia Corp.', 'إنفيديا', 'انفيديا', '英伟达', 'エヌビディア'], ticker: 'NVDA', description: 'US chipmaker; GPUs for AI training' },
  { name: 'xAI', kind: 'company', aliases: ['إكس أيه.آي', 'إكس إيه آي'], description: "Elon Musk's AI lab, maker of Grok" },
  { name: 'OpenAI', kind: 'company', aliases: ['أوبن إيه آي', 'اوبن ايه اي'], description: 'AI lab, maker of ChatGPT' },
  { name: 'Meta', kind: 'company', aliases: ['Meta Platforms', 'ميتا'], ambiguous: ['Meta'], ticker: 'META' },
  { name: 'X Corp', kind: 'company', aliases: ['X'], ambiguous: ['X'] },
  { name: 'Bloomberg', kind: 'media', aliases: ['بلومبرغ', 'بلومبيرغ'] },
];
