/**
 * The name index's Arabic and CJK parts, which the extension ships in its
 * script chunks (entrypoints/arabic.ts, cjk.ts, han.ts, kana.ts, zhja.ts) rather than in the
 * content script: a page without those scripts never needs them. The build
 * swaps this module for the parts themselves (scripts/gazetteer-plugin.ts);
 * in Node they are made from the reviewed files.
 */
import { encodeParts, type ShippedIndex } from './compact.ts';
import { GAZETTEER } from './index.ts';

export const arabicNames = (): ShippedIndex => encodeParts(GAZETTEER).arabic;
export const cjkNames = (): ShippedIndex => encodeParts(GAZETTEER).cjk;
export const kanaNames = (): ShippedIndex => encodeParts(GAZETTEER).kana;
export const hanNames = (): ShippedIndex => encodeParts(GAZETTEER).han;
export const zhjaNames = (): ShippedIndex => encodeParts(GAZETTEER).zhja;
export const mixedNames = (): ShippedIndex => encodeParts(GAZETTEER).mixed;
