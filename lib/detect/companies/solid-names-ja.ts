/**
 * Japanese names the gazetteer does not know. The particles around a name
 * are kana, so a name is the run of kanji and katakana that ends in a word
 * saying what it is (住友商事, リクルートホールディングス, シラカバ・インフラ), or
 * that the words around it mark: a company noun or a country before it
 * (財閥シナル・マス・グループ, 米ウェイモ), its seat in brackets after it
 * (カグラAI（東京・千代田）), a source's frame (帝国データバンクによると), or the
 * funding news it makes. A katakana name is given its English form
 * (romaji.ts), the one the English press uses.
 */
import { GENERIC_SHORT } from './acronyms.ts';
import type { CueName } from './cues.ts';
import { definedNames } from './defined-names.ts';
import { japanesePlace, japanesePlaces } from './ja-places.ts';
import { FOUNDED_NOT_FIRM } from './founded-bodies.ts';
import { loanSplit } from './katakana-words.ts';
import { katakanaShort, romanizeName } from './romaji.ts';
import { takenOr, type Taken } from './taken.ts';

const ENDINGS = /銀行|信用金庫|信用組合|証券|新聞|酒造|醸造|製パン|製菓|製粉|商事|総研|計算機|株式会社|損保|生命保険|生命|物産|電力|自動車|製薬|工業|重工|電機|化学|製作所|精機|精工|電工|運輸|法律事務所|研究所|ホールディングス|グループ|キャピタル|ベンチャーズ|パートナーズ|テクノロジーズ|コーポレーション|インベストメント|コンピューティング|データセンターズ|ロボティクス|テクノロジー|システムズ|ソリューションズ|エナジー|ネットワークス|インフラ|ラボ|テクノ|ファンド|ワークス|ダイナミクス|インダストリーズ|バイオ|ファーマ|メディカル|モビリティ|アナリティクス|セキュリティーズ|マーケッツ|マネジメント|エンタテインメント|エンターテインメント|ゲームズ|エアラインズ|ホテルズ|リゾーツ|ブランズ|フーズ|セラピューティクス|ファーマシューティカルズ|ヘルスケア|アドバイザリー|アドバイザーズ|エンジェルズ/g;
/**
 * Endings that are as often a plain word ("AIインフラ", "研究ラボ", "ヘッジファンド", "リスクマネジメント"):
 * they end a name only in a katakana name of several words (トキワ・グリーンファンド).
 */
const DOTTED_ONLY = /^(?:インフラ|ラボ|テクノ|ファンド|ワークス|ダイナミクス|インダストリーズ|バイオ|ファーマ|メディカル|モビリティ|アナリティクス|マネジメント|エンタテインメント|エンターテインメント|ヘルスケア|フーズ|ブランズ)$/;
/** Kanji, katakana, ー and ・: what a solid name is made of. */
const SOLID = /[\u4e00-\u9fff\u30a0-\u30ff]/;
/** A dot and a business word after an ending, which go on with the name (キャピタル・リサーチ, キャピタル・マネジメント). */
const DOT_TAIL = /^・(?:リサーチ|マネジメント|パートナーズ|アドバイザーズ|インベストメンツ?|ホールディングス|グループ)(?![\u30a0-\u30ff])/;
/** What a run may be made of and still describe rather than name ("大手銀行", "電気自動車", "ネット証券"). */
// And what power is for (使用電力, 消費電力: the power used, consumed), or what papers are (業界新聞, 英字新聞); whose
// group or system it is (自社グループ, 顧客グループ, 社内システム, 同社グループ: the firm just named), or what a bank does (投資銀行, 信託銀行, 都市銀行).
const GENERIC = /^(?:[大手地方中央国内外資系米英独仏中韓日本同各民間旧・]|[同当弊他両本]社|[親子]会社|電気|信託|都市|商業|(?:コーポレート)?ベンチャー|ネット|有力|新興|老舗|デジタル|主要|大型|中型|小型|電動|次世代|金融|使用|消費|供給|必要|余剰|追加|業界|英字|全国|地元|自社|顧客|社内|海外|投資|単一|複数|既存|取引先|外部|独立|成長|先端|産業|技術|総合|科学|理化学|情報|通信|地場|個人|投資家|ビジネス|筆頭|大?株主|メガ(?:バンク)?)*$/;
/** An industry alone before a group's ending (世界4位の造船グループ, a shipbuilding group): only alone, as 日本電子 and 中外製薬 are names. */
const INDUSTRY = /^(?:造船|鉄鋼|製鉄|半導体|自動車|電機|電子|化学|素材|通信|物流|小売|家電|建設|不動産|保険|海運|航空|製薬|石油|鉄道|食品|部品|農機|機械|医療|精密)$/;
const INVESTOR = /キャ|ベン|パー|ファンド/;

/** A country's one-kanji short form before a katakana name ("英アーム・ホールディングス": Britain's Arm). */
const JA_COUNTRIES = '[米英独仏中韓台印露豪加伊蘭星]';
const JA_COUNTRY = new RegExp(`^${JA_COUNTRIES}$`);

/**
 * A katakana word the text marks as a name: its seat after it (ミライアーム（東京・江東）,
 * シラカバ（札幌市）) or its Latin spelling after it (ウェイブ（Wayve）), which is then its
 * canonical name, also before its seat in the same brackets (クレドノ（Credono、福岡市）, ハイヤールーム社（Hirelume Inc.、サンフランシスコ）). The other way round,
 * ELYZA（イライザ） or Eightfold AI（エイトフォールドAI）, both are.
 */
const JA_MARKED = /(?<![\u30a0-\u30ff])([\u30a1-\u30fa][\u30a0-\u30ff]+(?:AI)?)(?:社?\(([A-Za-z][\w.&'-]*(?: [\w.&'-]+)*)(?:\)|、(?=[^)]{1,12}\))))?(?=(\()(?:[\u4e00-\u9fff]{2,4}・|[\u4e00-\u9fff]{1,6}[市区県都州町]\)|米[\u30a0-\u30ff]{2,}州\))|)|(?<![\w.&-])([A-Za-z][\w.&-]*(?: [A-Z][\w.&-]*)?)\(([\u30a1-\u30fa][\u30a0-\u30ff]+(?:AI)?)\)/g;
/**
 * Loanwords and acronyms a cue also stands before (米ドル, 企業のデータセンター,
 * 大手スーパー, 企業のニーズ, 会社のCEO), and what follows a person, a plan or a
 * place, not a company.
 */
const JA_COMMON = /^(?:ドル|ポンド|ハイテク|データ(?:センター)?|クラウド|ファンド|(?:コーポレート・?)?ベンチャー・?(?:キャピタル)?|スタートアップ|(?:フィン)?テック|アナリスト|メーカー|スーパー|ゼネコン|コンビニ|チェーン|サービス|システム|ビジネス|ニーズ|シェア|ブランド|ユニコーン|シリーズ[A-Z]?|オフィス|モデル|アプリ|ソフト|チップ|サーバー|エージェント|プラットフォーム|メディア|メモリー?|パートナーズ?|スタジオ|メガワット|ギガワット|リポート|レポート|ポータル|シナリオ|ファッション|アパレル|コスメ|ベース|フィットネス|スポーツ|ゲーム|アニメ|ドラマ|フード|レストラン|ホテル|マーケティング|ファイナンシャル・?アドバイザー|アドバイザー|ファウンドリー?|サプライヤー|ベンダー|パブリッシャー|ディベロッパー|デベロッパー|ディストリビューター|AI|DX|IT|CEO|GPU|LLM|MW|GW|VC|FA)$/;
/**
 * Loanwords no company's name ends in: 事務処理コスト (clerical costs) after
 * 顧客企業の is what the clients save. Places are ja-places.ts's. Nor does a
 * name hold the adjectival 的 (伝統的酒造, traditional brewing).
 */
const JA_NOT_NAME = /(?:コスト|リスク|ニーズ|シェア|マージン|ノウハウ|スキル)$|的/;
/** Inside 「…」, which Japanese news puts around products, models and services. */
const QUOTED = /「[^」]*$/;
const JA_NOT_AFTER = /^(?:氏|大統領|首相|会長|社長|政権|長官|CEO|計画|構想|プロジェクト|州|市)/;

/** Words for a company, its parent's (傘下の), its rival's or its line of business (データセンター事業の), that stand before its name. */
// 商社: a trading house (農業商社オーラム・グループ).
const JA_FIRMS = '会社|企業|大手|商社|経済誌|財閥|ファンド|ベンチャーキャピタル|新興|スタートアップ|傘下|ライバル|競合|事業';
const FIRM_LAST = new RegExp(`(?:${JA_FIRMS})$`);
/**
 * A name of any make before its seat in brackets (北斗クラウド（札幌市）, 白浜精密（東京・港）);
 * a university or hospital has one too, and is left. 社 after a name that ends in Latin letters is not its own (リンドウAI社（京都市）); ダイヤモンド社 keeps it.
 */
const JA_SEATED = /(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z])([\u4e00-\u9fff\u30a1-\u30faA-Za-z][\u4e00-\u9fff\u30a0-\u30ff\w]*?)(?:(?<=[A-Za-z])社)?(?=\((?:[\u4e00-\u9fff]{2,4}・[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}[市区県都州町]\)|米[\u30a0-\u30ff]{2,}州\)))/g;
const BARE_ENDING = new RegExp(`^(?:${ENDINGS.source})$`);
/** One kanji and の, with no kanji or kana before them. */
const KANJI_NO = /(?<![\u4e00-\u9fff\u30a0-\u30ff\w０-９])[\u4e00-\u9fff]の$/;
/** A name's hiragana head, two to six of them. */
const HIRAGANA = '[\\u3041-\\u309f]{2,6}';
/** How verbs and adjectives end (さらなる, あたらしい): no name's head ends so after の or 。. */
const VERB_ENDS = 'るないたしく';
/** Particles that end a clause (これは, それが): no name's head after 。 ends in one. */
const PARTICLES = 'はがのをにもとでへや';
/** The の of a kanji or katakana word or a bracket's close (独立系VC（VC）の), after which a name may start. */
const AFTER_NO = '(?<=[\\u4e00-\\u9fff\\u30a0-\\u30ff）)])の';
/** A name in hiragana before its ending, after 、, 「 or a line's start. */
// Or after the の of a kanji or katakana word (既存株主のゆずりはキャピタル), or a sentence's end, when the head does not end
// as a verb or an adjective does (当社のさらなるグループ), nor after 。 in a particle.
const KANA_HEAD = new RegExp(`(?:(?:^|[、「\\n])(${HIRAGANA})|${AFTER_NO}(${HIRAGANA})(?<![${VERB_ENDS}])|。(${HIRAGANA})(?<![${VERB_ENDS}${PARTICLES}]))$`);
/**
 * The same after a sentence's end, where a run that ends in a particle (これは, それが) is a clause's, not a name's;
 * or after the の of a word (中国銀行系のちゅうぎんキャピタルパートナーズ).
 */
const KANA_OPENS = new RegExp(`(?:(?:^|[、「\\n。])(${HIRAGANA}(?<![${PARTICLES}]))|${AFTER_NO}(${HIRAGANA}(?<![${PARTICLES}${VERB_ENDS}])))$`);
/** How many hiragana before `s` the pattern takes as a name's head (0 for none). */
const kanaHead = (head: RegExp, text: string, s: number) => {
  const m = head.exec(text.slice(Math.max(0, s - 8), s));
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.length ?? 0;
};
// A plant or site has a seat too (広島工場（広島県東広島市）).
const NOT_SEATED = /(?:大学|大|病院|機構|庁|省|市|県|氏|工場|拠点|事業所|本社|キャンパス)$/;
/** What may be a name: kanji first at most, then katakana or Latin to its end ("TモバイルUS", "SB OAI Japan"). */
const JA_RUN = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]*[\u30a1-\u30faA-Za-z][\u30a0-\u30ff\w&.]*(?: [A-Z][\w&.]*)*/g;
/** A company noun or a country's short form (米ウェイモ, 米AutoGrid) inside the run: the name starts after it. */
const JA_IN_RUN = new RegExp(`^(?:.*(?:${JA_FIRMS})|${JA_COUNTRIES}(?=[\u30a1-\u30faA-Za-z]))`);
/**
 * "Former" or "now" before a name its ending marks (旧ボルパラ・ヘルス・テクノロジーズ): not the name's. Only
 * trimmed, never a cue: 現レート is the current rate.
 */
const JA_FORMER = /^[旧現](?=[\u30a1-\u30fa])/;
/**
 * The noun, then の, 、 or 「, or the name's first character: a kanji name
 * glued to the noun is part of a longer word ("スタートアップ情報サービス").
 */
// What a firm runs or makes is quoted when it is a product or a service (お金のデザインが運営する「THEO」).
const JA_CUE_BEFORE = new RegExp(`(?:(?:${JA_FIRMS})(?:[の、「].|[^\\u4e00-\\u9fff])|(?:手がける|運営する)(?:[の、].|[^\\u4e00-\\u9fff「]))$`);

/**
 * A source's frame after its name: によると, its desk's reporting (ダイヤモンド編集部の取材), its count (スピーダの集計), or
 * its analyst quoted (朝凪リサーチの金融アナリストは): only a firm has analysts, economists and strategists.
 */
const JA_SOURCE_AFTER = /^(?:によ(?:ると|れば)|編集部|の(?:集計|調べ|調査)[でにによ]|の[\u4e00-\u9fff]{0,3}(?:シニア|チーフ)?(?:アナリスト|エコノミスト|ストラテジスト))/;
/** A company noun right after a run, up to three kanji on: the run describes the firm named next. */
const JA_DESCRIBES = /^[\u4e00-\u9fff]{0,3}(?:会社|企業|大手)/;

/**
 * A katakana name the text says was founded or born in a year (ミナセAIは2022年に…生まれた会社, …年に設立), or a Latin
 * one founded (Muon Spaceは2021年設立): a product is born too (Windowsは1985年に生まれた).
 */
const JA_FOUNDED = /(?:^|[の。、\n「])(?:([\u30a1-\u30fa][\u30a0-\u30ff]{2,}(?:AI)?)(?=は\d{4}年[^。\n]{0,30}(?:設立|創業|生まれた))|(\p{Lu}[\p{sc=Latin}\d.&'-]*(?: \p{Lu}[\p{sc=Latin}\d.&'-]*){0,3})(?=は\d{4}年[^。\n]{0,30}(?:設立|創業)))/gu;
/** A name the text says a company is called (アオバ・データというデータセンター運営会社, ハヤテ半導体という未上場のスタートアップ). */
const JA_CALLED = /(?<![\u4e00-\u9fff\u30a0-\u30ff])([\u30a1-\u30fa][\u30a0-\u30ff]+(?:AI|[\u4e00-\u9fff]{1,4})?)という(?=[^、。\n]{0,16}(?:会社|企業|スタートアップ|ファンド|銀行))/g;

/**
 * The subject of a funding sentence (自動運転AIのチューリングはシリーズAで45億円を調達),
 * or of a headline after its field, set off by 、 before the sum it raised
 * (物流ロボットのモモヒキ、30億円を調達). 調達 alone is also buying, so a
 * headline needs a sum.
 */
const JA_FUNDED = /(?:^|[の。、\n「])[ \u3000]*([\u30a1-\u30fa][\u30a0-\u30ff]{2,}(?:AI)?)(?=[はがも][^。]*(?:調達|出資を受け|上場|資金を集め|[円ドル]を集め))|の([\u30a1-\u30fa][\u30a0-\u30ff]{2,}(?:AI)?)(?=、[^。\n]*[億万][円ドル]を?調達)/g;

type LatinOf = Map<string | undefined, string | undefined>;

/**
 * The name as the English press writes it: its Latin gloss, else its katakana romanized, else as written. A
 * loanword's romanization is seldom its English (テルコムセル is Telkomsel), but it is nearer than the katakana for
 * a reader of English, and a coined Japanese word shaped like one (ハダミル) is spelled just so.
 */
const englishOf = (latinOf: LatinOf, name: string) => latinOf.get(name) ?? opening(latinOf, name) ?? romanizeName(name) ?? romanizeName(name, true) ?? name;
/** The gloss of a longer name whose first dotted words this one is (ペコス・リッジ of ペコス・リッジ・パワー（Pecos Ridge Power）). */
function opening(latinOf: LatinOf, name: string): string | undefined {
  for (const [kana, latin] of latinOf) if (kana?.startsWith(`${name}・`)) return latin;
  return undefined;
}

function katakanaNames(text: string, taken: Taken, out: CueName[], marked: RegExpExecArray[], latinOf: LatinOf): void {
  const found: CueName[] = [];
  const busy = takenOr(takenOr(taken, out), found);
  const free = (st: number, en: number) => !busy(st, en);
  for (const m of marked) {
    const [whole, glossed, latin, place, named, reading] = m;
    // A product or service is quoted (クラウド「Azure（アジュール）」); a company is not.
    if (QUOTED.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const kana = glossed ?? reading!;
    const start = m.index + whole.lastIndexOf(kana);
    const end = start + kana.length;
    if (!(latin ?? place ?? named) || JA_COMMON.test(kana) || JA_NOT_AFTER.test(text.slice(end, end + 3))) continue;
    // An acronym spelled out (DX（デジタルトランスフォーメーション）) is a term; a name's reading is about as long as the name (ELYZA（イライザ）).
    if (named && (JA_COMMON.test(named) || kana.length > 3 * named.length)) continue;
    // The other way round, a long loanword glossed by its acronym is a term (セルロースナノファイバー（CNF）); a firm's
    // long name so glossed is dotted word by word (アドバンスト・マイクロ・デバイセズ（AMD）).
    if (latin && /^[A-Z]{2,5}$/.test(latin) && !kana.includes('・') && kana.length >= 3 * latin.length) continue;
    // Kanji before the katakana are the name's head (北斗コンピュート（札幌市）), read with its seat below; one is a country's (米ウェイモ).
    if (!latin && !named && /^[\u4e00-\u9fff]{2}/.test(text.slice(m.index - 2, m.index))) continue;
    // Kanji glued before a glossed loanword make one word of them (広帯域メモリー（HBM）: high-bandwidth memory),
    // unless they are a country's (米ウェイモ（Waymo）) or a company noun (新興ウェイブ（Wayve）).
    const head = /[\u4e00-\u9fff]+$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0];
    if (latin && head && !JA_COUNTRY.test(head) && !FIRM_LAST.test(head)) continue;
    const canonical = englishOf(latinOf, kana);
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
    const source = JA_SOURCE_AFTER.test(text.slice(e, e + 14));
    if (!(desc || source || JA_CUE_BEFORE.test(text.slice(Math.max(0, s - 9), s + 1)))) continue;
    // "米デジタルインフラ投資会社デジタルブリッジ": a run before a company noun says what the firm after it does.
    // One that goes on past the noun with a dot (ファンド・オブ・ファンズ) is a phrase, and so is a noun and what follows it
    // inside quotes (「…スタートアップサミット」, an event); a quoted name after the noun is a name (合弁会社「ヌサ・ペイ」).
    if (JA_DESCRIBES.test(text.slice(e, e + 6)) || name.startsWith('・') || (desc && QUOTED.test(text.slice(Math.max(0, m.index - 24), m.index)))) continue;
    // After の a name ends where kanji take over (企業のデータセンター建設); people, plans and loanwords are not companies.
    // A common loanword after kanji is a name when the kanji are (東和システム), not a description (大手スーパー, 基幹システム).
    const head = /^(?:[\u4e00-\u9fff]|\w(?=\w*[\u30a0-\u30ff]))+/.exec(name)?.[0] ?? '';
    // An industry is no name either (大手電機メーカー, a big electronics maker).
    const namedByKanji = /^[\u4e00-\u9fff]{2,}$/.test(head) && !GENERIC.test(head) && !INDUSTRY.test(head);
    if (!desc && !source && /[\u4e00-\u9fff]/.test(text[e] ?? '') || !name[1] || (JA_COMMON.test(name.slice(head.length)) && !namedByKanji) || JA_NOT_NAME.test(name) || japanesePlace(name) ||
      JA_NOT_AFTER.test(text.slice(e, e + 3)) || !free(s, e)) continue;
    found.push({ start: s, end: e, canonical: englishOf(latinOf, name), kind: INVESTOR.test(name) ? 'investor' : 'company' });
  }
  for (const m of text.matchAll(JA_SEATED)) {
    const cut = JA_IN_RUN.exec(m[1]!);
    let s = m.index + (cut ? cut[0].length : 0);
    // A bare ending is no name: one in kana and an ending, set off by 、 or 「, is (スタートアップ、ことのは研究所（東京）).
    if (!cut && BARE_ENDING.test(m[1]!)) s -= kanaHead(KANA_HEAD, text, s);
    const name = text.slice(s, m.index + m[1]!.length);
    if (s === m.index && !cut && BARE_ENDING.test(name)) continue;
    if (name.length >= 2 && !NOT_SEATED.test(name) && !JA_COMMON.test(name) && free(s, s + name.length)) {
      found.push({ start: s, end: s + name.length, canonical: englishOf(latinOf, name), kind: INVESTOR.test(name) ? 'investor' : 'company' });
    }
  }
  // A name the words after it mark (founded in a year, called a company, funded), unless it is a common loanword.
  const named = (s: number, name: string) => {
    if (!JA_COMMON.test(name) && free(s, s + name.length)) found.push({ start: s, end: s + name.length, canonical: englishOf(latinOf, name), kind: 'company' });
  };
  for (const m of text.matchAll(JA_FOUNDED)) {
    const name = m[1] ?? m[2]!;
    if (!m[2] || !FOUNDED_NOT_FIRM.test(name)) named(m.index + m[0].length - name.length, name);
  }
  for (const m of text.matchAll(JA_CALLED)) named(m.index + m[0].length - m[1]!.length - 'という'.length, m[1]!);
  // The legal form before a name, spelled out or bracketed (（株）南予水産や…): the name is what follows, found again
  // as written further on (南予水産の担当者).
  for (const m of text.matchAll(LEGAL_FIRST)) named(m.index + m[0].length - m[1]!.length, m[1]!);
  for (const m of text.matchAll(JA_FUNDED)) {
    const name = m[1] ?? m[2]!;
    named(m[1] ? m.index + m[0].length - name.length : m.index + 1, name);
  }
  // Appended, not merged in order: findCompanies sorts every cue name once they are all in. A place is none, nor an ending alone.
  const place = japanesePlaces(text);
  out.push(...found.filter((n) => { const t = text.slice(n.start, n.end); return !JA_NOT_NAME.test(t) && !place(t) && !BARE_ENDING.test(t); }));
}

/**
 * Capitals and digits, not after another Latin letter or digit: an acronym opening a name before a plural business
 * word (DNXベンチャーズ, SKネットワークス), not a field's (HRテクノロジー, AIファンド).
 */
const LATIN_HEAD = /(?:^|[^A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff])(?!(?:AI|HR|IT|DX|VC|CVC|PE|GX|IoT|EV)$)([A-Z][A-Z0-9]{1,7})$/;
const PLURAL_ENDING = /^(?:ベンチャーズ|キャピタル|パートナーズ|インベストメント|ホールディングス|ネットワークス|テクノロジーズ|システムズ|ソリューションズ|コーポレーション)$/;

/** 株式会社 or （株） before a name in kanji or katakana, up to a particle or a mark. */
const LEGAL_FIRST = /(?:株式会社|（株）|\(株\))([\u4e00-\u9fff\u30a0-\u30ff]{2,8})(?=[やはがのとをにでも、。「」（）\s])/g;

/** Names read from their endings, then from the words around them. */
export function japaneseNames(text: string, taken: Taken, out: CueName[]): void {
  const marked = [...text.matchAll(JA_MARKED)];
  // A name glossed once keeps its Latin spelling wherever else the text has it (英ウェイブ, then ウェイブ（Wayve）).
  // Less a legal form the gloss may carry (Hirelume Inc.).
  const latinOf: LatinOf = new Map(marked.filter((m) => m[2] ?? m[4]).map((m) => [m[1] ?? m[5], (m[2] ?? m[4])!.replace(/,? (?:Inc|Ltd|Corp|LLC|GmbH|AG|SAS?|plc)\.?$/, '')]));
  for (const m of text.matchAll(ENDINGS)) {
    // A second business word after a dot is the name's too (青葉キャピタル・リサーチ).
    const end = m.index + m[0].length + (DOT_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[0].length ?? 0);
    // The ending must end the word: "グループ" not inside a longer katakana word, "証券" not in "証券取引所".
    // 系 after a bank says what is affiliated to it (七十七銀行系の七十七キャピタル): the bank's name still ends there.
    if (SOLID.test(text[end] ?? '') && text[end]! > '\u4e00' === m[0] > '\u4e00' && !(text[end] === '系' && m[0] === '銀行')) continue;
    let s = m.index;
    // An ampersand between two words holds them in one name (東芝デバイス＆ストレージ).
    while (s > m.index - 24 && s > 0 && (SOLID.test(text[s - 1]!) || (/[＆&]/.test(text[s - 1]!) && SOLID.test(text[s - 2] ?? '')))) s--;
    // A Latin acronym right before a katakana ending is the name's head (DNXベンチャーズ).
    const acronym = s === m.index && PLURAL_ENDING.test(m[0]) ? LATIN_HEAD.exec(text.slice(Math.max(0, s - 9), s)) : null;
    if (acronym) s -= acronym[1]!.length;
    // A run that goes on past the limit is not one name, nor one glued to a Latin word ("SMBC日興証券"); kanji names are short.
    else if (s > 0 && /[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]/.test(text[s - 1]!)) continue;
    // One kanji and の may open a name before a short kanji head and a loanword ending (火の国ベンチャーズ), not a place's
    // の (東京の森キャピタル).
    const head = text.slice(s, m.index);
    if (/^[\u4e00-\u9fff]{1,2}$/.test(head) && !INDUSTRY.test(head) && m[0] > '\u30a0' && m[0] < '\u3100' && KANJI_NO.test(text.slice(Math.max(0, s - 3), s))) s -= 2;
    // A name in hiragana before a loanword ending, set off by 、, 「 or a line's start (、あさぎりキャピタルに).
    // Or before a katakana word and its ending (。ふくおかフィナンシャルグループは).
    if (s === m.index && /^[\u30a0-\u30ff]{4,}$/.test(m[0]) && !DOTTED_ONLY.test(m[0])) s -= kanaHead(KANA_HEAD, text, s);
    else if (s < m.index && /^[\u30a1-\u30fa]/.test(text[s]!)) s -= kanaHead(KANA_OPENS, text, s);
    // A country (英アーム・ホールディングス) or a company noun (独立系ファンド凌雲パートナーズ,
    // ベンチャーキャピタルカザミドリ・キャピタル) is not the name's; what is left is short.
    const run = text.slice(s, m.index);
    s += (JA_IN_RUN.exec(run) ?? JA_FORMER.exec(run))?.[0].length ?? 0;
    // A generic word with its own ending before the name (ネット銀行ティンコフ銀行: an online bank, Tinkoff Bank) describes it.
    const inner = [...text.slice(s, m.index).matchAll(ENDINGS)].pop();
    if (inner && GENERIC.test(text.slice(s, s + inner.index))) s += inner.index + inner[0].length;
    if (m.index - s > 12) continue;
    const front = text.slice(s, m.index);
    // Kanji names are short; a kanji head before a loanword is not (北辰コンピュート株式会社).
    // One kanji may name a firm before a katakana word of what it is (隼キャピタル), but not a country's (米キャピタル).
    const oneKanji = front.length === 1 && /[\u4e00-\u9fff]/.test(front) && m[0] > '\u30a0' && m[0] < '\u3100' && !JA_COUNTRY.test(front);
    if ((front.length < 2 && !oneKanji) || (front.replace(/[^\u4e00-\u9fff]/g, '').length > (/[\u30a1-\u30fa]/.test(front) ? 4 : 0) && front.length > 6) ||
      GENERIC.test(front) || INDUSTRY.test(front) || JA_NOT_NAME.test(front) || taken(s, end)) continue;
    // Nor when every word before it is a plain loanword (エネルギー・インフラ, energy infrastructure).
    if (DOTTED_ONLY.test(m[0]) && (!/^[\u30a1-\u30fa][\u30a0-\u30ff]*・[\u30a0-\u30ff]*$/.test(front) || front.split('・').every((w) => !w || loanSplit(w)))) continue;
    // The legal form after a name (天翔クラウド株式会社) is in its span, not in its canonical.
    const name = m[0] === '株式会社' ? front : text.slice(s, end);
    // Names stay disjoint: a second ending read into the same run ("北星商事グループ") yields no second name.
    const last = out[out.length - 1];
    const kind = m[0] === '新聞' ? 'media' : INVESTOR.test(m[0]) ? 'investor' : 'company';
    if (!last || last.end <= s) out.push({ start: s, end, canonical: englishOf(latinOf, name), kind });
  }
  katakanaNames(text, taken, out, marked, latinOf);
  // A short form that is a common loanword (アニメ of アニメ・デジタル・ネットワーク) would mark every use of the word.
  for (const n of out) {
    const short = katakanaShort(text.slice(n.start, n.end));
    n.short = short && !JA_COMMON.test(short) ? short : undefined;
  }
}

/**
 * A kanji name the words before it say is a young firm, set off by 、 (宇宙ベンチャー、天岳星は;
 * AI新興、雲海は): with の the words after would as often be the firm's (新興の業績は), and
 * after 企業 or 会社 the comma as often lists (銀行、企業、政府は).
 */
const JA_KANJI_APPOSED = /(?:ベンチャー|スタートアップ|新興)、(?![同当各両自他]社|政府|同氏)([\u4e00-\u9fff]{2,4})(?=[はがも])/g;

/** The Japanese reader (READERS.japanese, in the kana chunk): names read from their endings and frames, then those defined in brackets. */
export function findJapaneseNames(text: string, taken: Taken): CueName[] {
  const out: CueName[] = [];
  japaneseNames(text, taken, out);
  const busy = takenOr(taken, out);
  for (const m of text.matchAll(JA_KANJI_APPOSED)) {
    const s = m.index + m[0].length - m[1]!.length;
    if (!GENERIC.test(m[1]!) && !busy(s, s + m[1]!.length)) out.push({ start: s, end: s + m[1]!.length, canonical: romanizeName(m[1]!) ?? m[1]!, kind: 'company' });
  }
  definedNames(text, takenOr(taken, out), out);
  // "みずほフィナンシャルグループ（FG）": the form's short word, which many groups share, names none of them.
  return out.filter((n) => !GENERIC_SHORT.test(text.slice(n.start, n.end)));
}
