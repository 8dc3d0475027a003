import { arabicNames } from '@/lib/detect/companies/arabic-cues';
import { arabicEnglish, arabicNameSound, vowelledNames } from '@/lib/detect/companies/arabic-latin';
import { alike } from '@/lib/detect/companies/sound-alike';
import { arabicShort } from '@/lib/detect/companies/short-forms-ar';
import { arabicGlosses } from '@/lib/detect/companies/arabic-glosses';
import { arabicNotFirm } from '@/lib/detect/companies/given-names';
import { arabicArm } from '@/lib/detect/companies/script-arms';
import { ARABIC_COMPANY_CUES, ARABIC_QUOTED_ONLY } from '@/lib/detect/companies/script-cues';
import { arabicNames as arabicIndex } from '@/lib/detect/companies/data/script-names';
import { AR_FACT_WORDS } from '@/lib/detect/facts/words/ar';
import { ar } from '@/lib/detect/figures/lexicons/ar';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages that hold Arabic text (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('arabic', {
  lexicons: [ar],
  names: arabicIndex(),
  readers: { arabic: arabicNames, arabicEnglish, arabicVowels: vowelledNames, arabicGlosses, arabicShort, arabicCues: ARABIC_COMPANY_CUES, quotedOnly: ARABIC_QUOTED_ONLY, arabicNotFirm, alike, arabicSound: arabicNameSound, arabicArm },
  facts: AR_FACT_WORDS,
}));
