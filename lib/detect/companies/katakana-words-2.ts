/**
 * More English words as Japanese writes them in katakana, of the fortieth session (katakana-words.ts has the first
 * list and says why): places and nature (ベイサイド, Bayside), tech and business words, colours, animals, numbers and
 * the Latin and Greek roots brands take. Drafted by a helper; katakana that are Japanese words or names too (ヒル,
 * ソラ, バイト) or that would cut common loanwords wrongly (アイル in アイルランド) are left out.
 */
export const PAIRS_2 = `
スコープ Scope ビルダーズ Builders
ベイ Bay ベイサイド Bayside レイクサイド Lakeside リバーサイド Riverside リヴァーサイド Riverside ヒルサイド Hillside シーサイド Seaside
ヒルトップ Hilltop モア More デール Dale ダウンズ Downs マーシュ Marsh ブルックス Brooks ウォーターズ Waters ウォーターフロント Waterfront
ラグーン Lagoon ドック Dock ワーフ Wharf ヘッド Head ヘッドランド Headland アイランズ Islands ペニンシュラ Peninsula フォールズ Falls
スプリングス Springs ウェルズ Wells ウェル Well ファウンテン Fountain ストランド Strand サンズ Sands デューン Dune デューンズ Dunes メサ Mesa
プレーリー Prairie サバンナ Savanna ジャングル Jungle レインフォレスト Rainforest ウッドランド Woodland ホロー Hollow ピークス Peaks マウント Mount
マウンテンズ Mountains ハイランズ Highlands ストーンズ Stones ロックス Rocks ボルダー Boulder ペブル Pebble グレイシャー Glacier アルパイン Alpine
ブラフ Bluff パインズ Pines オークス Oaks リバーズ Rivers リヴァー River レイクス Lakes エーカー Acre スカイライン Skyline ワース Worth ミッド Mid
ミドル Middle アッパー Upper インナー Inner アウター Outer エルム Elm スプルース Spruce ウォルナット Walnut チェスナット Chestnut ホリー Holly
ヘザー Heather ファーン Fern ジュニパー Juniper リリー Lily ポピー Poppy アスター Aster ヘンプ Hemp ウィート Wheat グレイン Grain アロエ Aloe
ココナッツ Coconut マンゴー Mango ライム Lime ブルーベリー Blueberry ストロベリー Strawberry クランベリー Cranberry ラズベリー Raspberry
ヴァイン Vine バイン Vine アグロ Agro クラウズ Clouds サンライト Sunlight ムーンライト Moonlight スターライト Starlight スターダスト Stardust
ソル Sol ヘイズ Haze ドリフト Drift ゲイル Gale モンスーン Monsoon アトモス Atmos ストラタ Strata ストラトス Stratos セレスト Celeste
ルミナス Luminous マーレ Mare トライデント Trident マリナー Mariner ディファレント Different メイク Make メーク Make メディシナル Medicinal
シグナルズ Signals ピクセルズ Pixels クラフト Craft クラフツ Crafts ハイブ Hive ハイヴ Hive データベース Database アルゴ Algo
ストリーミング Streaming センシング Sensing イメージング Imaging マッピング Mapping モデリング Modeling シミュレーション Simulation
オートノマス Autonomous オートノミー Autonomy バイツ Bytes スタック Stack インデックス Index レジストリ Registry レジストリー Registry
フォトニック Photonic オプティック Optic レーザー Laser レーザ Laser ルーター Router サーキット Circuit ワイヤー Wire ワイヤ Wire ワイヤレス Wireless
ケーブル Cable アンテナ Antenna セル Cell セルラー Cellular ラティス Lattice メッシュ Mesh バイオニック Bionic バイオサイエンス Bioscience
バイオサイエンシズ Biosciences セラピューティック Therapeutic メディ Medi メディカ Medica メド Med キュア Cure クリニカル Clinical
ジェネティクス Genetics ジェネティック Genetic イミュノ Immuno ニューロ Neuro カーディオ Cardio オンコ Onco サージカル Surgical デンタル Dental
バイタリティ Vitality バイタリティー Vitality ヴァイタリティ Vitality ファイナンシャル Financial ボンズ Bonds ポートフォリオ Portfolio
トレジャリー Treasury トレジャー Treasure リザーブ Reserve リザーヴ Reserve クオンツ Quants クオント Quant オルタナティブ Alternative
オルタナティヴ Alternative インフラストラクチャー Infrastructure インフラストラクチャ Infrastructure パートナーシップ Partnership
アソシエイト Associate アソシエーション Association コンソーシアム Consortium コンソリデーテッド Consolidated アライド Allied ナショナル National
インテグレーテッド Integrated アプライド Applied アドバンスド Advanced ブループリント Blueprint ワイズ Wise キーン Keen シャープ Sharp ロング Long
セカンド Second サード Third ヤング Young オールド Old エルダー Elder カーム Calm クワイエット Quiet サイレント Silent マイティ Mighty
パワフル Powerful リッチ Rich スターリング Sterling エバーグリーン Evergreen エヴァーグリーン Evergreen タイムレス Timeless エンドレス Endless
セイクリッド Sacred ディヴァイン Divine ディバイン Divine ミスティック Mystic マジカル Magical ニンブル Nimble ストレート Straight
エクスポネンシャル Exponential リニア Linear パラレル Parallel ラテラル Lateral ヴァーティカル Vertical バーティカル Vertical
ホリゾンタル Horizontal インフィニット Infinite イモータル Immortal マーベル Marvel アメージング Amazing アメイジング Amazing オーサム Awesome
レア Rare ラディカル Radical ジャスト Just コンテンポラリー Contemporary ロバスト Robust タフ Tough ハーディ Hardy イージー Easy クール Cool
ホット Hot ブラウン Brown ベージュ Beige カーキ Khaki シアン Cyan マルーン Maroon サーモン Salmon ルージュ Rouge ブラン Blanc マホガニー Mahogany
エボニー Ebony チャコール Charcoal グラファイト Graphite スレート Slate オーカー Ochre セピア Sepia ベアーズ Bears ブル Bull ブルズ Bulls
バイソン Bison エルク Elk スタッグ Stag ピューマ Puma クーガー Cougar ライノ Rhino オッター Otter ハウンド Hound マンタ Manta バラクーダ Barracuda
タートル Turtle トータス Tortoise ホーネット Hornet アント Ant スパイダー Spider スコーピオン Scorpion ヘロン Heron パロット Parrot カナリア Canary
ラーク Lark ナイチンゲール Nightingale ウッドペッカー Woodpecker キングフィッシャー Kingfisher シーガル Seagull コンドル Condor ワイバーン Wyvern
クラーケン Kraken スフィンクス Sphinx ガルーダ Garuda サンダーバード Thunderbird マンモス Mammoth ラプター Raptor レックス Rex ツー Two スリー Three
ファイブ Five ファイヴ Five シックス Six エイト Eight ナイン Nine イレブン Eleven イレヴン Eleven セヴン Seven トゥエルブ Twelve シングル Single
クアトロ Quattro テトラ Tetra ペンタ Penta ヘキサ Hexa オクタ Octa ユニ Uni マルチ Multi ポリ Poly ナンバー Number イプシロン Epsilon
エプシロン Epsilon イータ Eta シータ Theta イオタ Iota ミュー Mu オミクロン Omicron タウ Tau ファイ Phi ヴィヴォ Vivo フィデス Fides アルバ Alba
イグニス Ignis アクイラ Aquila ルプス Lupus アウルム Aurum アルジェント Argento プリマ Prima プリムス Primus ヴェント Vento ヴェルデ Verde
アルタ Alta コンコルディア Concordia ヴァラー Valor フォルティス Fortis フォルテ Forte メリディアン Meridian シンクロ Synchro アリア Aria ジェン Gen
ロジスティック Logistic ミル Mill ミルズ Mills ヤード Yard ロフト Loft マーケッツ Markets マーケットプレイス Marketplace
マーケットプレース Marketplace ブローカー Broker ブローカーズ Brokers ディーラー Dealer トレーダー Trader トレーダーズ Traders ベンダー Vendor
サプライヤー Supplier ディストリビューション Distribution フリート Fleet メッセンジャー Messenger フォン Phone コム Com シェルター Shelter
ランス Lance アローズ Arrows メイカーズ Makers メーカーズ Makers ビルダーズ Builders クリエイション Creation クリエーション Creation
クリエイティビティ Creativity ジェネレーティブ Generative ジェネレーティヴ Generative シンキング Thinking ブレインズ Brains マインズ Minds
マインドフル Mindful アウェア Aware アウェアネス Awareness エデュ Edu パスウェイ Pathway ウェイポイント Waypoint ランドスケープ Landscape
ボーダー Border ボーダーレス Borderless アンビション Ambition アスパイア Aspire ドライヴ Drive ムーブメント Movement ムーヴメント Movement
モーメンタム Momentum アクセラレート Accelerate スパークス Sparks インフェルノ Inferno ファイヤー Fire ピラー Pillar スパイア Spire ハイウェイ Highway
ハイウェー Highway ブールバード Boulevard パビリオン Pavilion パヴィリオン Pavilion ファームズ Farms キャピトル Capitol キングダム Kingdom
エンパイア Empire リパブリック Republic ドミニオン Dominion レルム Realm ドメイン Domain フェデラル Federal ネーション Nation ヒューマニティ Humanity
ヒューマニティー Humanity デューク Duke プリンス Prince プリンセス Princess エンペラー Emperor エンプレス Empress モナーク Monarch
マーベリック Maverick マーヴェリック Maverick ローグ Rogue ノマド Nomad ワンダラー Wanderer ファウンダー Founder ファウンダーズ Founders スミス Smith
キーパー Keeper シェパード Shepherd ガーデナー Gardener ファーマー Farmer ファーマーズ Farmers ハーベスター Harvester メイソン Mason リング Ring
リングス Rings タービン Turbine リアクター Reactor エレクトロン Electron プロトン Proton ニュートロン Neutron アトミック Atomic モレキュール Molecule
モレキュラー Molecular ケミストリー Chemistry フィジックス Physics ポリマー Polymer コンポジット Composite アロイ Alloy キセノン Xenon
クリプトン Krypton アナログ Analog ハードウェア Hardware ハードウエア Hardware インターネット Internet オンライン Online ファブ Fab
ファウンドリ Foundry コンダクター Conductor コグニティヴ Cognitive セマンティック Semantic ウィル Will ウイル Will ウィッシュ Wish ウイッシュ Wish
ウィナー Winner ウイナー Winner ウィナーズ Winners ウィングス Wings ウイングス Wings ウインター Winter ウイズダム Wisdom ウイザード Wizard
クラリティー Clarity アフィニティー Affinity プロスペリティー Prosperity インテグリティー Integrity チャリティー Charity アイデンティティー Identity
グラビティー Gravity ベロシティー Velocity クリエイティビティー Creativity アヴェニュー Avenue ヘブン Heaven ヘヴン Heaven シルヴァー Silver
ハーヴェスト Harvest エヴォリューション Evolution ユニヴァース Universe ユニヴァーサル Universal ディスカヴァリー Discovery ヴァース Verse ヴォルト Volt
ヴェニュー Venue ベニュー Venue ヴァーチュー Virtue バーチュー Virtue ヴァイブ Vibe ヴァイブス Vibes バイブス Vibes ボリューム Volume ヴォリューム Volume
リーン Lean フィット Fit シュア Sure フィアレス Fearless マジェスティック Majestic インペリアル Imperial シュプリーム Supreme エリート Elite
プレミア Premier チョイス Choice シグネチャー Signature シグニチャー Signature ルーシッド Lucid シャイニング Shining ルーセント Lucent
コンチネンタル Continental ロジックス Logics メカニクス Mechanics キネティクス Kinetics キネティック Kinetic メトリクス Metrics メトリック Metric
インフォマティクス Informatics スウォーム Swarm リーズン Reason フォーサイト Foresight アウトルック Outlook パースペクティブ Perspective
パースペクティヴ Perspective プロスペクト Prospect パッセージ Passage スレッショルド Threshold ピナクル Pinnacle クラウン Crown ダイナスティ Dynasty
ダイナスティー Dynasty レメディ Remedy レメディー Remedy エイド Aid ベル Bell ベンチマーク Benchmark ライトスピード Lightspeed サンドボックス Sandbox
シーズンズ Seasons ウォールナット Walnut ユニフォーム Uniform マルチメディア Multimedia
`;
