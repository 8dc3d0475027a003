/**
 * Short forms of Chinese and Japanese names ("小鹏汽车" is later "小鹏"). Their
 * own module, carried by the CJK chunk with the other CJK readers: a page
 * without those scripts never needs the tails.
 */
import { isCjk } from './chars.ts';
import { placeOnly } from './cjk-places.ts';
import type { ScriptReaders } from './readers/types.ts';

/** Business tails of Chinese and Japanese names that drop in a later mention ("小鹏汽车" → "小鹏", "武田薬品工業" → "武田"). */
const SHORT_FORM_TAILS_CJK = ['汽车', '汽車', '电子', '電子', '科技', '集团', '集團', '控股', '机器人', '機器人',
  '智能', '算力', '资本', '資本', '创投', '創投', '证券', '證券', '半导体', '半導體', '薬品', '薬品工業', '製薬', '工業', '股份',
  '公司', '有限公司', '股份有限公司', '有限责任公司', '有限責任公司', '智算', '运算', '運算'];
// Longest first, so "薬品工業" goes before "工業".
const CJK_TAILS = [...SHORT_FORM_TAILS_CJK].sort((a, b) => b.length - a.length);

/**
 * Chinese and Japanese: the name less a business tail ("三星電子", "武田薬品工業",
 * "グラブ・ホールディングス"). Japanese tails come with the kana chunk (kana-tails.ts), in `readers`.
 */
export function cjkShort(name: string, readers?: ScriptReaders): string | undefined {
  let head = name;
  // The kana chunk's tails first, as the Han ones end none of them; no list is made per call.
  const tailOf = (h: string) => readers?.kanaTails?.find((t) => h.endsWith(t)) ?? CJK_TAILS.find((t) => h.endsWith(t));
  // Tails may stack: グロービス・キャピタル・パートナーズ goes by グロービス.
  for (let tail = tailOf(head); tail; tail = tailOf(head)) {
    head = head.slice(0, head.length - tail.length).replace(/・$/, '');
  }
  if (head === name) return undefined;
  // "浦东创投" later "浦东" would be the district: a place alone is no short form.
  if (head.length < 2 || placeOnly(head)) return undefined;
  for (let i = 0; i < head.length; i++) if (!isCjk(head.charCodeAt(i))) return undefined;
  return head;
}
