/**
 * "البنك التجاري الدولي (CIB)", "Banque européenne d'investissement (BEI)": a
 * text that puts capitals in brackets right after a company's name defines
 * them as that company's short name, in any language, whether or not the
 * letters are the English initials. findCompanies then finds it again later.
 */
import type { CompanyKind } from '../types.ts';
import type { CueName } from './cues.ts';
import type { Taken } from './taken.ts';

// The text is folded: full-width brackets are ASCII here. Arabic writes its short names so too: "وكالة أنباء الإمارات (وام)".
// A longer Arabic word in brackets is the short name only if the full name holds it ("شركة ممتلكات البحرين القابضة (ممتلكات)").
// Quotes may stand inside the brackets ("جهاز أبوظبي للاستثمار ("أديا")").
const BRACKETED = /^ ?\(["“«]?([A-Z][A-Z\d&]{1,5}|[\u0621-\u064a]{2,10})["”»]?\)/;

/**
 * A legal form's short word in brackets, which many groups share ("みずほフィナンシャルグループ（FG）"): no acronym of
 * the one before it, nor a name of its own (solid-names-ja.ts).
 */
export const GENERIC_SHORT = /^(?:FG|HD|FH|HLDGS?)$/;

/** Does a bracket open right at `end`, or one space after it? */
export const bracketAfter = (text: string, end: number) => text.charCodeAt(end) === 0x28 || text.charCodeAt(end + 1) === 0x28;

type Named = { start: number; end: number; canonical: string; kind: CompanyKind };

/**
 * `named`: names with a bracket after them (bracketAfter). Returns the acronyms to add, and what each acronym the
 * text defines names in it: a known acronym the text gives another firm ("la Banque Centrale Populaire (BCP)",
 * not Peru's BCP) is that firm's wherever the text writes it.
 */
export function acronymsAfter(text: string, named: readonly Named[], taken: Taken): { added: CueName[]; defined: Map<string, Named> } {
  const added: CueName[] = [];
  const defined = new Map<string, Named>();
  for (const n of named) {
    const m = BRACKETED.exec(text.slice(n.end, n.end + 16));
    // "みずほフィナンシャルグループ（FG）", "…ホールディングス（HD）": the form's short word, which many groups share.
    if (!m || GENERIC_SHORT.test(m[1]!) || (m[1]!.length > 5 && !text.slice(n.start, n.end).includes(m[1]!))) continue;
    const start = n.end + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (!defined.has(m[1]!)) defined.set(m[1]!, n);
    if (!taken(start, end)) added.push({ start, end, canonical: n.canonical, kind: n.kind });
  }
  return { added, defined };
}
