/**
 * Short names a Chinese or Japanese article defines for itself right after a
 * company's full name: 踏浪智能科技股份有限公司（下称“踏浪智能”）, 株式会社ミライ
 * （以下、ミライ）. The full name ends in a company word, so the defined name is
 * a company's; findCompanies then finds it wherever else the article uses it.
 * The text is folded: full-width brackets and commas are ASCII here.
 */
import type { CueName } from './cues.ts';
import type { Taken } from './taken.ts';

const DEFINED = /\((?:以下简称|以下簡稱|下称|下稱|简称|簡稱|以下)[:,、]?\s*["“”「『]?([\u3040-\u30ff\u4e00-\u9fffA-Za-z][\u3040-\u30ff\u4e00-\u9fff\w・&.-]{1,11})["“”」』]?\)/g;
/** The full name's last word: a company's, not a law's or a plan's (以下「新法」). */
const COMPANY_END = /(?:公司|集[团團]\)?|[银銀]行|基金|控股|会社|銀行|[证證]券|Inc\.?|Ltd\.?|Corp\.?)$/;

export function definedNames(text: string, taken: Taken, out: CueName[]): void {
  for (const m of text.matchAll(DEFINED)) {
    if (!COMPANY_END.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const s = m.index + m[0].indexOf(m[1]!);
    const e = s + m[1]!.length;
    if (!taken(s, e)) out.push({ start: s, end: e, canonical: m[1]!, kind: /基金|[资資]本|投[资資]/.test(m[1]!) ? 'investor' : 'company' });
  }
}
