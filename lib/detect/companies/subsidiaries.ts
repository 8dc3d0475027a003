/**
 * A known name with a business word glued after it names the group's arm in
 * that business: みずほ証券 is Mizuho Securities, 百度风投 Baidu Ventures,
 * 中信银行 CITIC Bank, "Orange Ventures" Orange's fund. The gazetteer finds
 * the parent inside (Chinese and Japanese write these solid), and its name
 * alone would be wrong.
 * 投资 counts only where no object follows it: it is as often the verb ("腾讯投资了…", Tencent invested).
 */
import type { CompanyKind } from '../types.ts';

/**
 * One group per arm, in ENGLISH's order; then a Latin arm after one space
 * ("Orange Ventures", "DBS Bank"); last a country or business unit, which
 * keeps the parent's kind and its name as written ("BBVA México", "Partech Africa"); then a group or legal form
 * written solid after the name, which is no arm but the name itself. An arm word that opens a longer word
 * is something else: 証券取引所 (the exchange), 资本支出 (capital spending),
 * 银行业 (banking).
 */
const ARM = new RegExp('^(?:([证證]券(?!交)|証券(?!取))|(信託銀行)|([银銀]行(?![业業]))|([资資]本(?![支开開市])|キャピタル)|([创創风風]投|ベンチャーズ)|(汽[车車])|' +
  // 腾讯云 (Tencent Cloud), SK电讯 (SK Telecom); 腾讯投资 only where no object follows, as before a comma or 领投 (it led),
  // and never 投資, which Japanese writes after a name for an investment in it (OpenAI投資).
  '(フィナンシャル・?グループ)|([云雲](?![计計端]))|([电電][讯訊])|(投资(?=[、，。）)]|[领領参參跟]投|等|和|与|與|及|旗下))|' +
  ' (?<latin>Securities|Bank|Capital|Ventures|Investments?|Alternatives)(?![\\p{L}\\p{N}])|' +
  ' ?(?<unit>(?<= )(?:Tech|Studios|Pictures|M[ée]xico|Brasil|Brazil|Argentina|Chile|Colombia|Espa[ñn]a|Spain|France|Deutschland|Germany|Italia|Japan|India|Africa|Europe|Asia|UK)(?![\\p{L}\\p{N}])|ジャパン(?![\\u30a0-\\u30ff]))|' +
  '(?<same>集[团團]|(?:股份)?(?:有限)?公司|控股|グループ|ホールディングス|株式会社))', 'u');
const ENGLISH = 'Securities,Trust Bank,Bank,Capital,Ventures,Auto,Financial Group,Cloud,Telecom,Investment'.split(',');
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
  if (/[\u0621-\u064a]/.test(last)) return arabicArm(text, end, parent);
  // Only after a name in Han, kana or Latin letters: not an Arabic one glued to Han by chance.
  if (!/[\u3040-\u9fffA-Za-z0-9]/.test(last)) return undefined;
  const m = ARM.exec(text.slice(end, end + 13));
  if (!m) return undefined;
  const k = m.findIndex((g, i) => i > 0 && g);
  const { latin, unit, same } = m.groups!;
  // The group or its legal form, written solid after the name, is the name itself: 华为公司 is Huawei, 小米集团 Xiaomi.
  if (same) return { end: end + m[0].length, canonical: parent, kind: parentKind };
  // Named as the text names the parent: "Santander México" is not "Banco Santander México"; IDCジャパン is IDC Japan,
  // after a Latin name only (a katakana one would make a name in two scripts).
  if (unit === 'ジャパン' && !/[A-Za-z0-9]/.test(last)) return undefined;
  if (unit) return { end: end + m[0].length, canonical: `${text.slice(start, end)} ${unit === 'ジャパン' ? 'Japan' : unit}`, kind: parentKind };
  return namedArm(end + m[0].length, parent, latin ?? ENGLISH[k - 1]!);
}

/** An arm named in English after its parent, less the words its name drops; a fund's or venture arm is an investor. */
function namedArm(end: number, parent: string, english: string): Arm {
  return { end, canonical: `${parent.replace(PARENT_TAIL, '')} ${english}`, kind: /^(?:Capital|Ventures|Investments?|Alternatives)$/.test(english) ? 'investor' : 'company' };
}

/**
 * Arabic writes an arm's English word out in its own letters after the
 * parent: الإمارات دبي الوطني كابيتال is Emirates NBD Capital. Only these
 * loanwords, which mean nothing else; the Arabic words for bank or
 * securities also open the next phrase ("بنك X" after a name is another bank).
 */
const ARABIC_ARM = /^ (?:(كابيتال)|(في?نتشرز?))(?![\u0621-\u064a])/;

function arabicArm(text: string, end: number, parent: string): Arm | undefined {
  const m = ARABIC_ARM.exec(text.slice(end, end + 10));
  if (!m) return undefined;
  return namedArm(end + m[0].length, parent, m[1] ? 'Capital' : 'Ventures');
}
