/**
 * Places Japanese news writes in katakana. A country's kanji before one
 * (米アリゾナ, 米ノースカロライナ) frames it the way it frames a firm
 * (米ウェイモ), and so do a seat in brackets (Meranti AI（シンガポール）) and
 * の before a fund: the Japanese reader would take each for a name.
 */
const PLACES = new Set(`
シンガポール アメリカ イギリス ドイツ フランス インド インドネシア ベトナム タイ マレーシア フィリピン オーストラリア
サウジアラビア カタール イスラエル スイス オランダ スペイン イタリア トルコ シリコンバレー ニューヨーク サンフランシスコ
ロンドン パリ ベルリン ドバイ アブダビ ソウル シドニー トロント
ペルー チリ アルゼンチン コロンビア ブラジル メキシコ カナダ ベネズエラ エクアドル ボリビア パナマ キューバ
南アフリカ ナイジェリア ケニア モロッコ エジプト エチオピア ガーナ タンザニア ルワンダ アルジェリア チュニジア
ポーランド ノルウェー フィンランド デンマーク スウェーデン ベルギー オーストリア アイルランド ポルトガル ギリシャ
ハンガリー チェコ ウクライナ ロシア ルーマニア ブルガリア エストニア リトアニア ラトビア アイスランド ルクセンブルク
パキスタン バングラデシュ スリランカ ネパール ミャンマー カンボジア ラオス モンゴル カザフスタン ウズベキスタン
ニュージーランド アラブ首長国連邦 クウェート バーレーン オマーン ヨルダン イラン イラク レバノン シリア イエメン
アリゾナ テキサス カリフォルニア オハイオ ネバダ バージニア フロリダ ミシガン インディアナ ウィスコンシン ミネソタ
ルイジアナ オレゴン ノースカロライナ サウスカロライナ テネシー ケンタッキー アラバマ ユタ コロラド アイオワ カンザス
ペンシルベニア ニュージャージー マサチューセッツ イリノイ ミズーリ オクラホマ アイダホ モンタナ ワイオミング
ニューメキシコ アーカンソー ミシシッピ メリーランド コネチカット デラウェア ハワイ アラスカ ネブラスカ
シアトル ボストン シカゴ ロサンゼルス ヒューストン ダラス アトランタ マイアミ デンバー ラスベガス ワシントン デトロイト フェニックス オースティン サンディエゴ サンノゼ ピッツバーグ フィラデルフィア
ミュンヘン フランクフルト アムステルダム ストックホルム チューリッヒ ジュネーブ マドリード バルセロナ ミラノ
ウィーン ワルシャワ ムンバイ ベンガルール バンガロール デリー ジャカルタ バンコク ホーチミン ハノイ マニラ
クアラルンプール リヤド ドーハ カイロ テルアビブ イスタンブール サンパウロ バンクーバー モントリオール メルボルン
ケベック オンタリオ アルバータ マニトバ バイエルン カタルーニャ ロンバルディア
`.split(/\s+/).filter(Boolean));

/** A katakana word before 州 or 市 in the text is that state's or city's name wherever the text has it (バカビル市, テネシー州); not 市場, a market. */
const SEATED = /([\u30a1-\u30fa][\u30a0-\u30ff]+)(?=[州郡]|市(?![場況販民長]))/g;

/** A place of the list above. */
export const japanesePlace = (name: string): boolean => PLACES.has(name);

/** The test a Japanese name candidate must fail: the list, and the places this text marks as such. */
export function japanesePlaces(text: string): (name: string) => boolean {
  const here = new Set([...text.matchAll(SEATED)].map((m) => m[1]!));
  return (name) => PLACES.has(name) || here.has(name);
}

/**
 * Does a place in katakana and its dot stand right before `p` (スイス・ロシュ, ドイツ・シーメンス)? The press sets a
 * foreign firm's country so; the scan then takes the name after the dot as a whole word of its own.
 */
export function kanaPlaceBefore(text: string, p: number): boolean {
  if (text[p - 1] !== '・') return false;
  let s = p - 1;
  while (s > 0 && s > p - 12 && /[\u30a1-\u30fa\u30fc]/.test(text[s - 1]!)) s--;
  return PLACES.has(text.slice(s, p - 1));
}
