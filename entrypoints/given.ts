import { LATIN_GIVEN_NAMES } from '@/lib/detect/companies/latin-given-names';
import { capitalAlone, firmAcronym, productNamed, surnameAlone } from '@/lib/detect/companies/alone';
import { publicBody } from '@/lib/detect/companies/public-bodies';
import { madeProduct, paperArticle } from '@/lib/detect/companies/made-by';
import { provide } from '@/lib/dom/chunks';

// Loaded with the names chunk on a page without CJK text (lib/dom/scripts.ts): the given names that tell a person from
// the firm sharing a surname ("Michael Dell"), which Chinese and Japanese pages write in their own scripts, and the
// reading of an ambiguous name capitalized alone in Latin prose, a surname or a product named after its kind (alone.ts),
// the public bodies a cue frames like firms (public-bodies.ts), and products and papers named with a maker's or
// an article's words (made-by.ts).
export default defineUnlistedScript(() => provide('given', { lexicons: [], readers: { cueWords: LATIN_GIVEN_NAMES, capitalAlone, firmAcronym, surnameAlone, productNamed, publicBody, madeProduct, paperArticle } }));
