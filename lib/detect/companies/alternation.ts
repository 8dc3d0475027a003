/** Regex alternations of word lists, shared by the content script's spotting pass and the European chunk's. */

export const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A longest-first alternation of `words`, factored by first unit: at each
 * offset only one group can go on, instead of every word being tried in
 * turn. Order inside a group is kept, so the match is the same.
 */
export function groupedAlternation(words: Iterable<string>): string {
  const groups = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const rest = groups.get(w[0]!) ?? [];
    rest.push(escapeRe(w.slice(1)));
    groups.set(w[0]!, rest);
  }
  return [...groups].map(([c, rest]) => `${escapeRe(c)}(?:${rest.join('|')})`).join('|');
}
