/**
 * Chinese lists: a name set off by 、 right beside a name already known is a
 * company too ("金山云、优刻得的", "星海图、它石智航等"). Chinese has no capitals
 * to show a name, but 、 joins items of one kind, and punctuation or a word
 * that ends a list item shows where each ends. The item must be closed on its
 * far side; otherwise it runs on into prose ("現代三年砸逾…") and is left.
 *
 * Not Japanese: there 、 is also a clause comma and や, と join places,
 * products and people as readily. The same rule for Japanese found five more
 * names in the read sets and nothing but five wrong ones in a new unseen set.
 */
import { ZH_DESCRIPTOR_CHARS, ZH_INVESTOR_CHARS } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';
import { takenOr, type Taken } from './taken.ts';

/** What an item is made of: Han, Latin letters and digits. */
const PART = /[\u4e00-\u9fffA-Za-z0-9&]/;
/** Units that close an item on its far side: punctuation and the words that end a list item. */
const CLOSE = '、,，。;；:：()（）「」《》“”"等的及与與和也都则則将將已在是';
/** Descriptions, not names: every character generic ("大型银行", "国内厂商"). */
const GENERIC = new Set(ZH_DESCRIPTOR_CHARS + '大中小国國内內外各多数两几该这其公司厂廠商企业業机构構新创創美日韩韓中欧歐');
const MAX = 8;
const LEAD = /^.*(?:包括|包含|以及|其中|例如|比如|覆盖|涵盖)/;

interface Item {
  start: number;
  end: number;
}

/**
 * Read back, a conjunction ends the item before (腾讯与卓驭、…), and so does 的 after a word for where (国内的雷鸟创新、
 * Rokid, 杭州的…); after other words 的 ties what follows to them (旗下的豆包, a product) and stays inside, as do the
 * verbs and adverbs that close an item read forward (在美国收紧出口管制 is a clause).
 */
const WHERE_OF = /(?:[国國][内內外]|海外|本土|境[内內外]|本地)的$/;
function opensItem(text: string, k: number): boolean {
  const c = text[k]!;
  return '与與和及'.includes(c) || (c === '的' && WHERE_OF.test(text.slice(k - 2, k + 1)));
}

/** The item that ends at `at` (back) or starts there (forward), if its far side is closed. */
function item(text: string, at: number, back: boolean): Item | undefined {
  const step = back ? -1 : 1;
  let k = back ? at - 1 : at;
  let n = 0;
  while (k >= 0 && k < text.length && PART.test(text[k]!) && (n === 0 || !(back ? opensItem(text, k) : CLOSE.includes(text[k]!)))) {
    k += step;
    if (++n > MAX) return undefined;
  }
  const far = text[k] ?? '';
  if (n < 2 || !(far === '' || CLOSE.includes(far) || /\s/.test(far))) return undefined;
  return back ? { start: k + 1, end: at } : { start: at, end: k };
}

/** Who holds or backs a firm, listed as its investors are ("老股东、华为旗下的哈勃投资"): no name. */
const HOLDERS = /(?:股[东東]|投[资資]人|投[资資]方|[机機]构)$/;

/** A name, not a description, a date, a sum or a superlative ("2023年", "三年投入百亿", "匈牙利最大的"); a Latin name may hold digits. */
function nameLike(word: string): boolean {
  if ((/\d/.test(word) && !/[A-Za-z]/.test(word)) || /[年亿億万萬]|最[大早高强強]/.test(word) || HOLDERS.test(word) && word.length <= 4) return false;
  return !/^[\u4e00-\u9fff]+$/.test(word) || [...word].some((c) => !GENERIC.has(c));
}

/** Names found beside known ones in 、 lists; `known` says whether [s, e) overlaps a name found another way. */
export function listedInChinese(text: string, known: Taken): CueName[] {
  const found: CueName[] = [];
  const knownNow = takenOr(known, found);
  const isKnown = (it: Item) => knownNow(it.start, it.end);
  // The known name stands right at the 、: "银河通用坚持数据、模型" holds one, but far from it.
  const atComma = (it: Item, j: number) => (it.end === j ? knownNow(j - 1, j) : knownNow(j + 1, j + 2));
  const commas = [...text.matchAll(/、/g)].map((m) => m.index);
  // Both ways, so a chain of unknown names grows from the known one in it, wherever it stands.
  for (const order of [commas, [...commas].reverse()]) {
    for (const j of order) {
      const left = item(text, j, true);
      const right = item(text, j + 1, false);
      if (!left || !right) continue;
      const [have, add] = isKnown(left) ? [left, right] : [right, left];
      if (!atComma(have, j) || isKnown(add)) continue;
      // The first item may run back into the words that open the list: "包括优刻得、金山云".
      const lead = add.end === j ? LEAD.exec(text.slice(add.start, add.end)) : null;
      if (lead) add.start += lead[0].length;
      if (add.end - add.start < 2) continue;
      const word = text.slice(add.start, add.end);
      if (!nameLike(word)) continue;
      const investor = [...word].some((c) => ZH_INVESTOR_CHARS.includes(c));
      found.push({ start: add.start, end: add.end, canonical: word, kind: investor ? 'investor' : 'company' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
