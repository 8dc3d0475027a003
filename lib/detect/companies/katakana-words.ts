/**
 * English words as Japanese writes them in katakana, for the English form of
 * a company name built from them: ノースグリッド is NorthGrid, クレイン・
 * ロジック is Crane Logic. Romanizing such a name gives Nōsuguriddo, which no
 * English report writes; only a word list can undo the loan. The list holds
 * words that young tech and finance companies name themselves with, and the
 * common spellings of each (ウィンド and ウインド).
 */

import { PAIRS_2 } from './katakana-words-2.ts';
import { PAIRS_3 } from './katakana-words-3.ts';
import { pairMap, splitWords, type WordList } from './word-split.ts';

// One string of "katakana English" pairs (word-split.ts, pairMap).
const PAIRS = `
エーアイ AI ラボ Labs ラボズ Labs ロジック Logic リンク Link リンクス Links ネット Net ネットワーク Network ネットワークス Networks データ Data
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
ライオン Lion タイガー Tiger ウルフ Wolf フォックス Fox パンサー Panther ユニコーン Unicorn ドラゴン Dragon ペガサス Pegasus グリフォン Griffin パンダ Panda
パイソン Python バタフライ Butterfly ドルフィン Dolphin ホエール Whale シャーク Shark ペンギン Penguin バード Bird ホーク Hawk アウル Owl レイヴン Raven
レイブン Raven クロウ Crow スワロー Swallow ロビン Robin フェザー Feather ネスト Nest オーク Oak メープル Maple メイプル Maple
パイン Pine シダー Cedar ウィロー Willow ウイロー Willow ウッド Wood ブランチ Branch ルーツ Roots オリーブ Olive オリーヴ Olive ローズ Rose
ロータス Lotus アイリス Iris ブロッサム Blossom ブルーム Bloom フラワー Flower アイビー Ivy クローバー Clover バンブー Bamboo ハーブ Herb ミント Mint
ボタニカル Botanical アップル Apple グレープ Grape シトラス Citrus ハニー Honey シュガー Sugar ハーベスト Harvest レイン Rain ストーム Storm サンダー Thunder
ライトニング Lightning スノー Snow フロスト Frost アイス Ice ブリーズ Breeze レインボー Rainbow レインボウ Rainbow サンシャイン Sunshine サニー Sunny
オーロラ Aurora クリスタル Crystal コースト Coast ショア Shore ビーチ Beach タイド Tide アイランド Island パール Pearl
アンカー Anchor セイル Sail アクア Aqua ウォーター Water レイク Lake スプリング Spring サーフ Surf ウエーブ Wave マウンテン Mountain ヒルズ Hills バレー Valley
ヴァレー Valley キャニオン Canyon ハイランド Highland ランド Land ガイア Gaia ネイチャー Nature オアシス Oasis ステラ Stella ノヴァ Nova ノバ Nova
コメット Comet メテオ Meteor ギャラクシー Galaxy コスモ Cosmo コスモス Cosmos ユニバース Universe ムーン Moon マーズ Mars ヴィーナス Venus ビーナス Venus
ジュピター Jupiter マーキュリー Mercury オリオン Orion ポラリス Polaris サテライト Satellite アストロ Astro ゼニス Zenith スターズ Stars アポロ Apollo
ヘリオス Helios アテナ Athena ヘルメス Hermes タイタン Titan アトラス Atlas イエロー Yellow グレー Gray グレイ Gray ネイビー Navy インディゴ Indigo
スカーレット Scarlet バイオレット Violet ヴァイオレット Violet アイボリー Ivory ゴールデン Golden カラー Color カラーズ Colors ルビー Ruby エメラルド Emerald
サファイア Sapphire アンバー Amber ジェイド Jade オパール Opal ジュエル Jewel アイアン Iron スチール Steel カッパー Copper ブロンズ Bronze クローム Chrome
コバルト Cobalt プラチナ Platinum プラチナム Platinum ネオン Neon メタル Metal カーボン Carbon セラミック Ceramic ファイバー Fiber キューブ Cube スフィア Sphere
プリズム Prism ピラミッド Pyramid サークル Circle スクエア Square トライアングル Triangle ヘキサゴン Hexagon ポリゴン Polygon ベクター Vector ベクトル Vector
マトリクス Matrix マトリックス Matrix スパイラル Spiral ヘリックス Helix ループ Loop ドット Dot フレーム Frame ノード Node フォーム Form アクシス Axis
バーテックス Vertex ヴァーテックス Vertex アペックス Apex オリジン Origin スピード Speed ラピッド Rapid スウィフト Swift スイフト Swift クイック Quick ファスト Fast
ダッシュ Dash ジェット Jet ブースト Boost ターボ Turbo シフト Shift ジャンプ Jump スプリント Sprint フライト Flight ジャーニー Journey
ナビゲーター Navigator ローンチ Launch ライズ Rise ベロシティ Velocity ヴェロシティ Velocity モメンタム Momentum アクセラレーター Accelerator パルス Pulse
ビート Beat リズム Rhythm ムーブ Move アクション Action アクティブ Active アクティヴ Active アジャイル Agile ダイナミック Dynamic エクスプレス Express
フラッシュ Flash フォワード Forward プログレス Progress アドバンス Advance エボルブ Evolve レボリューション Revolution トランスフォーム Transform スタート Start
ハンマー Hammer ブレード Blade ソード Sword シールド Shield チェーン Chain フォージ Forge ファウンドリー Foundry メーカー Maker メイカー Maker
ビルド Build ビルダー Builder ツール Tool キット Kit ワークショップ Workshop アトリエ Atelier ギルド Guild ガレージ Garage ファクトリ Factory エンジン Engine
モーター Motor モータ Motor ランプ Lamp ビーコン Beacon メロディ Melody メロディー Melody ハーモニー Harmony シンフォニー Symphony トーン Tone サウンド Sound
ソング Song ミュージック Music エコー Echo ステージ Stage シアター Theater アート Art アーツ Arts アーティスト Artist ギャラリー Gallery ペイント Paint
グラフィック Graphic グラフィックス Graphics ミューズ Muse ストーリー Story フィルム Film シネマ Cinema ピクチャー Picture ピクチャーズ Pictures フォト Photo
イメージ Image ビジュアル Visual ヴィジュアル Visual スタイル Style スタジオズ Studios ルーメン Lumen ルミナ Lumina グロー Glow フレア Flare ビーム Beam
ラディアント Radiant ブリリアント Brilliant シャイン Shine ブレイズ Blaze フレイム Flame ファイア Fire ファイアー Fire イグナイト Ignite シャドウ Shadow
シャドー Shadow スペクトラム Spectrum ドーン Dawn モーニング Morning ヌーン Noon トワイライト Twilight ミッドナイト Midnight サンライズ Sunrise サンセット Sunset
トゥモロー Tomorrow フューチャー Future モーメント Moment シーズン Season ジェネシス Genesis エターナル Eternal インフィニティ Infinity
インフィニティー Infinity フォーエバー Forever クロック Clock タイム Time タイムズ Times ウォッチ Watch ブレイブ Brave ブレイヴ Brave クリア Clear ピュア Pure
トゥルー True ビビッド Vivid ヴィヴィッド Vivid ボールド Bold スマイル Smile ジョイ Joy ラッキー Lucky フレッシュ Fresh シンプル Simple グランド Grand ロイヤル Royal
ホープ Hope ドリーム Dream ドリームズ Dreams ユナイテッド United ユニティ Unity ユニティー Unity フリー Free リバティ Liberty リバティー Liberty フリーダム Freedom
バランス Balance ソリッド Solid ライフ Life バイタル Vital ヴァイタル Vital ミラクル Miracle マジック Magic グレース Grace グレイス Grace スピリット Spirit
ハート Heart バリュー Value ヴァリュー Value クオリティ Quality クオリティー Quality プレミアム Premium ユニーク Unique リアル Real ナチュラル Natural
オーガニック Organic グレート Great スーパー Super ウルトラ Ultra ベスト Best ファースト First マスター Master レジェンド Legend アイコン Icon モダン Modern
クラシック Classic ヴィンテージ Vintage ビンテージ Vintage インスパイア Inspire ミッション Mission センサー Sensor センサ Sensor サイファー Cipher
アルゴリズム Algorithm コード Code ビット Bit ウェブ Web ウエブ Web サーバー Server サーバ Server ホスト Host プロトコル Protocol インターフェース Interface
インターフェイス Interface アプリ App アプリケーション Application プログラム Program スクリプト Script ワーク Work フレームワーク Framework クラスター Cluster
クラスタ Cluster オート Auto オートメーション Automation バーチャル Virtual ヴァーチャル Virtual リアリティ Reality リアリティー Reality メタバース Metaverse
ドローン Drone レーダー Radar トークン Token ブロック Block ブロックチェーン Blockchain コイン Coin クリプト Crypto ニューロン Neuron
ラーニング Learning モデル Model アーカイブ Archive ポータル Portal ゲートウェイ Gateway ゲートウエイ Gateway ハブ Hub ビデオ Video チャンネル Channel
チャネル Channel コネクト Connect コネクター Connector コネクタ Connector オラクル Oracle キュービット Qubit オプティカル Optical ソニック Sonic スケール Scale
ネクサス Nexus サーチ Search インフォ Info インフォメーション Information ナレッジ Knowledge ポッド Pod カンパニー Company ハウス House ホーム Home ショップ Shop
ストア Store マーケット Market マート Mart プラザ Plaza エクスチェンジ Exchange トレード Trade トレーディング Trading コマース Commerce マーケティング Marketing
コンサルティング Consulting エージェンシー Agency アライアンス Alliance コミュニティ Community コミュニティー Community クラブ Club ワールド World アカデミー Academy
ファウンデーション Foundation プロダクツ Products ブランド Brand ブランズ Brands クリエイト Create クリエイター Creator クリエーター Creator クリエイティヴ Creative
パートナー Partner ラボラトリー Laboratory ラボラトリーズ Laboratories クレジット Credit マネー Money ウェルス Wealth ウエルス Wealth エクイティ Equity
エクイティー Equity ストック Stock ボールト Vault ヴォールト Vault ペイメント Payment ペイメンツ Payments ニュース News ジャーナル Journal マガジン Magazine
ポスト Post レポート Report ライブ Live ライヴ Live エンターテインメント Entertainment エンタテインメント Entertainment エンターテイメント Entertainment プレイ Play
ゲーム Game ゲノム Genome ゲノミクス Genomics ニュートリション Nutrition ウェルビーイング Wellbeing ウェルネス Wellness ウエルネス Wellness フィットネス Fitness
メンタル Mental ボディ Body ボディー Body ヒーリング Healing ケミカル Chemical セラピー Therapy メディシン Medicine ヘルシー Healthy クリニック Clinic
ファーマシー Pharmacy ビューティー Beauty ビューティ Beauty コスメティクス Cosmetics エレクトリック Electric ユーティリティ Utility ユーティリティー Utility
リソース Resource リニューアブル Renewable エコロジー Ecology サステナブル Sustainable サステイナブル Sustainable ハイドロ Hydro ハイドロジェン Hydrogen
プラント Plant ジェネレーション Generation フード Food フーズ Foods キッチン Kitchen カフェ Cafe ファッション Fashion アパレル Apparel トラベル Travel
デリバリー Delivery ギフト Gift ファミリー Family ピープル People ヒューマン Human フレンズ Friends クルー Crew チーム Team トライブ Tribe キッズ Kids
ネイティブ Native ネイティヴ Native エクスプローラー Explorer ハンター Hunter レンジャー Ranger ガーディアン Guardian パイロット Pilot ガーデン Garden
ガーデンズ Gardens ヴィレッジ Village ビレッジ Village パーク Park アベニュー Avenue ストリート Street レーン Lane テラス Terrace タウン Town
ステーション Station ヘイブン Haven ヘイヴン Haven ハイツ Heights ルーム Room コモンズ Commons ホライゾン Horizon メトロ Metro
アーバン Urban ローカル Local エリア Area ゾーン Zone リージョン Region コーナー Corner ヴィスタ Vista ビスタ Vista ビュー View マーク Mark ランドマーク Landmark
セントラル Central アップ Up ゴー Go ワン One ネオ Neo ゼロ Zero オムニ Omni ユニバーサル Universal トータル Total ジェネラル General
コモン Common プラス Plus ワイド Wide オーバー Over アンダー Under ビヨンド Beyond トランス Trans インター Inter エックス X エクストラ Extra ベータ Beta
ガンマ Gamma ラムダ Lambda セレクト Select ウェイ Way ウエイ Way ウェイズ Ways ウィン Win キング King クイーン Queen クエスト Quest
インベスター Investor インベスターズ Investors レコード Record レコーズ Records エコノミスト Economist
ソラリス Solaris ルナ Luna ルナー Lunar ヴェガ Vega ベガ Vega シリウス Sirius アルタイル Altair カペラ Capella スピカ Spica アンタレス Antares
プレアデス Pleiades アンドロメダ Andromeda カシオペア Cassiopeia リブラ Libra レオ Leo アリエス Aries ジェミニ Gemini ゾディアック Zodiac サターン Saturn
ネプチューン Neptune ステラー Stellar セレスティアル Celestial コズミック Cosmic ネビュラ Nebula エクリプス Eclipse イクリプス Eclipse オービタル Orbital
アストラ Astra アストラル Astral プラズマ Plasma フォトン Photon クォーク Quark クオーク Quark グラビティ Gravity グラヴィティ Gravity ボイジャー Voyager
ヴォイジャー Voyager パスファインダー Pathfinder ディスカバリー Discovery ディスカバー Discover ディスカヴァー Discover エンデバー Endeavor エンデヴァー Endeavor
ミーティア Meteor コンステレーション Constellation ギャラクティック Galactic ポーラー Polar アークティック Arctic ゼウス Zeus ポセイドン Poseidon ヘスティア Hestia
プロメテウス Prometheus ミネルヴァ Minerva ミネルバ Minerva ジュノー Juno ヴァルキリー Valkyrie オーディン Odin ユグドラシル Yggdrasil ヴァルハラ Valhalla
ハイドラ Hydra キメラ Chimera クロノス Chronos カイロス Kairos アルテミス Artemis アポロン Apollo アトランティス Atlantis アルカディア Arcadia アヴァロン Avalon
アバロン Avalon エデン Eden エルドラド Eldorado ユートピア Utopia グリフィン Griffin ヘラクレス Hercules オデッセイ Odyssey ネメシス Nemesis テミス Themis
ハイペリオン Hyperion プロテウス Proteus パンドラ Pandora マーリン Merlin セレーネ Selene エオス Eos コーラル Coral ジェード Jade オニキス Onyx
アメジスト Amethyst アメシスト Amethyst トパーズ Topaz ガーネット Garnet アクアマリン Aquamarine ターコイズ Turquoise ラピス Lapis オブシディアン Obsidian
クォーツ Quartz クオーツ Quartz トルマリン Tourmaline マーブル Marble グラナイト Granite ジェム Gem ジェムズ Gems ジュエリー Jewelry チタン Titanium
チタニウム Titanium リチウム Lithium グラフェン Graphene ミネラル Mineral ルーン Rune ヴィータ Vita ヴィタ Vita ルクス Lux テラ Terra ヴェリタス Veritas
ベリタス Veritas エーテル Aether エテルナ Eterna ヴィア Via アニマ Anima アクシオム Axiom フィデリティ Fidelity パクス Pax オーラ Aura マグナ Magna
マキシマム Maximum マックス Max オプティマ Optima オプティマル Optimal ウルティマ Ultima アルティメット Ultimate コンコード Concord ソフィア Sophia ロゴス Logos
エトス Ethos フォルトゥナ Fortuna フォーチュン Fortune ヴォックス Vox インテグラル Integral ヴィヴァ Viva アルテ Arte ゼータ Zeta サピエンス Sapiens フローラ Flora
エッセンス Essence エッセンシャル Essential クオリア Qualia エレメント Element エレメンツ Elements カオス Chaos エトワール Etoile ソレイユ Soleil
リュミエール Lumiere ルミエール Lumiere ボヌール Bonheur メゾン Maison エスプリ Esprit ノワール Noir アヴニール Avenir ルーチェ Luce クロマ Chroma
クロノ Chrono ヨーク York グレン Glen リッジ Ridge ケープ Cape ブルック Brook ムーア Moore ヒース Heath ウッズ Woods メドウ Meadow
メドー Meadow フィールズ Fields ファーム Farm クリーク Creek ホロウ Hollow キャッスル Castle ゲイト Gate クロス Cross クロッシング Crossing
エステート Estate エステーツ Estates プロパティ Property プロパティー Property プロパティーズ Properties プロパティズ Properties カウンティ County ウォール Wall
マリーナ Marina マリン Marine マリーン Marine サイド Side コーブ Cove クレスト Crest ロッジ Lodge ヴィラ Villa シャトー Chateau パレス Palace
タワーズ Towers プレイス Place プレース Place ウォーク Walk オーチャード Orchard ヴィンヤード Vineyard ビンヤード Vineyard ホームズ Homes シティ City
シティー City ボストン Boston シドニー Sydney ルソン Luzon ロンドン London ブルックリン Brooklyn マンハッタン Manhattan ハドソン Hudson
カリフォルニア California シアトル Seattle オースティン Austin ワシントン Washington バークレー Berkeley スタンフォード Stanford ケンブリッジ Cambridge
オックスフォード Oxford プリンストン Princeton エジンバラ Edinburgh エディンバラ Edinburgh ウィンザー Windsor ケンジントン Kensington チェルシー Chelsea
メイフェア Mayfair ソーホー Soho ハンプトン Hampton ブリタニア Britannia ブリティッシュ British アルビオン Albion アメリカ America アメリカン American
アトランティック Atlantic カナダ Canada メルボルン Melbourne シンガポール Singapore マニラ Manila ヒマラヤ Himalaya ヴェニス Venice ベニス Venice
ミラノ Milano アルプス Alps ジュネーブ Geneva ジュネーヴ Geneva モナコ Monaco リヴィエラ Riviera リビエラ Riviera プロヴァンス Provence プロバンス Provence
ベルリン Berlin ハワイ Hawaii ヴァージニア Virginia バージニア Virginia ジャージー Jersey イングランド England ユーラシア Eurasia ユーロ Euro ヨーロッパ Europe
オリエント Orient オリエンタル Oriental ノルディック Nordic トロピカル Tropical オネスト Honest カインド Kind ジェントル Gentle ノーブル Noble クレバー Clever
オーセンティック Authentic ジェニュイン Genuine ハンブル Humble ウィズダム Wisdom ジャスティス Justice リスペクト Respect パッション Passion
パッショネイト Passionate パッショネート Passionate エンパシー Empathy マーベラス Marvelous ワンダー Wonder ワンダフル Wonderful エクセレント Excellent
エクセレンス Excellence エクセル Excel ブリス Bliss セレニティ Serenity セレニティー Serenity ステディ Steady ステイブル Stable ステーブル Stable セーフ Safe
ストロング Strong グリット Grit レジリエンス Resilience レジリエント Resilient ヴァリアント Valiant ヒーロー Hero チャンピオン Champion チャンピオンズ Champions
ヴィクトリー Victory ビクトリー Victory ヴィクトリア Victoria ビクトリア Victoria グローリー Glory ハピネス Happiness ジョイフル Joyful ユナイト Unite
ボンド Bond フェア Fair ナイス Nice グッド Good ベター Better ファイン Fine エレガント Elegant エレガンス Elegance ビューティフル Beautiful ラブリー Lovely
ラブ Love ラヴ Love ワイルド Wild インディペンデント Independent インデペンデント Independent ソブリン Sovereign エンパワー Empower ポジティブ Positive
ポジティヴ Positive クリーン Clean インテグリティ Integrity クラリティ Clarity チャリティ Charity アフィニティ Affinity プロスペリティ Prosperity
プロスパー Prosper エンバー Ember ミスト Mist フォグ Fog サイクロン Cyclone タイフーン Typhoon トルネード Tornado ハリケーン Hurricane
テンペスト Tempest ブリザード Blizzard ゼファー Zephyr ミラージュ Mirage ドロップ Drop デュー Dew クレイ Clay クリフ Cliff ウォーターフォール Waterfall
カスケード Cascade マグマ Magma アッシュ Ash キャンドル Candle トーチ Torch ランタン Lantern ライトハウス Lighthouse サーモ Thermo リネン Linen
コットン Cotton シルク Silk ベルベット Velvet ヴェルヴェット Velvet キャンバス Canvas カンバス Canvas ペーパー Paper ファブリック Fabric テキスタイル Textile
スレッド Thread ソイル Soil スプラウト Sprout スプラウツ Sprouts シーズ Seeds デイジー Daisy チューリップ Tulip ジャスミン Jasmine
ラベンダー Lavender ラヴェンダー Lavender マグノリア Magnolia カメリア Camellia アカシア Acacia ミモザ Mimosa サンフラワー Sunflower オーキッド Orchid
セージ Sage ローズマリー Rosemary ペッパー Pepper シナモン Cinnamon ジンジャー Ginger バニラ Vanilla コーヒー Coffee アーモンド Almond
ヘーゼル Hazel ヘイゼル Hazel バーチ Birch アスペン Aspen サイプレス Cypress セコイア Sequoia ローレル Laurel ベアー Bear ラビット Rabbit ホース Horse
スタリオン Stallion マスタング Mustang ムスタング Mustang バッファロー Buffalo ビーバー Beaver ジャガー Jaguar レオパード Leopard チーター Cheetah
モンキー Monkey エレファント Elephant ゼブラ Zebra アルパカ Alpaca カンガルー Kangaroo カメレオン Chameleon コブラ Cobra ヴァイパー Viper バイパー Viper
オルカ Orca スパロー Sparrow フィンチ Finch スワン Swan フラミンゴ Flamingo アルバトロス Albatross カイト Kite オスプレイ Osprey ハミングバード Hummingbird
ピーコック Peacock ドラゴンフライ Dragonfly ファイアフライ Firefly ドッグ Dog キャット Cat ジャズ Jazz ポップ Pop オペラ Opera コーラス Chorus アンセム Anthem
バラード Ballad ソナタ Sonata ラプソディ Rhapsody ラプソディー Rhapsody プレリュード Prelude テンポ Tempo アレグロ Allegro ドルチェ Dolce ピアノ Piano
ヴァイオリン Violin バイオリン Violin ハープ Harp ドラム Drum ギター Guitar オーケストラ Orchestra アンサンブル Ensemble バンド Band カルテット Quartet
トリオ Trio デュオ Duo ソロ Solo ノート Note スコア Score チューン Tune リリック Lyric ボーカル Vocal ヴォーカル Vocal アコースティック Acoustic オーディオ Audio
ラジオ Radio パレット Palette スケッチ Sketch モザイク Mosaic ルネサンス Renaissance ルネッサンス Renaissance バロック Baroque モチーフ Motif
パターン Pattern テクスチャー Texture シェード Shade シェイド Shade ハイライト Highlight アルチザン Artisan アーティザン Artisan
マイスター Meister デザイナー Designer デザインズ Designs ドラマ Drama ポエム Poem サーガ Saga エピック Epic フェアリー Fairy ファンタジー Fantasy
ファンタジア Fantasia ノベル Novel ブック Book ブックス Books ライブラリー Library ライブラリ Library ペン Pen レター Letter レターズ Letters ページ Page
スポーツ Sports アスリート Athlete アスレチック Athletic アスレティック Athletic ゴール Goal ピッチ Pitch トロフィー Trophy メダル Medal カップ Cup
リーグ League アリーナ Arena スタジアム Stadium ランナー Runner マラソン Marathon ファイター Fighter ウォリアー Warrior ウォリアーズ Warriors
スパルタン Spartan バイキング Viking ヴァイキング Viking パイレーツ Pirates レンジャーズ Rangers セーラー Sailor ヨット Yacht ボート Boat エース Ace ヨガ Yoga
クライミング Climbing トレイル Trail トレック Trek キャンプ Camp アウトドア Outdoor ダイブ Dive ライド Ride ライダー Rider サイクル Cycle バイク Bike
プレイヤー Player プレーヤー Player コーチ Coach キャプテン Captain ヘルム Helm ギア Gear ピボット Pivot コンパス Compass レンズ Lens 
スコープ Scope キー Key キーストーン Keystone コーナーストーン Cornerstone マイルストーン Milestone パネル Panel ボード Board ボックス Box ケース Case
パック Pack ポケット Pocket ウォレット Wallet モジュール Module ユニット Unit ツールズ Tools スイッチ Switch プラグ Plug バッテリー Battery ウィンドウ Window
ウインドウ Window アーチ Arch ドーム Dome コラム Column マップ Map チャート Chart パスポート Passport チケット Ticket カーゴ Cargo シップ Ship
シッピング Shipping ボヤージュ Voyage ヴォヤージュ Voyage トランスポート Transport トランジット Transit マグネット Magnet ジャイロ Gyro ダイナモ Dynamo 
マゼンタ Magenta テラコッタ Terracotta クリムゾン Crimson バーガンディ Burgundy ライラック Lilac ティール Teal アズール Azure アジュール Azure
セルリアン Cerulean ウルトラマリン Ultramarine ヴァーミリオン Vermilion バーミリオン Vermilion クリーム Cream ミルク Milk アプリコット Apricot
タンジェリン Tangerine マンダリン Mandarin スムース Smooth スムーズ Smooth メタリック Metallic パステル Pastel モノクローム Monochrome
セブン Seven ミリオン Million ビリオン Billion ダブル Double トリプル Triple クアッド Quad クワッド Quad デュアル Dual ツイン Twin トリニティ Trinity
トリニティー Trinity クォーター Quarter ノーザン Northern サザン Southern イースタン Eastern ウエスタン Western ウェスタン Western
ヴァンガード Vanguard バンガード Vanguard アドバンテージ Advantage ヴァンテージ Vantage バンテージ Vantage アクロス Across ビッグ Big スモール Small 
ミニマム Minimum ミニマル Minimal リトル Little ジャイアント Giant メガ Mega ギガ Giga マクロ Macro メタ Meta ナウ Now トゥデイ Today デイ Day デイズ Days
デイリー Daily センチュリー Century ミレニアム Millennium エポック Epoch エイジ Age エバー Ever エヴァー Ever レガシー Legacy ヘリテージ Heritage サマー Summer
ウィンター Winter オータム Autumn スカウト Scout ステップ Step リープ Leap トラッキング Tracking ナビ Navi ナビゲーション Navigation ナビゲータ Navigator
ソサエティ Society ソサエティー Society コネクション Connection コネクティビティ Connectivity アイデア Idea アイディア Idea
インスピレーション Inspiration イマジン Imagine イマジネーション Imagination ビジョナリー Visionary ヴィジョナリー Visionary イグニッション Ignition
ブレイクスルー Breakthrough エンジニア Engineer エンジニアズ Engineers ハッカー Hacker ハック Hack ギーク Geek ウィザード Wizard ジーニアス Genius
マスターズ Masters エキスパート Expert エキスパーツ Experts ガイド Guide メンター Mentor ハイブリッド Hybrid ミックス Mix ブレンド Blend フォーミュラ Formula
アルケミー Alchemy アルケミスト Alchemist インキュベーター Incubator インキュベータ Incubator インキュベーション Incubation アクセラレータ Accelerator ロボ Robo
エア Air エアー Air クラウドファンディング Crowdfunding ファンディング Funding コグニティブ Cognitive コグニション Cognition ランゲージ Language
ワード Word ワーズ Words チャット Chat トーク Talk ガード Guard センチネル Sentinel アイデンティティ Identity リーガル Legal アシュアランス Assurance
セーフティ Safety サポート Support アセント Ascent クルーズ Cruise ドライバー Driver ファインダー Finder フォーカス Focus ショー Show シェア Share
レバレッジ Leverage フラクタル Fractal ヴォルテックス Vortex ボルテックス Vortex エレクトロ Electro ソーシャル Social パブリック Public プライベート Private
ガバナンス Governance エンゲージメント Engagement エクスペリエンス Experience ナラティブ Narrative ナラティヴ Narrative エボリューション Evolution
エヴォルブ Evolve イノベーティブ Innovative イノベーティヴ Innovative イノベーター Innovator シンギュラリティ Singularity シンギュラリティー Singularity
ポテンシャル Potential ダイバーシティ Diversity ダイバーシティー Diversity オポチュニティ Opportunity オポチュニティー Opportunity サステナビリティ Sustainability
モビリティー Mobility メモリー Memory メモリ Memory レイヤー Layer プロバイダー Provider プロバイダ Provider ヴェクター Vector レベル Level エコ Eco
セルフ Self インパクト Impact シナプス Synapse フォース Force キャタリスト Catalyst カタリスト Catalyst トリガー Trigger セオリー Theory ロジカル Logical
ダイレクト Direct クライメート Climate サーキュラー Circular リサイクル Recycle リテール Retail リテイル Retail ホールディング Holding ホールディングズ Holdings
マネージメント Management コーポレイション Corporation ヴェンチャー Venture ヴェンチャーズ Ventures アドバイザー Advisor アドバイザリー Advisory
エンタープライゼズ Enterprises ストラテジー Strategy ストラテジーズ Strategies ストラテジック Strategic オペレーションズ Operations リソーシズ Resources
セキュリティーズ Securities セキュリティズ Securities インシュアランス Insurance リース Lease リーシング Leasing バンキング Banking ファンズ Funds
インベスト Invest エンジェル Angel エンジェルズ Angels マーチャント Merchant マーチャンツ Merchants コマーシャル Commercial インダストリアル Industrial
インダストリー Industry マニュファクチャリング Manufacturing プロダクション Production プロダクションズ Productions プロダクト Product プロジェクト Project
プロフェッショナル Professional サプライ Supply ビジネス Business オフィス Office ワークスペース Workspace タレント Talent アカウンティング Accounting
レンディング Lending キャッシュ Cash リーダー Leader リーダーズ Leaders コーポレート Corporate リミテッド Limited ブランディング Branding パブリッシング Publishing
プレス Press コンテンツ Contents クリエイターズ Creators プロデュース Produce ホテル Hotel リゾート Resort ホスピタリティ Hospitality ダイニング Dining
ベーカリー Bakery ブルワリー Brewery ブリュワリー Brewery ワイナリー Winery アグリ Agri アグリカルチャー Agriculture フィンテック Fintech エドテック Edtech
メドテック Medtech バイオテック Biotech ヘルスケア Healthcare エデュケーション Education スクール School アカデミア Academia カレッジ College
ユニバーシティ University インスティテュート Institute コーチング Coaching ハウジング Housing リビング Living デベロッパー Developer ディベロッパー Developer
デベロップメント Development ディベロップメント Development コンストラクション Construction アーキテクト Architect アーキテクツ Architects
アーキテクチャ Architecture アーキテクチャー Architecture ビルディング Building ファシリティーズ Facilities オートモーティブ Automotive エアライン Airline
エアラインズ Airlines エアウェイズ Airways マリタイム Maritime ターミナル Terminal ユーティリティーズ Utilities マイニング Mining オイル Oil ペトロ Petro
ケミカルズ Chemicals ファーマシューティカル Pharmaceutical ファーマシューティカルズ Pharmaceuticals ダイアグノスティクス Diagnostics ドクター Doctor
コンサルタント Consultant コンサルタンツ Consultants アソシエイツ Associates アソシエーツ Associates シナジー Synergy シチズン Citizen シティズン Citizen
セールス Sales レジデンス Residence レジデンシャル Residential ヘッジ Hedge インカム Income イールド Yield ファクター Factor ストラクチャー Structure
バイオロジクス Biologics オンコロジー Oncology
`;

/** English for each katakana word of the lists. */
export const LOANWORDS = pairMap(PAIRS, PAIRS_2, PAIRS_3);

/** What a company is, not what it is called: these stand apart in the English form ("Hibari Partners", not "HibariPartners"). */
export const BUSINESS = new Set([
  'Partners', 'Capital', 'Ventures', 'Fund', 'Lab', 'Labs', 'Holdings', 'Group', 'Technologies', 'Technology', 'Investment', 'Investments',
  'Corporation', 'Industries', 'Advisors', 'Management', 'Solutions', 'Systems', 'Education', 'Services', 'Healthcare',
]);

/** The list as a splitter reads it: pieces of two kana or more. */
const KATAKANA_WORDS: WordList = { get: (piece) => LOANWORDS.get(piece), longest: Math.max(...[...LOANWORDS.keys()].map((k) => k.length)), shortest: 2 };

/**
 * A katakana word as words of the list, whole ("ノースグリッド": North,
 * Grid); undefined when no split covers it (word-split.ts).
 */
export const loanSplit = (word: string, from = 0, failed = new Set<number>()): string[] | undefined => splitWords(KATAKANA_WORDS, word, from, failed);
