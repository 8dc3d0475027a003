/**
 * A third list of English words as Japanese writes them in katakana, of the forty-first session (katakana-words.ts has
 * the first and says why): business and tech words (アナリシス, ミドルウェア), places and nature, abstract words
 * (パーパス, Purpose), the Latin and Greek roots brands take (エートス, Ethos), with their ヴ and long-vowel spellings.
 * Drafted by a helper and checked against the other lists; katakana with two English readings (ナイト, ピース) or of
 * two units are left out, and ウェア alone, which would cut ミドルウェア into Middle Wear.
 */
export const PAIRS_3 = `
アナリシス Analysis アナリスト Analyst アナリティック Analytic エコシステム Ecosystem エコノミー Economy エコノミクス Economics オペレーション Operation
オペレーター Operator オペレーターズ Operators ソーシング Sourcing アウトソーシング Outsourcing リクルート Recruit リクルーティング Recruiting スタッフ Staff
スタッフィング Staffing ワーカー Worker ワーカーズ Workers ジョブ Job プランニング Planning プラン Plan プランナー Planner アドバタイジング Advertising
プロモーション Promotion コミュニケーション Communication リンケージ Linkage リレーション Relation リレーションズ Relations インテグレーション Integration
インテグレーター Integrator ネットワーキング Networking サイバネティクス Cybernetics アンドロイド Android メカトロニクス Mechatronics マシーン Machine
マシーンズ Machines エンベデッド Embedded プロセス Process テクニカ Technica テクニカル Technical テクニクス Technics テクノス Technos オプティマイズ Optimize
オプティマス Optimus オプティム Optim ブロードバンド Broadband ワイヤード Wired コネクテッド Connected アーカイブス Archives アーカイヴ Archive フォーラム Forum
サロン Salon ラウンジ Lounge ローンチパッド Launchpad スプリングボード Springboard ステップス Steps スタートアップ Startup アクセル Accel アクセス Access
エクイティーズ Equities ファイナンシング Financing ローン Loan ペイロール Payroll インボイス Invoice タックス Tax アカウント Account リスク Risk バリューズ Values
ヴァリューズ Values リターン Return ゲイン Gain プロフィット Profit ベネフィット Benefit シェアーズ Shares コンプライアンス Compliance インシュアテック Insurtech
プロップテック Proptech リーガルテック Legaltech ヘルステック Healthtech アグリテック Agritech フードテック Foodtech クリーンテック Cleantech
ディープテック Deeptech レグテック Regtech ニューロテック Neurotech ナノテック Nanotech フィジカル Physical ケイブ Cave ケーブ Cave メドウズ Meadows
ボルケーノ Volcano キャビン Cabin コテージ Cottage フォード Ford ブリッジズ Bridges ワイルドライフ Wildlife ワイルダネス Wilderness サンクチュアリ Sanctuary
サンクチュアリー Sanctuary パラダイス Paradise エリジウム Elysium オリンパス Olympus オリンピア Olympia メトロポリス Metropolis メトロポリタン Metropolitan
コスモポリタン Cosmopolitan シティズ Cities ユニオン Union コモンウェルス Commonwealth コロニー Colony フロンティアズ Frontiers トーキョー Tokyo
ハリウッド Hollywood ブロードウェイ Broadway アマゾン Amazon アフリカ Africa チャイナ China コリア Korea ユニゾン Unison アコード Accord
コンパッション Compassion ケアリング Caring グラティチュード Gratitude サンクス Thanks カリスマ Charisma オナー Honor オーナー Owner オーナーズ Owners
ビリーフ Belief ビリーブ Believe コミット Commit コミットメント Commitment プロミス Promise パーパス Purpose デスティニー Destiny フェイト Fate
アンビシャス Ambitious ヒーローズ Heroes オリジナル Original オリジンズ Origins ハーツ Hearts ハートフル Heartful スマイルズ Smiles フェスティバル Festival
フェスタ Festa カーニバル Carnival グランデ Grande イデア Idea フィロソフィー Philosophy エウレカ Eureka ユーレカ Eureka ユリイカ Eureka エートス Ethos
ノーヴァ Nova ルミナリー Luminary オルビス Orbis フェリックス Felix フェリシティ Felicity マキシマ Maxima イカロス Icarus ハルモニア Harmonia ネクター Nectar
エリクサー Elixir エリクシール Elixir オーブ Orb フレイヤ Freya ケルティック Celtic キャメロット Camelot エクスカリバー Excalibur イノベート Innovate
エクスプロア Explore エクスプローラ Explorer エクスプローラーズ Explorers ナビゲート Navigate リード Lead リーディング Leading シェイプ Shape シェープ Shape
グロウ Grow ライジング Rising アセンド Ascend エレベート Elevate リフト Lift アップリフト Uplift ブースター Booster チャージ Charge リブート Reboot
リボーン Reborn リバイブ Revive リヴァイヴ Revive リニュー Renew リノベーション Renovation リデザイン Redesign リジェネレーション Regeneration
トランスフォーメーション Transformation チェンジ Change エクスパンション Expansion フレックス Flex アダプティブ Adaptive アダプティヴ Adaptive エンゲージ Engage
スパークル Sparkle トゥインクル Twinkle ツインクル Twinkle ラディアンス Radiance イルミナ Illumina イルミネーション Illumination トップ Top
プロフェッショナルズ Professionals ヘヴィ Heavy ウォーム Warm ハード Hard チアーズ Cheers プレシャス Precious ゴージャス Gorgeous スーパーブ Superb
グロリアス Glorious ヴィクトリアス Victorious ビクトリアス Victorious トライアンフ Triumph ウィニング Winning ウイニング Winning チャレンジ Challenge
チャレンジャー Challenger チャレンジャーズ Challengers テンソル Tensor ランダム Random トランスフォーマー Transformer アテンション Attention
エンベディング Embedding ジェネレーター Generator ジェネレータ Generator ディフュージョン Diffusion ロボティック Robotic アバター Avatar エモーション Emotion
エモーショナル Emotional エアロスペース Aerospace ランチャー Launcher スーパーノヴァ Supernova スーパーノバ Supernova プログラミング Programming
コーディング Coding スクラム Scrum プラットフォームズ Platforms ツールキット Toolkit ツールボックス Toolbox ワークフロー Workflow ワークプレイス Workplace
ワークプレース Workplace ダッシュボード Dashboard モニター Monitor モニタ Monitor モニタリング Monitoring フルフィルメント Fulfillment ウェアハウス Warehouse
フィルムズ Films アニメーション Animation ゲーミング Gaming ゲーマー Gamer ゲーマーズ Gamers イースポーツ Esports プレイグラウンド Playground プレイフル Playful
トイズ Toys ファンタスティック Fantastic ワンダーランド Wonderland ドリーマー Dreamer ドリーマーズ Dreamers シンフォニア Sinfonia ハーモニクス Harmonics
マエストロ Maestro ディーヴァ Diva ディーバ Diva エコーズ Echoes サウンズ Sounds ビーツ Beats グルーヴ Groove グルーブ Groove チャンプ Champ ビクター Victor
ヴィクター Victor オリンピック Olympic ワイン Wine ライオンズ Lions タイガース Tigers イーグルス Eagles ホークス Hawks ドラゴンズ Dragons ゴリラ Gorilla
コアラ Koala ピジョン Pigeon マーメイド Mermaid ジャイアンツ Giants サウザンド Thousand ハンドレッド Hundred カンパニーズ Companies ブラザーズ Brothers
シスターズ Sisters フレンド Friend フレンドリー Friendly フレンドシップ Friendship バディ Buddy コンパニオン Companion メイト Mate メイツ Mates
ネイバーズ Neighbors ネイバーフッド Neighborhood ホームタウン Hometown ローカルズ Locals ライフスタイル Lifestyle ナース Nurse
ナーシング Nursing メディケア Medicare サイエンティスト Scientist サイエンティフィック Scientific サイエンティア Scientia アカデミック Academic ラーナー Learner
スタディ Study スタディー Study スタディーズ Studies スタディズ Studies ティーチ Teach メンターズ Mentors トレーニング Training スキル Skill スキルズ Skills
キャンパス Campus クラス Class マルシェ Marche キュイジーヌ Cuisine グルメ Gourmet テーブル Table スパイス Spice ソルト Salt オーガニクス Organics ミール Meal
ミールズ Meals レシピ Recipe テイスト Taste フレーバー Flavor フレイバー Flavor デリシャス Delicious ブルーイング Brewing ショコラ Chocolat
スイーツ Sweets スウィート Sweet コスメティック Cosmetic スキン Skin スキンケア Skincare テーラー Tailor ブティック Boutique ラグジュアリー Luxury
プレステージ Prestige モード Mode ヴォーグ Vogue トレンド Trend スタイリッシュ Stylish ツーリズム Tourism ツアー Tour ツアーズ Tours トリップ Trip
トラベラー Traveler トラベラーズ Travelers ステイ Stay リゾーツ Resorts ホテルズ Hotels ホスピタリティー Hospitality ゲストハウス Guesthouse ゲスト Guest
ウェルカム Welcome ウエルカム Welcome リアルティー Realty レジデンシズ Residences アパートメント Apartment アパートメンツ Apartments コンドミニアム Condominium
パークス Parks アーケード Arcade モール Mall ギャラリア Galleria アトリウム Atrium ウィンドウズ Windows ウインドウズ Windows パワーズ Powers
エコロジカル Ecological リジェネラティブ Regenerative リサイクリング Recycling アップサイクル Upcycle バイオマス Biomass オフショア Offshore パワード Powered
オートモービル Automobile モータース Motors カーズ Cars ドライバーズ Drivers ドライバ Driver ライダーズ Riders シェアリング Sharing
トランスポーテーション Transportation フレイト Freight フレート Freight レール Rail レールウェイ Railway レイルウェイ Railway エアポート Airport
アビエーション Aviation アヴィエーション Aviation エアクラフト Aircraft ジェッツ Jets バルーン Balloon マリナーズ Mariners ペルソナ Persona キャラクター Character
キャラクターズ Characters シンボル Symbol エンブレム Emblem バナー Banner フラッグ Flag フラッグシップ Flagship スタンダード Standard ターゲット Target
マター Matter ファクト Fact トゥルース Truth プリンシプル Principle ルール Rule オーダー Order キュリオシティ Curiosity ミステリー Mystery シークレット Secret
エニグマ Enigma パズル Puzzle マルチバース Multiverse パラダイム Paradigm コンセプト Concept コンセプツ Concepts アイデアズ Ideas アイディアズ Ideas
フィロソフィ Philosophy トゥギャザー Together ハンズ Hands ワールドワイド Worldwide ワールズ Worlds ウェーヴ Wave ムーヴ Move エヴォルヴ Evolve
レヴォリューション Revolution フォーエヴァー Forever ラヴリー Lovely ソヴリン Sovereign トラヴェル Travel クローヴァー Clover アイヴィー Ivy ナヴィゲーター Navigator
ナヴィゲーション Navigation ヴェロシティー Velocity グラヴィティー Gravity バルキリー Valkyrie バルハラ Valhalla サヴァンナ Savanna ダイヴ Dive ベルデ Verde
キャンヴァス Canvas ユニヴァーシティ University ユニバーシティー University リヴィング Living オートモーティヴ Automotive ダイヴァーシティ Diversity
イノヴェーション Innovation イノヴェーティヴ Innovative マーヴェル Marvel マーヴェラス Marvelous セーフティー Safety マイティー Mighty カウンティー County
コネクティビティー Connectivity フィデリティー Fidelity サステナビリティー Sustainability ヴァイタリティー Vitality ルータ Router コントローラ Controller
コントローラー Controller マネージャー Manager マネジャー Manager ミドルウェア Middleware ファームウェア Firmware グループウェア Groupware ウェアラブル Wearable
ウエアラブル Wearable イノベーターズ Innovators パイオニアズ Pioneers ストラテジスト Strategist リーダーシップ Leadership オーナーシップ Ownership メンバー Member
メンバーズ Members ユーザー User ユーザーズ Users カスタマー Customer クライアント Client
`;
