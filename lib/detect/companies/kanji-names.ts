/**
 * The English name of a company whose name opens with kanji (北斗クラウド,
 * 東雲キャピタル, 瀬戸内銀行). The English press writes the kanji head in
 * Hepburn as the company reads it (Hokuto Cloud, Shinonome Capital, Setouchi
 * Bank), but kanji carry no reading of their own: each has several, and a
 * compound takes one by usage. So heads come from a reviewed list of the words
 * firms take their names from, places and the words of sky, sea and season,
 * each with its usual reading; a head the list lacks keeps the name as written.
 * The banks named by their charter's number are read as each writes it in English: 77 Bank, but Juroku Bank.
 */

import { READINGS_2 } from './kanji-readings-2.ts';
import { READINGS_3 } from './kanji-readings-3.ts';
import { pairMap } from './word-split.ts';

/** Words of names, with the reading firms and places give them (and kanji-readings-2.ts, kanji-readings-3.ts). */
const LIST = `
北海道 Hokkaido 青森 Aomori 岩手 Iwate 宮城 Miyagi 秋田 Akita 山形 Yamagata 福島 Fukushima 茨城 Ibaraki 栃木 Tochigi 群馬 Gunma
埼玉 Saitama 千葉 Chiba 東京 Tokyo 神奈川 Kanagawa 新潟 Niigata 富山 Toyama 石川 Ishikawa 福井 Fukui 山梨 Yamanashi 長野 Nagano
岐阜 Gifu 静岡 Shizuoka 愛知 Aichi 三重 Mie 滋賀 Shiga 京都 Kyoto 大阪 Osaka 兵庫 Hyogo 奈良 Nara 和歌山 Wakayama 鳥取 Tottori
島根 Shimane 岡山 Okayama 広島 Hiroshima 山口 Yamaguchi 徳島 Tokushima 香川 Kagawa 愛媛 Ehime 高知 Kochi 福岡 Fukuoka 佐賀 Saga
長崎 Nagasaki 熊本 Kumamoto 大分 Oita 宮崎 Miyazaki 鹿児島 Kagoshima 沖縄 Okinawa
札幌 Sapporo 仙台 Sendai 横浜 Yokohama 川崎 Kawasaki 名古屋 Nagoya 神戸 Kobe 博多 Hakata 北九州 Kitakyushu 浜松 Hamamatsu 金沢 Kanazawa
函館 Hakodate 小樽 Otaru 旭川 Asahikawa 釧路 Kushiro 十勝 Tokachi 石狩 Ishikari 苫小牧 Tomakomai 湘南 Shonan 筑波 Tsukuba 鎌倉 Kamakura
瀬戸内 Setouchi 九州 Kyushu 四国 Shikoku 東北 Tohoku 関西 Kansai 関東 Kanto 中部 Chubu 北陸 Hokuriku 近畿 Kinki
南九州 Minami-Kyushu 東九州 Higashi-Kyushu 西九州 Nishi-Kyushu 北東北 Kita-Tohoku 南東北 Minami-Tohoku 北関東 Kita-Kanto 南関東 Minami-Kanto
丸の内 Marunouchi 日本橋 Nihonbashi 大手町 Otemachi 虎ノ門 Toranomon 六本木 Roppongi 渋谷 Shibuya 新宿 Shinjuku 品川 Shinagawa
敷島 Shikishima 常盤橋 Tokiwabashi 響灘 Hibikinada 天神 Tenjin 梅田 Umeda 難波 Namba 白浜 Shirahama 熱海 Atami 箱根 Hakone 富士 Fuji 阿蘇 Aso 霧島 Kirishima 桜島 Sakurajima
宮古 Miyako 八重山 Yaeyama 屋久島 Yakushima 佐渡 Sado 淡路 Awaji 出雲 Izumo 伊勢 Ise 飛騨 Hida 信州 Shinshu 越後 Echigo
那須 Nasu 日光 Nikko 多摩 Tama 武蔵 Musashi 相模 Sagami 房総 Boso 三河 Mikawa 尾張 Owari 近江 Omi 播磨 Harima 吉備 Kibi 讃岐 Sanuki
土佐 Tosa 筑紫 Tsukushi 薩摩 Satsuma 琉球 Ryukyu 常盤 Tokiwa 常磐 Joban 大和 Daiwa
北斗 Hokuto 北辰 Hokushin 北星 Hokusei 南星 Nansei 東雲 Shinonome 青嵐 Seiran 凌雲 Ryoun 天翔 Tensho 天地人 Tenchijin 蒼天 Soten
隼 Hayabusa 若葉 Wakaba 千草 Chigusa 白鷺 Shirasagi 桜坂 Sakurazaka 桜ヶ丘 Sakuragaoka 東和 Towa 極東 Kyokuto 未来 Mirai 朝日 Asahi
旭 Asahi 曙 Akebono 暁 Akatsuki 黎明 Reimei 光 Hikari 銀河 Ginga 宇宙 Uchu 天空 Tenku 大空 Ozora 青空 Aozora 大海 Taikai
潮 Ushio 凪 Nagi 疾風 Hayate 霞 Kasumi 桜 Sakura 椿 Tsubaki 楓 Kaede 葵 Aoi 紅葉 Momiji 若竹 Wakatake 青葉 Aoba 翠 Midori
紫 Murasaki 清水 Shimizu 泉 Izumi 日向 Hinata 満月 Mangetsu 昴 Subaru 鳳凰 Hoo 龍 Ryu 竜 Ryu 鷹 Taka 燕 Tsubame 鶴 Tsuru
蛍 Hotaru 紺碧 Konpeki 瑠璃 Ruri 琥珀 Kohaku 翡翠 Hisui 水晶 Suisho 珊瑚 Sango 彩 Aya 絆 Kizuna 匠 Takumi 叡智 Eichi 英知 Eichi
天海 Tenkai 天城 Amagi 天照 Amaterasu 月光 Gekko 陽光 Yoko 晴海 Harumi 晴天 Seiten 碧海 Hekikai 白山 Hakusan 白馬 Hakuba
赤城 Akagi 浅間 Asama 立山 Tateyama 穂高 Hotaka 大雪 Taisetsu 利尻 Rishiri 知床 Shiretoko 摩周 Mashu 奥入瀬 Oirase
東邦 Toho 東洋 Toyo 東亜 Toa 西友 Seiyu 大洋 Taiyo 太陽 Taiyo 新星 Shinsei 明星 Myojo 恒星 Kosei 彗星 Suisei 流星 Ryusei
松風 Matsukaze 若草 Wakakusa 山吹 Yamabuki 菖蒲 Ayame 朝霧 Asagiri 夕凪 Yunagi 春風 Harukaze 秋桜 Cosmos 風雅 Fuga
七十七 77 十六 Juroku 百五 Hyakugo 八十二 Hachijuni 十八 Juhachi
`;
const READINGS = pairMap(LIST, READINGS_2, READINGS_3);

/** Kanji endings after a kanji head, as such firms write them in English (瀬戸内銀行: Setouchi Bank). */
const KANJI_ENDS: Record<string, string> = {
  銀行: 'Bank', 証券: 'Securities', 商事: 'Shoji', 物産: 'Bussan', 精機: 'Seiki', 精工: 'Seiko', 製薬: 'Pharmaceutical',
  生命保険: 'Life Insurance', 生命: 'Life', 損保: 'Insurance', 電力: 'Power', 新聞: 'Shimbun', 工業: 'Industries', 重工: 'Heavy Industries',
  電機: 'Electric', 化学: 'Chemical', 建設: 'Construction', 運輸: 'Transport', 物流: 'Logistics', 不動産: 'Real Estate', 研究所: 'Labs',
  総研: 'Research Institute', 製作所: 'Seisakusho', 計算機: 'Computing', 半導体: 'Semiconductor', 酒造: 'Shuzo', 醸造: 'Jozo',
  製パン: 'Baking', 製菓: 'Confectionery', 製粉: 'Flour Milling',
  信用金庫: 'Shinkin Bank', 信用組合: 'Credit Cooperative',
};

/** After the head: katakana, then a kanji ending (or 製パン, baking, which ends in katakana); either may be missing. */
const REST = /^([\u30a1-\u30fc・]*)([\u4e00-\u9fff]{2,4}|製パン)?$/;

/**
 * "北斗クラウド" → "Hokuto Cloud": the head's reading (the longest the list
 * has: 瀬戸内 before 瀬戸), or two heads' (東海東京インベストメント: Tokai Tokyo
 * Investment), then the katakana part as `katakana` renders it and
 * the kanji ending in English; undefined when no head is in the list or a part
 * cannot be rendered.
 */
export function kanjiName(name: string, katakana: (kana: string) => string | undefined): string | undefined {
  for (let k = Math.min(4, name.length); k > 0; k--) {
    let head = READINGS.get(name.slice(0, k));
    let m = head && REST.exec(name.slice(k));
    for (let k2 = 3; head && !m && k2 > 1; k2--) {
      const second = READINGS.get(name.slice(k, k + k2));
      m = second ? REST.exec(name.slice(k + k2)) : null;
      if (m) head = `${head} ${second}`;
    }
    if (!m) continue;
    // After a kanji head the loanwords are words of their own (赤坂コーポレートアドバイザリー: Akasaka Corporate Advisory),
    // not the one coined word an all-katakana name makes of them.
    const kana = m[1] ? katakana(m[1])?.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : '';
    const end = m[2] ? KANJI_ENDS[m[2]] : '';
    return kana === undefined || end === undefined ? undefined : [head, kana, end].filter(Boolean).join(' ');
  }
  return undefined;
}
