/**
 * The business words Chinese, Japanese and Arabic write right after a known
 * name for one of the group's arms (subsidiaries.ts): みずほ証券, 百度风投,
 * 腾讯云, الإمارات دبي الوطني كابيتال. They ride in the CJK and Arabic chunks
 * (ScriptReaders.cjkArm, arabicArm), so a page in Latin script pays nothing for them.
 */
import type { ScriptArm } from './readers/types.ts';

/**
 * One group per arm, in ENGLISH's order; then a unit after a Latin name (IDCジャパン), then a group or legal form
 * written solid after the name, which is no arm but the name itself. An arm word that opens a longer word is
 * something else: 証券取引所 (the exchange), 资本支出 (capital spending), 银行业 (banking), 云计算 (cloud computing), 云南 (Yunnan: 中国移动云南公司 is China Mobile's Yunnan branch).
 * 腾讯投资 counts only where no object follows, as before a comma, 领投 (it led) or 相关负责人 (its head of…): it is as often the verb
 * ("腾讯投资了…", Tencent invested), and never 投資, which Japanese writes after a name for an investment in it.
 */
const CJK_ARM = /^(?:([证證]券(?!交)|証券(?!取))|(信託銀行)|([银銀]行(?![业業]))|([资資]本(?![支开開市])|キャピタル)|([创創风風]投|ベンチャーズ)|(ベンチャー・?パートナーズ)|(汽[车車](?![业業]务|[业業]務|[领領]域|[行产產市][业業场場]|部门))|(フィナンシャル・?グループ)|([云雲](?![计計端南浮]))|([电電][讯訊])|(投资(?=[、，。）)]|[领領参參跟]投|等|和|与|與|及|旗下|[则則]|持有|[联聯]合|的人士|相[关關]|合[伙夥]|董事|[负負][责責]|表示|[认認][为為]))|(ジャパン(?![\u30a0-\u30ff]))|(集[团團]|(?:股份)?(?:有限)?公司|控股|グループ|ホールディングス|株式会社))/;
const ENGLISH = 'Securities,Trust Bank,Bank,Capital,Ventures,Venture Partners,Auto,Financial Group,Cloud,Telecom,Investment'.split(',');

export const cjkArm: ScriptArm = (text, end) => {
  const m = CJK_ARM.exec(text.slice(end, end + 13));
  if (!m) return undefined;
  const k = m.findIndex((g, i) => i > 0 && g);
  const at = end + m[0].length;
  // A unit only after a Latin name: a katakana one would make a name in two scripts.
  if (k === ENGLISH.length + 1) return /[A-Za-z0-9]/.test(text[end - 1] ?? '') ? { end: at, unit: 'Japan' } : undefined;
  return k > ENGLISH.length ? { end: at } : { end: at, english: ENGLISH[k - 1] };
};

/**
 * Arabic writes an arm's English word out in its own letters after the
 * parent: الإمارات دبي الوطني كابيتال is Emirates NBD Capital. Only these
 * loanwords, which mean nothing else; the Arabic words for bank or
 * securities also open the next phrase ("بنك X" after a name is another bank).
 */
const ARABIC_ARM = /^ (?:(كابيتال)|(في?نتشرز?))(?![\u0621-\u064a])/;

export const arabicArm: ScriptArm = (text, end) => {
  const m = ARABIC_ARM.exec(text.slice(end, end + 10));
  return m ? { end: end + m[0].length, english: m[1] ? 'Capital' : 'Ventures' } : undefined;
};

/**
 * Words a Han name begins: 高通量 (high-throughput) is no Qualcomm; 楽天市場 is Rakuten's marketplace, not the group; 标普500 an index;
 * 西部数据中心 a data centre in the west, not Western Digital.
 */
const HAN_WORD_AFTER: Record<string, RegExp> = { 高通: /^量/, 楽天: /^市場/, 标普: /^(?:\d|指数)/, 標普: /^(?:\d|指數)/, 西部数据: /^中心/, 西部數據: /^中心/ };
/** A group's service or sphere glued after its name in Japanese: 楽天ポイント, 楽天経済圏 (not its 市場シェア, market share). */
const SERVICE_AFTER = /^(?:経済圏|ポイント)/;
/** A group's shopping, video, chat and payment apps, by their own names: products, where a list says they are platforms. */
const APP_BRAND = /^(?:淘宝|淘寶|天猫|天貓|抖音|微信|支付宝|支付寶|TikTok Shop)/;
/** The rest of a list that ends in "and other platforms" (淘宝、天猫、抖音以及TikTok Shop等平台). */
const PLATFORM_LIST = /^(?:[、，,和及]|以及)?[^。；;！？\n]{0,30}?等(?:[\u4e00-\u9fff]{0,4}?)(?:平台|应用|應用|渠道|App|APP)/;
/** A product in quotes that opens with its maker's name: “知序法务助手”, an assistant, “羽见Feeder Pro”, a model of it, not the firm. */
const QUOTED_PRODUCT = /^(?:[^”」』\n]{1,8}?(?:助手|助理|平台|系[统統]|大模型|模型|[软軟]件|[软軟]體|App|APP)|[A-Za-z][\w .+-]{0,24})[”」』]/;
/** A division glued after its parent, which the parent's name stands for: 华为海思 is Huawei's HiSilicon. */
const HAN_PARENT_BEFORE: Record<string, RegExp> = { 海思: /[华華]为$/ };
/** A place whose name ends in a firm's: 埃尔福特 is Erfurt, not Ford. */
const HAN_PLACE_BEFORE: Record<string, RegExp> = { 福特: /埃[尔爾]$/ };

/** A fair, a forum or an airport, maybe after what it is of (工程机械展览会). */
const EVENT_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:展[览覽]会|博[览覽]会|[论論]坛|峰会|大会|[机機]场|[会會][议議])/;
/** Ending a quote before a city it names: "山城"重庆, the mountain city Chongqing. */
const NICKNAME_OF = /^["”」]\s?(?:北京|上海|重庆|重慶|广州|廣州|深圳|杭州|成都|武汉|武漢|南京|天津|西安|长沙|長沙|苏州|蘇州|厦门|廈門)/;

/**
 * "オムロンのCVC": a firm's corporate venture arm, as Japanese writes the common noun, not CVC Capital Partners;
 * or a Han name that is the start of a word (HAN_WORD_AFTER), a service's (SERVICE_AFTER), an app in a list of platforms
 * (APP_BRAND), a division after its parent (HAN_PARENT_BEFORE), a place's end (HAN_PLACE_BEFORE), or a product in
 * quotes named for its maker (QUOTED_PRODUCT); a city's nickname, a surname with its title, a fair or a university.
 */
export const cjkNotFirm = (text: string, start: number, end: number): boolean => {
  const name = text.slice(start, end);
  const han = /^[\u4e00-\u9fff]/.test(name);
  if (han && /["“「]/.test(text[start - 1] ?? '') && NICKNAME_OF.test(text.slice(end, end + 4))) return true;
  // A surname the press gives with a given name and a title (鈴木健太代表): a person, whatever firm bears the name.
  if (han && name.length === 2 && /^[\u4e00-\u9fff]{1,2}(?:代表|社長|会長|氏|さん|教授|部長|取締役|常務|専務)/.test(text.slice(end, end + 6))) return true;
  // A city's "international" before an event or an airport (长沙国际工程机械展览会, a trade fair): no firm.
  if (/[国國]际$|[国國]際$/.test(name) && EVENT_AFTER.test(text.slice(end, end + 12))) return true;
  // A university named after a place or a person (静岡大学): the school's.
  if (han && /^大[学學]/.test(text.slice(end, end + 2))) return true;
  // A service in quotes that a firm runs or offers (「ビズリーチ」を運営するビジョナル): the service, not the firm.
  if (/[「『“]/.test(text[start - 1] ?? '') && /^[」』”]を(?:運営|提供|展開)/.test(text.slice(end, end + 4))) return true;
  return (text[start - 1] === 'の' && name === 'CVC') || !!HAN_WORD_AFTER[name]?.test(text.slice(end, end + 2)) || SERVICE_AFTER.test(text.slice(end, end + 5)) ||
    (APP_BRAND.test(name) && PLATFORM_LIST.test(text.slice(end, end + 48))) ||
    !!HAN_PARENT_BEFORE[name]?.test(text.slice(Math.max(0, start - 2), start)) || !!HAN_PLACE_BEFORE[name]?.test(text.slice(Math.max(0, start - 2), start)) || (/[“「『]/.test(text[start - 1] ?? '') && QUOTED_PRODUCT.test(text.slice(end, end + 14)));
};
