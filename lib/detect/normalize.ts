/**
 * Matching runs on a folded copy of the text so that lexicons and the gazetteer
 * need one spelling per word. The fold only deletes or replaces single UTF-16
 * units (never expands), so one offset array maps every folded index back to the
 * original and each reported span stays exact in the page's own text.
 */

export interface Normalized {
  /** The folded text. */
  text: string;
  /** `map[i]` is the original index of folded unit `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

const DROP = -1;

/** Per-unit fold for the BMP ranges we touch; undefined means "keep as is". Exported for the table test. */
export function foldUnit(c: number): number | undefined {
  // ASCII fast path: nothing to fold.
  if (c < 0x80) return undefined;
  // Arabic-Indic and Persian digits → ASCII, so one number grammar serves all scripts.
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  // Full-width ASCII (digits, Latin, ％, ＄) → ASCII.
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xff01 + 0x21;
  switch (c) {
    case 0x00a0: // NBSP
    case 0x2007: // figure space
    case 0x202f: // narrow NBSP (French thousands)
    case 0x2009: // thin space
    case 0x3000: // ideographic space
      return 0x20;
    case 0x066b: // Arabic decimal separator
      return 0x2e;
    case 0x066c: // Arabic thousands separator
    case 0x060c: // Arabic comma reads as a list comma, not a decimal
      return c === 0x066c ? 0x2c : undefined;
    case 0x066a: // Arabic percent sign
      return 0x25;
    case 0x0640: // tatweel: pure stretching, carries no letter
    case 0x200b: // zero-width space
    case 0x200c: // ZWNJ
    case 0x200d: // ZWJ
    case 0x200e: // LRM
    case 0x200f: // RLM
    case 0x061c: // ALM
    case 0x00ad: // soft hyphen
    case 0xfeff: // BOM / ZWNBSP
      return DROP;
    // Alef with hamza/madda and alef wasla fold to bare alef: news spells إنفيديا and انفيديا alike.
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return 0x0627;
    case 0x0649: // alef maksura → yeh
      return 0x064a;
    case 0x2212: // minus sign
    case 0x2013: // en dash (ranges "10–15")
    case 0x2010:
    case 0x2011:
      return 0x2d;
    case 0x2019: // typographic apostrophe: "d’euros"
    case 0x2018:
      return 0x27;
    // Dotted capital I: the one unit that lower-cases to two ("i̇"), which would
    // shift every offset after it in a lowered copy; Türkiye İş Bankası is then
    // matched as "iş bankası", as a reader would type it.
    case 0x0130:
      return 0x49;
  }
  // Bidi embeddings, overrides and isolates.
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return DROP;
  // Tashkeel (harakat, tanween, shadda, sukun, superscript alef): optional marks.
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return DROP;
  return undefined;
}

const KEEP = -2;
/** The only blocks foldUnit ever changes (normalize.test.ts checks every other unit is kept). */
export const FOLDED_BLOCKS: readonly (readonly [number, number])[] = [
  [0x80, 0xff], [0x130, 0x130], [0x600, 0x6ff], [0x2000, 0x2212], [0x3000, 0x3000], [0xfeff, 0xff5e],
];
/**
 * foldUnit for every BMP unit, computed once: the hot loop then costs one table
 * read per unit. Only the listed blocks are computed: calling foldUnit 65,536
 * times in a cold engine took ~9 ms of every page's start.
 */
const FOLD = new Int32Array(0x10000).fill(KEEP);
for (const [a, b] of FOLDED_BLOCKS) for (let c = a; c <= b; c++) FOLD[c] = foldUnit(c) ?? KEEP;

/** Fold `input` and keep the way back to its offsets. Never throws, linear time. */
export function normalize(input: string): Normalized {
  const n = input.length;
  const map = new Int32Array(n + 1);
  const out: string[] = [];
  let runStart = 0; // start of the current run of untouched units, flushed lazily
  let j = 0;
  for (let i = 0; i < n; i++) {
    const f = FOLD[input.charCodeAt(i)]!;
    if (f === KEEP) {
      map[j++] = i;
      continue;
    }
    if (runStart < i) out.push(input.slice(runStart, i));
    runStart = i + 1;
    if (f === DROP) continue;
    out.push(String.fromCharCode(f));
    map[j++] = i;
  }
  if (runStart < n) out.push(input.slice(runStart, n));
  map[j] = n;
  const text = out.length === 1 ? out[0]! : out.join('');
  return { text, map: j === n ? map : map.slice(0, j + 1) };
}

/** Fold a lexicon or gazetteer word the same way the text is folded. */
export function foldWord(word: string): string {
  return normalize(word).text;
}

/** Map a folded span back to an original span. */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  const s = norm.map[start]!;
  const e = end > start ? norm.map[end - 1]! + 1 : s;
  return [s, e];
}
