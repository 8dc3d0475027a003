import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Every company name here is invented, so what is found comes from the cue readers.
const cue = (text: string) => findCompanies(text, normalize(text), []).filter((c) => c.source === 'cue').map((c) => `${c.text}=${c.canonical}`);

describe('Japanese names marked by their seat, their ending or their headline', () => {
  it('reads katakana names before the loanwords of finance, games, travel and drugs, not those words alone', () => {
    // Written for this test.
    expect(cue('主幹事はカレスト・セキュリティーズとオルム・キャピタル・マーケッツ、創薬のノヴァリス・セラピューティクスも出資した。')).toEqual([
      'カレスト・セキュリティーズ=Karesuto Securities', 'オルム・キャピタル・マーケッツ=Orumu Capital Markets',
      'ノヴァリス・セラピューティクス=Novarisu Therapeutics',
    ]);
    expect(cue('リスクマネジメントの強化に向け、ヘルスケア事業を見直す。')).toEqual([]);
    // Nor are plain loanwords dotted before one (エネルギー・インフラ, energy infrastructure); a name's own word is.
    expect(cue('米国のエネルギー・インフラに投資する。アオバ・インフラも出資した。')).toEqual(['アオバ・インフラ=Aoba Infra']);
    // A long loanword glossed by its acronym is a term; a firm's dotted name so glossed is a name.
    expect(cue('同社はポリマーナノコンポジット（PNX）を開発する。PNXの需要は大きい。')).toEqual([]);
    // An angels' network is named for its members (ナナホシ・エンジェルズ); business angels alone are no network's name.
    expect(cue('北陸エンジェルズとナナホシ・エンジェルズが出資した。ビジネスエンジェルズの会合で。')).toEqual([
      '北陸エンジェルズ=Hokuriku Angels', 'ナナホシ・エンジェルズ=Nanahoshi Angels',
    ]);
    // "Former" before a name is not the name's (旧ミズナラ・システムズ).
    expect(cue('同社は旧ミズナラ・システムズを買収した。')).toEqual(['ミズナラ・システムズ=Mizunara Systems']);
    // Trimmed only, never a cue of its own: 現レート is the current rate.
    expect(cue('現レートで換算すると10億円。旧ユーゴスラビア諸国に投資する。')).toEqual([]);
    // A known name's glued tail drops in a later mention: ノゾミネットワークス is later ノゾミ.
    const known = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);
    expect(known('米ノゾミネットワークスを買収する。ノゾミの企業価値は約10億ドル。')).toEqual([
      'ノゾミネットワークス=Nozomi Networks', 'ノゾミ=Nozomi Networks',
    ]);
    // The firm just named (同社グループ) and an industry's makers (大手電機メーカー) are no names either.
    expect(cue('同社グループでは社内規程を翻訳している。国内の大手電機メーカーで開発を手がけた。')).toEqual([]);
    // 社 after a name in Latin letters before its seat is not the name's; after a katakana one it stays.
    expect(cue('需要予測AIを手がけるツクシAI社（京都市）に出資する。')).toEqual(['ツクシAI=Tsukushi AI']);
    expect(cue('カササギ社（東京・渋谷）が出版した。').map((n) => n.split('=')[0])).toEqual(['カササギ社']);
    // The form's short word in brackets names no group: みずほフィナンシャルグループ（FG）.
    expect(cue('ハマナス・フィナンシャルグループ（FG）は出資した。').map((n) => n.split('=')[0])).toEqual(['ハマナス・フィナンシャルグループ']);
    // A corporate venture capital arm is what a group has, not a name.
    expect(cue('損保グループのコーポレートベンチャーキャピタルで、出資は二度目。')).toEqual([]);
  });

  it('reads a name after a trading house, without the words that say what it trades', () => {
    expect(cue('同社はシンガポールの農業商社ハルミラ・グループへの出資を決めた。')).toEqual(['ハルミラ・グループ=Harumira Group']);
  });

  it('reads a paper by 新聞, and no firm in the power a thing uses or consumes', () => {
    expect(cue('計画は2兆円規模で、十勝新聞によれば協議中だ。')).toEqual(['十勝新聞=Tokachi Shimbun']);
    expect(cue('使用電力の約70%を調達し、データセンターの消費電力を抑える。')).toEqual([]);
    // A name the text says a company is called; and an index named after a paper is no paper.
    expect(cue('仙台のアオバ・ネットというデータセンター運営会社と、ハヤセ半導体という未上場のスタートアップ。')).toEqual([
      'アオバ・ネット=Aoba Net', 'ハヤセ半導体=Hayase Semiconductor',
    ]);
    expect(cue('ミナトAIは2022年に大学の研究室から生まれた会社です。')).toEqual(['ミナトAI=Minato AI']);
    // A Latin name founded in a year is a firm too; not an initialism or a school founded so.
    expect(cue('衛星の需要は伸びた。Orvane Spaceは2020年設立。')).toEqual(['Orvane Space=Orvane Space']);
    expect(cue('軍事同盟の中で、NATOは1949年に設立された。大学のうち、Stanford Universityは1885年に設立された。')).toEqual([]);
    // The short form with a number after it names a model.
    expect(cue('ツムギ・ラボは資金調達を発表した。新モデル「ツムギ2」は好評で、ツムギは東京の会社だ。')).toEqual([
      'ツムギ・ラボ=Tsumugi Labs', 'ツムギ=Tsumugi Labs',
    ]);
  });

  it('reads a name before its seat in brackets, a city or a ward', () => {
    expect(cue('倉庫ロボットを開発するモモヒキAI（東京・品川）は、30億円を調達した。')).toEqual(['モモヒキAI=Momohiki AI']);
    // A name's first dotted words later are that firm, glossed once in full.
    expect(cue('米ナバホ・メサ・パワー（Navajo Mesa Power）の株式を取得した。ナバホ・メサは2019年の設立だ。')).toEqual([
      'ナバホ・メサ・パワー=Navajo Mesa Power', 'Navajo Mesa Power=Navajo Mesa Power', 'ナバホ・メサ=Navajo Mesa Power',
    ]);
    // Its Latin spelling may come first in the same brackets, before the seat.
    expect(cue('株式会社ツバクロ（Tsubaqro、福岡市中央区）は8億円を調達した。')).toEqual(['ツバクロ=Tsubaqro', 'Tsubaqro=Tsubaqro']);
    expect(cue('半導体検査のアカツキ・テクノ（横浜市）は上場を目指す。')).toEqual(['アカツキ・テクノ=Akatsuki Techno']);
    // A person's seat is not written so, and a product in brackets is not a seat.
    expect(cue('ロボット「ツカム」（試作機）を公開した。')).toEqual([]);
  });

  it('reads a name of kanji and katakana before its seat, after a company noun in its run, not a university', () => {
    expect(cue('GPUクラウドを手がける南星クラウド（仙台市）は発表した。国内の独立系ファンド青嵐パートナーズが出資する。')).toEqual([
      '南星クラウド=Nansei Cloud', '青嵐パートナーズ=Seiran Partners',
    ]);
    expect(cue('研究は東京大学（東京・文京）と進める。')).toEqual([]);
    // Not the katakana alone: the kanji are the name's head.
    expect(cue('新興企業の南星コンピュート（札幌市）は融資を受けた。')).toEqual(['南星コンピュート=Nansei Compute']);
  });

  it('reads a name in hiragana before its ending and seat, and a name after ベンチャーキャピタル', () => {
    expect(cue('開発するスタートアップ、はなみ研究所（東京・渋谷）は資金を調達した。')).toEqual(['はなみ研究所=Hanami Labs']);
    expect(cue('を開発する研究所（東京・渋谷）は発表した。')).toEqual([]);
    expect(cue('横浜のベンチャーキャピタルヨシキリ・キャピタルが引き受けた。')).toEqual(['ヨシキリ・キャピタル=Yoshikiri Capital']);
    // After the の of a word, unless the hiragana end as a verb or an adjective does.
    expect(cue('既存株主のみずかげキャピタルも出資した。当社のさらなるグループ展開を図る。')).toEqual(['みずかげキャピタル=Mizukage Capital']);
  });

  it('reads a kanji name after its legal form, bracketed or spelled out, and again without it', () => {
    // Written for this test.
    expect(cue('顧客は約120社に上り、（株）北灘水産や大手商社が導入している。北灘水産の担当者は話す。')).toEqual(['北灘水産=北灘水産', '北灘水産=北灘水産']);
    expect(cue('株式会社北灘水産は調達した。')).toEqual(['北灘水産=北灘水産']);
    // In katakana too; a kanji head before an advisory's loanword is a firm, and a financial adviser's initials are no name.
    expect(cue('同社は（株）ミチシルベを買収した。ファイナンシャル・アドバイザー（FA）は赤坂コーポレートアドバイザリーが務めた。')).toEqual([
      'ミチシルベ=Michishirube', '赤坂コーポレートアドバイザリー=Akasaka Corporate Advisory']);
  });

  it('reads a name after a company noun and の at the very start of a text', () => {
    // Written for this test: the words before the name are read back nine units, which the text's start cuts short.
    expect(cue('スタートアップのFjellwaveが参入した。')).toEqual(['Fjellwave=Fjellwave']);
  });

  it('reads a bank before 系, a hiragana name after a sentence\'s end or a の, with Hepburn\'s long vowels', () => {
    expect(cue('と発表した。ひばりキャピタルが主導し、十六銀行系の十六キャピタル、山陰銀行系のさんいんキャピタルパートナーズが出資した。')).toEqual([
      'ひばりキャピタル=Hibari Capital', '十六キャピタル=Juroku Capital', '山陰銀行=山陰銀行', 'さんいんキャピタルパートナーズ=Sanin Capital Partners',
    ]);
    expect(cue('と発表した。これはキャピタルの話だ。')).toEqual([]);
    expect(cue('独立系ベンチャーキャピタル（VC）のそよかぜキャピタルが引き受けた。')).toEqual(['そよかぜキャピタル=Soyokaze Capital']);
  });

  it('reads Latin letters and a loanword after them as the English name of an arm', () => {
    expect(cue('米テキサス州で傘下のQXエナジーが建設するデータセンター。')).toEqual(['QXエナジー=QX Energy']);
  });

  it('reads kanji before a common loanword as a name after a company noun, not a description', () => {
    expect(cue('システム開発大手の東湊システムは買収を発表した。銀行の基幹システムと大手スーパー。')).toEqual(['東湊システム=東湊システム']);
    // What clients save (コスト) is no company, kanji before it or not.
    expect(cue('約60社が導入し、顧客企業の事務処理コストを15パーセント削減した。')).toEqual([]);
    expect(cue('複数の金融系ベンチャーキャピタルも少額で参加した。')).toEqual([]);
    // What a company becomes is no company: 未上場企業「ユニコーン」.
    expect(cue('企業価値10億ドル以上の未上場企業「ユニコーン」の仲間入りを果たした。')).toEqual([]);
    expect(cue('国内スタートアップのシリーズBとしては過去最大級だ。')).toEqual([]);
    // One kanji before a katakana word of what the firm is; a country's kanji is no name.
    expect(cue('リード投資家は凪キャピタル。米キャピタルではない。')).toEqual(['凪キャピタル=Nagi Capital']);
    // A place in a seat's brackets or before の is no company; the name before the seat is.
    expect(cue('⑤ Quorvex AI（シンガポール）\n同社に、シンガポールの政府系ファンドが出資した。')).toEqual(['Quorvex AI=Quorvex AI']);
  });

  it('leaves a product quoted with its reading and a plain loanword glossed with an acronym', () => {
    expect(cue('クラウド「Azure（アジュール）」上で、大規模言語モデル（LLM）を提供する。')).toEqual([]);
  });

  it('leaves a loanword glued to kanji before its acronym, a plant before its seat, and whose group or customers', () => {
    // 広帯域メモリー（HBM）: one word, high-bandwidth memory; a country's kanji still marks a name (米コルベット（Corvette）).
    expect(cue('次世代DRAMや広帯域メモリー（HBM）の生産を後押しする。米コルベット（Corvette）が受注した。')).toEqual(['コルベット=Corvette', 'Corvette=Corvette']);
    expect(cue('同社が広島工場（広島県東広島市）で進める計画に対し、海外メディアによると補助する。')).toEqual([]);
    expect(cue('単一の顧客グループから支出を受ける。まず自社グループ内で需要をつくる。投資銀行と協議した。')).toEqual([]);
    // An acronym spelled out in brackets is a term; a name in hiragana opens a sentence before its katakana and ending.
    expect(cue('業界全体のDX（デジタルトランスフォーメーション）を支える。ファンドのパートナーが待った。')).toEqual([]);
    expect(cue('訴訟と提携を使い分ける大手スタジオの戦略。')).toEqual([]);
    expect(cue('動きも目立つ。さざなみフィナンシャルグループは出資した。').map((n) => n.split('=')[0])).toEqual(['さざなみフィナンシャルグループ']);
  });

  it('reads endings that are plain words alone only in a katakana name of several words', () => {
    expect(cue('再エネ投資のナギサ・グリーンファンドが拠出する。医療AIのカエデ・ラボは提携した。')).toEqual([
      'ナギサ・グリーンファンド=Nagisa Green Fund', 'カエデ・ラボ=Kaede Labs',
    ]);
    expect(cue('政府系ファンドとヘッジファンドが、AIインフラと研究ラボに投資する。')).toEqual([]);
    // A trade after a country's initial (英, British) is what the firm does, not its name.
    expect(cue('ZOZO、英ファッション検索「Quiltra」を買収　AIで海外展開の基盤に').some((c) => c.startsWith('ファッション'))).toBe(false);
    expect(cue('工作機械メーカーのオオバ精機が出資した。')).toEqual(['オオバ精機=Ooba Seiki']);
  });

  it('reads a headline\'s subject before the sum it raised, not what a company buys', () => {
    expect(cue('物流ロボットのモモヒキ、シリーズBで30億円を調達')).toEqual(['モモヒキ=Momohiki']);
    expect(cue('新工場のサーバー、ストレージを調達する。')).toEqual([]);
  });

  it('finds the short form again, named as the full name, the headline\'s included', () => {
    expect(cue('AI開発のルミナ・ロジック（東京・千代田）は発表した。ルミナのモデルを使う。')).toEqual([
      'ルミナ・ロジック=Lumina Logic', 'ルミナ=Lumina Logic',
    ]);
    const text = '物流ロボットのモモヒキ、30億円を調達\n\nモモヒキAI（東京・品川）は発表した。サザンカ・インフラ（福岡市）も出資した。モモヒキとサザンカは提携する。';
    expect(cue(text)).toEqual([
      'モモヒキ=Momohiki AI', 'モモヒキAI=Momohiki AI', 'サザンカ・インフラ=Sazanka Infra', 'モモヒキ=Momohiki AI', 'サザンカ=Sazanka Infra',
    ]);
  });

  it("reads a source by its desk or its count, and leaves the description before a company noun", () => {
    expect(cue('ミズナラ編集部の取材で明らかになった。')).toEqual(['ミズナラ=Mizunara']);
    expect(cue('カモメリサーチの集計によると、調達額は減った。').map((n) => n.split('=')[0])).toEqual(['カモメリサーチ']);
    // A known name that is also a word, which a company noun before it settles (グラブ is also a glove).
    const known = (text: string) => findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`);
    expect(known('東南アジアの配車大手グラブのほか、新興企業が名を連ねる。')).toEqual(['グラブ=Grab']);
    expect(known('グローブやグラブを着用する。')).toEqual([]);
    // Only a firm has analysts: one quoted names it.
    expect(cue('夕凪リサーチの金融アナリストは「意味は大きい」と話す。').map((n) => n.split('=')[0])).toEqual(['夕凪リサーチ']);
    expect(cue('12月には米デジタルインフラ投資会社ノースブリッジを買収する。')).toEqual(['ノースブリッジ=NorthBridge']);
    // A generic word with its own ending before the name describes it (an online bank).
    expect(cue('ロシアのネット銀行カモメ銀行の創業者が').map((n) => n.split('=')[0])).toEqual(['カモメ銀行']);
  });

  it('reads no firm in a report, a city, an independent VC or a growth scenario', () => {
    expect(cue('Bond Capitalが5月にまとめたリポートによると、米サンフランシスコでは配車アプリ経由の予約が増えた。')).toEqual([]);
    expect(cue('ジャフコグループなどの独立系ベンチャーキャピタル（VC）が出資した。同社が掲げる先端素材事業の成長シナリオが焦点だ。')).toEqual([]);
  });

  it('reads a trade in katakana and a kind of vehicle as words, not names', () => {
    expect(cue('北海道の新興ファウンドリーは2030年代前半に売上高1兆円規模を目指す。日の丸ファウンドリーは最先端品を担う。')).toEqual([]);
    expect(cue('同社は既存の小型電気自動車にセンサーを後付けする。')).toEqual([]);
    // A public institute named by its fields alone.
    expect(cue('計算資源は産業技術総合研究所と連携する。')).toEqual([]);
  });

  it('reads a kanji head of two listed words (an invented firm)', () => {
    expect(cue('引受先は東海札幌インベストメントが運営するファンド。')).toEqual(['東海札幌インベストメント=Tokai Sapporo Investment']);
  });

  it('reads no firm in a local venture capital or a group of individual investors, only in the names after them', () => {
    expect(cue('リード投資家は地場ベンチャーキャピタルのドーガン・ベータで、個人投資家グループも出資した。')).toEqual([]);
  });
});
