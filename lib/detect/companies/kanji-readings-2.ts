/**
 * More words Japanese firms and funds take their names from, with the reading they give them in English, of the
 * forty-first session (kanji-names.ts has the first list and says why): cities, Tokyo's wards and business districts,
 * towns, old provinces, rivers, mountains, islands, capes and bays (隅田川 Sumidagawa), nature words (白樺 Shirakaba),
 * birds, colours, virtues and brand words (共創 Kyoso). Drafted by a helper; words read two ways in names (豊田 Toyota
 * or Toyoda, 鹿島 Kajima or Kashima) are left out.
 */
export const READINGS_2 = `
隅田川 Sumidagawa 船橋 Funabashi 浦和 Urawa 大宮 Omiya 川越 Kawagoe 所沢 Tokorozawa 川口 Kawaguchi 越谷 Koshigaya 草加 Soka 春日部 Kasukabe
秩父 Chichibu 和光 Wako 松戸 Matsudo 市川 Ichikawa 柏 Kashiwa 成田 Narita 佐倉 Sakura 浦安 Urayasu 幕張 Makuhari 八千代 Yachiyo
鴨川 Kamogawa 九十九里 Kujukuri 八王子 Hachioji 立川 Tachikawa 町田 Machida 府中 Fuchu 調布 Chofu 三鷹 Mitaka 武蔵野 Musashino 吉祥寺 Kichijoji
相模原 Sagamihara 藤沢 Fujisawa 横須賀 Yokosuka 小田原 Odawara 厚木 Atsugi 茅ヶ崎 Chigasaki 三浦 Miura 江ノ島 Enoshima 銀座 Ginza 赤坂 Akasaka
青山 Aoyama 表参道 Omotesando 原宿 Harajuku 恵比寿 Ebisu 目黒 Meguro 世田谷 Setagaya 池袋 Ikebukuro 上野 Ueno 浅草 Asakusa 秋葉原 Akihabara
神田 Kanda 築地 Tsukiji 豊洲 Toyosu 新橋 Shimbashi 羽田 Haneda 中野 Nakano 杉並 Suginami 練馬 Nerima 板橋 Itabashi 葛飾 Katsushika
江戸川 Edogawa 墨田 Sumida 江東 Koto 台東 Taito 文京 Bunkyo 荒川 Arakawa 足立 Adachi 麻布 Azabu 芝浦 Shibaura 有明 Ariake 八重洲 Yaesu
京橋 Kyobashi 霞が関 Kasumigaseki 心斎橋 Shinsaibashi 北浜 Kitahama 堂島 Dojima 中之島 Nakanoshima 天王寺 Tennoji 住吉 Sumiyoshi 千里 Senri
堺 Sakai 豊中 Toyonaka 吹田 Suita 東大阪 Higashiosaka 泉州 Senshu 和泉 Izumi 池田 Ikeda 祇園 Gion 嵐山 Arashiyama 伏見 Fushimi
東山 Higashiyama 北山 Kitayama 西陣 Nishijin 宇治 Uji 太宰府 Dazaifu 松島 Matsushima 宇都宮 Utsunomiya 前橋 Maebashi 高崎 Takasaki 水戸 Mito
土浦 Tsuchiura 甲府 Kofu 松本 Matsumoto 諏訪 Suwa 上田 Ueda 長岡 Nagaoka 上越 Joetsu 高岡 Takaoka 沼津 Numazu 富士宮 Fujinomiya
豊橋 Toyohashi 岡崎 Okazaki 一宮 Ichinomiya 春日井 Kasugai 四日市 Yokkaichi 鈴鹿 Suzuka 大津 Otsu 彦根 Hikone 舞鶴 Maizuru 姫路 Himeji
尼崎 Amagasaki 西宮 Nishinomiya 芦屋 Ashiya 明石 Akashi 加古川 Kakogawa 倉敷 Kurashiki 福山 Fukuyama 尾道 Onomichi 下関 Shimonoseki
宇部 Ube 松山 Matsuyama 今治 Imabari 高松 Takamatsu 鳴門 Naruto 久留米 Kurume 佐世保 Sasebo 別府 Beppu 都城 Miyakonojo 延岡 Nobeoka 那覇 Naha
盛岡 Morioka 八戸 Hachinohe 弘前 Hirosaki 郡山 Koriyama 会津 Aizu 酒田 Sakata 鶴岡 Tsuruoka 米沢 Yonezawa 石巻 Ishinomaki 気仙沼 Kesennuma
花巻 Hanamaki 帯広 Obihiro 北見 Kitami 稚内 Wakkanai 網走 Abashiri 根室 Nemuro 千歳 Chitose 富良野 Furano 松江 Matsue 米子 Yonago
岩国 Iwakuni 越前 Echizen 敦賀 Tsuruga 鯖江 Sabae 輪島 Wajima 黒部 Kurobe 小松 Komatsu 三条 Sanjo 魚沼 Uonuma 妙高 Myoko 軽井沢 Karuizawa
安曇野 Azumino 飯田 Iida 上高地 Kamikochi 伊豆 Izu 伊東 Ito 下田 Shimoda 掛川 Kakegawa 磐田 Iwata 焼津 Yaizu 御殿場 Gotemba 大垣 Ogaki
高山 Takayama 瀬戸 Seto 刈谷 Kariya 安城 Anjo 伊賀 Iga 松阪 Matsusaka 志摩 Shima 熊野 Kumano 草津 Kusatsu 天橋立 Amanohashidate 丹後 Tango
丹波 Tamba 但馬 Tajima 豊岡 Toyooka 宝塚 Takarazuka 伊丹 Itami 有馬 Arima 南紀 Nanki 紀州 Kishu 紀伊 Kii 吉野 Yoshino 飛鳥 Asuka 生駒 Ikoma
宇和島 Uwajima 道後 Dogo 四万十 Shimanto 小豆島 Shodoshima 宗像 Munakata 唐津 Karatsu 有田 Arita 雲仙 Unzen 天草 Amakusa 湯布院 Yufuin
高千穂 Takachiho 指宿 Ibusuki 奄美 Amami 種子島 Tanegashima 石垣 Ishigaki 宮古島 Miyakojima 陸奥 Mutsu 出羽 Dewa 常陸 Hitachi 上州 Joshu
甲斐 Kai 甲州 Koshu 駿河 Suruga 遠州 Enshu 越中 Etchu 加賀 Kaga 能登 Noto 若狭 Wakasa 美濃 Mino 信濃 Shinano 摂津 Settsu 山城 Yamashiro
長州 Choshu 阿波 Awa 伊予 Iyo 筑前 Chikuzen 筑後 Chikugo 肥後 Higo 肥前 Hizen 豊前 Buzen 豊後 Bungo 大隅 Osumi 備前 Bizen 備中 Bitchu 備後 Bingo
美作 Mimasaka 安芸 Aki 周防 Suo 長門 Nagato 石見 Iwami 隠岐 Oki 津軽 Tsugaru 壱岐 Iki 対馬 Tsushima 東海 Tokai 山陽 Sanyo 三陸 Sanriku
中京 Chukyo 阪神 Hanshin 京浜 Keihin 京葉 Keiyo 甲信越 Koshinetsu 北信越 Hokushinetsu 庄内 Shonai 八ヶ岳 Yatsugatake 蓼科 Tateshina 木曽 Kiso
伊吹 Ibuki 六甲 Rokko 金剛 Kongo 葛城 Katsuragi 石鎚 Ishizuchi 羊蹄 Yotei 八甲田 Hakkoda 蔵王 Zao 磐梯 Bandai 尾瀬 Oze 多摩川 Tamagawa 利根 Tone
利根川 Tonegawa 信濃川 Shinanogawa 最上 Mogami 最上川 Mogamigawa 北上 Kitakami 石狩川 Ishikarigawa 天竜 Tenryu 木曽川 Kisogawa 長良 Nagara
淀川 Yodogawa 吉野川 Yoshinogawa 筑後川 Chikugogawa 大井川 Oigawa 鬼怒川 Kinugawa 千曲 Chikuma 江戸 Edo 琵琶湖 Biwako 琵琶 Biwa 浜名湖 Hamanako
諏訪湖 Suwako 十和田 Towada 猪苗代 Inawashiro 霞ヶ浦 Kasumigaura 芦ノ湖 Ashinoko 河口湖 Kawaguchiko 宍道湖 Shinjiko 八丈島 Hachijojima
小笠原 Ogasawara 淡路島 Awajishima 厳島 Itsukushima 宗谷 Soya 犬吠埼 Inubosaki 東京湾 Tokyowan 相模湾 Sagamiwan 駿河湾 Surugawan 伊勢湾 Isewan
錦江湾 Kinkowan 有明海 Ariakekai 玄界灘 Genkainada 日本海 Nihonkai 太平洋 Taiheiyo 香取 Katori 白樺 Shirakaba 欅 Keyaki 若松 Wakamatsu
朝凪 Asanagi 青雲 Seiun 彩雲 Saiun 瑞雲 Zuiun 雲雀 Hibari 瑞穂 Mizuho 松竹 Shochiku 松竹梅 Shochikubai 向日葵 Himawari 撫子 Nadeshiko
桔梗 Kikyo 紫陽花 Ajisai 百合 Yuri 楠 Kusunoki 檜 Hinoki 桧 Hinoki 新緑 Shinryoku 清流 Seiryu 清風 Seifu 星空 Hoshizora 望月 Mochizuki
三日月 Mikazuki 雪月花 Setsugekka 花鳥風月 Kachofugetsu 風林火山 Furinkazan 春日 Kasuga 四季 Shiki 虹 Niji 潮風 Shiokaze 渚 Nagisa 岬 Misaki
湊 Minato 黒潮 Kuroshio 親潮 Oyashio 天の川 Amanogawa 大地 Daichi 千代 Chiyo 千代田 Chiyoda 弥生 Yayoi 皐月 Satsuki 雷鳥 Raicho 朱鷺 Toki
鷲 Washi 鴎 Kamome 鷗 Kamome 丹頂 Tancho 鳩 Hato 千鳥 Chidori 鯨 Kujira 鮎 Ayu 鯉 Koi 麒麟 Kirin 獅子 Shishi 白虎 Byakko 青龍 Seiryu
朱雀 Suzaku 虎 Tora 昇龍 Shoryu 茜 Akane 藍 Ai 紺 Kon 群青 Gunjo 緑 Midori 誠 Makoto 真心 Magokoro 協和 Kyowa 共同 Kyodo 共栄 Kyoei
共生 Kyosei 共創 Kyoso 共立 Kyoritsu 平和 Heiwa 夢 Yume 創生 Sosei 創研 Soken 大同 Daido 大成 Taisei 大栄 Daiei 大東 Daito 不動 Fudo 不二 Fuji
日進 Nisshin 日新 Nisshin 結 Yui 昭和 Showa 大正 Taisho 明治 Meiji 平成 Heisei 令和 Reiwa 日立 Hitachi 三井 Mitsui 三菱 Mitsubishi
住友 Sumitomo 安田 Yasuda 国際 Kokusai 技研 Giken 総合 Sogo 中央 Chuo 第一 Daiichi 三共 Sankyo 三洋 Sanyo 三和 Sanwa 新興 Shinko 興和 Kowa
太平 Taihei 野村 Nomura 東急 Tokyu 小田急 Odakyu 京王 Keio 京成 Keisei 京急 Keikyu 京阪 Keihan 阪急 Hankyu 近鉄 Kintetsu 名鉄 Meitetsu
西鉄 Nishitetsu 南海 Nankai 相鉄 Sotetsu 東武 Tobu 西武 Seibu 常陽 Joyo 北國 Hokkoku 百十四 Hyakujushi 第四 Daishi
`;
