import { moreCjkNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// The names chunk's organizations by their Chinese and Japanese names, for a page in those scripts that names a
// currency (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('namescjk', { lexicons: [], orgNames: moreCjkNames() }));
