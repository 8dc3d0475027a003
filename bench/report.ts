/** The table, the Markdown copy for the README, and the one closing line other tools parse. */
import { writeFileSync } from 'node:fs';
import { fmt, fmtRatio } from './measure.ts';

export type Status = 'PASS' | 'FAIL' | 'n/a' | '';

export interface Row {
  section: string;
  metric: string;
  value: string;
  target?: string;
  status?: Status;
}

/** The figures of the closing line; NaN prints as n/a. */
export interface Summary {
  engineMBs: number;
  xCompromise: number;
  xRecognizers: number;
  xBare: number;
  pageMs: number;
  pageHighlights: number;
  xMark: number;
  longestTaskMs: number;
  popupMs: number;
  exportMs: number;
  contentKbGz: number;
}

export const emptySummary = (): Summary => ({
  engineMBs: NaN, xCompromise: NaN, xRecognizers: NaN, xBare: NaN, pageMs: NaN, pageHighlights: NaN,
  xMark: NaN, longestTaskMs: NaN, popupMs: NaN, exportMs: NaN, contentKbGz: NaN,
});

/** PASS/FAIL against a target; a missing figure is n/a, never a pass. */
export function check(value: number, ok: (v: number) => boolean): Status {
  if (!Number.isFinite(value)) return 'n/a';
  return ok(value) ? 'PASS' : 'FAIL';
}

export function closingLine(s: Summary): string {
  const n = (v: number, d: number) => fmt(v, d);
  const count = Number.isFinite(s.pageHighlights) ? String(s.pageHighlights) : 'n/a';
  return (
    `bench: engine ${n(s.engineMBs, 1)} MB/s, ${n(s.xCompromise, 1)}x compromise, ${n(s.xRecognizers, 1)}x recognizers-text, ` +
    `${fmtRatio(s.xBare)}x bare scan; page ${n(s.pageMs, 0)} ms for ${count} highlights, ${n(s.xMark, 1)}x mark.js, ` +
    `longest task ${n(s.longestTaskMs, 0)} ms; popup 10k ${n(s.popupMs, 0)} ms; export 10k ${n(s.exportMs, 0)} ms; ` +
    `content script ${n(s.contentKbGz, 0)} kB gz`
  );
}

function widths(rows: readonly string[][]): number[] {
  const w: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (w[i] = Math.max(w[i] ?? 0, [...cell].length)));
  return w;
}

const HEAD = ['Section', 'Metric', 'Value', 'Target', 'Status'];
const cells = (r: Row): string[] => [r.section, r.metric, r.value, r.target ?? '', r.status ?? ''];

export function textTable(rows: readonly Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const w = widths(all);
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(w[i]! - [...c].length)).join('  ').trimEnd();
  return [line(HEAD), w.map((x) => '-'.repeat(x)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}

export function writeMarkdown(path: string, rows: readonly Row[], notes: readonly string[], summary: Summary, env: string): void {
  const body = [
    '<!-- Written by `npm run bench`; paste into the README "Performance" section. -->',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${env}.`,
    '',
    markdownTable(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    '```',
    closingLine(summary),
    '```',
    '',
  ].join('\n');
  writeFileSync(path, body);
}
