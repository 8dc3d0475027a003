import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { findCompanies } from './index.ts';

// Every name here is invented, so what is found comes from the cue reader, not the gazetteer.
const found = (text: string) => findCompanies(text, normalize(text), []);
const cue = (text: string) => found(text).filter((c) => c.source === 'cue').map((c) => `${c.text}/${c.kind}`);
const spansExact = (text: string) => found(text).every((c) => text.slice(c.start, c.end) === c.text);

describe('Chinese names the gazetteer does not know', () => {
  it('reads a newsletter item that opens with the name and its deal, and a name in 微电子; not a field before 公司', () => {
    const items = '本周要闻：\n• 墨岚智能获得8000万元天使轮融资。\n• 芯航微电子在香港挂牌上市，募资12.8亿港元。\n• 今年完成融资的公司超过百家。';
    expect(cue(items)).toEqual(['墨岚智能/company', '芯航微电子/company']);
    expect(cue('我国微电子产业发展迅速。')).toEqual([]);
    // A sentence that opens with the name and the round it closed, a time between; its short form after.
    const rivals = '启航智能今年6月完成B轮融资7.5亿美元。澜途智能则在9月宣布完成新一轮融资。启航的训练依赖云。该公司今年完成了融资。';
    expect(cue(rivals)).toEqual(['启航智能/company', '澜途智能/company', '启航/company']);
    expect(cue('沙特AI公司Qorvane表示合作顺利。')).toEqual(['Qorvane/company']);
  });

  it('reads a capital city\'s airport group whole, and no airport group without a name', () => {
    expect(cue('客户包括首都机场集团旗下多座机场和四川省机场集团。机场集团表示。')).toEqual(['首都机场集团/company', '四川省机场集团/company']);
  });

  it('reads a drug maker by its ending after a trade noun, not a country\'s drug makers', () => {
    expect(cue('客户包括阿斯利康，以及区域性药企澜川制药；法国制药巨头赛诺菲也在其中。')).toEqual(['澜川制药/company']);
  });

  it('reads no name in a sector and its ending, however many of them there are', () => {
    expect(cue('二级市场对物流科技公司的估值仍较为谨慎。已与泰国一家连锁零售集团签约。专注于前沿科技领域。基石投资者包括部分长线基金。')).toEqual([]);
    expect(cue('两地均设立了专项引导基金。')).toEqual([]);
    // What is likely (有望), what was approved (批准多宗), a sector's inspection makers (半导体检测).
    expect(cue('本地设备企业有望就近获得订单。证监会已批准多宗半导体企业再融资。')).toEqual([]);
    expect(cue('成都半导体检测设备企业成都岚途智能装备有限公司完成融资。')).toEqual(['成都岚途智能装备有限公司/company']);
    expect(cue('客户岚汐物流集团去年引入模型。')).toEqual(['岚汐物流集团/company']);
    // Watching or favouring a field is no part of a name before it: an investor who has long followed logistics tech.
    expect(cue('一位长期关注物流科技的投资人表示。机构看好岚汐物流集团。')).toEqual(['岚汐物流集团/company']);
    // Bringing in outside capital, or mainly investing in chips, is what a firm does, not its name.
    expect(cue('百度首次引入外部资本。溯川资本此前主要投资半导体。')).toEqual(['溯川资本/investor']);
    // Keeping control, a generation of chips, flying cars and a dedicated tech fund are no names.
    expect(cue('小鹏仍保持控股地位。第三代半导体和飞行汽车是方向。专项科技基金成立。')).toEqual([]);
    // A short form before 大模型 is the model, a product: 文心大模型 beside 文心智能.
    expect(cue('北京砚心智能科技有限公司（下称“砚心智能”）完成融资。百度将砚心大模型划入砚心智能。').map((n) => n.split('/')[0])).toEqual([
      '北京砚心智能科技有限公司', '砚心智能', '砚心智能',
    ]);
  });

  it('reads a listed firm\'s short name in 股份, not the shares a deal names', () => {
    const text = '澄川股份公告称，将收购岭溪股份约43%的股份。澄川股份持有部分股份，此次配售股份及所持股份均已登记。';
    expect(cue(text)).toEqual(['澄川股份/company', '岭溪股份/company', '澄川股份/company']);
    expect(cue('浙江岭溪股份有限公司披露了新增股份的安排。')).toEqual(['浙江岭溪股份有限公司/company']);
    // Issuing shares to buy assets is a deal's form, not an asset manager.
    expect(cue('公司减持了部分股份。发行股份购买资产已获批准。')).toEqual([]);
  });

  it('starts a name after a list or source word, not only after a function character', () => {
    expect(cue('参与认购的机构包括青禾基金、明川证券和澜舟资本。')).toEqual([
      '青禾基金/investor', '明川证券/company', '澜舟资本/investor',
    ]);
    expect(cue('投资方来自岚山信托投资有限公司。')).toEqual(['岚山信托投资有限公司/company']);
    expect(cue('老股东云岚资本继续加注。')).toEqual(['云岚资本/investor']);
    expect(cue('另一家机器人企业星途智能也获得了数亿元投资。')).toEqual(['星途智能/company']);
    // 业者 like 企业, news on 日前 or 昨日, and the short form after (鼎曜算力 then 鼎曜).
    expect(cue('AI算力業者鼎曜算力昨日宣布簽約。鼎曜表示，資金將用於建置資料中心。')).toEqual(['鼎曜算力/company', '鼎曜/company']);
    expect(cue('具身智能企业蓝旭智能日前宣布完成融资。蓝旭此前已获得投资。')).toEqual(['蓝旭智能/company', '蓝旭/company']);
    // 半導體 and 金控 end names; not in a longer word (半导体产业, the chip industry; 科技大學, a university).
    expect(cue('晶片新創澄曜半導體今日宣布完成融資，母公司澄華金控也表示支持。')).toEqual(['澄曜半導體/company', '澄華金控/investor']);
    expect(cue('此举被视为加码半导体产业链的关键。团队来自香港科技大學。')).toEqual([]);
    // A short form before a business word is another company's name (澄泰航空, an airline), not 澄泰創投's.
    expect(cue('新創投資機構澄泰創投今日宣布投資。澄泰表示看好AI。澄泰航空則未回應。')).toEqual(['澄泰創投/investor', '澄泰/investor']);
    // An investor described before its name (本土創投, a local venture firm); a description alone (國際主權基金) names no one.
    expect(cue('本土創投澄山創投則是連續第三輪參與。國際主權基金與大型科技業者同時入股。')).toEqual(['澄山創投/investor']);
    // A weekday or an announcement (周二公告) after a company noun and a name.
    expect(cue('杭州大模型企业澄衡智能周二公告称，已签署协议。')).toEqual(['澄衡智能/company']);
    // A contract manufacturer (代工廠) before a name.
    expect(cue('AI伺服器代工廠澄河智能今日公布財報。')).toEqual(['澄河智能/company']);
    // News on the same day (同日) follows a name after a company noun as well.
    expect(cue('香港AI新創深瀾智能同日宣布獲得注資。')).toEqual(['深瀾智能/company']);
    // A word glued before a later mention (使, 入股) where no break stands: the name read without it elsewhere wins.
    expect(cue('新創公司澄曜科技今天宣布完成融資。此輪使澄曜科技成為獨角獸，入股澄曜科技的包括多家基金。')).toEqual([
      '澄曜科技/company', '澄曜科技/company', '澄曜科技/company',
    ]);
  });

  it('reads names that end in 国际 or a state investor\'s 国投 and 产投, not "扩产投资"', () => {
    expect(cue('由明川证券和澜舟国际担任配售代理。')).toEqual(['明川证券/company', '澜舟国际/company']);
    expect(cue('投资方包括云州国投旗下基金。')).toEqual(['云州国投/investor']);
    // 国际 that starts a longer word, and fronts that say what kind of assets, capital or fund (written for this test).
    expect(cue('此次收购被视为其加速国际化的一步。项目位于香港国际机场。若按国际会计准则计算，公司仍亏损。')).toEqual([]);
    expect(cue('该基金以不良资产投资见长，也保留核心资产权益，投资者对中国硬科技资产的信心回升。')).toEqual([]);
    expect(cue('集团将注入经营性资产和优质上市资产，以无担保资产作抵押，并通过出售方式加快盘活资产。')).toEqual([]);
    expect(cue('公司拥有一个境内资本运作平台。随着注册资本达百亿元的基金出资，中东主权财富基金和韩国国内证券也在观望。')).toEqual([]);
    expect(cue('无论谁控股，管理层不变。运动科技平台Keep发布公告。公司围绕超节点智算布局。')).toEqual([]);
    // Shares listed in Hong Kong or New York, however a firm pays with them.
    expect(cue('对价其余以新发行的港股股份支付。')).toEqual([]);
    // City and rural commercial banks as a class.
    expect(cue('参与银团的还有多家城市商业银行和农村商业银行。')).toEqual([]);
    // Counts and clauses before a fund: "several of Shenzhen's guidance funds", "many sovereign funds last year".
    expect(cue('投资方包括深圳多只政府引导基金，去年很多主权基金也在研究主权基金的配置。')).toEqual([]);
    // A day or a time of day after 公司 opens the news ("公司周二晚间公告").
    expect(cue('该公司周二晚间公告，拟发行债券。公司星期五上午宣布完成融资。')).toEqual([]);
    // A field of services before 科技, and 科技 opening a park or a public department.
    expect(cue('在法律科技这一细分市场，竞争正在加剧。中关村科技园区管理委员会出台政策。省科技厅相关负责人表示支持。')).toEqual([]);
    // A technology's field before 科技 or a province's dedicated fund for it is no firm; a firm named for it reads so in English.
    const quantum = found('近两年，量子科技一级市场回暖。省里设立量子产业专项基金。创业公司澄衡量子完成融资。');
    expect(quantum.map((c) => `${c.text}=${c.canonical}`)).toEqual(['澄衡量子=Chengheng Quantum']);
    // Names that end so stay names.
    expect(cue('由信澜资产和澄川证券担任顾问。')).toEqual(['信澜资产/investor', '澄川证券/company']);
    // An angels' club is an investor, named in English for its members.
    const club = found('天使投资人网络“澄湖天使汇”参与了本轮。');
    expect(club.map((c) => `${c.text}=${c.canonical}/${c.kind}`)).toEqual(['澄湖天使汇=Chenghu Angels/investor']);
    // So is an angels' investment firm.
    const angels = found('投资方为澄岭天使投资。');
    expect(angels.map((c) => `${c.text}=${c.canonical}/${c.kind}`)).toEqual(['澄岭天使投资=Chengling Angel Investment/investor']);
    // 控股 and 集团 together end one name.
    expect(cue('本轮由赣江控股集团领投。')).toEqual(['赣江控股集团/company']);
    expect(cue('台韓供應鏈擴產投資逾新台幣5,000億元。')).toEqual([]);
  });

  it('reads a long official name that a place starts, with its legal form', () => {
    const text = '安澜省人工智能产业主题基金与云州市产业发展控股（集团）有限公司联合领投。';
    expect(found(text).map((c) => `${c.text}=${c.canonical}`)).toEqual([
      '安澜省人工智能产业主题基金=Anlan Provincial AI Industry Fund',
      '云州市产业发展控股（集团）有限公司=Yunzhou Industry Development Holding Group',
    ]);
    expect(spansExact(text)).toBe(true);
    // Long prose before an ending is not a name, nor a place with a description.
    expect(cue('多家机构正在积极设立人工智能产业发展基金，中国国有银行也在观望。')).toEqual([]);
  });

  it('reads a name right after a company noun, quoted, Latin or before the news it makes', () => {
    expect(cue('大模型公司星澜智能完成10亿元融资。星澜智能表示将扩大团队。')).toEqual([
      '星澜智能/company', '星澜智能/company',
    ]);
    expect(cue('鼎興基金投資本土AI晶片新創「曜光智慧」，另有新創公司「雲梯智能」獲得投資。')).toEqual([
      '鼎興基金/investor', '曜光智慧/company', '雲梯智能/company',
    ]);
    expect(cue('國防軟體公司Qorvane Vision獲得投資。').some((c) => c.startsWith('Qorvane Vision'))).toBe(true);
    // Or before its round.
    expect(cue('腾讯领投了AI初创公司弦澜智能的B轮融资。')).toEqual(['弦澜智能/company']);
    // What follows a company noun is as often its figures or its silence.
    expect(cue('该公司拒绝置评。公司净利润约为5亿元。大模型公司普遍仍处于亏损状态。这家公司今年已完成两轮融资。')).toEqual([]);
  });

  it('reads a source in its frame and an outlet in 《》', () => {
    expect(cue('据青桔研究统计，据Qdata统计，一位投资人对《南岭财经》表示。')).toEqual([
      '青桔研究/company', 'Qdata/company', '南岭财经/media',
    ]);
    // A qualifier of the count or report is not the source's: 不完全 (incomplete), 最新 (latest).
    expect(cue('另据青桔研究不完全统计，据南岭导报最新报道，订单增加。')).toEqual(['青桔研究/company', '南岭导报/media']);
    expect(cue('据不完全统计，据海关统计，根据《公司法》规定，据《数据安全法》，该公司表示。')).toEqual([]);
    // A paper before 报道 reported it; unnamed media or people did not name themselves.
    expect(cue('据南岭导报报道，指数上涨。据当地媒体报道，据知情人士报道，交易完成。')).toEqual(['南岭导报/media']);
  });

  it('ends the words before a name at traditional function characters too', () => {
    expect(cue('台岳銀行與中岳信託商業銀行組成聯貸銀行團。')).toEqual(['台岳銀行/company', '中岳信託商業銀行/company']);
  });

  it('starts a name after a client, partner or trade noun, and finds a venture arm or a broker by its short form', () => {
    expect(cue('客户岚汐物流集团去年引入模型。岚汐物流表示满意。')).toEqual(['岚汐物流集团/company', '岚汐物流/company']);
    // Taiwan writes the operator 營運商, the mainland 运营商.
    expect(cue('收購資料中心營運商霧峰數據有限公司。')).toEqual(['霧峰數據有限公司/company']);
    expect(cue('液冷模組廠霧峰智能股份有限公司昨日宣布。')).toEqual(['霧峰智能股份有限公司/company']);
    expect(cue('公司與再生能源業者北溟電力簽約。由霁岚創投领投，霁岚持股一成。')).toEqual([
      '北溟電力/company', '霁岚創投/investor', '霁岚/investor',
    ]);
    expect(cue('并与当地电信运营商洽谈。')).toEqual([]);
    expect(cue('芯片设计企业焰芯科技获得受理。市场化机构远帆资本持股。算力运营平台澜海智算签约。该智算中心位于贵州。')).toEqual([
      '焰芯科技/company', '远帆资本/investor', '澜海智算/company',
    ]);
  });

  it('leaves descriptions in traditional characters and 国际 after a long run', () => {
    expect(cue('由公股銀行與民營銀行組成聯貸銀行團，全體銀行均同意。')).toEqual([]);
    expect(cue('其中包括新能源车企澄石汽车。被投企业往往会将融资款用于云服务。')).toEqual(['澄石汽车/company']);
    expect(cue('公司看中當地鄰近國際市場。')).toEqual([]);
    // Nor a verb before power or 国际 and what follows it (written for this test).
    expect(cue('他指出，液冷可讓電力使用效率降低。定价被视为吸引国际长线资金的关键。')).toEqual([]);
    expect(cue('该基金长期关注硬科技，专注硬科技投资。')).toEqual([]);
  });

  it('reads a listed name before its stock code, with a break character that opens the clause, in English as the press names it', () => {
    const named = (text: string) => found(text).map((c) => `${c.text}=${c.canonical}`);
    expect(named('同岚旅行(0780.HK)宣布收购澜峰酒店发展(0169.HK)旗下资产，与汇远农业(603555)合作。')).toEqual([
      '同岚旅行=Tonglan Travel', '澜峰酒店发展=Lanfeng Hotel Development', '汇远农业=Huiyuan Agriculture',
    ]);
    // A sector and what it does is no name, even with a cue after it.
    expect(cue('公司在酒店科技和教育科技领域布局。')).toEqual([]);
  });

  it('reads a paper before what it reported, in English as the press names it; not a kind of report', () => {
    const named = (text: string) => found(text).map((c) => `${c.text}=${c.canonical}/${c.kind}`);
    expect(named('大岚报援引业内人士称，据中国岚山日报报道，融资已完成。')).toEqual([
      '大岚报=Dalan Daily/media', '中国岚山日报=China Lanshan Daily/media',
    ]);
    expect(named('该公司季度财报称利润增长，年报称营收翻倍。')).toEqual([]);
  });

  it('leaves descriptions and a descriptor before a Latin name alone', () => {
    // The descriptor is no name; the Latin name after it is the fund's (latin-in-han.ts).
    expect(cue('参投方包括迪拜基金Qalamx。省级政府引导基金和地方国资基金纷纷入场，公司考虑资本化路径。')).toEqual(['Qalamx/investor']);
  });

  it('leaves a field before 公司 and a Latin name, asset management, a listing class and firms not yet profitable', () => {
    expect(cue('由香港资产管理公司澜岳集团领投。美国生物科技公司Qorvane以首付款获得权益。')).toEqual(['澜岳集团/company', 'Qorvane/company']);
    expect(cue('作为首家按特专科技公司规则上市的企业。随着特专科技和未盈利生物科技公司的上市通道日趋成熟。')).toEqual([]);
    expect(cue('公司在保留核心资产权益的同时，运营商按需弹性调配智算投入。')).toEqual([]);
    // 无 opens a city's name and firms' names as well.
    expect(cue('由无锡创投领投。')).toEqual(['无锡创投/investor']);
    expect(cue('实施重大资产重组。以进一步提升科技实力。过去十年全球汽车业规模最大。')).toEqual([]);
    expect(cue('长线基金和主权财富基金取得了大部分股份。公司持有现金，另有金融资产6.4亿美元。')).toEqual([]);
  });

  it('reads a name that opens a sentence with its founding year or after a company noun before 发布, not words for firms named before', () => {
    const named = (text: string) => found(text).map((c) => `${c.text}=${c.canonical}`);
    expect(named('港股上市的出行公司汀岚智行发布季度业绩。汀岚智行成立于2017年，汀岚表示将扩张。')).toEqual([
      '汀岚智行=Tinglan Mobility', '汀岚智行=Tinglan Mobility', '汀岚=Tinglan Mobility',
    ]);
    expect(cue('两家都成立于2023年。同样成立于2023年的公司不多。')).toEqual([]);
    // Nor a body that is no firm, nor a name said only once; nor a part of the firm or a person in it before 发布.
    expect(cue('团队成立于2020年，团队很小。实验室成立于2018年。汀澜成立于2016年。')).toEqual([]);
    expect(cue('该公司研究部发布报告。该企业负责人公布了数据。')).toEqual([]);
    // A short form met first takes the full name the headline gives it.
    expect(named('澄曜運算獲聯貸\n\n澄曜成立於2021年，總部位於台南。')).toEqual(['澄曜運算=Chengyao Compute', '澄曜=Chengyao Compute']);
  });

  it('names a province\'s listed firm by the short name it defines, past a listing code, and leaves a sector\'s technology alone', () => {
    const named = (text: string) => found(text).map((c) => `${c.text}=${c.canonical}`);
    expect(named('浙江汀策影视股份有限公司（以下简称“汀策影视”，300999.SZ）发布公告。')).toEqual([
      '浙江汀策影视股份有限公司=Tingce Media', '汀策影视=Tingce Media',
    ]);
    // Nor a filing's word for the firm, defined as its short name.
    expect(named('汀岚集团有限公司（以下简称“集团”）宣布完成融资。集团营收增长。')).toEqual(['汀岚集团有限公司=Tinglan Group']);
    // A full name that says more than its defined short form keeps its own reading.
    expect(named('澄曜運算股份有限公司（以下簡稱「澄曜」）宣布。')[0]).toBe('澄曜運算股份有限公司=Chengyao Compute');
    expect(cue('公司正从内容生产者向内容科技公司转型。')).toEqual([]);
  });
});

describe('Japanese names the gazetteer does not know', () => {
  it('reads a kanji name a young firm\'s noun and 、 set off, and finds it again; not 同社 or a list', () => {
    expect(cue('宇宙ベンチャー、天岳星は約1億円を調達した。天岳星が累計19億円に。')).toEqual(['天岳星/company', '天岳星/company']);
    expect(cue('国内ベンチャー、同社は成長した。銀行、企業、政府は協力する。')).toEqual([]);
  });

  it('reads a Latin name of two words glossed in katakana with its AI', () => {
    expect(found('米Kestrel AI（ケストレルAI）を買収した。ケストレルは2016年に設立された。').map((c) => `${c.text}=${c.canonical}`)).toEqual([
      'Kestrel AI=Kestrel AI', 'ケストレルAI=Kestrel AI', 'ケストレル=Kestrel AI',
    ]);
  });

  it('reads a second business word after a dot as the name\'s', () => {
    expect(cue('ただ、若葉キャピタル・リサーチの山田氏は慎重だ。')).toEqual(['若葉キャピタル・リサーチ/investor']);
    // One kanji and の may open a name (火の国, an old name of Kumamoto), but not after a place's name.
    expect(cue('地元の水の郷ベンチャーズが主導した。東京の森キャピタルも出資した。')).toEqual(['水の郷ベンチャーズ/investor', '森キャピタル/investor']);
  });

  it('reads a name a company noun stands before, with or without の', () => {
    expect(cue('国営通信大手テルナセルと提携した。テルナセルは通信会社。')).toEqual(['テルナセル/company', 'テルナセル/company']);
    expect(cue('米投資会社ハルカ・パートナーズが主導し、政府系ファンドのアマンタラも出資した。')).toEqual([
      'ハルカ・パートナーズ/investor', 'アマンタラ/company',
    ]);
    expect(cue('インドネシアの財閥ソラ・マス・グループと組む。台湾の日本子会社JASXにも。')).toEqual([
      'ソラ・マス・グループ/company', 'JASX/company',
    ]);
    expect(cue('ミズナ自動車の投資子会社ミドリ・キャピタルは出資した。')).toEqual([
      'ミズナ自動車/company', 'ミドリ・キャピタル/investor',
    ]);
  });

  it('reads a name before によると, after 〜を手がける, and quoted after a company noun', () => {
    expect(cue('調査会社の東都データリサーチによると、国内の投資は増えた。情報サービスのINITIALXによると、')).toEqual([
      '東都データリサーチ/company', 'INITIALX/company',
    ]);
    expect(cue('AI問診を手がけるQubieが、対話アプリを運営するVNXと組んだ。合弁会社「ヌサ・ペイ」に出資する。')).toEqual([
      'Qubie/company', 'VNX/company', 'ヌサ・ペイ/company',
    ]);
  });

  it('does not take people, sources, products or generic words for companies', () => {
    expect(cue('関係者によると、アナリストによると、山田氏によると、投資会社のジョン・スミス氏は語った。')).toEqual([]);
    expect(cue('大手銀行の幹部と政府系ファンドが、大手スーパーのシェアを見た。')).toEqual([]);
    expect(cue('企業のデータセンター建設と企業のAIを、会社のCEOは語り、企業のニーズに応える。')).toEqual([]);
    expect(cue('ロボット「ツカム」を開発し、スタートアップ情報サービスの利用が増えた。')).toEqual([]);
  });
});

describe('Chinese names listed beside a known one', () => {
  it('reads an item that 、 joins to a company the gazetteer or a cue knows', () => {
    // 英伟达 is Nvidia in the gazetteer; 云峦科 and 岫石智航 are invented.
    expect(cue('云服务商英伟达、云峦科的订单大幅增长。')).toEqual(['云峦科/company']);
    expect(cue('英伟达、岫石智航等初创公司也获得投资。')).toEqual(['岫石智航/company']);
    // A chain grows from the known name, either way.
    expect(cue('云峦科、澜屿云、英伟达的芯片。')).toEqual(['云峦科/company', '澜屿云/company']);
  });

  it('leaves an item that runs on into prose, a description or a number', () => {
    expect(cue('英伟达、云峦三年投入百亿。')).toEqual([]);
    expect(cue('英伟达、国内厂商的芯片。')).toEqual([]);
    expect(cue('英伟达、2023年的芯片。')).toEqual([]);
    // A superlative or where a thing is made: "Hungary's largest commercial bank", "Chinese-made electric cars".
    expect(cue('英伟达、匈牙利最大的商业银行。')).toEqual([]);
    expect(cue('欧盟对中国产纯电动汽车加征关税，另一家车企在巴塞罗那生产汽车。')).toEqual([]);
    // A speaker's clause before 资本 ("我们需要耐心资本": we need patient capital).
    expect(cue('“我们需要耐心资本”，他说。')).toEqual([]);
    // Holders listed beside an investor ("老股东、哈勃投资") are no name.
    expect(cue('深创投跟投，老股东、英伟达继续加码。')).toEqual([]);
    // Cities listed for their state funds are places, not investors.
    expect(cue('投资方包括腾讯以及北京、上海、深圳市等地的国资基金。')).toEqual([]);
    // Tech stocks, a tech index, related funds: descriptions before 科技 and 基金.
    expect(cue('港股科技板块全线走强，恒生科技指数大涨。业内预计，相关基金将优先支持国产芯片。')).toEqual([]);
    expect(cue('市场消息称公司投后估值已超过150亿元，一位券商半导体分析师表示。')).toEqual([]);
    // 此前 ("before this") is no part of the name after it.
    expect(cue('此前澜芯科技完成了B轮融资。')).toEqual(['澜芯科技/company']);
    // A known brand's arm: 吉利 is Geely once the sentence is about money.
    expect(found('吉利资本参与了本轮融资。').map((c) => c.canonical)).toEqual(['Geely Capital']);
  });

  it('does not read Japanese lists, where 、 is also a clause comma', () => {
    expect(cue('富士通やホンダ、ミナトギケンなど十数社が加わる。')).not.toContain('ミナトギケン/company');
  });
});

describe('short names an article defines after a full name', () => {
  it('reads 下称 and 以下 after a company\'s full name, and finds the short name again', () => {
    expect(cue('北京星衡科技股份有限公司（下称“星衡科技”）宣布完成10亿元融资。星衡科技表示，资金将用于研发。')).toEqual([
      '北京星衡科技股份有限公司/company', '星衡科技/company', '星衡科技/company',
    ]);
    expect(cue('株式会社ミライテック（以下、ミライテック）は10億円を調達した。ミライテックの社長は語った。')).toEqual([
      'ミライテック/company', 'ミライテック/company', 'ミライテック/company',
    ]);
  });

  it('reads a full name that is the short one and its field, and names both for it', () => {
    expect(cue('跨境物流平台云舟智能（下称“云舟”）宣布完成融资。云舟表示，资金将用于研发。')).toEqual([
      '云舟智能/company', '云舟/company', '云舟/company',
    ]);
  });

  it('reads no name in "since" or in a trade at home', () => {
    // 以来 (since) is no name's head, and 国内物流科技 is domestic logistics technology.
    expect(cue('这是今年以来国内物流科技领域最大的一笔融资。自2020年以来星河科技完成三轮融资。')).toEqual(['星河科技/company']);
  });

  it('leaves what a law or a plan is called for short', () => {
    expect(cue('人工智能促进法（下称“促进法”）正式施行。')).toEqual([]);
    expect(cue('公司专注于碳捕集技术（以下简称“碳捕集”）的研发。')).toEqual([]);
    expect(cue('改正法（以下「新法」）は施行された。')).toEqual([]);
  });
});

describe('more business endings', () => {
  it('reads Japanese makers, law firms, institutes and katakana corporations, and Chinese asset managers and institutes', () => {
    expect(cue('国内製薬大手ではミナト製薬が今年、提携を結んだ。')).toEqual(['ミナト製薬/company']);
    expect(cue('法務は北浜中央法律事務所が担当する。')).toEqual(['北浜中央法律事務所/company']);
    expect(cue('フィリピンでは、ルソン・コーポレーションが出資する。')).toEqual(['ルソン・コーポレーション/company']);
    expect(cue('グロース市場に上場するヒナタ・ロボティクスは提携を結んだ。')).toEqual(['ヒナタ・ロボティクス/company']);
    expect(cue('其余由澜舟资产与新加坡政府投资公司认购。')).toEqual(['澜舟资产/investor']);
    // A legal form after the name is in its span, not its canonical; its short form is found again.
    expect(found('天翔クラウド株式会社は決算を発表した。天翔は語った。').map((c) => `${c.text}=${c.canonical}`)).toEqual([
      '天翔クラウド株式会社=Tensho Cloud', '天翔=Tensho Cloud',
    ]);
    // A kanji head before a loanword makes a longer name than kanji alone; a describing word is no head.
    expect(cue('開発の南星コンピュート株式会社は、有力ベンチャーキャピタルから出資を受けた。')).toEqual(['南星コンピュート株式会社/company']);
    // Research houses and insurers: 総研, 損保, 生命保険.
    expect(cue('東雲総研の調査によると、港北損保と北辰生命保険が出資した。')).toEqual(['東雲総研/company', '港北損保/company', '北辰生命保険/company']);
  });
});

describe('Japanese subjects of a funding sentence', () => {
  it('reads the katakana name after its field or opening the sentence, when the sentence raises money', () => {
    expect(cue('自動運転AIのミライアームはシリーズAで約45億円を調達した。')).toEqual(['ミライアーム/company']);
    expect(cue('市場は拡大した。ミライアームは20億円を調達した。')).toEqual(['ミライアーム/company']);
    expect(cue('ライバルのミズナラ・ラボも今年、50億円の資金を集めた。')).toEqual(['ミズナラ・ラボ/company']);
    expect(cue('生成AIのリスクは大きいと指摘した。')).toEqual([]);
  });

  it('leaves a term of money, a verb and a district; reads a source that compiled, a name before its recent round, lists by the name at the 、', () => {
    expect(cue('引入这样的长期资本，既能筹集资金。所得款项将用于拓展国际商业业务。')).toEqual([]);
    expect(cue('据青墨韬略梳理，半年时间里先后获得注资。')).toEqual(['青墨韬略/company']);
    expect(cue('同样成立于2023年的星澜图近期完成A4轮战略融资。')).toEqual(['星澜图/company']);
    // The known name must stand at the 、: a clause that merely holds one lists nothing.
    expect(cue('银河通用坚持数据、模型与硬件全栈自研。')).toEqual([]);
    expect(found('投资方包括金山云、墨岚得等。').map((c) => c.text)).toEqual(['金山云', '墨岚得']);
    expect(found('包括墨岚得、金山云和华为。').map((c) => c.text)).toEqual(['墨岚得', '金山云', '华为']);
    // 浦东创投 later "浦东" would be the district.
    expect(found('在上海浦东张江科学会堂，再获浦东创投集团注资。').map((c) => c.text)).toEqual(['浦东创投']);
  });

  it('reads Latin names between Han characters by the company noun before them, the deal after them, or a list beside one', () => {
    const text = '加拿大初创企业4QX Robotics完成2900万美元B轮融资。以色列高科技蜂箱服务商Beewize则实现授粉自动化。' +
      '澳大利亚农业机器人公司SwarmFeld Robotics10月宣布完成B轮融资，由Edafon领投，QIK、Emmertek、Tenax Ventures和Artezian跟投。' +
      '该公司开发农机“SwarmBot”。创始人保罗(Paul Mikesel)是一位连续创业者。农业科技整体热度仍温和。' +
      '由拉美另类资产管理公司Pátrix Investimentos旗下的开发商Omnix负责建设。';
    expect(cue(text)).toEqual([
      '4QX Robotics/company', 'Beewize/company', 'SwarmFeld Robotics/company', 'Edafon/investor', 'QIK/investor', 'Emmertek/investor',
      'Tenax Ventures/investor', 'Artezian/investor', 'Pátrix Investimentos/investor', 'Omnix/company',
    ]);
    // A last word only a firm's name ends in says what it is, with no noun or verb beside it; one letter after a
    // hyphen is part of the name, not X.
    expect(cue('由阿里云领投，LUMA-X Capital和Veldora Labs等老股东继续跟投。')).toEqual(['LUMA-X Capital/investor', 'Veldora Labs/company']);
    expect(cue('他在Harvard Business School任教。')).toEqual([]);
    // What only a firm reports: total revenue, net profit, a share price; a product has revenue too.
    expect(cue('截至6月30日止六个月，Fitora总收入为8.2亿元；Veldora净利润下滑。')).toEqual(['Fitora/company', 'Veldora/company']);
    expect(cue('微软表示，Azure收入增长了40%，Copilot营收翻倍。')).toEqual([]);
    // So is a founding year.
    expect(cue('据悉，Kestrane Orbit成立于2019年。该联盟中，WHO成立于1948年。')).toEqual(['Kestrane Orbit/company']);
  });
});

describe('a registered Chinese name that opens with its city', () => {
  const named = (text: string) => found(text).map((c) => `${c.text}=${c.canonical}`);

  it('is named without the city where the text names the firm without it', () => {
    expect(named('杭州岚帧科技有限公司今日宣布完成融资。岚帧科技表示将扩大团队。')).toEqual([
      '杭州岚帧科技有限公司=Lanzhen Technology', '岚帧科技=Lanzhen Technology',
    ]);
  });

  it('drops the city of a firm, and keeps that of a city\'s own fund, where the text never names either without it', () => {
    expect(named('杭州岚帧科技有限公司今日宣布完成融资。')).toEqual(['杭州岚帧科技有限公司=Lanzhen Technology']);
    expect(named('深圳市墨川机器人科技有限公司今日宣布完成融资。')).toEqual(['深圳市墨川机器人科技有限公司=Mochuan Robotics']);
    expect(named('本轮由泉州市产业投资有限公司领投。')).toEqual(['泉州市产业投资有限公司=Quanzhou Industry Investment']);
  });
});

describe('Chinese words that are no names', () => {
  it('reads no name in a verb and what it takes, nor in a kind of fund, a phase, a year or a field', () => {
    expect(cue('该基金通过资本市场融资，主题基金和首期电力项目、年度科技大奖、生物科技公司均受益。利用集团资源，预计三年内新材料产能翻倍。')).toEqual([]);
    expect(cue('公司通过发行股本证券募资，设立专项基金，树立民族汽车品牌。')).toEqual([]);
  });

  it('reads no name in how many banks, nor after "or"', () => {
    // Written for this test.
    expect(cue('这已成为不少银行的标配工具，租金由业主方或银行监管账户收取，多家银行参与了贷款。')).toEqual([]);
  });

  it('reads no name in a kind of generator, a level of government, collateral or what "随着" opens', () => {
    expect(cue('随着电力现货市场开展试运行，大型发电集团和部分省级发电集团都在自建团队。')).toEqual([]);
    expect(cue('银行为养殖场等抵押资产提供巡检服务，质押资产也是。')).toEqual([]);
    // A province's own fund still opens with its place.
    expect(cue('浙江省产业投资基金领投。')).toEqual(['浙江省产业投资基金/investor']);
    // A generator named by its trade alone is a description, a firm with 发 in its name is not.
    expect(cue('金发科技宣布完成融资。本轮融资由中发集团领投。')).toEqual(['金发科技/company', '中发集团/company']);
  });

  it('reads how many funds, and a quoted phrase about a market, as no name', () => {
    expect(cue('该基金去年初已出资设立两只股权投资基金，认缴规模合计超过1600亿元。')).toEqual([]);
    expect(cue('部分项目的上架率不足30%，与头部企业“一卡难求”的局面形成反差。')).toEqual([]);
  });
});
