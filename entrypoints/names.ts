import { moreLatinNames } from '@/lib/detect/companies/data/script-names';
import { LATIN_GIVEN_NAMES } from '@/lib/detect/companies/latin-given-names';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages whose text names a currency (lib/dom/scripts.ts): the organizations that
// do not fit in the script every page runs (lib/detect/companies/data/names-chunk.ts), by their names in Latin letters,
// and the given names that tell a person from the firm sharing a surname.
export default defineUnlistedScript(() => provide('names', { lexicons: [], orgNames: moreLatinNames(), readers: { cueWords: LATIN_GIVEN_NAMES } }));
