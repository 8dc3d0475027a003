/**
 * Chinese places that open names, and a test for a place alone: the Han
 * reader (pinyin.ts, solid-names-zh.ts) and the short forms of the CJK chunk
 * (short-forms-cjk.ts: "浦东创投" is never just "浦东") share them.
 */
/** Places a name may open with: read apart, so "杭州灵枢" is "Hangzhou Lingshu", not one word. */
export const PLACES = /^(?:中国|中國|北京|上海|深圳|杭州|广州|廣州|合肥|南京|苏州|蘇州|武汉|武漢|成都|重庆|重慶|天津|西安|香港|澳门|澳門|台湾|臺灣|台灣|台北|臺北|浙江|江苏|江蘇|安徽|广东|廣東|中关村|中關村|厦门|廈門|青岛|青島|无锡|無錫|珠海|东莞|佛山|宁波|温州|福州|济南|郑州|长沙|昆明|大连|沈阳|长春|南昌|贵阳|南宁|海口|兰州|常州|绍兴|嘉兴|烟台|徐州|南通|泉州|雄安|山东|河南|河北|湖北|湖南|四川|福建|江西|山西|陕西|辽宁|吉林|云南|贵州|广西|海南|甘肃|新疆|浦东|張江|张江|海淀|前海|临港|亦庄|黑龙江|内蒙古|宁夏|青海|哈尔滨|石家庄|太原|呼和浩特|银川|西宁|乌鲁木齐|株洲|洛阳|芜湖|惠州|江门|汕头|扬州|镇江|台州|金华|义乌|湖州|舟山|潍坊|淄博|临沂|唐山|保定|包头|绵阳|宜宾|襄阳|宜昌|岳阳|赣州|柳州|桂林|三亚|遵义|威海|盐城|泰州|连云港|淮安|马鞍山|蚌埠|新竹|台中|臺中|台南|臺南|高雄|桃园|桃園)/;
/** Places the English press does not name in pinyin: 香港 is Hong Kong, never "Xianggang" (台湾 reads as Taiwan already). */
export const EXONYMS: Record<string, string> = {
  中国: 'China', 中國: 'China', 香港: 'Hong Kong', 澳门: 'Macau', 澳門: 'Macau', 台北: 'Taipei', 臺北: 'Taipei', 陕西: 'Shaanxi',
  哈尔滨: 'Harbin', 呼和浩特: 'Hohhot', 乌鲁木齐: 'Urumqi', 内蒙古: 'Inner Mongolia', 高雄: 'Kaohsiung', 台中: 'Taichung', 臺中: 'Taichung',
  台南: 'Tainan', 臺南: 'Tainan', 新竹: 'Hsinchu', 桃园: 'Taoyuan', 桃園: 'Taoyuan',
};

/** A place and nothing more (上海, 珠海市): what a list of investors may name beside firms ("北京、上海等地的国资基金"), but no firm. */
export const placeOnly = (name: string): boolean => PLACES.exec(name)?.[0].length === name.replace(/[市省]$/, '').length;

/**
 * The short forms a Chinese name read from a cue may take: every prefix of two characters or more after the city it
 * opens with (成都晶途智能装备有限公司: 晶途, 晶途智能, …); none for a name not all Han (full-names.ts).
 */
export const hanPrefixes = (name: string): string[] => {
  if (!/^[\u4e00-\u9fff]{2,}$/.test(name)) return [];
  const own = name.slice(PLACES.exec(name)?.[0].length ?? 0);
  return Array.from({ length: Math.max(0, own.length - 2) }, (_, k) => own.slice(0, k + 2));
};

/** Together, as the CJK chunk hands them to the Han reader (han.js would otherwise carry a second copy) and to full-names.ts. */
export const CJK_PLACES = { PLACES, EXONYMS, placeOnly, hanPrefixes };
export type CjkPlaces = typeof CJK_PLACES;
