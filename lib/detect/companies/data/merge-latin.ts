/**
 * Names that only some pages can hold, put among the Latin part's lines where
 * their keys sort: the CJK chunk's that start in Latin letters and go on in
 * CJK ("LGエレクトロニクス", ShippedParts.mixed), the European chunk's in
 * French, German or Spanish only ("Europäische Investitionsbank",
 * ShippedParts.europe). The content script then decodes the merged part as it
 * decodes its own, and carries none of these names on other pages. The build
 * gives each line's place in the Latin part (`at`) and keeps a `=` off the
 * Latin line after it, so this is a hundred slices. It runs cold, within the
 * index's time to get ready: each part's lines are already in order, so they
 * are merged as they are read, with no split, regex, sort or object per line
 * (those took 1 ms of a page in every script, a few times this).
 */
import type { ShippedIndex } from './compact.ts';
import { SEP, WIDE } from './refs.ts';

/** Where a part's next line starts in its names and its ref in its refs, and which line it is (its place in `at`). */
interface Next {
  part: ShippedIndex;
  name: number;
  ref: number;
  k: number;
}

export function withLatinNames(latin: ShippedIndex, extras: readonly ShippedIndex[]): ShippedIndex {
  const next: Next[] = extras.filter((part) => part.names).map((part) => ({ part, name: 0, ref: 0, k: 0 }));
  const names: string[] = [];
  let refs = '';
  let n = 0;
  let r = 0;
  for (;;) {
    let first: Next | undefined;
    for (const x of next) if (x.name <= x.part.names.length && (!first || before(x, first))) first = x;
    if (!first) break;
    const { part, k } = first;
    const line = lineOf(first);
    const at = part.at![2 * k]!;
    if (at > n) names.push(latin.names.slice(n, at - 1));
    names.push(line);
    n = at;
    // Each line's ref is its organization's number (refs.ts): `!` for an ambiguous alias, then two digits or WIDE and three.
    let end = first.ref + (part.refs[first.ref] === '!' ? 1 : 0);
    end += part.refs[end] === WIDE ? 4 : 2;
    const ref = part.at![2 * k + 1]!;
    refs += latin.refs.slice(r, ref) + part.refs.slice(first.ref, end);
    r = ref;
    first.ref = end;
    first.name += line.length + 1;
    first.k++;
  }
  if (n < latin.names.length) names.push(latin.names.slice(n));
  return { names: names.join(SEP), refs: refs + latin.refs.slice(r) };
}

/**
 * Does x's next line go in before y's? Before an earlier Latin line, or before the same one with the lower key
 * (plain toLowerCase lowers as the keys are lowered: no line holds an İ).
 */
function before(x: Next, y: Next): boolean {
  const order = x.part.at![2 * x.k]! - y.part.at![2 * y.k]!;
  return order < 0 || (order === 0 && lineOf(x).toLowerCase() < lineOf(y).toLowerCase());
}

/** The part's next line. */
function lineOf({ part, name }: Next): string {
  const end = part.names.indexOf(SEP, name);
  return part.names.slice(name, end < 0 ? part.names.length : end);
}
