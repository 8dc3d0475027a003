/**
 * Money and percentages in seven languages. Matching runs on the folded text
 * (see ../normalize.ts); spans are mapped back so `text` is exactly the page's.
 *
 * Conventions: the span covers number, scale and currency ("US$ 113 millones",
 * "600 millions d'euros", "ملياري دولار"); a hedge ("about", نحو, 约) is reported
 * as `qualifier` and left out of the span. A range whose ends share a scale or
 * currency ("$10-15 billion", "10 à 15 milliards d'euros") is one figure whose
 * `value` is its lower bound; a range of two complete amounts ("$10 billion to
 * $15 billion", "100億円〜150億円") is two figures, each spanning its own amount
 * and both carrying the same `range`, because a reader may quote either end
 * alone. A number with no currency is never money. "$" is USD and
 * explicit; bare currency words ("dollars", دولار, ドル) and "¥" are inferred
 * (see lexicons/symbols.ts).
 */
import type { Normalized } from '../normalize.ts';
import { toOriginal } from '../normalize.ts';
import type { MoneyEntity, PercentEntity } from '../types.ts';
import { LangGuesser } from './lang.ts';
import { compileLexicon } from './lexicon.ts';
import { scan } from './scan.ts';

export function findFigures(original: string, norm: Normalized): (MoneyEntity | PercentEntity)[] {
  compileLexicon();
  const figures = scan({ text: norm.text, lang: new LangGuesser(norm.text) });
  const out: (MoneyEntity | PercentEntity)[] = [];
  for (const f of figures) {
    const [start, end] = toOriginal(norm, f.start, f.end);
    const e: MoneyEntity | PercentEntity = f.type === 'money'
      ? { type: 'money', start, end, text: original.slice(start, end), value: f.value, currency: f.currency! }
      : { type: 'percent', start, end, text: original.slice(start, end), value: f.value };
    if (f.currencyInferred && e.type === 'money') e.currencyInferred = true;
    if (f.qualifier) e.qualifier = f.qualifier;
    if (f.range) e.range = f.range;
    out.push(e);
  }
  return out;
}
