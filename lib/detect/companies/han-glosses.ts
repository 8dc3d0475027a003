/**
 * 深流智能（DeepFlow AI）: Chinese press gives a young firm's own Latin name in
 * brackets after its Han name, once. That name is how the English press and
 * the firm itself write it, so it names every mention of the Han name, in
 * place of a pinyin reading; and the bracket holds a mention of its own.
 * People are glossed the same way (黄仁勋（Jensen Huang）), so a gloss counts
 * only after a name some reader already took for a firm, or, read back from
 * the bracket, before one that is a firm's.
 */
import type { CompanyKind } from '../types.ts';
import type { CueName } from './cue-name.ts';
import type { Taken } from './taken.ts';

/** A styled name in brackets (the text is folded: full-width brackets are ASCII): an all-capital acronym is acronyms.ts's. */
const GLOSS = /^\(((?:\p{Lu}|\d)[\p{sc=Latin}\d.&'-]*(?: [\p{sc=Latin}\d.&'-]+){0,4})\)/u;
const STYLED = /\p{Ll}| /u;
/**
 * Or named as its English name inside a longer bracket, after the short name it sets or the firm's seat:
 * （以下简称“智排科技”，英文名ZhiPai）, （広島市西区、英文名LinkArm）.
 */
const ENGLISH_NAMED = /^\((?:以下简称[“"](?<short>[^”"]{1,12})[”"][，,]\s*|[^()“"，,、]{1,16}[、，,]\s*)?(?:英文名(?:称)?|英語名|英文社名)[：:]?\s*(?<latin>(?:\p{Lu}|\d)[\p{sc=Latin}\d.&'-]*(?: [\p{sc=Latin}\d.&'-]+){0,4})[)，,；;]/u;
/** A listing code is no name (智擎科技（688xxx.SH）, 腾讯（0700.HK）). */
const TICKER = /\d{3}|\.[A-Z]{1,2}$/;
/** A name in Han, or in katakana as Japanese writes a young firm's (株式会社リンクアーム（広島市西区、英文名LinkArm）). */
const SOLID_NAME = /^(?:[\u3400-\u9fff]+|[\u30a1-\u30fc]+)$/;
const HAN_UNIT = /[\u3400-\u9fff]/;
/**
 * Where a description before a name ends (创业公司深流智能, 领投的星衡智能): a company noun, or 的. The last one
 * in the run marks the name's start. Not the one-character links of a clause (和, 与, 在…), which names hold too
 * (和鲸科技).
 */
const BEFORE_NAME = /(?:公司|企[业業]|机构|機構|[创創]企|[新初][创創]|[厂廠]商|独角[兽獸]|[团團]队|的)/g;

/** A description the bracket glosses, not a name (美国芯片巨头（Nvidia）). */
const DESCRIBES = /(?:巨[头頭]|公司|企[业業]|[厂廠]商|平台|机构|機構|[龙龍][头頭])$/;

interface Named {
  start: number;
  end: number;
  canonical: string;
  kind: CompanyKind;
}

/** The closing quote a Han name may stand in before its gloss (「析元生物」（Xiyuan Bio）). */
const CLOSE_QUOTE = /[」”"』]/;
/** A Latin name in brackets right after Han, or after the quotes a name stands in. */
const GLOSSED = new RegExp(`[\\u3400-\\u9fff\\u30a1-\\u30fc]${CLOSE_QUOTE.source}?\\([\\p{Lu}\\d]`, 'u');

/**
 * `names`: every name found so far (gazetteer hits with their organization's
 * name, cue names), asked only for a text with a gloss; `cues`: the cue
 * names, whose canonical names a gloss rewrites. Returns the names the
 * glosses add.
 */
export function hanGlosses(text: string, names: () => readonly Named[], cues: readonly CueName[], taken: Taken): CueName[] {
  const out: CueName[] = [];
  if (!GLOSSED.test(text) && !/英文名|英語名|英文社名/.test(text)) return out;
  const gloss = new Map<string, { canonical: string; kind: CompanyKind }>();
  const inBrackets = new Map<number, Named>();
  for (const n of names()) if (text.charCodeAt(n.start - 1) === 0x28 && text.charCodeAt(n.end) === 0x29) inBrackets.set(n.start, n);
  // A firm's Han name that a reader found, and the Latin name after it.
  for (const c of cues) {
    const written = text.slice(c.start, c.end);
    const open = c.end + (CLOSE_QUOTE.test(text[c.end] ?? '') ? 1 : 0);
    if (!SOLID_NAME.test(written) || text.charCodeAt(open) !== 0x28) continue;
    const named = GLOSS.exec(text.slice(open, open + 48)) ?? ENGLISH_NAMED.exec(text.slice(open, open + 64));
    const latin = named?.groups?.latin ?? named?.[1];
    if (!named || !latin || !STYLED.test(latin) || TICKER.test(latin)) continue;
    const start = open + named[0].indexOf(latin);
    const inside = inBrackets.get(start);
    // The bracket may hold a name the gazetteer knows: the firm is that one.
    const as = inside && inside.end === start + latin.length ? inside : { canonical: latin, kind: c.kind };
    gloss.set(written, { canonical: as.canonical, kind: as.kind });
    // The short name the bracket sets for the rest of the article is the same firm's.
    if (named.groups?.short) gloss.set(named.groups.short, { canonical: as.canonical, kind: as.kind });
    if (!inside && !taken(start, start + latin.length)) out.push({ start, end: start + latin.length, canonical: as.canonical, kind: as.kind });
  }
  // A firm's Latin name in brackets that no reader found a Han name before: the Han run read back to its description.
  for (const [start, n] of inBrackets) {
    const open = start - 1;
    if (!HAN_UNIT.test(text[open - 1] ?? '') || !STYLED.test(text.slice(n.start, n.end))) continue;
    const s = hanNameBefore(text, open);
    if (s < 0 || taken(s, open) || out.some((o) => o.start === s) || DESCRIBES.test(text.slice(s, open))) continue;
    const written = text.slice(s, open);
    if (!gloss.has(written)) gloss.set(written, { canonical: n.canonical, kind: n.kind });
    out.push({ start: s, end: open, canonical: n.canonical, kind: n.kind });
  }
  for (const c of cues) {
    const g = gloss.get(text.slice(c.start, c.end));
    if (g) Object.assign(c, g);
  }
  return out;
}

/**
 * Where the Han name before a bracket at `open` starts, or -1. Chinese runs a
 * clause's words together ("据悉深流智能"), so the name is the longest tail of
 * the run that the text writes again; else, for a name said once, the run
 * after a description that bounds it, if short.
 */
function hanNameBefore(text: string, open: number): number {
  let s = open;
  while (s > open - 12 && s > 0 && HAN_UNIT.test(text[s - 1]!)) s--;
  const bounded = s === 0 || !HAN_UNIT.test(text[s - 1]!);
  let cut = s;
  for (const d of text.slice(s, open).matchAll(BEFORE_NAME)) cut = s + d.index + d[0].length;
  // A description that bounds a short run has said where the name starts: a tail of it that recurs is then a word of
  // the trade (机器人 in 人形机器人企业鹏翼机器人), not the name.
  if (cut > s && open - cut >= 2 && open - cut <= 6) return cut;
  // Three characters at least: a two-character tail that recurs is as often a word (智能 in 人工智能).
  for (let k = cut; k <= open - 3; k++) {
    const name = text.slice(k, open);
    const again = text.indexOf(name, open);
    if (again >= 0 || text.lastIndexOf(name, k - 1) >= 0) return k;
  }
  return (cut > s || bounded) && open - cut >= 2 && open - cut <= 6 ? cut : -1;
}
