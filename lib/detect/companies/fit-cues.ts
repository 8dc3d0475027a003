/**
 * Where a cue name and a gazetteer hit cover the same words, which one the
 * text means (index.ts runs this once per text, after the ambiguous names are settled).
 */
import { isArabicLetter, lowerSet, lowerString } from './chars.ts';
import { LEGAL_FORMS } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';
import type { Hit } from './match.ts';
import { READERS } from './readers/registry.ts';
import type { Arm } from './subsidiaries.ts';
import type { Trie } from './trie.ts';

export interface Tagged extends Hit {
  trie: Trie;
  /** Set when a business word after the name makes it a group's arm (subsidiaries.ts). */
  arm?: Arm;
}

const LEGAL = lowerSet(LEGAL_FORMS);

/** The Arabic nouns that introduce a name (arabic-nouns.ts) and also end known ones ("سوفت بنك", "ستاندرد بنك"). */
const NAME_NOUN_END = /(?:بنك|مصرف|مجموعة|صندوق)$/;

/**
 * "وسوفت بنك مجمّع": the noun that seemed to introduce an Arabic cue name is the last word of the known name
 * right before it, so the word after it is the sentence's, not a bank's name.
 */
function nounOfKnownName(text: string, before: Tagged | undefined, c: CueName): boolean {
  return !!before && c.start - before.end === 1 && isArabicLetter(text.charCodeAt(c.start)) && NAME_NOUN_END.test(text.slice(before.start, before.end));
}

/**
 * Fit a cue name with the gazetteer hits: "Nvidia Corp." stays Nvidia with the
 * longer span, "Cisco Investments" becomes its own investor, and a cue that
 * cuts into a known name any other way gives way to it.
 */
export function fitCues(text: string, hits: Tagged[], cues: CueName[]): { hits: Tagged[]; cues: CueName[] } {
  const keptCues: CueName[] = [];
  const dropped = new Set<Tagged>();
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
  let from = 0; // hits are sorted and disjoint: walk them alongside the cues
  for (const c of sorted) {
    const last = keptCues[keptCues.length - 1];
    if (last && c.start < last.end) continue;
    while (from < hits.length && hits[from]!.end <= c.start) from++;
    const inside: Tagged[] = [];
    for (let k = from; k < hits.length && hits[k]!.start < c.end; k++) inside.push(hits[k]!);
    if (inside.length === 0) {
      if (!nounOfKnownName(text, hits[from - 1], c)) keptCues.push(c);
      continue;
    }
    // "Bloomberg News" is Bloomberg: an outlet's last word adds nothing to a name the gazetteer knows.
    if (c.kind === 'media') continue;
    if (inside.length !== 1) {
      // "Reliance Enterprise Intelligence Ltd": a registered name in full, its legal form last, is a firm of its own,
      // whatever known names its words make ("Reliance", "Enterprise").
      if (inside[0]!.start === c.start && legalLast(text, c)) {
        for (const h of inside) dropped.add(h);
        keptCues.push(c);
      }
      continue;
    }
    const h = inside[0]!;
    // "Google's Africa Investment Fund": a known owner's possessive opens the cue name; the owner stays, and what it owns is named apart.
    if (h.start === c.start && /^['’]s \p{Lu}/u.test(text.slice(h.end, h.end + 4))) {
      keptCues.push({ ...c, start: h.end + 3, canonical: text.slice(h.end + 3, c.end) });
      continue;
    }
    // "Cerro Azul Capital": an ambiguous name inside a cue name that opens before it with a capital is a word of
    // that other name (in Arabic, whose cue names run on into the words before a name, the known name stays).
    if (h.ambiguous && h.start > c.start && h.end <= c.end && /\p{Lu}/u.test(text[c.start]!)) {
      dropped.add(h);
      keptCues.push(c);
      continue;
    }
    if (h.start !== c.start || h.end >= c.end) continue;
    const tail = text.slice(h.end, c.end).trim().split(/\s+/).map((w) => lowerString(w.replace(/\.$/, '')));
    if (tail.every((w) => LEGAL.has(w))) h.end = c.end;
    else {
      dropped.add(h);
      keptCues.push(knownHead(text, h, c));
    }
  }
  return { hits: hits.filter((h) => !dropped.has(h)), cues: keptCues };
}

/** Three words or more, the last a legal form ("… Intelligence Ltd"): a name registered whole, not a known one and its suffix. */
function legalLast(text: string, c: CueName): boolean {
  const words = text.slice(c.start, c.end).trim().split(/\s+/);
  return words.length > 2 && LEGAL.has(lowerString(words[words.length - 1]!.replace(/\.$/, '')));
}

/**
 * A cue name that opens with a known name keeps that name's English form:
 * "هيوماين فنتشرز" is Humain Ventures, not the head romanized letter by letter.
 */
function knownHead(text: string, h: Tagged, c: CueName): CueName {
  const english = READERS.arabicEnglish;
  if (!english || !isArabicLetter(text.charCodeAt(h.start))) return c;
  const own = english(text.slice(h.start, h.end));
  if (!c.canonical.startsWith(`${own} `)) return c;
  const known = h.trie.org(h.target).canonical;
  const rest = c.canonical.slice(own.length);
  // "بلو أول كابيتال": the known name may already end in the word the cue name adds (Blue Owl Capital).
  return { ...c, canonical: known.endsWith(rest) ? known : known + rest };
}
