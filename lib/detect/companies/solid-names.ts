/**
 * Chinese and Japanese company names the gazetteer does not know. These
 * scripts write a name solid, with no capital or space to mark it, but its
 * last word says what it is (住友商事, リクルートホールディングス, 中信证券,
 * 華夏基金). In Japanese the particles around a name are kana, so the name is
 * the run of kanji and katakana that ends in such a word, or that a company
 * noun, a country or a source's frame marks (財閥シナル・マス・グループ,
 * 米ウェイモ, 帝国データバンクによると); Chinese has no kana, so there the name
 * starts after a function character or word (solid-names-zh.ts).
 */
import { definedNames } from './defined-names.ts';
import { chineseNames } from './solid-names-zh.ts';
import { listedInChinese } from './solid-lists.ts';
import type { CueName } from './cues.ts';
import { takenOr, type Taken } from './taken.ts';

const ENDINGS = /銀行|証券|商事|物産|電力|自動車|製薬|工業|重工|電機|化学|製作所|運輸|法律事務所|研究所|ホールディングス|グループ|キャピタル|ベンチャーズ|パートナーズ|テクノロジーズ|コーポレーション|インベストメント|コンピューティング|データセンターズ|ロボティクス|テクノロジー|システムズ|ソリューションズ|エナジー|ネットワークス/g;
/** Kanji, katakana, ー and ・: what a solid name is made of. */
const SOLID = /[\u4e00-\u9fff\u30a0-\u30ff]/;
/** What a run may be made of and still describe rather than name ("大手銀行", "電気自動車", "ネット証券"). */
const GENERIC = /^(?:[大手地方中央国内外資系米英独仏中韓日本同各民間旧・]|電気|ベンチャー|ネット)*$/;

/** A country's one-kanji short form before a katakana name ("英アーム・ホールディングス": Britain's Arm). */
const JA_COUNTRIES = '[米英独仏中韓台印露豪加伊蘭星]';
const JA_COUNTRY = new RegExp(`^${JA_COUNTRIES}[\u30a0-\u30ff]`);

/**
 * A katakana word the text marks as a name: its seat after it (ミライアーム（東京・江東）)
 * or its Latin spelling after it (ウェイブ（Wayve）), which is then its canonical
 * name. The other way round, ELYZA（イライザ）, both are.
 */
const JA_MARKED = /(?<![\u30a0-\u30ff])([\u30a1-\u30fa][\u30a0-\u30ff]+)(?:\(([A-Za-z][\w.&'-]*(?: [\w.&'-]+)*)\))?(?=(\()[\u4e00-\u9fff]{2,4}・|)|(?<![\w.&-])([A-Za-z][\w.&-]*)\(([\u30a1-\u30fa][\u30a0-\u30ff]+)\)/g;
/**
 * Loanwords and acronyms a cue also stands before (米ドル, 企業のデータセンター,
 * 大手スーパー, 企業のニーズ, 会社のCEO), and what follows a person, a plan or a
 * place, not a company.
 */
const JA_COMMON = /^(?:ドル|ポンド|データ(?:センター)?|クラウド|ファンド|ベンチャー(?:キャピタル)?|スタートアップ|(?:フィン)?テック|アナリスト|メーカー|スーパー|ゼネコン|コンビニ|チェーン|サービス|システム|ビジネス|ニーズ|シェア|ブランド|オフィス|AI|DX|IT|CEO|GPU)$/;
const JA_NOT_AFTER = /^(?:氏|大統領|首相|会長|社長|政権|長官|CEO|計画|構想|プロジェクト|州|市)/;

/** Words for a company, its parent's (傘下の), its rival's or its line of business (データセンター事業の), that stand before its name. */
const JA_FIRMS = '会社|企業|大手|財閥|ファンド|新興|スタートアップ|傘下|ライバル|競合|事業';
/** What may be a name: kanji first at most, then katakana or Latin to its end ("TモバイルUS", "SB OAI Japan"). */
const JA_RUN = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]*[\u30a1-\u30faA-Za-z][\u30a0-\u30ff\w&.]*(?: [A-Z][\w&.]*)*/g;
/** A company noun or a country's short form (米ウェイモ) inside the run: the name starts after it. */
const JA_IN_RUN = new RegExp(`^(?:.*(?:${JA_FIRMS})|${JA_COUNTRIES}(?=[\u30a1-\u30fa]))`);
/**
 * The noun, then の, 、 or 「, or the name's first character: a kanji name
 * glued to the noun is part of a longer word ("スタートアップ情報サービス").
 */
const JA_CUE_BEFORE = new RegExp(`(?:${JA_FIRMS}|手がける|運営する)(?:[の、「].|[^\\u4e00-\\u9fff])$`);

const JA_FUNDED = /(?:^|[の。、\n「])[ \u3000]*([\u30a1-\u30fa][\u30a0-\u30ff]{2,})(?=[はがも][^。]*(?:調達|出資を受け|上場|資金を集め))/g;

function katakanaNames(text: string, taken: Taken, out: CueName[]): void {
  const found: CueName[] = [];
  const busy = takenOr(takenOr(taken, out), found);
  const free = (st: number, en: number) => !busy(st, en);
  const marked = [...text.matchAll(JA_MARKED)];
  // A name glossed once keeps its Latin spelling wherever else the text marks it (英ウェイブ, then ウェイブ（Wayve）).
  const latinOf = new Map(marked.filter((m) => m[2] ?? m[4]).map((m) => [m[1] ?? m[5], m[2] ?? m[4]]));
  for (const m of marked) {
    const [whole, glossed, latin, place, named, reading] = m;
    const kana = glossed ?? reading!;
    const start = m.index + whole.lastIndexOf(kana);
    const end = start + kana.length;
    if (!(latin ?? place ?? named) || JA_COMMON.test(kana) || JA_NOT_AFTER.test(text.slice(end, end + 3))) continue;
    const canonical = latinOf.get(kana) ?? kana;
    const spans = [[start, end]];
    if (named) spans.push([m.index, m.index + named.length]);
    if (latin) spans.push([end + 1, end + 1 + latin.length]);
    for (const [st, en] of spans) if (free(st!, en!)) found.push({ start: st!, end: en!, canonical, kind: 'company' });
  }
  // A name a country or company noun stands before (米ウェイモ, 調査会社の帝国データバンク, 国営通信大手テルコムセル) or a source's frame after it.
  for (const m of text.matchAll(JA_RUN)) {
    const e = m.index + m[0].length;
    const desc = JA_IN_RUN.exec(m[0]);
    const s = m.index + (desc ? desc[0].length : 0);
    const name = text.slice(s, e);
    if (!(desc || JA_CUE_BEFORE.test(text.slice(s - 9, s + 1)) || /^によ(?:ると|れば)/.test(text.slice(e, e + 4)))) continue;
    // After の a name ends where kanji take over (企業のデータセンター建設); people, plans and loanwords are not companies.
    if (!desc && /[\u4e00-\u9fff]/.test(text[e] ?? '') || !name[1] || JA_COMMON.test(name.replace(/^(?:[\u4e00-\u9fff]|\w(?=\w*[\u30a0-\u30ff]))+/, '')) ||
      JA_NOT_AFTER.test(text.slice(e, e + 3)) || !free(s, e)) continue;
    found.push({ start: s, end: e, canonical: latinOf.get(name) ?? name, kind: /キャ|ベン|パー/.test(name) ? 'investor' : 'company' });
  }
  // The subject of a funding sentence, after its field (自動運転AIのチューリングはシリーズAで45億円を調達).
  for (const m of text.matchAll(JA_FUNDED)) {
    const s = m.index + m[0].length - m[1]!.length;
    const e = s + m[1]!.length;
    if (!JA_COMMON.test(m[1]!) && free(s, e)) found.push({ start: s, end: e, canonical: latinOf.get(m[1]!) ?? m[1]!, kind: 'company' });
  }
  // Appended, not merged in order: findCompanies sorts every cue name once they are all in.
  out.push(...found);
}

/** Keeps names disjoint: a second ending read into the same run ("北星商事グループ") yields no second name. */
const add = (out: CueName[], n: CueName) => {
  if (!out.length || out[out.length - 1]!.end <= n.start) out.push(n);
};

/** Names read from their endings, less those that `taken` says overlap a name found another way. */
export function findSolidNames(text: string, taken: Taken): CueName[] {
  const out: CueName[] = [];
  // Every ending and cue holds a Han or kana character: a text without any (most of a mixed-language feed) is done in one scan.
  if (!/[\u3040-\u9fff]/.test(text)) return out;
  // Kana tell Japanese from Chinese, whose endings and boundaries differ.
  if (!/[\u3040-\u30ff]/.test(text)) {
    chineseNames(text, taken, out);
    definedNames(text, takenOr(taken, out), out);
    // Names listed beside a known one, the ones just read counting as known (solid-lists.ts).
    return [...out, ...listedInChinese(text, takenOr(taken, out))];
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
  definedNames(text, takenOr(taken, out), out);
  return out;
}
