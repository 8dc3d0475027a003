/**
 * The CJK chunk's names that start in Latin letters and go on in CJK
 * ("LGエレクトロニクス", ShippedParts.mixed), put among the Latin part's lines
 * where their keys sort. The content script then decodes the merged part as
 * it decodes its own, and carries none of these names on pages without CJK
 * text. The build gives each line's place in the Latin part (`at`) and keeps
 * a `=` off the Latin line after it, so this is a few dozen slices: it runs
 * cold, within the index's time to get ready.
 */
import type { ShippedIndex } from './compact.ts';
import { SEP } from './refs.ts';

export function withMixed(latin: ShippedIndex, mixed: ShippedIndex): ShippedIndex {
  if (!mixed.names) return latin;
  const at = mixed.at!;
  // Each line's ref is its organization's number, two units, `!` before it for an ambiguous alias.
  const fields = mixed.refs.match(/!?[^!]{2}/g)!;
  const names: string[] = [];
  let refs = '';
  let n = 0;
  let r = 0;
  mixed.names.split(SEP).forEach((line, k) => {
    // Where the Latin line it goes before starts, in the names and in the refs.
    const a = at[2 * k]!;
    const b = at[2 * k + 1]!;
    if (a > n) names.push(latin.names.slice(n, a - 1));
    names.push(line);
    refs += latin.refs.slice(r, b) + fields[k];
    n = a;
    r = b;
  });
  if (n < latin.names.length) names.push(latin.names.slice(n));
  return { names: names.join(SEP), refs: refs + latin.refs.slice(r) };
}
