import type { OrgEntry } from './types.ts';

/**
 * Organizations of food, farming, fertilizers and crop science, and the
 * traders, dairies and grocers their news names, shipped in the names chunk
 * (names-chunk.ts). Aliases in every script the press uses for them.
 */
export const NAMES_CHUNK_ORGS: OrgEntry[] = [
];
