import { kanaNames } from '@/lib/detect/companies/data/script-names';
import { findJapaneseNames } from '@/lib/detect/companies/solid-names-ja';
import { kanaLatin } from '@/lib/detect/companies/romaji';
import { kanaPlaceBefore } from '@/lib/detect/companies/ja-places';
import { KANA_TAILS } from '@/lib/detect/companies/kana-tails';
import { alike } from '@/lib/detect/companies/sound-alike';
import { JA_FACT_WORDS } from '@/lib/detect/facts/words/cjk';
import { ja } from '@/lib/detect/figures/lexicons/ja';
import { provide } from '@/lib/dom/chunks';

// Loaded beside cjk.js on pages that hold kana: Japanese (lib/dom/scripts.ts). It brings the names in katakana and in Han, less those in simplified Chinese.
export default defineUnlistedScript(() => provide('kana', {
  lexicons: [ja],
  names: kanaNames(),
  readers: { japanese: findJapaneseNames, kanaLatin, kanaPlaceBefore, alike, kanaTails: KANA_TAILS },
  facts: JA_FACT_WORDS,
}));
