/**
 * Short forms of Chinese and Japanese names ("小鹏汽车" is later "小鹏"). Their
 * own module, carried by the CJK chunk with the other CJK readers: a page
 * without those scripts never needs the tails.
 */
import { isCjk } from './chars.ts';
import { PLACES, placeOnly } from './cjk-places.ts';
import type { ScriptReaders } from './readers/types.ts';

/** Business tails of Chinese and Japanese names that drop in a later mention ("小鹏汽车" → "小鹏", "武田薬品工業" → "武田"). */
const SHORT_FORM_TAILS_CJK = ['汽车', '汽車', '电子', '電子', '科技', '集团', '集團', '控股', '机器人', '機器人',
  '智能', '算力', '资本', '資本', '创投', '創投', '证券', '證券', '半导体', '半導體', '薬品', '薬品工業', '製薬', '工業', '股份',
  '公司', '有限公司', '股份有限公司', '有限责任公司', '有限責任公司', '智算', '运算', '運算'];
// Longest first, so "薬品工業" goes before "工業".
const CJK_TAILS = [...SHORT_FORM_TAILS_CJK].sort((a, b) => b.length - a.length);
/**
 * What a firm does, which a later mention drops when it ends a name read from cues ("擎岚智行" → "擎岚",
 * "华策影视" → "华策", "析元生物" → "析元"); behind a legal or group word it stays ("岚汐物流集团" → "岚汐物流"). A name the
 * gazetteer knows drops only the tails of travel and film (同程旅行 → 同程): its head is as often a word
 * before the others (东方航空, 光线传媒, 国家能源).
 */
const FIELD_TAILS = ['光电', '光電', '智行', '出行', '旅行', '物流', '影视', '影視', '传媒', '傳媒', '文化', '娱乐', '娛樂', '游戏', '遊戲', '网络', '網絡', '软件',
  '軟件', '信息', '能源', '航空', '医药', '醫藥', '生物', '视觉', '視覺'];

const KNOWN_FIELD_TAILS = /^(?:智行|出行|旅行|影[视視])$/;
/** Both lists, in that order, for cjkLong: made once rather than per name and per mention. */
const EVERY_TAIL = [...CJK_TAILS, ...FIELD_TAILS];

/**
 * Chinese and Japanese: the name less a business tail ("三星電子", "武田薬品工業",
 * "グラブ・ホールディングス"). Japanese tails come with the kana chunk (kana-tails.ts), in `readers`.
 */
export function cjkShort(name: string, readers?: ScriptReaders, known = false): string | undefined {
  const field = FIELD_TAILS.find((t) => name.endsWith(t) && (!known || KNOWN_FIELD_TAILS.test(t)));
  let head = field ? name.slice(0, -field.length) : name;
  // The kana chunk's tails first, as the Han ones end none of them; no list is made per call.
  const tailOf = (h: string) => readers?.kanaTails?.find((t) => h.endsWith(t)) ?? CJK_TAILS.find((t) => h.endsWith(t));
  // Tails may stack: グロービス・キャピタル・パートナーズ goes by グロービス.
  for (let tail = tailOf(head); tail; tail = tailOf(head)) {
    head = head.slice(0, head.length - tail.length).replace(/・$/, '');
  }
  // A registered name opens with its city (武汉芯曜光电科技有限公司), which later mentions leave out with the legal tail,
  // and its field after it (芯曜光电, then 芯曜). A name the gazetteer knows keeps both: its place is often its own (北京银行).
  if (!known && name.endsWith('公司')) {
    const place = PLACES.exec(head)?.[0];
    // Three characters at least, as a firm's own word has: 上海机场 is no 机场.
    if (place && head.length - place.length >= 3 && head[place.length] !== '市') head = head.slice(place.length);
    const inner = field ? undefined : FIELD_TAILS.find((t) => head.endsWith(t) && head.length - t.length >= 2);
    if (inner) head = head.slice(0, -inner.length);
  }
  if (head === name) return undefined;
  // "浦东创投" later "浦东" would be the district: a place alone is no short form.
  if (head.length < 2 || placeOnly(head)) return undefined;
  // A Latin acronym before a katakana tail is the group's short name too (SBIホールディングス, then SBI).
  if (/^[A-Z]{2,5}$/.test(head) && /[\u30a0-\u30ff]$/.test(name)) return head;
  for (let i = 0; i < head.length; i++) if (!isCjk(head.charCodeAt(i))) return undefined;
  return head;
}

/** Tails the English name leaves out or says in general words: a name is no fuller with them (浦东创投集团, Pudong Venture Capital Group). */
const GENERIC_TAIL = /公司$|^(?:科技|集[团團]|控股|股份|信息|能源|文化|[网網][络絡])$/;
/** After a full name: not Han, or a word that follows a firm's name (表示, 宣布, 获…); else a compound (信息披露). */
const AFTER_NAME = /^(?:[^\u3400-\u9fff]|表示|宣布|[获獲]|完成|[发發]布|称|稱|的|[将將]|已|也|是|在|于|於|与|與|和|及)/;

/**
 * The name with the business tail the text gives it elsewhere: a reader may
 * first meet a firm by its short form (鼎曜成立於2021年) and the headline by
 * its full one (鼎曜運算獲…). The longest such form, or undefined.
 */
export function cjkLong(text: string, name: string): string | undefined {
  // A name that has its tail already says what it is (澜序智能, not 澜序智能科技 from the legal name); a Latin one is another reader's.
  if (EVERY_TAIL.some((t) => name.endsWith(t)) || !/^[\u3400-\u9fff]+$/.test(name)) return undefined;
  let long: string | undefined;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const e = at + name.length;
    const tail = EVERY_TAIL.find((t) => text.startsWith(t, e) && !GENERIC_TAIL.test(t) && AFTER_NAME.test(text.slice(e + t.length, e + t.length + 2)));
    if (tail && (!long || tail.length > long.length - name.length)) long = name + tail;
  }
  return long;
}
