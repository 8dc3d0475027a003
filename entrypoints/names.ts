import { moreLatinNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages whose text names a currency (lib/dom/scripts.ts): the organizations that
// do not fit in the script every page runs (lib/detect/companies/data/names-chunk.ts), by their names in Latin letters.
export default defineUnlistedScript(() => provide('names', { lexicons: [], orgNames: moreLatinNames() }));
