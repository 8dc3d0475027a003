/** Markdown export grouped by company. Page text is data: every piece is escaped so it renders literally. */
import type { LibraryItem } from '../storage/library.ts';

/** CommonMark lets any ASCII punctuation be backslash-escaped; escaping all of it keeps page text inert. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** Only web links survive; characters that could close the link are percent-encoded. */
function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.href.replace(/[()<>\s[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return null;
  }
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function line(it: LibraryItem): string[] {
  const parts = [`**${escapeMarkdown(it.text)}**`];
  // The formatted number is ours (digits, separators); only the currency code came from storage.
  if (it.value !== null) parts.push(`${number.format(it.value)}${it.type === 'percent' ? '%' : ''}${it.currency ? ` ${escapeMarkdown(it.currency)}` : ''}`);
  if (it.role) parts.push(escapeMarkdown(it.role));
  if (it.round) parts.push(escapeMarkdown(it.round));
  const url = safeUrl(it.page.url || it.url);
  const title = escapeMarkdown(it.page.title || it.page.site || it.url);
  parts.push(url ? `[${title}](${url})` : title);
  const out = [`- ${parts.join(' · ')}`];
  if (it.context) out.push(`  > ${escapeMarkdown(it.context)}`);
  if (it.note) out.push(`  Note: ${escapeMarkdown(it.note)}`);
  return out;
}

export function toMarkdown(items: LibraryItem[]): string {
  const groups = new Map<string, LibraryItem[]>();
  for (const it of items) {
    const key = it.company ?? '';
    const g = groups.get(key);
    if (g) g.push(it);
    else groups.set(key, [it]);
  }
  // Named companies alphabetically, figures without a company last.
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const out = ['# Dealmark export', ''];
  for (const key of keys) {
    out.push(`## ${key ? escapeMarkdown(key) : 'No company'}`, '');
    for (const it of groups.get(key)!) out.push(...line(it));
    out.push('');
  }
  return out.join('\n');
}
