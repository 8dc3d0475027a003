/**
 * The English name of a Chinese company name the gazetteer does not know.
 * The English press writes a young Chinese company as the pinyin of its own
 * words followed by what it is in English (澜序智能 → "Lanxu Intelligence",
 * 霁川资本 → "Jichuan Capital", 北京人工智能产业投资基金 → "Beijing AI Industry
 * Investment Fund"), and the library adds one deal up across languages only
 * if both reports come to the same canonical name. So the words a name ends
 * in are translated, last first, and the rest is read in pinyin.
 *
 * tiny-pinyin reads a character through the browser's own Chinese collation
 * (Intl.Collator), so no reading table ships; where that collation is missing
 * the name keeps its characters.
 */
import pinyin from 'tiny-pinyin/dist/core';
import type { CjkPlaces } from './cjk-places.ts';

/** What the words a name may end in say in English; both the simplified and the traditional spelling. */
const TAILS: Record<string, string> = {
  人工智能: 'AI', 人工智慧: 'AI', 智能: 'Intelligence', 智慧: 'Intelligence', 科技: 'Technology', 技术: 'Technology', 技術: 'Technology', 资本: 'Capital', 資本: 'Capital',
  创投: 'Ventures', 創投: 'Ventures', 投资: 'Investment', 投資: 'Investment', 创业投资: 'Venture Capital', 創業投資: 'Venture Capital',
  风险投资: 'Venture Capital', 風險投資: 'Venture Capital', 基金: 'Fund', 集团: 'Group', 集團: 'Group',
  控股: 'Holding', 控股集团: 'Holding Group', 控股集團: 'Holding Group', 金控: 'Financial Holding', 金融: 'Financial', 证券: 'Securities', 證券: 'Securities', 银行: 'Bank', 銀行: 'Bank', 保险: 'Insurance', 保險: 'Insurance',
  电力: 'Power', 電力: 'Power', 能源: 'Energy', 智算: 'Compute', 算力: 'Compute', 运算: 'Compute', 運算: 'Compute',
  云: 'Cloud', 雲: 'Cloud', 物流: 'Logistics', 汽车: 'Motors', 汽車: 'Motors', 机器人: 'Robotics', 機器人: 'Robotics',
  半导体: 'Semiconductor', 半導體: 'Semiconductor', 芯片: 'Chips', 医疗: 'Medical', 醫療: 'Medical', 数据: 'Data', 數據: 'Data',
  网络: 'Network', 網路: 'Network', 信息: 'Information', 资讯: 'Information', 資訊: 'Information', 电子: 'Electronics', 微电子: 'Microelectronics', 微電子: 'Microelectronics',
  電子: 'Electronics', 通信: 'Communications', 电信: 'Telecom', 電信: 'Telecom', 律所: 'Law', 产业: 'Industry', 產業: 'Industry',
  产投: 'Industrial Investment', 產投: 'Industrial Investment', 新材: 'New Materials', 新材料: 'New Materials', 材料: 'Materials', 生物: 'Bio',
  装备: 'Equipment', 裝備: 'Equipment', 设备: 'Equipment', 設備: 'Equipment', 智能装备: 'Intelligent Equipment', 智能裝備: 'Intelligent Equipment',
  科创: 'Sci-Tech Innovation', 科創: 'Sci-Tech Innovation', 科创投: 'Sci-Tech Innovation Investment', 科創投: 'Sci-Tech Innovation Investment', 制药: 'Pharmaceutical', 製藥: 'Pharmaceutical', 药业: 'Pharmaceutical', 藥業: 'Pharmaceutical', 医药: 'Pharma', 醫藥: 'Pharma', 传媒: 'Media', 傳媒: 'Media', 国际: 'International', 國際: 'International',
  研究院: 'Research Institute', 实验室: 'Lab', 實驗室: 'Lab', 资产: 'Asset Management', 資產: 'Asset Management',
  安全: 'Security', 安防: 'Security', 传感: 'Sensing', 傳感: 'Sensing', 投顾: 'Investment Consulting', 投顧: 'Investment Consulting', 语言: 'Language', 語言: 'Language', 视觉: 'Vision', 視覺: 'Vision',
  软件: 'Software', 軟體: 'Software', 光电: 'Optoelectronics', 光電: 'Optoelectronics', 新能源: 'New Energy', 储能: 'Energy Storage',
  儲能: 'Energy Storage', 航天: 'Aerospace', 航太: 'Aerospace', 航空: 'Aviation', 动力: 'Dynamics', 動力: 'Dynamics',
  发展: 'Development', 發展: 'Development', 创新: 'Innovation', 創新: 'Innovation', 主题: '', 主題: '',
  智造: 'Intelligent Manufacturing', 集成电路: 'Integrated Circuit', 集成電路: 'Integrated Circuit', 计算: 'Computing', 計算: 'Computing', 互联: 'Interconnect', 互聯: 'Interconnect',
  互联网: 'Internet', 互聯網: 'Internet', 酒店: 'Hotel', 旅行: 'Travel', 旅游: 'Tourism', 地产: 'Real Estate', 地產: 'Real Estate',
  智行: 'Mobility', 出行: 'Mobility', 影视: 'Media', 影視: 'Media', 影业: 'Pictures', 影業: 'Pictures',
  农业: 'Agriculture', 農業: 'Agriculture', 食品: 'Food', 教育: 'Education', 科学: 'Science', 科學: 'Science',
  量子: 'Quantum', 光子: 'Photonics', 天使汇: 'Angels', 天使匯: 'Angels', 天使会: 'Angels', 天使會: 'Angels', 天使: 'Angel',
  机场: 'Airport', 機場: 'Airport', 港口: 'Port', 铁路: 'Railway', 鐵路: 'Railway', 物联: 'IoT', 物聯: 'IoT',
  // A paper's English name says what it is: 大河报 is Dahe Daily.
  报: 'Daily', 報: 'Daily', 日报: 'Daily', 日報: 'Daily', 晚报: 'Evening News', 时报: 'Times', 時報: 'Times', 周刊: 'Weekly', 週刊: 'Weekly',
};
/** Legal forms the English name leaves out, as the scorer of a name and the press both do. */
const LEGAL = /(?:股份有限公司|有限责任公司|有限責任公司|有限公司|股份)$/;
const TAIL_KEYS = Object.keys(TAILS).sort((a, b) => b.length - a.length);

/** The collation's reading is the commonest one, or an old one (晟 as cheng); in a name these read otherwise (乐 in 乐视, 长 in 长江, 重 in 重庆). */
const READINGS: Record<string, string> = {
  乐: 'le', 樂: 'le', 长: 'chang', 長: 'chang', 重: 'chong', 厦: 'xia', 廈: 'xia', 强: 'qiang', 強: 'qiang', 都: 'du', 行: 'hang',
  藏: 'zang', 率: 'lv', 拓: 'tuo', 翟: 'zhai', 覃: 'qin', 单: 'shan', 單: 'shan', 仇: 'qiu', 区: 'ou', 區: 'ou', 曾: 'zeng', 朝: 'chao',
  晟: 'sheng',
};

/**
 * tiny-pinyin finds a character's syllable between the first characters of
 * each syllable in collation order. Newer collation data (ICU 78, the same
 * order in Node 20 and Chromium 150) moved some of those first characters
 * to another syllable, which read 北 as "bao", 钱 as "qie" and 拿 as "mu". With
 * these starts, and without the syllable "n" whose start 嗯 now sorts inside
 * "na", no character of GB2312's first level (3,755) reads wrong against a full
 * reading table, 3 of its second (3,008) and 24 of Big5's first (5,401), from
 * 85, 81 and 142.
 */
const STARTS: Record<string, string> = {
  BEI: '卑', CHUA: '歘', DIAN: '敁', LE: '仂', LUO: '啰', QIE: '苆', QUE: '炔', RONG: '戎', WANG: '尢', XIA: '呷', ZHUO: '拙', ZUO: '嘬',
};

function patch(dict: { PINYINS: string[]; UNIHANS: string[] }): void {
  for (const [syllable, first] of Object.entries(STARTS)) {
    const k = dict.PINYINS.indexOf(syllable);
    if (k >= 0) dict.UNIHANS[k] = first;
  }
  const n = dict.PINYINS.indexOf('N');
  if (n >= 0) {
    dict.PINYINS.splice(n, 1);
    dict.UNIHANS.splice(n, 1);
  }
}

const HAN = /^[\u3400-\u9fff]$/;
let ready: boolean | undefined;

function supported(): boolean {
  if (ready === undefined) {
    ready = pinyin.isSupported();
    if (ready) pinyin.patchDict(patch);
  }
  return ready;
}

/** The pinyin of a run of characters as one word ("Lanxu"), or undefined if one of them has no reading. */
function pinyinWord(run: string): string | undefined {
  if (!supported()) return undefined;
  let word = '';
  for (const c of run) {
    const syllable = READINGS[c] ?? (HAN.test(c) ? pinyin.convertToPinyin(c, '', true) : undefined);
    // The collation leaves a character it cannot place as it is.
    if (!syllable || !/^[a-z]+$/.test(syllable)) return undefined;
    word += syllable;
  }
  // ü is written "v" in pinyin input; the press writes "u" (吕 → Lu).
  word = word.replace(/v/g, 'u');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A province or city the name opens with: "安澜省…" is "Anlan Provincial …", "云州市…" is "Yunzhou …". */
const SEAT = /^([\u4e00-\u9fff]{2})([省市])/;

/** The head's words: a place it opens with, read apart, then the rest. */
function headWords(head: string, { PLACES, EXONYMS }: CjkPlaces): (string | undefined)[] {
  const placeWord = (run: string) => EXONYMS[run] ?? pinyinWord(run);
  const seat = SEAT.exec(head);
  if (seat) {
    const place = placeWord(seat[1]!);
    const rest = head.slice(seat[0].length);
    return [seat[2] === '省' && place ? `${place} Provincial` : place, ...(rest ? [pinyinWord(rest)] : [])];
  }
  const place = PLACES.exec(head)?.[0];
  // A province of three characters keeps its 省 apart (黑龙江省新产业投资集团 reads Heilongjiang, then the rest).
  const rest = place ? head.slice(place.length).replace(/^[省市]/, '') : head;
  return place ? [placeWord(place), ...(rest ? [pinyinWord(rest)] : [])] : [pinyinWord(head)];
}

/** Words of a fund, group or bank that a city owns and names for itself (厦门市创业投资有限公司: Xiamen Venture Capital). */
const CITY_OWNED = /Investment|Group|Holding|Development|Capital|Fund|Bank|Securities|Insurance|Ventures|Asset|Trading|Industry|Airport|Port|Railway/;

/**
 * "Lanxu Intelligence" for 澜序智能; the name itself when it is all words
 * that describe (人工智能基金 names no one) or a character has no reading.
 */
export function chineseEnglish(name: string, places: CjkPlaces): string {
  let rest = name.replace(/[(（]集[团團][)）]/, '集团').replace(LEGAL, '');
  const words: string[] = [];
  for (let tail = TAIL_KEYS.find((t) => rest.endsWith(t)); tail && rest.length - tail.length >= 2; tail = TAIL_KEYS.find((t) => rest.endsWith(t))) {
    const english = TAILS[tail];
    if (english) words.unshift(english);
    rest = rest.slice(0, -tail.length);
  }
  if (rest in TAILS) return name;
  const legal = LEGAL.test(name);
  const city = places.PLACES.exec(rest)?.[0];
  if (legal && words[words.length - 1] === 'Technology') {
    // "X信息科技有限公司" is an IT firm, and goes by "X Technology".
    if (words.length === 2 && words[0] === 'Information') words.shift();
    // "X智能科技有限公司" is the company X智能 in its legal dress: its English name is X智能's. So is a four-character
    // name's (杭州深衍智药科技有限公司 is Shenyan Zhiyao), which stands alone; a two-character one keeps the word (Limou Technology).
    else if (words.length > 1 || rest.length - (city?.length ?? 0) >= 4) words.pop();
  }
  // A firm's legal name opens with its city, which its English name leaves out (杭州深衍智药科技有限公司: Shenyan Zhiyao);
  // a city's own fund, group or bank keeps it (CITY_OWNED). Not 中国 (中国移动通信有限公司 is China Mobile).
  const cut = legal && city && !/^中[国國]$/.test(city) ? city.length + (/^[市省]/.test(rest.slice(city.length)) ? 1 : 0) : 0;
  if (cut && rest.length - cut >= 2 && !words.some((w) => CITY_OWNED.test(w))) rest = rest.slice(cut);
  const read = headWords(rest, places);
  if (read.some((w) => !w)) return name;
  // A bank named for its city or province is that place's bank: 北京银行 is Bank of Beijing.
  if (words.length === 1 && words[0] === 'Bank' && city === rest) return `Bank of ${read.join(' ')}`;
  return [...read, ...words].join(' ');
}
