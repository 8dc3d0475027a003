/** Reading numerals: digit groups with their separators, and Chinese/Japanese numerals. */
import { isDigit } from './text.ts';

export interface ParsedNumber {
  end: number;
  /** The value when "," is the decimal mark and "." groups thousands (fr, de, es). */
  commaDecimal: number;
  /** The value when "." is the decimal mark and "," groups thousands (en, ar, zh, ja). */
  dotDecimal: number;
}

/** Past 15 significant digits a double no longer holds the figure: such runs are not amounts. */
const MAX_DIGITS = 15;

/**
 * The end of the run of digits and in-number separators starting at `i`. The
 * caller skips the whole run when it is no amount, which keeps a scan over
 * "1,1,1,…" or megabytes of digits linear.
 */
export function numberRunEnd(text: string, i: number): number {
  let j = i;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 0x2c || c === 0x2e) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
    else if (swissGroupAt(text, j)) j += 4;
    else break;
  }
  return j;
}

/** Swiss grouping, "200'000" or "1’200’000": an apostrophe before exactly three digits, never a decimal mark. */
function swissGroupAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  return (c === 0x27 || c === 0x2019) && j > 0 && isDigit(text.charCodeAt(j - 1)) && digitsAt(text, j + 1) === 3;
}

function digitsAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j - i;
}

/**
 * Reads the number starting at `i`. Returns undefined when the grouping makes no
 * sense (dates "12.03.2025", lists "1,2,3", version strings). A lone separator
 * before exactly three digits is ambiguous ("1,200", "1.200"): both readings are
 * returned and the caller picks by language.
 */
export function parseNumber(text: string, i: number, runEnd: number): ParsedNumber | undefined {
  if (runEnd - i > 2 * MAX_DIGITS) return undefined;
  // Most figures are plain digits ("20 مليار", "$300m"): no grouping to weigh.
  const spaceGroup = runEnd - i <= 3 && text.charCodeAt(runEnd) === 0x20 && isDigit(text.charCodeAt(runEnd + 1));
  if (!spaceGroup && runEnd - i <= MAX_DIGITS) {
    let plain = true;
    for (let k = i; k < runEnd; k++) if (!isDigit(text.charCodeAt(k))) plain = false;
    if (plain) {
      const v = Number(text.slice(i, runEnd));
      return { end: runEnd, commaDecimal: v, dotDecimal: v };
    }
  }
  const groups: string[] = [];
  const seps: number[] = [];
  let j = i;
  let len = digitsAt(text, j);
  groups.push(text.slice(j, j + len));
  j += len;
  while (j < runEnd) {
    seps.push(text.charCodeAt(j));
    len = digitsAt(text, j + 1);
    groups.push(text.slice(j + 1, j + 1 + len));
    j += 1 + len;
  }
  // French and others group thousands with spaces: "1 500 millions", "20 000 euros".
  if (seps.length === 0 || seps.every((s) => s === 0x2c)) {
    // Bounded: a figure has at most five space groups, and the scan stays linear on "1 111 111 …".
    while (groups.length < 6 && groups[0]!.length <= 3 && text.charCodeAt(j) === 0x20 && digitsAt(text, j + 1) === 3 && !isDigit(text.charCodeAt(j + 4))) {
      const next = text.charCodeAt(j + 4);
      // Only a full group followed by a non-number: "2024 500" is two numbers.
      if (next === 0x2e && isDigit(text.charCodeAt(j + 5))) break;
      seps.push(0x20);
      groups.push(text.slice(j + 1, j + 4));
      j += 4;
      if (text.charCodeAt(j) === 0x2c && isDigit(text.charCodeAt(j + 1))) {
        const d = digitsAt(text, j + 1);
        seps.push(0x2c);
        groups.push(text.slice(j + 1, j + 1 + d));
        j += 1 + d;
        break;
      }
    }
  }
  if (groups.reduce((a, g) => a + g.length, 0) > MAX_DIGITS) return undefined;
  const commaDecimal = readGroups(groups, seps, 0x2c);
  const dotDecimal = readGroups(groups, seps, 0x2e);
  if (commaDecimal === undefined && dotDecimal === undefined) return undefined;
  // "1,300 millones" (Mexico), "1.700 M€" in an English line: nobody writes a
  // three-digit decimal that ends in zero, so that lone group is thousands.
  if (seps.length === 1 && commaDecimal !== undefined && dotDecimal !== undefined && groups[1]!.length === 3 && groups[1]!.endsWith('0')) {
    const v = seps[0] === 0x2c ? dotDecimal : commaDecimal;
    return { end: j, commaDecimal: v, dotDecimal: v };
  }
  return { end: j, commaDecimal: commaDecimal ?? dotDecimal!, dotDecimal: dotDecimal ?? commaDecimal! };
}

/** The value of digit groups when `decimalSep` is the decimal mark, or undefined if the grouping is wrong for it. */
function readGroups(groups: string[], seps: number[], decimalSep: number): number | undefined {
  const lead = groups[0]!;
  let int = lead;
  let frac = '';
  for (let k = 0; k < seps.length; k++) {
    const g = groups[k + 1]!;
    if (seps[k] === decimalSep) {
      if (k !== seps.length - 1) return undefined; // a decimal mark only once, at the end
      frac = g;
    } else {
      // A thousands group: exactly three digits, after a lead of one to three with no leading zero.
      if (g.length !== 3 || lead.length > 3 || lead[0] === '0') return undefined;
      int += g;
    }
  }
  return Number(frac ? `${int}.${frac}` : int);
}
