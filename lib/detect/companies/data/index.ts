import { BIGTECH } from './bigtech.ts';
import { CHINA } from './china.ts';
import { CHIPS_CLOUD } from './chips-cloud.ts';
import { EUROPE } from './europe.ts';
import { EUROPEAN_ORGS } from './european-orgs.ts';
import { JAPAN_KOREA_INDIA } from './japan-korea-india.ts';
import { LABS } from './labs.ts';
import { MEDIA } from './media.ts';
import { NAMES_CHUNK_ORGS, spelledInLatin, SPLIT_BATCHES } from './names-chunk.ts';
import { SOVEREIGN_GULF } from './sovereign-gulf.ts';
import { STRATEGIC_INVESTORS } from './strategic-investors.ts';
import { SCRIPT_ALIASES, SCRIPT_AMBIGUOUS } from './script-aliases.ts';
import { ARABIC_PRESS_ALIASES } from './arabic-press-aliases.ts';
import { JAPANESE_PRESS_ALIASES } from './japanese-press-aliases.ts';
import { ARABIC_ALIASES_2, ARABIC_ALIASES_2_AMBIGUOUS } from './arabic-aliases-2.ts';
import { ARABIC_ALIASES_3, ARABIC_ALIASES_3_AMBIGUOUS } from './arabic-aliases-3.ts';
import { CHINESE_ALIASES_2, CHINESE_ALIASES_2_AMBIGUOUS } from './chinese-aliases-2.ts';
import { JAPANESE_ALIASES_2, JAPANESE_ALIASES_2_AMBIGUOUS } from './japanese-aliases-2.ts';
import { ARABIC_ALIASES_4 } from './arabic-aliases-4.ts';
import type { ShippedIndex } from './compact.ts';
import type { OrgEntry } from './types.ts';

export type { OrgEntry } from './types.ts';

/**
 * Unset here, where the reviewed files are the source; the build sets it to the index made from them (compact.ts),
 * and leaves GAZETTEER undefined.
 */
export const SHIPPED_INDEX: ShippedIndex | undefined = undefined;

/** Spelling tables keyed by canonical name, each with its list of the spellings that are also words (matched only near a cue). */
const SPELLINGS: [Record<string, string[]>, Record<string, string[]>][] = [
  [SCRIPT_ALIASES, SCRIPT_AMBIGUOUS],
  [ARABIC_PRESS_ALIASES, {}],
  [JAPANESE_PRESS_ALIASES, {}],
  [ARABIC_ALIASES_2, ARABIC_ALIASES_2_AMBIGUOUS],
  [ARABIC_ALIASES_3, ARABIC_ALIASES_3_AMBIGUOUS],
  [JAPANESE_ALIASES_2, JAPANESE_ALIASES_2_AMBIGUOUS],
  [CHINESE_ALIASES_2, CHINESE_ALIASES_2_AMBIGUOUS],
  [ARABIC_ALIASES_4, {}],
];

/**
 * The gazetteer: every organization the matcher knows, reviewed by hand and kept
 * in one file per sector so a reviewer can read a sector at a time. Order carries
 * no meaning; data.test.ts guarantees no spelling belongs to two entries.
 *
 * Conventions a new entry must follow, because the matcher relies on them:
 * - One spelling per folded form: the fold already merges أ/إ/آ/ا, ى/ي, tashkeel
 *   and Latin case, so "NVIDIA" or "انفيديا" beside "Nvidia"/"إنفيديا" is a conflict.
 * - No descriptor words glued on (وكالة "agency", شركة "company", قناة "channel",
 *   a leading "the" or "Saudi"): the span is the name, and such words are cues.
 * - Names that are also words, people, places or products go in `ambiguous`.
 * - Products, people and facilities stay out (ChatGPT, Grok, Stargate sites).
 */
export const GAZETTEER: OrgEntry[] = withScriptAliases([
  ...LABS,
  ...BIGTECH,
  ...CHIPS_CLOUD,
  ...STRATEGIC_INVESTORS,
  ...SOVEREIGN_GULF,
  ...CHINA,
  ...EUROPE,
  ...JAPAN_KOREA_INDIA,
  ...MEDIA,
  // The split batches' organizations with a Han or kana spelling, or one only the European chunk carries (names-chunk.ts).
  ...SPLIT_BATCHES.flatMap((batch) => batch.filter((o) => !spelledInLatin(o))),
  ...EUROPEAN_ORGS,
  ...NAMES_CHUNK_ORGS,
]);

/** Each entry with the Japanese, Chinese and Arabic spellings the spelling tables add to it. */
function withScriptAliases(orgs: OrgEntry[]): OrgEntry[] {
  return orgs.map((o) => {
    const more = SPELLINGS.flatMap(([all]) => all[o.name] ?? []);
    if (!more.length) return o;
    const risky = SPELLINGS.flatMap(([, ambiguous]) => ambiguous[o.name] ?? []);
    return { ...o, aliases: [...o.aliases, ...more], ...(o.ambiguous || risky.length ? { ambiguous: [...(o.ambiguous ?? []), ...risky] } : {}) };
  });
}
