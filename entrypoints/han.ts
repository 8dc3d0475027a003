import { hanNames } from '@/lib/detect/companies/data/script-names';
import { hanGivenName } from '@/lib/detect/companies/given-names';
import { hanGlosses } from '@/lib/detect/companies/han-glosses';
import { zhCompanies } from '@/lib/detect/companies/han-latin';
import { findChineseNames } from '@/lib/detect/companies/solid-names-zh';
import { ZH_FACT_WORDS } from '@/lib/detect/facts/words/cjk';
import { zh } from '@/lib/detect/figures/lexicons/zh';
import { provide } from '@/lib/dom/chunks';

// Loaded beside cjk.js on pages whose Han text has no kana: Chinese (lib/dom/scripts.ts). It brings the names in Han.
export default defineUnlistedScript(() => provide('han', {
  lexicons: [zh],
  names: hanNames(),
  readers: { chinese: findChineseNames, hanLatin: zhCompanies, hanGlosses, hanGivenName },
  facts: ZH_FACT_WORDS,
}));
