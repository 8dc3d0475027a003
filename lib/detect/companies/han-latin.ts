/**
 * A Latin name before 公司 or 集团 in Chinese text ("Valor股权投资公司"):
 * read per sentence by the cue reader, shipped with the CJK readers.
 */
import type { CueName } from './cues.ts';
import { ZH_DESCRIPTOR_CHARS, ZH_INVESTOR_CHARS } from './cue-lexicon.ts';

const FIELD = /^(?:AI|IT|AIGC|SaaS|GPU|CPU|EDA|IoT|VR|AR|App|APP|LLM)$/;
const ZH_COMPANY = new RegExp(`([A-Za-z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*)*)([${ZH_DESCRIPTOR_CHARS}]{0,6})(公司|集团)`, 'gu');

/** `<Latin name>[descriptor]公司`: the Han descriptor must be made of company words. */
export function zhCompanies(text: string, s: number, e: number, out: CueName[]): void {
  const sentence = text.slice(s, e);
  for (const m of sentence.matchAll(ZH_COMPANY)) {
    const at = s + m.index;
    // "沙特AI公司Humain": a field or a trade before 公司 says what the company does; the name comes after.
    if ((at > 0 && /[A-Za-z0-9]/.test(text[at - 1]!)) || FIELD.test(m[1]!)) continue;
    const investor = [...m[2]!].some((c) => ZH_INVESTOR_CHARS.includes(c));
    out.push({ start: at, end: at + m[0].length, canonical: m[1]!, kind: investor ? 'investor' : 'company' });
  }
}
