import { moreHanNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// The names chunk's organizations by their Chinese names, less those in kana or in forms only Japanese writes, for a
// page in Han or Hangul without kana that names a currency (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('nameszh', { lexicons: [], orgNames: moreHanNames() }));
