import { describe, expect, it } from 'vitest';
import { seen } from './testkit.ts';

const values = (text: string) => seen(text).map((f) => f.value);

describe('readings that depend on the language around the figure', () => {
  it('reads a lone "1,235" as a thousand and more in English and 1.235 in French', () => {
    expect(values('The company paid $1,235 for each licence, the report said.')).toEqual([1235]);
    expect(values('La société a payé 1,235 $ pour chaque licence, selon le rapport des analystes.')).toEqual([1.235]);
  });

  it('reads "1.235" as a thousand and more in German and 1.235 in English', () => {
    expect(values('Die Firma zahlte 1.235 € für die Lizenz, sagte der Sprecher am Mittwoch.')).toEqual([1235]);
    expect(values('The firm paid €1.235 for the licence, the spokesman said.')).toEqual([1.235]);
  });

  it('reads a lone group ending in zero as thousands whatever the language', () => {
    expect(values('La empresa mexicana recaudó 1,300 millones de dólares, dijo su director.')).toEqual([1.3e9]);
    expect(values('The Spanish unit booked a loss of 1.700 M€ last year, its filing shows.')).toEqual([1.7e9]);
  });

  it('reads "Billion" as 1e12 in German and 1e9 in English', () => {
    expect(values('Die Bewertung liegt bei 1 Billion Dollar, sagte der Chef der Firma.')).toEqual([1e12]);
    expect(values('The valuation is 1 Billion Dollars, the chief of the firm said.')).toEqual([1e9]);
  });

  it('reads "¥" as yuan on a Chinese page and yen elsewhere', () => {
    const zh = seen('公司表示，本轮融资金额为¥500亿，由多家机构共同参与，其中包括国家基金和地方政府引导基金。');
    expect(zh).toMatchObject([{ currency: 'CNY', currencyInferred: true, value: 5e10 }]);
    expect(seen('The bank lent ¥500 billion to the group.')).toMatchObject([{ currency: 'JPY', currencyInferred: true }]);
  });

  it('keeps the words of one language from deciding for another', () => {
    // "millones" is Spanish whatever the page: the dot groups thousands.
    expect(values('The deal, 1.500 millones de dólares, closed today in New York.')).toEqual([1.5e9]);
    // "亿" is Chinese: the comma groups thousands.
    expect(values('估值2,300亿美元')).toEqual([2.3e11]);
  });
});

describe('mixed scripts and marks inside one figure', () => {
  it.each([
    ['\u200F٢٠\u200F مليار دولار', '٢٠\u200F مليار دولار', 2e10],
    ['20\u00A0مليار\u00A0دولار', '20\u00A0مليار\u00A0دولار', 2e10],
    ['١٬٥٠٠ مليون دولارًا', '١٬٥٠٠ مليون دولارًا', 1.5e9],
    ['２０億円', '２０億円', 2e9],
    ['1\u202F500 millions d’euros', '1\u202F500 millions d’euros', 1.5e9],
  ])('%s', (text, span, value) => {
    expect(seen(text)).toMatchObject([{ text: span, value }]);
  });
});
