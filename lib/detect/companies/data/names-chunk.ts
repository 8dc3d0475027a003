import { BANKS_TELECOMS_INDUSTRY } from './banks-telecoms-industry.ts';
import { CORPORATES_ADVISERS } from './corporates-advisers.ts';
import { STARTUPS } from './startups.ts';
import { VC } from './vc.ts';
import { NAMES_CHUNK_FINANCE } from './names-chunk-finance.ts';
import { NAMES_CHUNK_FOOD } from './names-chunk-food.ts';
import { NAMES_CHUNK_INDUSTRY } from './names-chunk-industry.ts';
import { NAMES_CHUNK_MORE } from './names-chunk-more.ts';
import { NAMES_CHUNK_TRAVEL } from './names-chunk-travel.ts';
import { NAMES_CHUNK_PHARMA } from './names-chunk-pharma.ts';
import { NAMES_CHUNK_CONSUMER } from './names-chunk-consumer.ts';
import { NAMES_CHUNK_MEDIA } from './names-chunk-media.ts';
import { NAMES_CHUNK_MAJORS } from './names-chunk-majors.ts';
import { NAMES_CHUNK_TECH } from './names-chunk-tech.ts';
import { NAMES_CHUNK_WEST } from './names-chunk-west.ts';
import { NAMES_CHUNK_SECTORS } from './names-chunk-sectors.ts';
import { NAMES_CHUNK_ASIA_GULF } from './names-chunk-asia-gulf.ts';
import { NAMES_CHUNK_ASIA_GULF_2 } from './names-chunk-asia-gulf-2.ts';
import { NAMES_CHUNK_ADVISERS } from './names-chunk-advisers.ts';
import { NAMES_CHUNK_VENTURE } from './names-chunk-venture.ts';
import { NAMES_CHUNK_CAPITAL } from './names-chunk-capital.ts';
import { NAMES_CHUNK_TECH_2 } from './names-chunk-tech-2.ts';
import { NAMES_CHUNK_GROUPS } from './names-chunk-groups.ts';
import { NAMES_CHUNK_PLATFORMS } from './names-chunk-platforms.ts';
import { NAMES_CHUNK_TECH_3 } from './names-chunk-tech-3.ts';
import { NAMES_CHUNK_REGIONS } from './names-chunk-regions.ts';
import { NAMES_CHUNK_TECH_4 } from './names-chunk-tech-4.ts';
import { NAMES_CHUNK_POWER } from './names-chunk-power.ts';
import { NAMES_CHUNK_EAST_ASIA } from './names-chunk-east-asia.ts';
import { NAMES_CHUNK_EUROPE_LATAM } from './names-chunk-europe-latam.ts';
import { NAMES_CHUNK_ARAB_PRESS } from './names-chunk-arab-press.ts';
import { NAMES_CHUNK_ANGLO } from './names-chunk-anglo.ts';
import { NAMES_CHUNK_SOUTH_EAST } from './names-chunk-south-east.ts';
import { NAMES_CHUNK_MENA } from './names-chunk-mena.ts';
import { NAMES_CHUNK_JAPAN_CHINA } from './names-chunk-japan-china.ts';
import { NAMES_CHUNK_SECTORS_3 } from './names-chunk-sectors-3.ts';
import { NAMES_CHUNK_VENTURE_2 } from './names-chunk-venture-2.ts';
import { NAMES_CHUNK_STARTUPS } from './names-chunk-startups.ts';
import { NAMES_CHUNK_STARTUPS_2 } from './names-chunk-startups-2.ts';
import { NAMES_CHUNK_FRONTIER } from './names-chunk-frontier.ts';
import { NAMES_CHUNK_FRONTIER_2 } from './names-chunk-frontier-2.ts';
import { NAMES_CHUNK_EMERGING } from './names-chunk-emerging.ts';
import { NAMES_CHUNK_MIDCAPS } from './names-chunk-midcaps.ts';
import { NAMES_CHUNK_LOCAL_PRESS } from './names-chunk-local-press.ts';
import { PAPERS_ASIA } from './names-chunk-papers-asia.ts';
import { PAPERS_EUROPE } from './names-chunk-papers-europe.ts';
import { PAPERS_WORLD } from './names-chunk-papers-world.ts';
import { MORE_ORGS } from './more-orgs.ts';
import { MORE_ORGS_2 } from './more-orgs-2.ts';
import { EUROPEAN_ONLY } from './european-only.ts';
import { aliasKey } from '../sorted-names.ts';
import { MORE_ORGS_3 } from './more-orgs-3.ts';
import { MORE_ORGS_4 } from './more-orgs-4.ts';
import { MORE_ORGS_5 } from './more-orgs-5.ts';
import { MORE_ORGS_7 } from './more-orgs-7.ts';
import { MORE_ORGS_8 } from './more-orgs-8.ts';
import { MORE_ORGS_6 } from './more-orgs-6.ts';
import { MORE_ORGS_9 } from './more-orgs-9.ts';
import { MORE_ORGS_10 } from './more-orgs-10.ts';
import { NAMES_CHUNK_SECTORS_2 } from './names-chunk-sectors-2.ts';
import { MORE_ORGS_11 } from './more-orgs-11.ts';
import { MORE_ORGS_12 } from './more-orgs-12.ts';
import type { OrgEntry } from './types.ts';

/**
 * The organizations the names chunk carries (entrypoints/names.ts) rather
 * than the content script, whose 60 kB leave no room for more: a page loads
 * the chunk once its text names a currency (lib/dom/scripts.ts), which every
 * story about a deal, a round or results does. Their names in every script
 * make an index of their own (compact.ts, ShippedParts.moreLatin). The
 * travel, hotel, utility and airline batches (more-orgs-11.ts, -12.ts) came
 * here from the content script in the twenty-ninth session, to make room in
 * it for code, the logistics, retail and insurance batch (more-orgs-10.ts)
 * in the thirty-fourth; in the thirty-sixth, the regional firms of
 * more-orgs-5.ts, the fintech backers, chip and car software firms and
 * data-centre operators of more-orgs-6.ts and the drugmakers, couriers and
 * security firms of more-orgs-9.ts; in the thirty-seventh, the lenders, venture arms and retailers
 * of more-orgs-4.ts and the firms of more-orgs-3.ts, -7.ts and -8.ts named in Latin letters, to make room for the reader of roundups' capital leads (caps-leads.ts).
 * In the thirty-eighth, more-orgs-2.ts's firms named in Latin letters, for the readers of initials and relative clauses;
 * the batches cut by hand before (-3, -4, -7 and -8) are cut by the same rule now (SPLIT_BATCHES). In the forty-fourth,
 * more-orgs.ts's, for Kenya's, Peru's and Tunisia's money and Latin America's thousands. In the forty-eighth, the
 * banks, telecoms and advisers' (banks-telecoms-industry.ts, corporates-advisers.ts), for more local currencies' signs. In the
 * forty-ninth, the start-ups' (startups.ts), for the readers of that session's sets; in the fiftieth, the venture firms'
 * (vc.ts), for those of the fiftieth's.
 */
/**
 * An organization its batch names in Latin (and Arabic) letters only, with no Han or kana spelling of its own and none
 * only the European chunk carries (european-only.ts): the names chunk may carry it whole, as it carries the Latin keys
 * and their Arabic part (a batch's others stay in the content script).
 */
export const spelledInLatin = (o: OrgEntry): boolean => !/[\u3040-\u30ff\u4e00-\u9fff]/.test([o.name, ...o.aliases].join('')) &&
  ![o.name, ...o.aliases].some((a) => EUROPEAN_ONLY.has(aliasKey(a)));

/** Batches cut in two by spelledInLatin: the names chunk carries one part, the content script the other (index.ts). */
export const SPLIT_BATCHES: readonly OrgEntry[][] = [MORE_ORGS, MORE_ORGS_2, MORE_ORGS_3, MORE_ORGS_4, MORE_ORGS_7, MORE_ORGS_8,
  BANKS_TELECOMS_INDUSTRY, CORPORATES_ADVISERS, STARTUPS, VC];

export const NAMES_CHUNK_ORGS: OrgEntry[] = [...NAMES_CHUNK_FOOD, ...NAMES_CHUNK_INDUSTRY, ...NAMES_CHUNK_FINANCE, ...NAMES_CHUNK_MORE, ...NAMES_CHUNK_TRAVEL, ...NAMES_CHUNK_PHARMA, ...NAMES_CHUNK_CONSUMER, ...NAMES_CHUNK_MEDIA, ...NAMES_CHUNK_MAJORS, ...NAMES_CHUNK_TECH, ...NAMES_CHUNK_WEST, ...NAMES_CHUNK_SECTORS, ...NAMES_CHUNK_ASIA_GULF, ...NAMES_CHUNK_ASIA_GULF_2, ...NAMES_CHUNK_ADVISERS, ...NAMES_CHUNK_VENTURE, ...NAMES_CHUNK_CAPITAL, ...NAMES_CHUNK_TECH_2, ...NAMES_CHUNK_GROUPS, ...NAMES_CHUNK_PLATFORMS, ...NAMES_CHUNK_TECH_3, ...NAMES_CHUNK_REGIONS, ...NAMES_CHUNK_TECH_4, ...NAMES_CHUNK_STARTUPS, ...NAMES_CHUNK_POWER, ...NAMES_CHUNK_EAST_ASIA, ...NAMES_CHUNK_EUROPE_LATAM, ...NAMES_CHUNK_ARAB_PRESS, ...NAMES_CHUNK_ANGLO, ...NAMES_CHUNK_SOUTH_EAST, ...NAMES_CHUNK_MENA, ...NAMES_CHUNK_JAPAN_CHINA, ...NAMES_CHUNK_SECTORS_3, ...NAMES_CHUNK_VENTURE_2, ...NAMES_CHUNK_FRONTIER, ...NAMES_CHUNK_STARTUPS_2, ...NAMES_CHUNK_FRONTIER_2, ...NAMES_CHUNK_EMERGING, ...NAMES_CHUNK_MIDCAPS, ...NAMES_CHUNK_LOCAL_PRESS, ...PAPERS_ASIA, ...PAPERS_EUROPE, ...PAPERS_WORLD, ...NAMES_CHUNK_SECTORS_2, ...MORE_ORGS_5, ...MORE_ORGS_6, ...MORE_ORGS_9, ...MORE_ORGS_10, ...MORE_ORGS_11, ...MORE_ORGS_12,
  ...SPLIT_BATCHES.flatMap((batch) => batch.filter(spelledInLatin))];

export const NAMES_CHUNK: ReadonlySet<string> = new Set(NAMES_CHUNK_ORGS.map((o) => o.name));
