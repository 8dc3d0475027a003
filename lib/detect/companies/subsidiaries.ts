/**
 * A known name with a business word glued after it names the group's arm in
 * that business: みずほ証券 is Mizuho Securities, 百度风投 Baidu Ventures,
 * 中信银行 CITIC Bank, "Orange Ventures" Orange's fund. The gazetteer finds
 * the parent inside (Chinese and Japanese write these solid), and its name
 * alone would be wrong.
 */
import type { CompanyKind } from '../types.ts';
import { READERS } from './readers/registry.ts';

/**
 * An arm after one space ("Orange Ventures", "DBS Bank"); else a country or business unit, which keeps the parent's
 * kind and its name as written ("BBVA México", "Partech Africa"). Chinese, Japanese and Arabic arms come with their
 * script's chunk (script-arms.ts).
 */
const ARM = / (?:(Securities|Bank|Capital Markets|Capital|Ventures|Investments?|Alternatives)|(Tech|Studios|Pictures|Cargo|M[ée]xico|Brasil|Brazil|Argentina|Chile|Colombia|Per[úu]|Espa[ñn]a|Spain|France|Deutschland|Germany|Italia|Japan|India|Maroc|Morocco|Tunisie|S[ée]n[ée]gal|Cameroun|C[ôo]te d['’]Ivoire|Egypt|Kenya|Uganda|Tanzania|Rwanda|Zambia|Cameroon|Nigeria|Ghana|Pakistan|Bangladesh|Indonesia|Philippines|Africa|Europe|Asia|UK))(?![\p{L}\p{N}])/uy;
/** Words of a parent's English name that an arm's name drops: Hillhouse Investment → Hillhouse Ventures. */
const PARENT_TAIL = /(?:\s+(?:Investments?|Capital|Group|Holdings|Corp\w*\.?|Inc\.?|Management|Asset|Financial))+$/;

export interface Arm {
  end: number;
  canonical: string;
  kind: CompanyKind;
}

/** The arm named by the word at `end`, right after a known name, if there is one. */
export function armAfter(text: string, start: number, end: number, parent: string, parentKind: CompanyKind): Arm | undefined {
  const last = text[end - 1] ?? '';
  // Only after a name in Han, kana or Latin letters: not an Arabic one glued to Han by chance.
  const script = /[\u0621-\u064a]/.test(last) ? READERS.arabicArm : /[\u3040-\u9fffA-Za-z0-9]/.test(last) && /[\u3040-\u9fff]/.test(text[end] ?? '') ? READERS.cjkArm : undefined;
  if (script) {
    const arm = script(text, end);
    if (!arm) return undefined;
    if (arm.unit) return { end: arm.end, canonical: `${text.slice(start, end)} ${arm.unit}`, kind: parentKind };
    // The group or its legal form, written solid after the name, is the name itself: 华为公司 is Huawei, 小米集团 Xiaomi.
    return arm.english ? namedArm(arm.end, parent, arm.english) : { end: arm.end, canonical: parent, kind: parentKind };
  }
  // A Latin arm only after a Latin name: "三菱 Capital" is two names, or a heading.
  if (!/[A-Za-z0-9]/.test(last)) return undefined;
  // A French cooperative bank's regional bank (european-names.ts, with the European chunk).
  const region = READERS.regionalBank?.(text, start, end);
  if (region) return { end: end + region.length + 1, canonical: `${parent} ${region}`, kind: parentKind };
  ARM.lastIndex = end;
  const m = ARM.exec(text);
  if (!m) return undefined;
  // Named as the text names the parent: "Santander México" is not "Banco Santander México".
  if (m[2]) return { end: end + m[0].length, canonical: `${text.slice(start, end)} ${m[2]}`, kind: parentKind };
  return namedArm(end + m[0].length, parent, m[1]!);
}

/** A parent's English name as its arms' names open: Hillhouse Investment → Hillhouse, Sony Group → Sony. */
export const parentStem = (parent: string) => parent.replace(PARENT_TAIL, '');

/** An arm named in English after its parent, less the words its name drops; a fund's or venture arm is an investor. */
function namedArm(end: number, parent: string, english: string): Arm {
  // A parent named for that business already is the arm itself: DBS銀行 is DBS Bank, not "DBS Bank Bank".
  return { end, canonical: parent.endsWith(` ${english}`) ? parent : `${parentStem(parent)} ${english}`, kind: /^(?:Capital|Ventures|Investments?|Alternatives)$/.test(english) ? 'investor' : 'company' };
}
