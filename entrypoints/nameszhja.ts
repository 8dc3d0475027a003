import { moreZhjaNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// The names chunk's organizations by their Chinese and their Japanese names, for the rare page that holds kana and
// simplified Chinese and names a currency (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('nameszhja', { lexicons: [], orgNames: moreZhjaNames() }));
