import { moreArabicNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// The names chunk's organizations by their Arabic names, for a page in Arabic that names a currency (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('namesar', { lexicons: [], orgNames: moreArabicNames() }));
