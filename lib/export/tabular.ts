/** CSV and TSV exports of already-filtered library items. */
import Papa from 'papaparse';
import type { LibraryItem } from '../storage/library.ts';
import { CSV_COLUMNS, cellsOf, rowOf } from './columns.ts';

/**
 * Cells a spreadsheet would run as a formula. papaparse's own default pattern stops
 * at the first newline (`.` in `^…$`), so a multi-line "=cmd\n…" would slip through.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const OPTIONS = { escapeFormulae: FORMULA_START, newline: '\r\n' } as const;

/**
 * Anything papaparse would quote or prefix (formula start, quote, delimiter, line
 * break, BOM, edge space). Cells without any of these come out of papaparse
 * unchanged, so they skip its per-cell scans, which dominated a 10k-row export.
 */
const NEEDS_PAPA = /^[=+\-@\t\r ]|[\r\n",\ufeff]| $/;

function cell(v: string | number | boolean | null): string {
  if (v === null) return '';
  // Numbers and booleans are never formula-escaped and their text needs no quotes.
  if (typeof v !== 'string') return String(v);
  return NEEDS_PAPA.test(v) ? Papa.unparse([[v]], OPTIONS) : v;
}

/**
 * The file in pieces, a line each, for a Blob: it encodes the many lines in
 * Latin script apart from the few in Arabic or CJK, where one joined string
 * would be two bytes a character throughout (a 10k export's Blob took about
 * half as long). UTF-8 BOM first so Excel reads Arabic and CJK text as UTF-8.
 */
export function csvParts(items: LibraryItem[]): string[] {
  const parts = [`\ufeff${CSV_COLUMNS.join(',')}`];
  for (const it of items) {
    const cells = cellsOf(it);
    let line = '\r\n';
    for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + cell(cells[i]!);
    parts.push(line);
  }
  return parts;
}

export function toCSV(items: LibraryItem[]): string {
  return csvParts(items).join('');
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
