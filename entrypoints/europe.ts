import { de } from '@/lib/detect/figures/lexicons/de';
import { es } from '@/lib/detect/figures/lexicons/es';
import { fr } from '@/lib/detect/figures/lexicons/fr';
import { EUROPEAN_COMPANY_CUES, EUROPEAN_CREDIT_BEFORE, EUROPEAN_OUTLETS, EUROPEAN_REPORTING, EUROPEAN_ROMANCE, GERMAN_ROLE_COMPOUND } from '@/lib/detect/companies/script-cues';
import { GERMAN_TRADES } from '@/lib/detect/companies/german-trades';
import { germanGenitive } from '@/lib/detect/companies/german-genitive';
import { germanNoun, kindOpener, openerDropped, regionalBank } from '@/lib/detect/companies/european-names';
import { europeanNotFirm, germanNounsAfter } from '@/lib/detect/companies/european-not-firms';
import { europeanTextNames } from '@/lib/detect/companies/text-names';
import { EUROPEAN_CUE_WORDS } from '@/lib/detect/companies/european-cue-words';
import { EUROPEAN_FACT_WORDS } from '@/lib/detect/facts/words/european';
import { withLatinNames } from '@/lib/detect/companies/data/merge-latin';
import { europeNames, europeOrgNames } from '@/lib/detect/companies/data/script-names';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages that hold French, German or Spanish text (lib/dom/scripts.ts), with the names
// in those languages only ("Europäische Investitionsbank").
export default defineUnlistedScript(() => provide('europe', {
  lexicons: [fr, de, es],
  latinNames: europeNames(),
  orgNames: europeOrgNames(),
  mergeLatin: withLatinNames,
  readers: { europeanCues: EUROPEAN_COMPANY_CUES, roleCompound: GERMAN_ROLE_COMPOUND, creditBefore: EUROPEAN_CREDIT_BEFORE, germanTrades: GERMAN_TRADES, germanGenitive, germanNoun, openerDropped, kindOpener, regionalBank,
    cueWords: EUROPEAN_CUE_WORDS, outlets: EUROPEAN_OUTLETS, reporting: EUROPEAN_REPORTING,
    romance: EUROPEAN_ROMANCE, europeanNotFirm, germanNounsAfter, textNames: europeanTextNames },
  facts: EUROPEAN_FACT_WORDS,
}));
