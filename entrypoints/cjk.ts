import { withLatinNames } from '@/lib/detect/companies/data/merge-latin';
import { cjkNames, mixedNames } from '@/lib/detect/companies/data/script-names';
import { CJK_PLACES } from '@/lib/detect/companies/cjk-places';
import { cjkShort } from '@/lib/detect/companies/short-forms-cjk';
import { findSolidNames } from '@/lib/detect/companies/solid-names';
import { CJK_COMPANY_CUES } from '@/lib/detect/companies/script-cues';
import { cjkArm, cjkNotFirm } from '@/lib/detect/companies/script-arms';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages that hold Chinese, Japanese or Korean text (lib/dom/scripts.ts);
// the language's own reader of solid names, amount words and fact words come apart, in han.js or kana.js.
export default defineUnlistedScript(() => provide('cjk', {
  // Amount words come with the language's own chunk (han, kana, zhja): a page pays for one language's.
  lexicons: [],
  names: cjkNames(),
  latinNames: mixedNames(),
  mergeLatin: withLatinNames,
  readers: { solid: findSolidNames, solidShort: cjkShort, cjkCues: CJK_COMPANY_CUES, places: CJK_PLACES, cjkArm, cjkNotFirm },
}));
