/**
 * Exports of library items the popup has already filtered, and whole-library
 * backup/restore. Nothing here builds HTML: page text stays data.
 */
export { csvParts, toCSV, toTSV } from './tabular.ts';
export { CSV_COLUMNS } from './columns.ts';
export { toMarkdown, escapeMarkdown } from './markdown.ts';
export { backup, backupFileName, restore, wipeAll } from './backup.ts';
