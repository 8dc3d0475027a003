/**
 * Chinese and Japanese company names the gazetteer does not know. These
 * scripts write a name solid, with no capital or space to mark it, but its
 * last word says what it is (住友商事, リクルートホールディングス, 中信证券,
 * 華夏基金). In Japanese the particles around a name are kana, so the name is
 * the run of kanji and katakana that ends in such a word; Chinese has no kana,
 * so there the name starts after a function character (由, 获, 的...).
 */
import { ZH_DESCRIPTOR_CHARS, ZH_INVESTOR_CHARS } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';

const ENDINGS = /銀行|証券|商事|物産|電力|自動車|ホールディングス|グループ|キャピタル|ベンチャーズ|パートナーズ|テクノロジーズ/g;
/** Kanji, katakana, ー and ・: what a solid name is made of. */
const SOLID = /[\u4e00-\u9fff\u30a0-\u30ff]/;
/** What a run may be made of and still describe rather than name ("大手銀行", "電気自動車", "ネット証券"). */
const GENERIC = /^(?:[大手地方中央国内外資系米英独仏中韓日本同各民間旧・]|電気|ベンチャー|ネット)*$/;

const ZH_ENDINGS = /集[团團]|[银銀]行|[证證]券|基金|[资資]本|[创創]投|控股|科技|[电電]信/g;
/** Characters that end the words before a name; the name starts after the last one. */
const ZH_BREAKS = '的和与及由向从获对在是为将被据称等其并而这该于把给也都还已同跟以了至得到受家位笔个出下、';
/** Characters of descriptions ("该公司", "产业投资基金", "新能源汽车"): a name needs one other than these. */
const ZH_GENERIC = new Set(ZH_DESCRIPTOR_CHARS + '该这此其一母子分上市大型中小国國内內外有民营主私募产產业業引导政府商新源汽车車初天使各多数两几所某融高电電动手地方央米日' +
  '系同美元币东南亚际全年旧巨海份先具身背景');
/** Endings that start a longer word: "资本支出" (capital spending), "证券交易所" (stock exchange). */
const ZH_LONGER = /^(?:[资資]本[支开開市]|[证證]券交)/;
/** A country's one-kanji short form before a katakana name ("英アーム・ホールディングス": Britain's Arm). */
const JA_COUNTRIES = '[米英独仏中韓台印露豪加伊蘭星]';
const JA_COUNTRY = new RegExp(`^${JA_COUNTRIES}[\u30a0-\u30ff]`);

/**
 * A katakana word the text marks as a name: a country's short form before it
 * (米ウェイモ), a company noun before it (スタートアップのカナメ・モビリティ,
 * クラウド企業ラムダ), its seat after it (ミライアーム（東京・江東）), or its Latin
 * spelling after it (ウェイブ（Wayve）), which is then its canonical name. The
 * other way round, ELYZA（イライザ）, both are.
 */
const JA_MARKED = new RegExp(String.raw`(?<=((?<![\u4e00-\u9fff])${JA_COUNTRIES}|(?:スタートアップ|企業|新興)[のは、]?)?)(?<![\u30a0-\u30ff])([\u30a1-\u30fa][\u30a0-\u30ff]+)(?:[（(]([A-Za-z][\w.&'-]*(?: [\w.&'-]+)*)[）)])?(?=([（(])[\u4e00-\u9fff]{2,4}・|)|(?<![\w.&-])([A-Za-z][\w.&-]*)[（(]([\u30a1-\u30fa][\u30a0-\u30ff]+)[）)]`, 'g');
/** Loanwords such a cue also stands before (米ドル, 企業のデータセンター), and what follows a person, a plan or a place, not a company. */
const JA_COMMON = /^(?:ドル|ポンド|データ(?:センター)?|クラウド|ファンド|ベンチャー(?:キャピタル)?|スタートアップ|テック)$/;
const JA_NOT_AFTER = /^(?:氏|大統領|首相|会長|社長|政権|長官|CEO|計画|構想|プロジェクト|州|市)/;

type Taken = (s: number, e: number) => boolean;

function katakanaNames(text: string, taken: Taken, out: CueName[]): void {
  const free = (st: number, en: number) => !taken(st, en) && !out.some((n) => n.start < en && st < n.end);
  const marked = [...text.matchAll(JA_MARKED)];
  // A name glossed once keeps its Latin spelling wherever else the text marks it (英ウェイブ, then ウェイブ（Wayve）).
  const latinOf = new Map(marked.filter((m) => m[3] ?? m[5]).map((m) => [m[2] ?? m[6], m[3] ?? m[5]]));
  const found: CueName[] = [];
  for (const m of marked) {
    const [whole, cue, glossed, latin, place, named, reading] = m;
    const kana = glossed ?? reading!;
    const start = m.index + whole.lastIndexOf(kana);
    const end = start + kana.length;
    if (!(cue ?? latin ?? place ?? named) || JA_COMMON.test(kana) || JA_NOT_AFTER.test(text.slice(end, end + 3))) continue;
    const canonical = latinOf.get(kana) ?? kana;
    const spans = [[start, end]];
    if (named) spans.push([m.index, m.index + named.length]);
    if (latin) spans.push([end + 1, end + 1 + latin.length]);
    for (const [st, en] of spans) if (free(st!, en!)) found.push({ start: st!, end: en!, canonical, kind: 'company' });
  }
  // Appended, not merged in order: findCompanies sorts every cue name once they are all in.
  out.push(...found);
}

/** Keeps names disjoint: a second ending read into the same run ("北星商事グループ") yields no second name. */
const add = (out: CueName[], n: CueName) => {
  if (!out.length || out[out.length - 1]!.end <= n.start) out.push(n);
};

function chineseNames(text: string, taken: Taken, out: CueName[]): void {
  for (const m of text.matchAll(ZH_ENDINGS)) {
    if (ZH_LONGER.test(text.slice(m.index, m.index + 3))) continue;
    let s = m.index;
    while (s > m.index - 7 && s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !ZH_BREAKS.includes(text[s - 1]!)) s--;
    // Seven characters with no break is prose, not a name; a Latin word glued in front is another name's.
    if (m.index - s > 6 || /[A-Za-z0-9]/.test(text[s - 1] ?? '')) continue;
    const front = text.slice(s, m.index);
    const end = m.index + m[0].length;
    if (front.length < 2 || [...front].every((c) => ZH_GENERIC.has(c)) || taken(s, end)) continue;
    const investor = [...m[0]].some((c) => ZH_INVESTOR_CHARS.includes(c));
    add(out, { start: s, end, canonical: front + m[0], kind: investor ? 'investor' : 'company' });
  }
}

/** Names read from their endings, less those that `taken` says overlap a name found another way. */
export function findSolidNames(text: string, taken: Taken): CueName[] {
  const out: CueName[] = [];
  // Kana tell Japanese from Chinese, whose endings and boundaries differ.
  if (!/[\u3040-\u30ff]/.test(text)) {
    chineseNames(text, taken, out);
    return out;
  }
  for (const m of text.matchAll(ENDINGS)) {
    const end = m.index + m[0].length;
    // The ending must end the word: "グループ" not inside a longer katakana word, "証券" not in "証券取引所".
    if (SOLID.test(text[end] ?? '') && text[end]! > '\u4e00' === m[0] > '\u4e00') continue;
    let s = m.index;
    while (s > m.index - 12 && s > 0 && SOLID.test(text[s - 1]!)) s--;
    // A run that goes on past the limit is not one name, nor one glued to a Latin word ("SMBC日興証券"); kanji names are short.
    if (s > 0 && /[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]/.test(text[s - 1]!)) continue;
    if (JA_COUNTRY.test(text.slice(s, m.index))) s++;
    const front = text.slice(s, m.index);
    if (front.length < 2 || (front.length > 6 && /[\u4e00-\u9fff]/.test(front)) || GENERIC.test(front) || taken(s, end)) continue;
    const kind = /キャ|ベン|パー/.test(m[0]) ? 'investor' : 'company';
    add(out, { start: s, end, canonical: front + m[0], kind });
  }
  katakanaNames(text, taken, out);
  return out;
}
