/**
 * The CJK chunk's names that start in Latin letters ("LGエレクトロニクス",
 * ShippedParts.mixed), put among the Latin part's lines where their keys
 * sort. The content script then decodes the merged part as it decodes its
 * own, and carries none of these names on pages without CJK text. This runs
 * in the chunk, once per page that holds CJK, so the content script pays
 * nothing for it.
 */
import type { ShippedIndex } from './compact.ts';
import { BASE, DIGIT, KIND_OF, REF_DIGITS, SEP } from './refs.ts';

/** A part's refs one line each: `!` kept with its field. */
function refFields(refs: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < refs.length;) {
    const from = at;
    if (refs[at] === '!') at++;
    const c = refs.charCodeAt(at);
    // A kind code or =, <, > is one unit; a number two.
    at += KIND_OF[c] || c === 0x3d || c === 0x3c || c === 0x3e ? 1 : 2;
    out.push(refs.slice(from, at));
  }
  return out;
}

/** `mixed`'s lines merged into `latin` by key; every ref keeps its meaning (see compact.ts for the form). */
export function withMixed(latin: ShippedIndex, mixed: ShippedIndex): ShippedIndex {
  if (!mixed.names) return latin;
  // Plain toLowerCase is the keys' lowering here (chars.lowerString) as no key holds an İ: the fold reads it as I.
  const lines = latin.names.split(SEP);
  const keys = latin.names.toLowerCase().split(SEP);
  const refs = refFields(latin.refs);
  const extra = mixed.names.split(SEP);
  const extraKeys = mixed.names.toLowerCase().split(SEP);
  const extraRefs = refFields(mixed.refs);
  const names: string[] = [];
  const out: string[] = [];
  // The organization of the Latin line last read, and how many canonical lines came before: what `=`, `<` and `>` mean.
  let target = -1;
  let orgs = 0;
  let j = 0;
  for (let k = 0; k < lines.length; k++) {
    let inserted = false;
    for (; j < extra.length && extraKeys[j]! < keys[k]!; j++, inserted = true) {
      names.push(extra[j]!);
      out.push(extraRefs[j]!);
    }
    const ref = refs[k]!;
    const mark = ref[0] === '!' ? '!' : '';
    const c = ref.charCodeAt(mark.length);
    if (KIND_OF[c]) target = orgs++;
    else if (c === 0x3c || c === 0x3e) target = orgs - (c === 0x3c ? 1 : 0);
    else if (c !== 0x3d) target = DIGIT[c]! * BASE + DIGIT[ref.charCodeAt(mark.length + 1)]!;
    names.push(lines[k]!);
    // `=` named the line above, which is now one of the merged lines: say the number instead.
    out.push(c === 0x3d && inserted ? mark + REF_DIGITS[Math.floor(target / BASE)]! + REF_DIGITS[target % BASE]! : ref);
  }
  names.push(...extra.slice(j));
  out.push(...extraRefs.slice(j));
  return { names: names.join(SEP), refs: out.join('') };
}
