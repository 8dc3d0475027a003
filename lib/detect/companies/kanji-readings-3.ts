/**
 * A third list of words Japanese firms, funds, banks and sake brewers name themselves after, each with the Hepburn
 * reading they give it in English (kanji-names.ts says how kanji heads are read): regional cities and towns, the
 * business districts of Tokyo, Osaka, Kyoto, Nagoya, Fukuoka and Sapporo (汐留 Shiodome, 洛北 Rakuhoku, 栄 Sakae),
 * old provinces and their short names (上総 Kazusa, 播州 Banshu), regions, mountains, rivers and islands, words of
 * season, sky, plants, birds and colour (潮見 Shiomi, 六曜 Rokuyo), words of prosperity and concord (丸栄 Maruei,
 * 信和 Shinwa) and a few sake brands. No word of the first two lists is repeated. Words names read two ways
 * (白雲 Hakuun or Shirakumo, 城崎 Kinosaki or Shirosaki) are left out: a wrong reading is worse than none.
 */
export const READINGS_3 = `
室蘭 Muroran 江別 Ebetsu 岩見沢 Iwamizawa 登別 Noboribetsu 美瑛 Biei 洞爺 Toya 洞爺湖 Toyako 余市 Yoichi 伊達 Date 北広島 Kitahiroshima
恵庭 Eniwa 夕張 Yubari 日高 Hidaka 空知 Sorachi 松前 Matsumae 北洋 Hokuyo 北海 Hokkai 道南 Donan 道東 Doto 大通 Odori 薄野 Susukino
円山 Maruyama 定山渓 Jozankei 三沢 Misawa 一関 Ichinoseki 奥州 Oshu 釜石 Kamaishi 大船渡 Ofunato 平泉 Hiraizumi 陸中 Rikuchu 陸前 Rikuzen
塩竈 Shiogama 名取 Natori 大崎 Osaki 阿武隈 Abukuma 能代 Noshiro 横手 Yokote 大館 Odate 湯沢 Yuzawa 羽後 Ugo 羽前 Uzen 天童 Tendo 月山 Gassan
鳥海 Chokai 磐城 Iwaki 白河 Shirakawa 喜多方 Kitakata 相馬 Soma 会津若松 Aizuwakamatsu 取手 Toride 結城 Yuki 常総 Joso 足利 Ashikaga 佐野 Sano
益子 Mashiko 下野 Shimotsuke 太田 Ota 伊勢崎 Isesaki 桐生 Kiryu 富岡 Tomioka 伊香保 Ikaho 榛名 Haruna 上毛 Jomo 両毛 Ryomo 深谷 Fukaya
狭山 Sayama 入間 Iruma 武州 Bushu 木更津 Kisarazu 市原 Ichihara 銚子 Choshi 館山 Tateyama 流山 Nagareyama 野田 Noda 習志野 Narashino
上総 Kazusa 下総 Shimosa 安房 Awa 房州 Boshu 総武 Sobu 北総 Hokuso 汐留 Shiodome 紀尾井町 Kioicho 永田町 Nagatacho 有楽町 Yurakucho 日比谷 Hibiya
兜町 Kabutocho 茅場町 Kayabacho 浜松町 Hamamatsucho 高輪 Takanawa 白金 Shirokane 代官山 Daikanyama 五反田 Gotanda 天王洲 Tennozu
市ヶ谷 Ichigaya 神楽坂 Kagurazaka 御茶ノ水 Ochanomizu 神保町 Jimbocho 本郷 Hongo 高田馬場 Takadanobaba 早稲田 Waseda 王子 Oji
西新宿 Nishishinjuku 神宮前 Jingumae 南青山 Minamiaoyama 八丁堀 Hatchobori 門前仲町 Monzennakacho 芝 Shiba 二子玉川 Futakotamagawa 成城 Seijo
日野 Hino 平塚 Hiratsuka 海老名 Ebina 逗子 Zushi 葉山 Hayama 大磯 Oiso 湯河原 Yugawara 足柄 Ashigara 丹沢 Tanzawa 新横浜 Shinyokohama
関内 Kannai 元町 Motomachi 鶴見 Tsurumi 港北 Kohoku 戸塚 Totsuka 武蔵小杉 Musashikosugi 江の島 Enoshima 大船 Ofuna 相州 Soshu 新発田 Shibata
柏崎 Kashiwazaki 燕三条 Tsubamesanjo 村上 Murakami 糸魚川 Itoigawa 南魚沼 Minamiuonuma 八海 Hakkai 八海山 Hakkaisan 越乃 Koshino
北越 Hokuetsu 中越 Chuetsu 信越 Shinetsu 魚津 Uozu 氷見 Himi 砺波 Tonami 呉羽 Kureha 七尾 Nanao 和倉 Wakura 兼六園 Kenrokuen 九谷 Kutani
小浜 Obama 永平寺 Eiheiji 三国 Mikuni 嶺南 Reinan 九頭竜 Kuzuryu 富士吉田 Fujiyoshida 都留 Tsuru 大月 Otsuki 韮崎 Nirasaki 北杜 Hokuto
山中湖 Yamanakako 勝沼 Katsunuma 清里 Kiyosato 富士山 Fujisan 岡谷 Okaya 茅野 Chino 伊那 Ina 駒ヶ根 Komagane 佐久 Saku 小諸 Komoro
塩尻 Shiojiri 安曇 Azumi 野沢 Nozawa 善光寺 Zenkoji 乗鞍 Norikura 多治見 Tajimi 土岐 Toki 恵那 Ena 中津川 Nakatsugawa 各務原 Kakamigahara
郡上 Gujo 下呂 Gero 長良川 Nagaragawa 関ヶ原 Sekigahara 西濃 Seino 東濃 Tono 濃尾 Nobi 三島 Mishima 藤枝 Fujieda 島田 Shimada 御前崎 Omaezaki
袋井 Fukuroi 修善寺 Shuzenji 遠江 Totomi 浜名 Hamana 豊川 Toyokawa 蒲郡 Gamagori 西尾 Nishio 碧南 Hekinan 知多 Chita 半田 Handa 常滑 Tokoname
犬山 Inuyama 小牧 Komaki 渥美 Atsumi 西三河 Nishimikawa 東三河 Higashimikawa 栄 Sakae 錦 Nishiki 大須 Osu 名駅 Meieki 熱田 Atsuta
金鯱 Kinshachi 三州 Sanshu 尾州 Bishu 東名 Tomei 名神 Meishin 桑名 Kuwana 亀山 Kameyama 名張 Nabari 鳥羽 Toba 伊勢志摩 Iseshima
賢島 Kashikojima 長浜 Nagahama 近江八幡 Omihachiman 守山 Moriyama 栗東 Ritto 野洲 Yasu 高島 Takashima 信楽 Shigaraki 比叡 Hiei 比叡山 Hieizan
江州 Goshu 京滋 Keiji 洛北 Rakuhoku 洛南 Rakunan 洛西 Rakusai 洛東 Rakuto 洛中 Rakuchu 河原町 Kawaramachi 四条 Shijo 烏丸 Karasuma 御池 Oike
五条 Gojo 二条 Nijo 今出川 Imadegawa 山科 Yamashina 醍醐 Daigo 桂 Katsura 嵯峨 Saga 嵯峨野 Sagano 西京 Saikyo 鞍馬 Kurama 亀岡 Kameoka
福知山 Fukuchiyama 綾部 Ayabe 宮津 Miyazu 京丹後 Kyotango 長岡京 Nagaokakyo 城陽 Joyo 平安 Heian 淀屋橋 Yodoyabashi 道修町 Doshomachi
阿倍野 Abeno 鶴橋 Tsuruhashi 新大阪 Shinosaka 江坂 Esaka 茨木 Ibaraki 高槻 Takatsuki 枚方 Hirakata 寝屋川 Neyagawa 守口 Moriguchi 門真 Kadoma
岸和田 Kishiwada 泉佐野 Izumisano 泉大津 Izumiotsu 富田林 Tondabayashi 河内長野 Kawachinagano 河内 Kawachi 北摂 Hokusetsu 泉南 Sennan
住之江 Suminoe 谷町 Tanimachi 御堂筋 Midosuji 堺筋 Sakaisuji 浪速 Naniwa 浪花 Naniwa 阪和 Hanwa 京阪神 Keihanshin 南大阪 Minamiosaka
北大阪 Kitaosaka 摂州 Sesshu 水都 Suito 三宮 Sannomiya 須磨 Suma 灘 Nada 御影 Mikage 三木 Miki 加西 Kasai 西脇 Nishiwaki 篠山 Sasayama
洲本 Sumoto 赤穂 Ako 相生 Aioi 龍野 Tatsuno 高砂 Takasago 西播 Seiban 東播 Toban 播州 Banshu 川西 Kawanishi 甲子園 Koshien 灘五郷 Nadagogo
天理 Tenri 橿原 Kashihara 桜井 Sakurai 大和郡山 Yamatokoriyama 斑鳩 Ikaruga 明日香 Asuka 三輪 Miwa 平城 Heijo 奈良町 Naramachi 南都 Nanto
田辺 Tanabe 新宮 Shingu 紀の川 Kinokawa 紀ノ川 Kinokawa 高野山 Koyasan 那智 Nachi 那智勝浦 Nachikatsuura 串本 Kushimoto 紀陽 Kiyo 紀南 Kinan
倉吉 Kurayoshi 境港 Sakaiminato 皆生 Kaike 三朝 Misasa 因幡 Inaba 伯耆 Hoki 因州 Inshu 白州 Hakushu 浜田 Hamada 益田 Masuda 安来 Yasugi
津和野 Tsuwano 玉造 Tamatsukuri 奥出雲 Okuizumo 雲州 Unshu 石州 Sekishu 津山 Tsuyama 玉野 Tamano 笠岡 Kasaoka 総社 Soja 高梁 Takahashi
真庭 Maniwa 蒜山 Hiruzen 児島 Kojima 後楽園 Korakuen 作州 Sakushu 水島 Mizushima 三原 Mihara 東広島 Higashihiroshima 廿日市 Hatsukaichi
宮島 Miyajima 竹原 Takehara 三次 Miyoshi 大竹 Otake 江田島 Etajima 因島 Innoshima 西条 Saijo 芸州 Geishu 芸備 Geibi 芸予 Geiyo 周南 Shunan
防府 Hofu 柳井 Yanai 萩 Hagi 秋吉台 Akiyoshidai 湯田 Yuda 徳山 Tokuyama 防長 Bocho 阿南 Anan 小松島 Komatsushima 三好 Miyoshi 眉山 Bizan
剣山 Tsurugisan 丸亀 Marugame 坂出 Sakaide 善通寺 Zentsuji 琴平 Kotohira 金刀比羅 Kotohira 屋島 Yashima 直島 Naoshima 新居浜 Niihama
四国中央 Shikokuchuo 大洲 Ozu 八幡浜 Yawatahama 宇和 Uwa 宇和海 Uwakai 内子 Uchiko 砥部 Tobe 東予 Toyo 予州 Yoshu 伯方 Hakata 室戸 Muroto
足摺 Ashizuri 土佐清水 Tosashimizu 須崎 Susaki 四万十川 Shimantogawa 幡多 Hata 大牟田 Omuta 飯塚 Iizuka 田川 Tagawa 柳川 Yanagawa 八女 Yame
大野城 Onojo 糸島 Itoshima 直方 Nogata 行橋 Yukuhashi 門司 Moji 戸畑 Tobata 古賀 Koga 朝倉 Asakura 中洲 Nakasu 大名 Daimyo 薬院 Yakuin
西新 Nishijin 百道 Momochi 香椎 Kashii 箱崎 Hakozaki 大濠 Ohori 玄界 Genkai 玄海 Genkai 筑豊 Chikuho 筑邦 Chikuho 遠賀 Onga
二日市 Futsukaichi 伊万里 Imari 武雄 Takeo 鳥栖 Tosu 嬉野 Ureshino 多久 Taku 呼子 Yobuko 吉野ヶ里 Yoshinogari 諫早 Isahaya 大村 Omura
島原 Shimabara 平戸 Hirado 五島 Goto 松浦 Matsuura 波佐見 Hasami 出島 Dejima 九十九島 Kujukushima 西海 Saikai 人吉 Hitoyoshi 荒尾 Arao
水俣 Minamata 玉名 Tamana 山鹿 Yamaga 菊池 Kikuchi 宇土 Uto 菊陽 Kikuyo 球磨 Kuma 火の国 Hinokuni 水前寺 Suizenji 不知火 Shiranui 中津 Nakatsu
日田 Hita 臼杵 Usuki 津久見 Tsukumi 杵築 Kitsuki 宇佐 Usa 由布 Yufu 国東 Kunisaki 由布院 Yufuin 豊予 Hoyo 豊和 Howa 日南 Nichinan 西都 Saito
高鍋 Takanabe 鹿屋 Kanoya 枕崎 Makurazaki 姶良 Aira 志布志 Shibushi 知覧 Chiran 徳之島 Tokunoshima 沖永良部 Okinoerabu 開聞 Kaimon 阿久根 Akune
串木野 Kushikino 隼人 Hayato 薩南 Satsunan 奄美大島 Amamioshima 薩州 Sasshu 薩摩川内 Satsumasendai 名護 Nago 浦添 Urasoe 宜野湾 Ginowan
糸満 Itoman 豊見城 Tomigusuku 読谷 Yomitan 恩納 Onna 今帰仁 Nakijin 首里 Shuri 久米島 Kumejima 西表 Iriomote 与那国 Yonaguni 竹富 Taketomi
守礼 Shurei 南城 Nanjo 嘉手納 Kadena 海邦 Kaiho 北関東 Kitakanto 南関東 Minamikanto 奥羽 Ou 瀬戸内海 Setonaikai 十和田湖 Towadako
筑波山 Tsukubasan 伊吹山 Ibukisan 天竜川 Tenryugawa 葦原 Ashihara 潮見 Shiomi 六曜 Rokuyo 七曜 Shichiyo 大安 Taian 峰 Mine 朝顔 Asagao
夕霧 Yugiri 春光 Shunko 春陽 Shunyo 春秋 Shunju 秋月 Akizuki 紅梅 Kobai 桃山 Momoyama 花園 Hanazono 花月 Kagetsu 菜の花 Nanohana 蓮華 Renge
牡丹 Botan 菊 Kiku 菊水 Kikusui 杉 Sugi 柊 Hiiragi 榊 Sakaki 樫 Kashi 橘 Tachibana 桐 Kiri 槙 Maki 芙蓉 Fuyo 若菜 Wakana 老松 Oimatsu
花菱 Hanabishi 稲穂 Inaho 豊穣 Hojo 翠嵐 Suiran 緑風 Ryokufu 雲海 Unkai 如月 Kisaragi 瑞光 Zuiko 瑞祥 Zuisho 吉祥 Kissho 北極星 Hokkyokusei
星雲 Seiun 星野 Hoshino 極光 Kyokko 曙光 Shokko 旭光 Kyokko 日輪 Nichirin 十六夜 Izayoi 暁星 Gyosei 三光 Sanko 橙 Daidai 萌黄 Moegi 浅葱 Asagi
紫紺 Shikon 漆黒 Shikkoku 五色 Goshiki 七色 Nanairo 虹色 Nijiiro 紺青 Konjo 鷺 Sagi 亀 Kame 熊 Kuma 駒 Koma 飛龍 Hiryu 蒼龍 Soryu 雲龍 Unryu
黒龍 Kokuryu 金龍 Kinryu 昇竜 Shoryu 白龍 Hakuryu 響 Hibiki 翼 Tsubasa 嵐 Arashi 雅 Miyabi 森 Mori 寿 Kotobuki 丸栄 Maruei 繁栄 Hanei
信和 Shinwa 三栄 Sanei 協栄 Kyoei 共進 Kyoshin 協同 Kyodo 三信 Sanshin 三協 Sankyo 大興 Daiko 大福 Daifuku 大吉 Daikichi 大丸 Daimaru
丸井 Marui 丸紅 Marubeni 丸善 Maruzen 丸和 Maruwa 丸大 Marudai 丸三 Marusan 丸一 Maruichi 繁盛 Hanjo 隆盛 Ryusei 隆昌 Ryusho 栄光 Eiko
栄和 Eiwa 栄進 Eishin 光栄 Koei 昭栄 Shoei 永和 Eiwa 永楽 Eiraku 万寿 Manju 福寿 Fukuju 福徳 Fukutoku 誠和 Seiwa 至誠 Shisei 清和 Seiwa
和楽 Waraku 博愛 Hakuai 友愛 Yuai 新栄 Shinei 新和 Shinwa 親和 Shinwa 共和 Kyowa 興亜 Koa 東栄 Toei 東宝 Toho 東光 Toko 東陽 Toyo 南洋 Nanyo
中外 Chugai 光洋 Koyo 大日 Dainichi 日東 Nitto 新生 Shinsei 富士見 Fujimi 一心 Isshin 一番 Ichiban 双葉 Futaba 五十鈴 Isuzu 八雲 Yakumo
八坂 Yasaka 三笠 Mikasa 一橋 Hitotsubashi 三十三 Sanjusan 第三 Daisan 旭日 Kyokujitsu 日の出 Hinode 扶桑 Fuso 秋津 Akitsu 敷島 Shikishima
桃源 Togen 蓬莱 Horai 大黒 Daikoku 弁天 Benten 毘沙門 Bishamon 七福神 Shichifukujin 天狗 Tengu 稲荷 Inari 慶応 Keio 元禄 Genroku 縄文 Jomon
万葉 Manyo 菊正宗 Kikumasamune 月桂冠 Gekkeikan 白鶴 Hakutsuru 大関 Ozeki 剣菱 Kenbishi 宝 Takara 白鹿 Hakushika 日本盛 Nihonsakari
獺祭 Dassai 浦霞 Urakasumi 真澄 Masumi
`;
