import { cjkNames } from '@/lib/detect/companies/data/script-names';
import { findSolidNames } from '@/lib/detect/companies/solid-names';
import { cjkShort } from '@/lib/detect/companies/short-forms-cjk';
import { zhCompanies } from '@/lib/detect/companies/han-latin';
import { CJK_COMPANY_CUES } from '@/lib/detect/companies/script-cues';
import { CJK_FACT_WORDS } from '@/lib/detect/facts/words/cjk';
import { ja } from '@/lib/detect/figures/lexicons/ja';
import { zh } from '@/lib/detect/figures/lexicons/zh';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages that hold Chinese, Japanese or Korean text (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('cjk', {
  lexicons: [zh, ja],
  names: cjkNames(),
  readers: { solid: findSolidNames, solidShort: cjkShort, hanLatin: zhCompanies, cjkCues: CJK_COMPANY_CUES },
  facts: CJK_FACT_WORDS,
}));
