import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../storage/library.ts';
import { rowOf } from './columns.ts';
import { CSV_COLUMNS, toCSV, toMarkdown, toTSV } from './index.ts';

const PAGE = { id: 1, url: 'https://akhbar.example/ar/1?a=1,2', title: 'جولة "تمويل", كبرى', language: 'ar', site: 'akhbar.example', firstSeen: 0, lastSeen: 0 };

function item(over: Partial<LibraryItem>): LibraryItem {
  return {
    id: 1, uid: 'u', pageId: 1, url: PAGE.url, type: 'money', text: '6.6 مليار دولار', value: 6.6e9, currency: 'USD',
    currencyInferred: false, qualifier: null, company: 'OpenAI', companyKind: null, role: 'raised', counterparty: null,
    round: null, selector: { exact: '', prefix: '', suffix: '', start: 0, end: 0 }, context: 'جمعت الشركة 6.6 مليار دولار.',
    note: '', status: 'saved', created: Date.UTC(2026, 0, 2, 3, 4, 5), updated: Date.UTC(2026, 0, 2, 3, 4, 5), page: PAGE,
    ...over,
  };
}

const ITEMS: LibraryItem[] = [
  item({}),
  item({ type: 'percent', text: '-12%', value: -12, currency: null, company: null, role: null, note: 'line one\nline "two", end', context: '=HYPERLINK("http://x")' }),
  item({ type: 'company', text: '@Acme', value: null, currency: null, company: '+Acme', companyKind: 'investor', role: null, note: '=1+1\nmore', context: '\tTabbed, sentence', qualifier: null }),
];

const GOLDEN = [
  'type,text,value,currency,company,role,page_url,page_title,context,note,saved_at,qualifier,round,counterparty,company_kind,currency_inferred,status,site,language,created_at',
  'money,6.6 مليار دولار,6600000000,USD,OpenAI,raised,"https://akhbar.example/ar/1?a=1,2","جولة ""تمويل"", كبرى",جمعت الشركة 6.6 مليار دولار.,,2026-01-02T03:04:05.000Z,,,,,false,saved,akhbar.example,ar,2026-01-02T03:04:05.000Z',
  `percent,"'-12%",-12,,,,"https://akhbar.example/ar/1?a=1,2","جولة ""تمويل"", كبرى","'=HYPERLINK(""http://x"")","line one\nline ""two"", end",2026-01-02T03:04:05.000Z,,,,,false,saved,akhbar.example,ar,2026-01-02T03:04:05.000Z`,
  `company,"'@Acme",,,"'+Acme",,"https://akhbar.example/ar/1?a=1,2","جولة ""تمويل"", كبرى","'\tTabbed, sentence","'=1+1\nmore",2026-01-02T03:04:05.000Z,,,,investor,false,saved,akhbar.example,ar,2026-01-02T03:04:05.000Z`,
].join('\r\n');

describe('toCSV', () => {
  it('matches the golden file byte for byte', () => {
    expect(toCSV(ITEMS)).toBe(`\ufeff${GOLDEN}`);
  });

  it('starts with the fixed columns and parses back to the same cells', () => {
    const csv = toCSV(ITEMS);
    expect(csv.startsWith('\ufefftype,text,value,currency,company,role,page_url,page_title,context,note,saved_at,')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data[2]![CSV_COLUMNS.indexOf('value')]).toBe('-12');
    expect(parsed.data[2]![CSV_COLUMNS.indexOf('note')]).toBe('line one\nline "two", end');
    expect(parsed.data[3]![CSV_COLUMNS.indexOf('note')]).toBe("'=1+1\nmore");
  });

  it('writes every cell exactly as papaparse would', () => {
    // The fast path skips papaparse for plain cells; any text must still come out identical.
    const text = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', '\ufeff', 'ع', '1') });
    fc.assert(fc.property(text, fc.option(text), fc.option(fc.double({ noNaN: true })), fc.boolean(), (t, note, value, inferred) => {
      const it = item({ text: t, note: note ?? '', company: note, value, currencyInferred: inferred });
      const expected = Papa.unparse({ fields: [...CSV_COLUMNS], data: [CSV_COLUMNS.map((c) => rowOf(it)[c])] }, { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' });
      expect(toCSV([it, it])).toBe(`\ufeff${expected}\r\n${expected.slice(expected.indexOf('\r\n') + 2)}`);
    }));
  });

  it('gives only a header for no items', () => {
    expect(toCSV([]).trimEnd()).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
  });
});

describe('toTSV', () => {
  it('keeps one record per line and neutralizes formulas', () => {
    const lines = toTSV(ITEMS).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.split('\t').length === CSV_COLUMNS.length)).toBe(true);
    const note = lines[2]!.split('\t')[CSV_COLUMNS.indexOf('note')];
    expect(note).toBe('line one line "two", end');
    expect(lines[3]!.split('\t')[CSV_COLUMNS.indexOf('note')]).toBe("'=1+1 more");
    expect(lines[2]!.split('\t')[CSV_COLUMNS.indexOf('value')]).toBe('-12');
  });
});

describe('toMarkdown', () => {
  it('groups by company and keeps page text inert', () => {
    const md = toMarkdown([
      item({ company: 'Zeta', text: '$5 *bn*' }),
      item({ company: null, text: '[x](javascript:alert(1))', note: '<img src=x onerror=alert(1)>' }),
      item({ company: 'Acme', text: '# not a heading', page: { ...PAGE, title: 'A | B', url: 'javascript:alert(1)' } }),
    ]);
    expect(md.indexOf('## Acme')).toBeLessThan(md.indexOf('## Zeta'));
    expect(md.indexOf('## Zeta')).toBeLessThan(md.indexOf('## No company'));
    expect(md).toContain('**\\$5 \\*bn\\***');
    expect(md).toContain('\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(md).toContain('Note: \\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(md).toContain('**\\# not a heading**');
    // A non-web URL is never made a link.
    expect(md).not.toContain('](javascript');
    expect(md).toContain('[جولة \\"تمويل\\"\\, كبرى](https://akhbar.example/ar/1?a=1,2)');
    expect(md).toContain('**\\$5 \\*bn\\*** · 6,600,000,000 USD · raised');
  });
});
