/**
 * Money and percentages in seven languages. Matching runs on the folded text
 * (see ../normalize.ts); spans are mapped back so `text` is exactly the page's.
 *
 * Conventions: the span covers number, scale and currency ("US$ 113 millones",
 * "600 millions d'euros", "ملياري دولار"); a hedge ("about", نحو, 约) is reported
 * as `qualifier` and left out of the span; a range is one figure whose `value`
 * is its lower bound. A number with no currency is never money. "$" is USD and
 * explicit; bare currency words ("dollars", دولار, ドル) and "¥" are inferred
 * (see lexicons/symbols.ts).
 */
import type { Normalized } from '../normalize.ts';
import { toOriginal } from '../normalize.ts';
import type { MoneyEntity, PercentEntity } from '../types.ts';
import { LangGuesser } from './lang.ts';
import { scan } from './scan.ts';

export function findFigures(original: string, norm: Normalized): (MoneyEntity | PercentEntity)[] {
  const figures = scan({ text: norm.text, lang: new LangGuesser(norm.text) });
  const out: (MoneyEntity | PercentEntity)[] = [];
  for (const f of figures) {
    const [start, end] = toOriginal(norm, f.start, f.end);
    const span = { start, end, text: original.slice(start, end) };
    const extra = {
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.range ? { range: f.range } : {}),
    };
    if (f.type === 'money') {
      out.push({
        type: 'money', ...span, value: f.value, currency: f.currency!,
        ...(f.currencyInferred ? { currencyInferred: true } : {}), ...extra,
      });
    } else {
      out.push({ type: 'percent', ...span, value: f.value, ...extra });
    }
  }
  return out;
}
