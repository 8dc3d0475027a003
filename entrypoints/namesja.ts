import { moreKanaNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// The names chunk's organizations by their Japanese names, in katakana and in Han less the simplified Chinese ones,
// for a page with kana and no simplified forms that names a currency (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('namesja', { lexicons: [], orgNames: moreKanaNames() }));
