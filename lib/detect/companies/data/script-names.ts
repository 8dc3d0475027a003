/**
 * The name index's Arabic and CJK parts, which the extension ships in its
 * script chunks (entrypoints/arabic.ts, cjk.ts, han.ts, kana.ts, zhja.ts, and the names chunks) rather than in the
 * content script: a page without those scripts never needs them. The build
 * swaps this module for the parts themselves (scripts/gazetteer-plugin.ts);
 * in Node they are made from the reviewed files.
 */
import { encodeParts, type ShippedIndex } from './compact.ts';
import { EUROPEAN_ONLY } from './european-only.ts';
import { NAMES_CHUNK } from './names-chunk.ts';
import { GAZETTEER } from './index.ts';

/** In Node no Han key is left to the Chinese part alone (the build tells them apart with OpenCC: scripts/han-forms.ts). */
const BY = { europeanOnly: (name: string) => EUROPEAN_ONLY.has(name), namesChunk: (name: string) => NAMES_CHUNK.has(name) };

export const arabicNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).arabic;
export const cjkNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).cjk;
export const kanaNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).kana;
export const hanNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).han;
export const zhjaNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).zhja;
export const mixedNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).mixed;
export const europeNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).europe;
export const europeOrgNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).europeOrgs;
export const moreLatinNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).moreLatin;
export const moreArabicNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).moreArabic;
export const moreKanaNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).moreKana;
export const moreHanNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).moreHan;
export const moreZhjaNames = (): ShippedIndex => encodeParts(GAZETTEER, BY).moreZhja;
