/**
 * English words as Japanese writes them in katakana, for the English form of
 * a company name built from them: ノースグリッド is NorthGrid, クレイン・
 * ロジック is Crane Logic. Romanizing such a name gives Nōsuguriddo, which no
 * English report writes; only a word list can undo the loan. The list holds
 * words that young tech and finance companies name themselves with, and the
 * common spellings of each (ウィンド and ウインド).
 */

// One string, "katakana English" pairs: a record literal of the same words ships about a third larger.
const PAIRS = `
エーアイ AI ラボ Labs ラボズ Labs ロジック Logic リンク Link ネット Net ネットワーク Network ネットワークス Networks データ Data
センター Center センターズ Centers クラウド Cloud コンピュート Compute コンピューティング Computing コンピューター Computer
コンピュータ Computer クオンタム Quantum ニューラル Neural ビジョン Vision ヴィジョン Vision ボイス Voice ヴォイス Voice
センス Sense マインド Mind ブレイン Brain ロボット Robot ロボティクス Robotics モーション Motion モビリティ Mobility
モーターズ Motors ドライブ Drive エナジー Energy エネルギー Energy パワー Power ソーラー Solar グリーン Green グリッド Grid
ブルー Blue ノース North サウス South イースト East ウエスト West ウェスト West スカイ Sky スター Star ライト Light
ウェーブ Wave ウェイブ Wave ウインド Wind ウィンド Wind ロック Rock ストーン Stone ブリッジ Bridge ゲート Gate ポート Port
タワー Tower フィールド Field フロント Front エッジ Edge コア Core ベース Base ポイント Point ライン Line フロー Flow
ストリーム Stream スペース Space プラネット Planet アース Earth オーシャン Ocean リバー River フォレスト Forest ツリー Tree
リーフ Leaf シード Seed ジーン Gene バイオ Bio メディカル Medical ヘルス Health ケア Care ファーマ Pharma
セラピューティクス Therapeutics サイエンス Science サイエンシズ Sciences リサーチ Research インサイト Insight
インサイツ Insights アナリティクス Analytics ダイナミクス Dynamics システム System システムズ Systems ソリューション Solution
ソリューションズ Solutions サービス Service サービシズ Services ソフトウェア Software ソフトウエア Software ソフト Soft
テック Tech テクノロジー Technology テクノロジーズ Technologies テクノ Techno デジタル Digital スマート Smart
インテリジェンス Intelligence インテリジェント Intelligent マシン Machine マシンズ Machines ワークス Works
ファクトリー Factory マテリアル Material マテリアルズ Materials セミコンダクター Semiconductor デバイス Device
デバイシズ Devices エレクトロニクス Electronics フォトニクス Photonics オプティクス Optics セキュリティ Security
セキュリティー Security セキュア Secure トラスト Trust ファイナンス Finance フィナンシャル Financial ペイ Pay バンク Bank
キャピタル Capital アセット Asset アセッツ Assets マネジメント Management インベストメント Investment
インベストメンツ Investments パートナーズ Partners アドバイザーズ Advisors ホールディングス Holdings グループ Group
ベンチャーズ Ventures ベンチャー Venture ファンド Fund グロース Growth グローバル Global インターナショナル International
ジャパン Japan アジア Asia パシフィック Pacific メディア Media スタジオ Studio ゲームズ Games コミュニケーションズ Communications
テレコム Telecom モバイル Mobile オープン Open ネクスト Next ニュー New アドバンスト Advanced ディープ Deep ハイパー Hyper
プライム Prime アルファ Alpha デルタ Delta シグマ Sigma オメガ Omega ロジスティクス Logistics プラットフォーム Platform
サイバー Cyber イノベーション Innovation イノベーションズ Innovations クリエイティブ Creative デザイン Design
エンジニアリング Engineering ストレージ Storage チップ Chip シリコン Silicon マイクロ Micro ナノ Nano グラフ Graph
シグナル Signal ピクセル Pixel ウイング Wing ウィング Wing アロー Arrow アーム Arm ボット Bot エージェント Agent
エージェンツ Agents リアルティ Realty インフラ Infra ハーバー Harbor クレイン Crane クレーン Crane イーグル Eagle
ファルコン Falcon フェニックス Phoenix ダイヤモンド Diamond ピーク Peak サミット Summit ホライズン Horizon フロンティア Frontier パイオニア Pioneer
スパーク Spark フュージョン Fusion アトム Atom オービット Orbit ロケット Rocket エアロ Aero インダストリーズ Industries
コーポレーション Corporation エンタープライズ Enterprise
オレンジ Orange レッド Red ホワイト White ブラック Black ゴールド Gold シルバー Silver パープル Purple ピンク Pink レモン Lemon
ベリー Berry チェリー Cherry ピーチ Peach ブライト Bright ハッピー Happy
`.trim().split(/\s+/);

/** English for each katakana word of the list. */
export const LOANWORDS = new Map<string, string>();
for (let k = 0; k < PAIRS.length; k += 2) LOANWORDS.set(PAIRS[k]!, PAIRS[k + 1]!);

/** What a company is, not what it is called: these stand apart in the English form ("Hibari Partners", not "HibariPartners"). */
export const BUSINESS = new Set([
  'Partners', 'Capital', 'Ventures', 'Fund', 'Lab', 'Labs', 'Holdings', 'Group', 'Technologies', 'Technology', 'Investment', 'Investments',
  'Corporation', 'Industries', 'Advisors', 'Management', 'Solutions', 'Systems',
]);

const LONGEST = Math.max(...[...LOANWORDS.keys()].map((k) => k.length));

/**
 * A katakana word as words of the list, whole ("ノースグリッド": North,
 * Grid); undefined when no split covers it. Longer words are tried first at
 * each point, and a split that strands a remainder backs off.
 */
export function loanSplit(word: string, from = 0): string[] | undefined {
  if (from === word.length) return [];
  for (let n = Math.min(LONGEST, word.length - from); n >= 2; n--) {
    const english = LOANWORDS.get(word.slice(from, from + n));
    const rest = english && loanSplit(word, from + n);
    if (rest) return [english, ...rest];
  }
  return undefined;
}
