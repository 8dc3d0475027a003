import { BIGTECH } from './bigtech.ts';
import { CHINA } from './china.ts';
import { CHIPS_CLOUD } from './chips-cloud.ts';
import { EUROPE } from './europe.ts';
import { JAPAN_KOREA_INDIA } from './japan-korea-india.ts';
import { LABS } from './labs.ts';
import { MEDIA } from './media.ts';
import { SOVEREIGN_GULF } from './sovereign-gulf.ts';
import { STARTUPS } from './startups.ts';
import { STRATEGIC_INVESTORS } from './strategic-investors.ts';
import { VC } from './vc.ts';
import type { OrgEntry } from './types.ts';

export type { OrgEntry } from './types.ts';

/**
 * The gazetteer: every organization the matcher knows, reviewed by hand and kept
 * in one file per sector so a reviewer can read a sector at a time. Order carries
 * no meaning; data.test.ts guarantees no spelling belongs to two entries.
 */
export const GAZETTEER: OrgEntry[] = [
  ...LABS,
  ...BIGTECH,
  ...CHIPS_CLOUD,
  ...VC,
  ...STRATEGIC_INVESTORS,
  ...SOVEREIGN_GULF,
  ...CHINA,
  ...EUROPE,
  ...JAPAN_KOREA_INDIA,
  ...MEDIA,
  ...STARTUPS,
];
