import { arabicNames } from '../arabic-cues.ts';
import { arabicEnglish, arabicNameSound, vowelledNames } from '../arabic-latin.ts';
import { kanaLatin } from '../romaji.ts';
import { KANA_TAILS } from '../kana-tails.ts';
import { alike } from '../sound-alike.ts';
import { findSolidNames } from '../solid-names.ts';
import { findJapaneseNames } from '../solid-names-ja.ts';
import { findChineseNames } from '../solid-names-zh.ts';
import { cjkShort } from '../short-forms-cjk.ts';
import { arabicShort } from '../short-forms-ar.ts';
import { zhCompanies } from '../han-latin.ts';
import { hanGlosses } from '../han-glosses.ts';
import { arabicGlosses } from '../arabic-glosses.ts';
import { ARABIC_COMPANY_CUES, ARABIC_QUOTED_ONLY, CJK_COMPANY_CUES, EUROPEAN_COMPANY_CUES, EUROPEAN_CREDIT_BEFORE, EUROPEAN_OUTLETS, EUROPEAN_REPORTING, EUROPEAN_ROMANCE, GERMAN_ROLE_COMPOUND } from '../script-cues.ts';
import { GERMAN_TRADES } from '../german-trades.ts';
import { germanGenitive } from '../german-genitive.ts';
import { germanNoun, kindOpener, openerDropped, regionalBank } from '../european-names.ts';
import { EUROPEAN_CUE_WORDS } from '../european-cue-words.ts';
import { LATIN_GIVEN_NAMES } from '../latin-given-names.ts';
import { capitalAlone, firmAcronym, productNamed, surnameAlone } from '../alone.ts';
import { publicBody } from '../public-bodies.ts';
import { madeProduct, paperArticle } from '../made-by.ts';
import { arabicNotFirm, hanGivenName } from '../given-names.ts';
import { CJK_PLACES } from '../cjk-places.ts';
import { kanaPlaceBefore } from '../ja-places.ts';
import { arabicArm, cjkArm, cjkNotFirm } from '../script-arms.ts';
import type { ScriptReaders } from './types.ts';
import { europeanNotFirm, germanNounsAfter } from '../european-not-firms.ts';
import { europeanTextNames } from '../text-names.ts';

/**
 * The script readers the engine starts with. The content script's build swaps
 * this file for ./latin.ts, and each reader comes with its script's chunk
 * (entrypoints/arabic.ts, cjk.ts, han.ts, kana.ts) through addScript.
 */
export const BUILTIN_READERS: ScriptReaders = {
  arabic: arabicNames, arabicEnglish, arabicVowels: vowelledNames, arabicGlosses, arabicShort, arabicCues: ARABIC_COMPANY_CUES, quotedOnly: ARABIC_QUOTED_ONLY, europeanCues: EUROPEAN_COMPANY_CUES, roleCompound: GERMAN_ROLE_COMPOUND, creditBefore: EUROPEAN_CREDIT_BEFORE,
  solid: findSolidNames, chinese: findChineseNames, japanese: findJapaneseNames, solidShort: cjkShort, hanLatin: zhCompanies, hanGlosses, cjkCues: CJK_COMPANY_CUES, germanTrades: GERMAN_TRADES, germanGenitive, germanNoun, openerDropped, kindOpener,
  // The given names' chunk's (entrypoints/given.ts) beside the European chunk's.
  cueWords: {
    ...EUROPEAN_CUE_WORDS, givenNames: [...EUROPEAN_CUE_WORDS.givenNames!, ...LATIN_GIVEN_NAMES.givenNames!],
    places: [...EUROPEAN_CUE_WORDS.places!, ...LATIN_GIVEN_NAMES.places!],
  }, outlets: EUROPEAN_OUTLETS, reporting: EUROPEAN_REPORTING,
  romance: EUROPEAN_ROMANCE, arabicNotFirm, hanGivenName, places: CJK_PLACES, kanaLatin, kanaPlaceBefore, alike, arabicSound: arabicNameSound, kanaTails: KANA_TAILS,
  cjkArm, arabicArm, capitalAlone, firmAcronym, surnameAlone, productNamed, publicBody, madeProduct, paperArticle, regionalBank, europeanNotFirm, germanNounsAfter, cjkNotFirm, textNames: europeanTextNames,
};
