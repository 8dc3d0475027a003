/**
 * Names that only some pages can hold, put among the Latin part's lines where
 * their keys sort: the CJK chunk's that start in Latin letters and go on in
 * CJK ("LGエレクトロニクス", ShippedParts.mixed), the European chunk's in
 * French, German or Spanish only ("Europäische Investitionsbank",
 * ShippedParts.europe). The content script then decodes the merged part as it
 * decodes its own, and carries none of these names on other pages. The build
 * gives each line's place in the Latin part (`at`) and keeps a `=` off the
 * Latin line after it, so this is a few dozen slices: it runs cold, within the
 * index's time to get ready.
 */
import type { ShippedIndex } from './compact.ts';
import { NUMBER_REFS, SEP } from './refs.ts';

interface Insert {
  /** Where the Latin line it goes before starts, in the names and in the refs. */
  name: number;
  ref: number;
  line: string;
  field: string;
  /** The line lowered once (plain toLowerCase lowers as the keys are lowered: no line holds an İ). */
  key: string;
}

export function withLatinNames(latin: ShippedIndex, extras: readonly ShippedIndex[]): ShippedIndex {
  const inserts: Insert[] = [];
  for (const part of extras) {
    if (!part.names) continue;
    // Each line's ref is its organization's number (refs.ts).
    const fields = part.refs.match(NUMBER_REFS)!;
    part.names.split(SEP).forEach((line, k) => inserts.push({ name: part.at![2 * k]!, ref: part.at![2 * k + 1]!, line, field: fields[k]!, key: line.toLowerCase() }));
  }
  // Two parts' lines at one place go in key order, each key lowered once rather than in every comparison.
  inserts.sort((x, y) => x.name - y.name || (x.key < y.key ? -1 : 1));
  const names: string[] = [];
  let refs = '';
  let n = 0;
  let r = 0;
  for (const i of inserts) {
    if (i.name > n) names.push(latin.names.slice(n, i.name - 1));
    names.push(i.line);
    refs += latin.refs.slice(r, i.ref) + i.field;
    n = i.name;
    r = i.ref;
  }
  if (n < latin.names.length) names.push(latin.names.slice(n));
  return { names: names.join(SEP), refs: refs + latin.refs.slice(r) };
}
