/**
 * Chinese names the gazetteer does not know. Chinese has no kana or capitals
 * to mark where a name starts, so a name is read back from the word that ends
 * it (中信证券, 華夏基金) to the function character or word before it (由, 包括),
 * or forward from what stands before it: a company noun (创业公司星衡智能) or
 * a source's frame (据IT桔子统计, 对《财经》表示).
 * The text is folded: full-width brackets and commas are ASCII here.
 */
import { ZH_DESCRIPTOR_CHARS, ZH_INVESTOR_CHARS } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';
import { definedNames } from './defined-names.ts';
import { againWithoutCity, namedWithoutCity } from './registered-names-zh.ts';
import { chineseEnglish } from './pinyin.ts';
import { cjkLong } from './short-forms-cjk.ts';
import type { ScriptReaders } from './readers/types.ts';
import { beforeDate, latinInHan } from './latin-in-han.ts';
import { listedInChinese } from './solid-lists.ts';
import { takenOr, type Taken } from './taken.ts';

const ENDINGS = /(?:\(集[团團]\))?有限公司|集[团團]|[银銀]行|[证證]券|基金|[资資]本|[资資][产產]|[创創国國产產]投|控股(?:集[团團])?|科技|[电電]信|投[顾顧]|[国國]際|国际|研究院|新材|[电電]力|智算|汽[车車]|半[导導][体體]|微[电電]子|金控|制[药藥]|[药藥][业業]|天使(?:[汇匯会會]|投[资資])|股份(?![有制公])/g;
/** Two characters before 股份 that say which shares, not whose. */
const SHARES = /^(?:[港美AH]股|新股|部分|全部|持有|所持|[增减減]持|增[发發]|[发發]行|[发發]售|配售|新增|剩[余餘]|[确確][认認]|[认認][购購]|[转轉][让讓]|出售|[回收][购購]|限售|流通|相[关關]|普通|[优優]先|[库庫]存|上市|公司|其他|[这這]些|所有|控制)$/;
/** Characters that end the words before a name; the name starts after the last one. */
const BREAKS = '的和与與及由向从获对對在是为為将將被据據称等其并並而这這该該于於把给也都还已同跟以了至得到受家位笔个出下会让讓但、';
/**
 * Is the character at k a break? 据 is one ("according to") but not in 数据, data, which names hold (港湾数据),
 * nor 以 in 以色列 (Israel).
 */
const breakAt = (text: string, k: number) => BREAKS.includes(text[k]!) && !(/[据據]/.test(text[k]!) && /[数數]/.test(text[k - 1] ?? '')) &&
  !(text[k] === '都' && CITY_DU.test(text[k - 1] ?? '')) &&
  !(text[k] === '以' && text.startsWith('色列', k + 1)) && !(text[k] === '和' && LIST_BEFORE.test(text.slice(Math.max(0, k - 2), k)));
/** 都 ends a city's or a capital's name (首都机场集团, 成都, 京都), where it is no "all". */
const CITY_DU = /[首成京国國古帝]/;
/** Where 和 cannot be "and": right after a list's opener, it opens a name (投资方包括和岱资本、中金资本). */
const LIST_BEFORE = /(?:包括|包含)$/;
/** Words that end the words before a name, up to the last: lists ("包括", "以及"), "随着" (as, with), how many ("不少银行", "多家机构", "多宗") and "or" (或), verbs ("通过", "收购", "批准", "围绕", "兼顾", "吸引"), company nouns ("厂商"), roles ("老股东", "客户"), verbs of growth ("拓展国际业务"). */
const WORDS = /.*(?:包括|以及|反映|表明|意味着|随着|隨著|不少|多家|多宗|批准|一些|各大|众多|眾多|[许許]多|多[数數]|其[他它]|[这這]些|那些|或|通[过過]|利用|收[购購]|[设設]立|[预預][计計]|吸引|[树樹]立|其中|另有|此前|此[后後]|随后|隨後|深耕|覆盖|覆蓋|另[类類]|跨[国國]|拓展|[扩擴]展|[来來]自|旗下|公司|[厂廠]商|新[创創]|股[东東]|[厂廠]|[领領跟]投方|投[资資]方|出[资資]方|客[户戶]|[伙夥]伴|供[应應]商|[业業]者|[运運][营營]商|[营營][运運]商|服[务務]商|企[业業]|机构|機構|平台|[车車药藥]企|[围圍][绕繞]|[针針][对對]|面向|兼[顾顧]|放[宽寬]|[关關]注|看好|布局|聚焦|引入|主要|保持)/;
/** Characters of descriptions ("该公司", "产业投资基金", "新能源汽车"): a name needs one other than these. */
// 股份制银行 (a joint-stock bank), 参贷银行 (a lender in the loan), 注册资本 (registered capital), 数据显示 (data show), 使用电力 (using power),
// 专项引导基金 (a special guidance fund).
const GENERIC = new Set(ZH_DESCRIPTOR_CHARS + '酒店旅游餐饮零售教育培训该这此其一母子分上市大型中小国國内內外有民营主私募产產业業引导政府商新源汽车車初天使各多数两几所某融高电電动手地方央米日' +
  '系同美元币东南亚际全年旧巨海份先具身背景省级間间当當季前相关關配套后後估值券务務只隻' +
  '營营體体聯联貸贷傳传統统鄰邻設设公股近頭头部際制参參注註册冊显顯示使用让讓本土权權期二三四五六七八九十我们們农農医醫疗療早整支专專项項虚拟虛擬');
/** Endings that start a longer word: 银行业 (banking), 国际化 (going abroad), 国际机场 (an airport), 国际投资者 (foreign investors), 国际长线资金 (long-term money from abroad), 国际会计准则 (accounting standards), 国际电脑展 (a trade fair), 国际配售 (the placing abroad), "资本支出" (capital spending), 资本运作 (capital operations), 资产管理 (asset management), 资产支持证券 (asset-backed securities), 资产重组 (restructuring), 科技实力 (technical strength), 科技园 (a science park), 科技厅 (a province's science department), 汽车业 (the car industry), 智算投入 (spending on computing), "资本化", "资本潮", "证券交易所" (stock exchange), "扩产投资" (investment in output), 科技大學 (a university), 科技巨头 (tech giants), 科技股 (tech stocks), 半导体产业 (the chip industry), 基金经理 (a fund manager: 香港基金经理 is one in Hong Kong). */
const LONGER = /^(?:[银銀]行[业業]|[国國][际際](?:[化机機会會财財市业業标標投资資配长長]|[电電][脑腦])|[资資]本[支开開市化潮预預运運]|[资資][产產][管权權负負规規配重支]|[证證]券交|[产產国國创創]投[资資]|智算[中投需资資]|科技[大巨企股界圈板指资資实實创創行业業园園城馆館部厅廳局]|汽[车車][业業行产產市]|半[导導][体體][产產聚园園基链鏈设設材行业業企检檢]|基金[经經][理])/;
/** An ending that is the end of a plain word: 高科技 (high tech), 硬科技 (hard tech), 特专科技 (Hong Kong's "specialist technology" listing class), 租赁资产 (leased assets), 购买资产 (to buy assets). */
const ENDS_WORD = /(?:[高硬]科技|特[专專]科技|(?:租[赁賃]|[购購][买買])[资資][产產])$/;
/** A place first: official names run long ("合肥市产业投资控股（集团）有限公司", "北京人工智能产业投资基金"); not a level (部分省级, some provincial). */
const PLACE = /^(?:[\u4e00-\u9fff]{2,3}[省市](?![级級])|中[国國]|北京|上海|天津|重[庆慶]|深圳|[广廣]州|杭州|[苏蘇]州|南京|成都|武[汉漢]|西安|合肥|[厦廈]门|青[岛島]|浙江|江[苏蘇]|[广廣][东東]|山[东東]|福建|安徽|[湖河][南北]|四川|江西|[陕陝]西|山西|[辽遼]寧|[辽遼]宁|吉林|[云雲]南|[贵貴]州|[广廣]西|海南|甘[肃肅]|[内內]蒙古|黑[龙龍]江|[台臺][湾灣]|香港)/;
const HAN = /[\u4e00-\u9fff]/;
/** Groups named by their trade after a description: 大型发电集团 (large power generators), 部分省级发电集团; not 华能集团. */
const TRADE_GROUP = /^(?:[\u4e00-\u9fff]*[大中小型级級部分地方])[发發][电電]集[团團]$/;
/** "公司今天宣布", "公司未來三年", "公司周二晚间公告": a time word after a company noun opens the news, not a name. */
const TIME_WORD = /^(?:今[天日年晚]|昨[天日晚]|明[天年]|去年|未[来來]|目前|近[期日]|日前|本[周週月年]|[周週][一二三四五六日]|星期[一二三四五六日天]|[上下]午|[早晚][间間上])/;

/**
 * What a firm is not yet (未盈利生物科技公司, pre-profit biotechs; 非上市), or any of them (无论谁控股, whoever holds it): a
 * class of firms, not one. 无 alone opens names (无锡, 无问芯穹).
 */
const NEGATED = /^(?:未|非(?!凡)|[无無不]论|[无無不]論)/;

/**
 * How long or what kind of money, not whose: 长期资本 (long-term capital), 耐心资本 (patient capital), 长线基金, 主权财富基金
 * (sovereign wealth funds), 主题基金 (thematic funds), 专项基金 (a dedicated fund), 首期 (first phase), 年度 (of the year),
 * 生物科技 (biotech), 内容科技 (content tech), 金融科技 (fintech), 民族汽车 (national car brands), 发行股本证券 (issuing equity); a time (当时集团, the group then), a
 * sector (运动科技, sports tech; 建筑科技, construction tech; 物流科技公司, logistics-tech firms; 连锁零售集团, a retail chain), a technology (超节点智算, computing in super nodes), a field of services (法律科技, legal tech), a technology's field (量子科技, quantum tech; 机器人集团) or a facility (机场集团, an airport group).
 */
const TERM = /^(?:[内內]容|金融|[数數]字|文化|教育|消[费費]|城市|[创創]意|影[视視]|超[节節][点點]|当时|當時|同时|同時|届时|屆時|运动|運動|体育|體育|[长長短中]期|中[长長]期|耐心|[长長]线|主[权權](?:[财財]富)?|主[题題]|首期|年度|生物|[专專]项|[专專]項|民族|[发發]行(?:股本)?|(?:[连連][锁鎖])?(?:零售|物流)|能源|前沿|第[一二三四五]代|飞行|飛行|[电電]动|[无無]人|工[业業]|[农農][业業]|[环環]保|安防|建[筑築]|智能|智慧|食品|化工|材料|[电電]商|旅[游遊]|[医醫][疗療]|游[戏戲]|遊戲|机场|機場|港口|[铁鐵]路|航空|法律|法[务務]|司法|(?:城市|[农農]村)商[业業]|[财財][务務]|[税稅][务務]|人力|保[险險]|[营營][销銷]|[广廣]告|量子|半[导導]体|半[導]體|芯片|新能源|人工智能|[区區]块[链鏈]|[机機]器人)$/;

/**
 * A front that ends so before 资产, 资本, 基金 or 证券 says what kind of assets, capital or fund, wherever it is
 * from: 不良资产 (bad loans), 核心资产 (core assets), 中国硬科技资产, 境内资本 (domestic capital), 注册资本 (registered
 * capital), 中东主权财富基金 (the Gulf's sovereign funds), 韩国国内证券 (Korea's own brokers), 经营性资产 (operating
 * assets), 优质上市资产, 无担保资产 (unsecured), 抵押资产 (collateral), 盘活资产 (to put idle assets to use), 全球资本 (capital the world over),
 * 资产支持证券 (asset-backed securities).
 */
const KIND_END = /(?:性|上市|[抵质質]押|全球|[担擔]保|[盘盤]活|不良|核心|[优優][质質](?:科技)?|[优優]良|硬科技|境[内內外]|[国國][内內]|海外|[国國]有|[注註][册冊]|社[会會]|民[间間]|[无無]形|固定|[风風][险險]|主[权權][财財]富|[资資][产產]支持)$/;
/** Assets of a kind, however many: 部分算力资产 (some computing assets), 底层资产 (underlying); a fund may be named so (天枢算力基金). */
const ASSET_KIND = /(?:算力|底[层層])$/;
/** A front that is all a kind of thing, whatever ending follows: 单一银行 (a single bank). */
const KIND_ALONE = /^[单單]一$/;

/** A foreign country alone before an ending says whose trade, not who (法国制药, French drug makers); the gazetteer knows 美国银行. */
const COUNTRY_ALONE = /^(?:[法德英美][国國]|日本|[韩韓][国國]|瑞[士典]|印度|意大利|西班牙|荷[兰蘭]|丹[麦麥]|以色列|加拿大|澳大利[亚亞]|新加坡|沙特|欧洲|歐洲|全球)$/;

/**
 * The CJK chunk's cities (cjk-places.ts: 哈尔滨, 洛阳, …), which findChineseNames sets before it reads a name: a registered
 * name may open with one before four characters of its own (哈尔滨冰链科技), not before a description (东莞语音模组团队声屿).
 */
let CITIES: RegExp | undefined;

/**
 * A name, not a description: not every character generic, or a place and
 * more ("上海国有资本投资" is all generic but for the place that owns it, while
 * "中国国有银行" describes).
 */
const nameLike = (front: string) => !CLAUSE.test(front) && !COUNTRY_ALONE.test(front) && (front.length > 5 && (PLACE.test(front) || front.length - (CITIES?.exec(front)?.[0].length ?? 0) <= 4) ||
  front.length >= 2 && front.length <= 6 && [...front.replace(CONTINENT, '')].some((c) => !GENERIC.has(c)) && !TERM.test(front.replace(SOME, '').replace(/(?<=.)(?:科技|(?:[产產][业業])?[专專][项項])$/, '')) && !NEGATED.test(front));
/** A continent, which says where a kind is from (欧洲私募基金, European private-equity funds), as a country does. */
const CONTINENT = /^[欧歐亚亞非美]洲/;
/** How many of a kind, before the kind (部分长线基金, some long-term funds). */
const SOME = /^(?:部分|多[家只]|一些|各[类類])/;

/**
 * A clause, not a name: one that says when (新公司成立时, as the new firm was set up) or denies (并不着急, 一直没有控股),
 * or a trade at home or abroad (国内物流科技, domestic logistics technology); or one that ends in "all kinds of" (考虑各种资本安排,
 * to weigh all kinds of capital arrangements), opens with a hope or ends in a means (希望借助汽车业务, hoping to draw on its car business),
 * or opens with a word of what is likely or under way (有望就近获得订单, likely to win orders nearby), or a speaker's
 * pronoun or need (我们需要耐心资本, we need patient capital), or a superlative or where a thing is made (匈牙利最大的商业银行,
 * Hungary's largest commercial bank; 中国产纯电动汽车, Chinese-made electric cars; 在巴塞罗那生产汽车, makes cars in Barcelona), or
 * a part or a home of a kind (部分欧洲银行, some European banks; 欧洲本土银行, Europe's own banks; 东莞本地产业资本, Dongguan's
 * local industrial capital), or a verb whose object the group is (有效减轻集团的资本开支压力, effectively easing the group's
 * capital spending).
 */
const CLAUSE = /[时時]$|[没沒]有|[并並]不|^(?:我|你|他|她|大家)|需要|各[种種类類]$|^希望|借助$|最[大早高强強]|生[产產]|[国國][产產](?![业業])|^近年|多只|很多|^(?:随|隨|要看|累计|累計|研究|管理|[透通][过過])|[万萬亿億千百]元$|^(?:[国國][内內]|境[内內外]|海外)|^(?:有望|可能|正在|已[经經]|仍然|[纷紛][纷紛]|[陆陸][续續]|先后|先後)|^部分|本[土地](?:[产產][业業])?$|^有效|(?:减轻|減輕|降低|提高|提升|推动|推動|促进|促進|加快|帮助|幫助|增强|增強|扩大|擴大|缓解|緩解|鼓励|鼓勵|要求|允许|允許)$/;

/**
 * Names the words around them mark: after a company
 * noun, quoted (新創「耐能智慧」), Latin (軟體公司Pyxis Vision) or three or four
 * characters before the news it makes (创业公司星衡智能完成, 初创公司极岚智能的B轮融资, not 公司净利润约…,
 * 公司拒绝置评。); a source in its frame (据IT桔子统计, 据华商韬略梳理, 据经济导报报道,
 * and 据源媒汇不完全统计 less its "incomplete"; not 据海关统计 or 据当地媒体报道);
 * an outlet in 《》 after 据 or 对, before what it reported (对《财经》表示, not
 * 根据《公司法》规定).
 */
const CUED = /(?:公司|企[业業]|[业業]者|[厂廠]商|新[创創]|代工[厂廠]|[运運][营營]商|服[务務]商|供[应應]商|[开開][发發]商|[制製]造商)(?<=[\u4e00-\u9fffA-Za-z]..)(?:[「“]([^」”]{2,12})(?=[」”](?!的(?:局面|现象|現象|情况|情況|困境|问题|問題|态势|態勢|说法|說法)|模式|理念|[战戰]略|平台|[计計][划劃]|[项項]目|概念|[业業][务務]|品牌|[产產]品|[系體体][统統系]|方案))|([A-Z][\w.&-]*[a-z][\w.&-]*(?: [A-Z][\w.&-]*)*|[\u4e00-\u9fff]{3,4}(?=[也则則]?(?:完成|[获獲]得|宣布|[发發]布|公布|近日|日前|昨[日天]|今[日天]|[同当當]日|本[周週]|[周週][一二三四五六日]|星期|公告|[已将將]|的(?:Pre-)?(?:[A-E]\+*|天使|种子|種子|新一|首)[轮輪]))))|[据據]([A-Za-z]+[\u4e00-\u9fff]{0,6}?|[\u4e00-\u9fff]{3,8}?)(?=(?:不完全|最新)?(?:[统統][计計]|[梳整]理|[报報]道))|[据據对對]《([^》]{2,12})(?<![法例定见見知告书書])(?=》(?:[报報][道导導]|表示|,))/g;

/** What firms of a kind measure, after their noun (芯片制造商利润率已下降, 三大运营商资本开支近日公布): a figure, no name. */
const MEASURE = /(?:率|[额額]|期|[开開]支|[规規]模|市值|利[润潤]|成本|[价價]格|收入|[营營]收)$/;

/** A part of the firm or a person in it, after its company noun (该公司研究部发布, 该企业负责人公布): no name. */
const UNIT_OF_FIRM = /(?:[部人层層处處组組]|研究院)$/;

/** Who reported, unnamed: 据当地媒体报道 (local media), 据知情人士报道 (people familiar), 据相关方面报道. */
const UNNAMED_SOURCE = /(?:媒体|媒體|媒|人士|方面|消息|机构|機構)$/;

/**
 * After 的, a name and its recent round: "成立于2023年的星海图近期完成A4轮融资", "杭州的见微视觉，5月宣布完成…B+轮融资"
 * (a month or a word for when after a comma, as OPENS_DEAL reads it).
 */
const RECENT_DEAL = /的([\u4e00-\u9fff]{2,6}?)(?=(?:近期|近日|日前|[，,](?:今年|去年|本月|上月)?\d{1,2}月(?:\d{1,2}日)?份?)(?:宣布)?(?:完成|[获獲]得)[^。\n]{0,24}?融[资資])/g;

/**
 * A sentence, line or newsletter item that opens with the name and the round
 * or listing it made: "• 墨衍智能获得8000万元天使轮融资", "启曜智能今年6月完成B轮融资",
 * "极岚智能则在9月宣布完成新一轮融资".
 */
const OPENS_DEAL = new RegExp('(?:^|[。！？；\\n])[ \\t]*(?:[•·*\\-–][ \\t]*)?([\\u4e00-\\u9fff]{2,6}?)(?=[也则則还還]?在?' +
  '(?:今年|去年|本月|上月|近日|日前|昨日|今日|本周|上周)?(?:\\d{1,2}月(?:\\d{1,2}日)?份?)?(?:宣布)?' +
  '(?:完成|[获獲]得|在[^，。\\n]{1,8}(?:上市|挂牌|掛牌))[^。\\n]{0,24}?(?:融[资資]|募[资資]|上市))', 'gm');

/**
 * A sentence or line that opens with the name and the year it was founded: "擎岚智行成立于2017年", "岭川科技于2019年创立";
 * not a word for the firms already named (同样成立于, 两家都成立于).
 */
const OPENS_FOUNDED = /(?:^|[。！？；\n])[ \t]*(?!同[样樣]|[两兩]家|[双雙]方|二者|[该該这這])([\u4e00-\u9fff]{2,6}?)(?<![都也均亦])(?=(?:成立|[创創]立|[创創][办辦])(?:于|於)\d{4}年|(?:于|於)\d{4}年(?:成立|[创創]立))/gm;

/**
 * The state's academies and their institutes (中国科学院微电子研究所, 中国信息通信研究院): no firms, though their
 * names end as firms' do; nor is a run that goes on into 研究所 (an institute) a firm's name.
 */
const ACADEMY = /^(?:中[国國])?(?:科[学學]院|中科院|工程院|社[会會]科[学學]院|信息通信研究院)|^信通院/;

/** Bodies other than firms that a sentence may say were founded: a team, a school, an association, a lab, a centre. */
const BODY = /(?:[团團]队|[学學]校|[协協]会|[协協]會|品牌|[联聯]盟|中心|大[学學]|[乐樂]队|[乐樂]隊|球[队隊]|[实實][验驗]室|研究院|基地|[项項]目|平台|部[门門]|委[员員]会|委[员員]會|政府|科[学學技]城|[园園]区)$/;

/**
 * Where a name that ends at `at` starts: after the last break character or
 * word, at most twelve characters back. -1 for a run that goes on past that
 * (prose, not a name) or has a Latin word glued in front (another name's).
 */
function startBack(text: string, at: number): number {
  let s = at;
  while (s > at - 13 && s > 0 && HAN.test(text[s - 1]!) && !breakAt(text, s - 1)) s--;
  // 以 breaks, and with 来 makes "since" (今年以来国内物流科技): the 来 is not a name's.
  if (text[s - 1] === '以' && /[来來]/.test(text[s]!)) s++;
  const cut = WORDS.exec(text.slice(s, at));
  if (cut) return s + cut[0].length;
  return at - s > 12 || /[A-Za-z0-9]/.test(text[s - 1] ?? '') ? -1 : s;
}

/** A listed company's stock code in brackets after its name: 同程旅行(0780.HK), 寒武纪(688256.SH), 蔚来(NYSE:NIO). */
const TICKER = /(?<=[\u4e00-\u9fff])\((?:\d{4,6}\.(?:HK|SH|SZ|BJ|TW)|[036]\d{5}|(?:NYSE|NASDAQ|Nasdaq|纽交所|纳斯达克)[:：] ?[A-Z]{1,5})\)/g;

/**
 * A paper before what it reported: 大河报援引, 新京报记者, 经济日报报道. A bare 报 after
 * 财, 年, 季, 研… ends a kind of report (财报称, an earnings report), not a paper.
 */
const PAPER = /(?:[日晚时時早商][报報]|[周週]刊|(?<![财財年季公简簡研快情预預电電举舉汇匯申通画畫捷喜警])[报報])(?=援引|[报報]道|称|稱|指出|[记記]者|获悉|獲悉|了解到|披露)/g;

export function chineseNames(text: string, taken: Taken, out: CueName[]): void {
  const found: CueName[] = [];
  // Where an investor described as one ends (本土創投, a local venture firm): a name after it starts there.
  let described = -1;
  for (const m of text.matchAll(ENDINGS)) {
    const end = m.index + m[0].length;
    // A descriptor glued before a Latin name ("阿布扎比基金MGX", "美国生物科技公司Exelixis"), the start of a longer word, or the end of one (高科技, high tech).
    if (LONGER.test(text.slice(m.index, m.index + 4)) || /^(?:公司|企[业業])?[A-Za-z]/.test(text.slice(end, end + 3)) || ENDS_WORD.test(text.slice(m.index - 2, end))) continue;
    let s = startBack(text, m.index);
    if (s < 0) continue;
    if (described > s && described < m.index && !m[0].endsWith('公司')) s = described;
    const front = text.slice(s, m.index);
    // A listed firm's short name is two characters and 股份 (锋龙股份); other shares are said so too (配售股份, 所持股份).
    if (m[0] === '股份' && (front.length !== 2 || SHARES.test(front))) continue;
    // 国际 ends short names (中芯国际); after a longer run it is an adjective ("看中當地鄰近國際…").
    if (!nameLike(front) && /[创創]投|基金|[资資]本/.test(m[0])) described = end;
    if (!nameLike(front) || taken(s, end) || (/^(?:[国國]際|国际)$/.test(m[0]) && front.length > 3) || TRADE_GROUP.test(front + m[0])) continue;
    if (ACADEMY.test(front + m[0]) || /^研究[所院]/.test(text.slice(end, end + 3))) continue;
    if ((/[资資][产產本]|基金|[证證]券/.test(m[0]) && KIND_END.test(front)) || (/[资資][产產]/.test(m[0]) && ASSET_KIND.test(front)) || KIND_ALONE.test(front)) continue;
    // An angels' club (钟山天使汇) invests too.
    const investor = [...m[0]].some((c) => ZH_INVESTOR_CHARS.includes(c)) || m[0].startsWith('天使');
    const n: CueName = { start: s, end, canonical: front + m[0], kind: investor ? 'investor' : 'company' };
    const last = found[found.length - 1];
    // Names stay disjoint, the first ending read into a run winning ("华岳证券基金"), but a legal form completes it.
    if (!last || last.end <= s) found.push(n);
    else if (m[0].endsWith('公司') && s <= last.start) found[found.length - 1] = n;
  }
  // Asked as `found` stands: the names the loops below add count as they come.
  const busy = takenOr(taken, found);
  for (const m of text.matchAll(TICKER)) {
    let s = startBack(text, m.index);
    // A break character that opens the sentence is the name's own (同程旅行 at a line's start), not one after a comma (，与…).
    if (s > 0 && breakAt(text, s - 1) && /^[\n。！？]?$/.test(text[s - 2] ?? '')) s--;
    if (s >= 0 && m.index - s >= 2 && nameLike(text.slice(s, m.index)) && !busy(s, m.index)) {
      found.push({ start: s, end: m.index, canonical: text.slice(s, m.index), kind: 'company' });
    }
  }
  for (const m of text.matchAll(PAPER)) {
    const s = startBack(text, m.index);
    const e = m.index + m[0].length;
    if (s >= 0 && m.index - s >= 2 && nameLike(text.slice(s, m.index)) && !busy(s, e)) found.push({ start: s, end: e, canonical: text.slice(s, e), kind: 'media' });
  }
  for (const m of text.matchAll(CUED)) {
    const read = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const s = m.index + m[0].length - read.length;
    const name = beforeDate(read, text[s + read.length]);
    const e = s + name.length;
    const before = text[s - 1]!;
    if (CLAUSE.test(name) || HAN.test(before) && HAN.test(name) && (!nameLike(name) || WORDS.test(name) || UNIT_OF_FIRM.test(name) ||
      // "据不完全统计", "据初步统计": how the count was made, not who made it.
      /^[不初本该該此]/.test(name) || TIME_WORD.test(name) || [...name].some((_, k) => breakAt(name, k)) || UNNAMED_SOURCE.test(name) || MEASURE.test(name))) continue;
    if (busy(s, e)) continue;
    found.push({ start: s, end: e, canonical: name, kind: before === '《' || /^(?:最新)?[报報]道/.test(text.slice(e, e + 4)) ? 'media' : 'company' });
  }
  // A body that was founded is a firm only if the text names it again: 团队, 协会 and 实验室 were founded too.
  const founded = [...text.matchAll(OPENS_FOUNDED)].filter((m) => !BODY.test(m[1]!) && text.split(m[1]!).length > 2);
  for (const m of [...text.matchAll(OPENS_DEAL), ...text.matchAll(RECENT_DEAL), ...founded]) {
    const s = m.index + m[0].length - m[1]!.length;
    if (nameLike(m[1]!) && !TIME_WORD.test(m[1]!) && !WORDS.test(m[1]!) && !busy(s, s + m[1]!.length)) {
      found.push({ start: s, end: s + m[1]!.length, canonical: m[1]!, kind: 'company' });
    }
  }
  const names = new Set(found.map((n) => text.slice(n.start, n.end)));
  out.push(...found.map((n) => shortest(text, n, names)));
}

/**
 * A name read back from its ending may take in a word before it (使鼎曜科技,
 * 入股鼎曜科技) where no break character stands. If the text names the
 * company without that word elsewhere, the shorter reading is the name.
 */
function shortest(text: string, n: CueName, names: ReadonlySet<string>): CueName {
  const name = text.slice(n.start, n.end);
  // Longest first: the least the reading drops. Names are short, so this is a few lookups per name.
  for (let k = 1; k <= name.length - 3; k++) {
    if (names.has(name.slice(k))) return { ...n, start: n.start + k, canonical: name.slice(k) };
  }
  return n;
}

const HAN_ONLY = /^[\u3400-\u9fff()（）]+$/;

/** The Chinese reader (READERS.chinese, in the Han chunk): names read from their endings, those defined in brackets, then those listed beside them. */
export function findChineseNames(text: string, taken: Taken, { places }: ScriptReaders): CueName[] {
  CITIES = places?.PLACES;
  const out: CueName[] = [];
  chineseNames(text, taken, out);
  definedNames(text, takenOr(taken, out), out);
  out.push(...latinInHan(text, takenOr(taken, out)));
  // Names listed beside a known one, the ones just read counting as known (solid-lists.ts).
  // The places come with the CJK chunk, which loads before this reader runs.
  // Nor a field the next word calls a sector (香港保险科技赛道, Hong Kong's insurtech race).
  const names = [...out, ...listedInChinese(text, takenOr(taken, out))].filter((n) => !places!.placeOnly(text.slice(n.start, n.end)) &&
    !/^(?:[赛賽]道|[领領]域|板[块塊])/.test(text.slice(n.end, n.end + 2)));
  // A name read by its short form is named by the full one the text gives it elsewhere (鼎曜, and 鼎曜運算 in the headline).
  // Where the text spells the full form, that is the mention.
  for (const n of [...names]) {
    const long = n.canonical === text.slice(n.start, n.end) ? cjkLong(text, n.canonical) : undefined;
    if (!long) continue;
    n.canonical = long;
    const busy = takenOr(taken, names);
    for (let at = text.indexOf(long); at >= 0; at = text.indexOf(long, at + long.length)) {
      if (!busy(at, at + long.length)) names.push({ ...n, start: at, end: at + long.length });
    }
  }
  againWithoutCity(text, names, takenOr(taken, names), places!, nameLike);
  namedWithoutCity(names, places!);
  // Named in English as the English press would name them, so one company is one name across languages.
  for (const n of names) if (HAN_ONLY.test(n.canonical)) n.canonical = chineseEnglish(n.canonical, places!);
  return names;
}
