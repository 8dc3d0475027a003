/**
 * Chinese and Japanese lists: a name set off by 、 (or Japanese や) right
 * beside a name already known is a company too ("金山云、优刻得的", "星海图、它石智航等",
 * "富士通やホンダ、IHIなど"). These scripts have no capitals to show a name, but a
 * list joins things of one kind and its punctuation shows where each item
 * ends. The item must be closed on its far side by punctuation or a word that
 * ends a list item; otherwise it runs on into prose ("現代三年砸逾…") and is left.
 */
import { ZH_DESCRIPTOR_CHARS, ZH_INVESTOR_CHARS } from './cue-lexicon.ts';
import type { CueName } from './cues.ts';

type Taken = (s: number, e: number) => boolean;

/** What an item is made of: Han, katakana with ー and ・, Latin letters and digits. */
const PART = /[\u4e00-\u9fff\u30a1-\u30ffA-Za-z0-9&]/;
/** Units that close a Chinese item on its far side: punctuation and the words that end a list item. */
const CLOSE_ZH = '、,，。;；:：()（）「」《》“”"等的及与與和也都则則将將已在是';
/** Japanese closes an item with any kana particle (は, が, など, の) or punctuation. */
const CLOSE_JA = /[\u3040-\u309f、,，。()（）「」]/;
/**
 * Japanese 、 is also a clause comma ("ラピダス、民間から…"), so a name read after
 * it must end where a list goes on: another 、, や, と or など.
 */
const LIST_ON_JA = /^(?:[、やと]|など)/;
/** Descriptions, not names: every character generic ("大型银行", "国内厂商"). */
const GENERIC = new Set(ZH_DESCRIPTOR_CHARS + '大中小国國内內外各多数两几该这其公司厂廠商企业業机构構新创創美日韩韓中欧歐');
const MAX = 8;

interface Item {
  start: number;
  end: number;
}

/** The item that ends at `end` (back) or starts at `start` (forward), if its far side is closed. */
function item(text: string, at: number, back: boolean, japanese: boolean): Item | undefined {
  const step = back ? -1 : 1;
  let k = back ? at - 1 : at;
  let n = 0;
  while (k >= 0 && k < text.length && PART.test(text[k]!) && !(back ? false : n > 0 && !japanese && CLOSE_ZH.includes(text[k]!))) {
    k += step;
    if (++n > MAX) return undefined;
  }
  if (n < 2) return undefined;
  const far = text[k] ?? '';
  // At the text's edge, or before punctuation, a particle or a word that closes the item.
  const closed = far === '' || (japanese ? CLOSE_JA.test(far) : CLOSE_ZH.includes(far) || /\s/.test(far));
  if (!closed || (japanese && !back && !LIST_ON_JA.test(text.slice(k, k + 2)))) return undefined;
  return back ? { start: k + 1, end: at } : { start: at, end: k };
}

/** A name, not a description, a number or a loanword for a thing. */
function nameLike(word: string): boolean {
  // Dates, sums and shares ("2023年", "今年3月", "5000億円", "三年投入百亿") are no names; a Latin name may hold digits.
  if (/\d/.test(word) && !/[A-Za-z]/.test(word) || /[年亿億万萬]/.test(word)) return false;
  if (/^[\u4e00-\u9fff]+$/.test(word)) return [...word].some((c) => !GENERIC.has(c));
  return true;
}

/** Names found beside known ones in lists; `known` says whether [s, e) overlaps a name found another way. */
export function listedInSolidText(text: string, known: Taken, japanese: boolean): CueName[] {
  const found: CueName[] = [];
  const isKnown = (it: Item) => known(it.start, it.end) || found.some((n) => n.start < it.end && it.start < n.end);
  // Not Japanese と: it means "with" as often as "and" ("NTTと共同で", "オープンAIと提携").
  const joiners = [...text.matchAll(japanese ? /[、や]/g : /、/g)].map((m) => m.index);
  // Both ways, so a chain of unknown names grows from the known one in it, wherever it stands.
  for (const order of [joiners, [...joiners].reverse()]) {
    for (const j of order) {
      const left = item(text, j, true, japanese);
      const right = item(text, j + 1, false, japanese);
      if (!left || !right) continue;
      const [have, add] = isKnown(left) ? [left, right] : [right, left];
      if (!isKnown(have) || isKnown(add)) continue;
      const word = text.slice(add.start, add.end);
      if (!nameLike(word)) continue;
      const investor = /キャピタル|ベンチャーズ|ファンド/.test(word) || [...word].some((c) => ZH_INVESTOR_CHARS.includes(c) && /[\u4e00-\u9fff]/.test(c));
      found.push({ start: add.start, end: add.end, canonical: word, kind: investor ? 'investor' : 'company' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
