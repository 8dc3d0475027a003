/** CSV and TSV exports of already-filtered library items. */
import Papa from 'papaparse';
import type { LibraryItem } from '../storage/library.ts';
import { CSV_COLUMNS, rowOf } from './columns.ts';

/**
 * Cells a spreadsheet would run as a formula. papaparse's own default pattern stops
 * at the first newline (`.` in `^…$`), so a multi-line "=cmd\n…" would slip through.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** UTF-8 BOM first so Excel reads Arabic and CJK text as UTF-8. */
export function toCSV(items: LibraryItem[]): string {
  const body = Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: items.map((it) => {
        const row = rowOf(it);
        return CSV_COLUMNS.map((c) => row[c]);
      }),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `\ufeff${body}`;
}

const flat = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** For "Copy as TSV": pastes into a spreadsheet as-is, one record per line. */
export function toTSV(items: LibraryItem[]): string {
  const lines = [CSV_COLUMNS.join('\t')];
  for (const it of items) {
    const row = rowOf(it);
    lines.push(
      CSV_COLUMNS.map((c) => {
        const cell = flat(row[c]);
        // Pasting is as risky as opening a file: neutralize formula starts here too.
        return typeof row[c] === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
      }).join('\t'),
    );
  }
  return lines.join('\n');
}
