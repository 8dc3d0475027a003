/**
 * The peers the engine is compared with, each called the way its docs show:
 * compromise's money/percentages/organizations views, Recognizers-Text's
 * currency and percentage models per culture, and a bare digit scan as floor.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import type { Lang } from './corpus-data.ts';

/** Counting results keeps the work observable, so nothing gets optimized away. */
export function compromiseFind(text: string): number {
  const doc = nlp(text);
  return doc.money().length + doc.percentages().length + doc.organizations().length;
}

export function recognizersFind(text: string, culture: string): number {
  return Recognizers.recognizeCurrency(text, culture).length + Recognizers.recognizePercentage(text, culture).length;
}

const DIGITS = /\d+/g;
export function bareScan(text: string): number {
  let n = 0;
  DIGITS.lastIndex = 0;
  while (DIGITS.exec(text) !== null) n++;
  return n;
}

const CULTURES: Record<Lang, { code: string; folder: string }> = {
  en: { code: 'en-us', folder: 'english' },
  es: { code: 'es-es', folder: 'spanish' },
  fr: { code: 'fr-fr', folder: 'french' },
  de: { code: 'de-de', folder: 'german' },
  zh: { code: 'zh-cn', folder: 'chinese' },
  ja: { code: 'ja-jp', folder: 'japanese' },
  ar: { code: 'ar-ae', folder: 'arabic' },
};

function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * Languages the installed Recognizers-Text really models for both currency and
 * percentage. An unknown culture silently falls back to English, which would
 * time the wrong thing, so we look for the culture's own code in the package.
 */
export function recognizersCultures(): { lang: Lang; culture: string }[] {
  const units = join(packageDir('@microsoft/recognizers-text-number-with-unit'), 'dist/types/numberWithUnit');
  const numbers = join(packageDir('@microsoft/recognizers-text-number'), 'dist/types/number');
  return (Object.entries(CULTURES) as [Lang, { code: string; folder: string }][])
    .filter(([, c]) => existsSync(join(units, c.folder)) && existsSync(join(numbers, c.folder)))
    .map(([lang, c]) => ({ lang, culture: c.code }));
}
