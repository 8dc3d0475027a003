import { hanGivenName } from '@/lib/detect/companies/given-names';
import { zhCompanies } from '@/lib/detect/companies/han-latin';
import { findChineseNames } from '@/lib/detect/companies/solid-names-zh';
import { provide } from '@/lib/dom/chunks';

// Loaded beside cjk.js on pages whose Han text has no kana: Chinese (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('han', {
  lexicons: [],
  readers: { chinese: findChineseNames, hanLatin: zhCompanies, hanGivenName },
}));
