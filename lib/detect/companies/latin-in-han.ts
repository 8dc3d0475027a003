/**
 * Latin names in Chinese text: "加拿大初创企业4AG Robotics完成B轮融资",
 * "由旧金山投资机构BOND领投", "QIC、Emmertech、Tenacious Ventures和Artesian跟投".
 * Chinese writes a foreign firm in its own letters between Han characters,
 * with no English word around it for the Latin cue readers, so the Han words
 * around it say what it is: a company noun right before it, or a deal's verb
 * right after it; and names listed beside one so read are firms too.
 * Products are quoted (“SwarmBot”) and people are glossed in brackets after
 * their Chinese name, and neither comes with such words.
 */
import type { CueName } from './cues.ts';
import { FOUNDED_NOT_FIRM } from './founded-bodies.ts';
import { takenOr, type Taken } from './taken.ts';

/** A Latin run between Han characters or CJK punctuation: up to four words, the first capitalized or a number glued to capitals (4AG). */
const RUN = /(?<![\p{sc=Latin}\d.&'-])(?:\p{Lu}[\p{sc=Latin}\d.&'-]*|\d+\p{Lu}[\p{sc=Latin}\d.&'-]*|\d+(?= \p{Lu}))(?: \p{Lu}[\p{sc=Latin}\d.&'-]*){0,3}(?![\p{sc=Latin}\d&'-])/gu;
/** Company nouns a name follows: 初创企业, 开发商, 制造商, 服务商, 投资机构, 公司, 巨头, 独角兽. */
const NOUN_BEFORE = /(?:公司|企[业業]|[开開][发發]商|[制製]造商|服[务務]商|供[应應]商|[运運][营營]商|[厂廠]商|机构|機構|巨[头頭]|独角兽|獨角獸|基金|[资資]本)$/;
/**
 * A deal's verb or a founder after the name: 领投, 跟投, 完成…融资, 获得, 创始人;
 * or what only a firm reports: 总收入, 净利润, 市值, 股价 (a product has 收入 and 营收
 * too: Azure收入).
 */
const VERB_AFTER = /^(?:[领領跟参參]投|[又也]?追加|牵头|牽頭|[则則也]?(?:于|於|在)?(?:\d{4}年)?(?:\d{1,2}月)?(?:完成|[获獲]得|[获獲]投|宣布)|(?:联合)?创始人|(?:聯合)?創始人|旗下|总收入|净利润|市值|股价)/;
/** Founded in a year (成立于2019年, 于2021年成立): a firm, or a body that is none (below). */
const FOUNDED_AFTER = /^(?:(?:于|於)\d{4}年)?成立/;
/** A last word only a firm's name ends in ("LINK-X Capital", "Orbita Labs"): the name says what it is. */
const SUFFIXED = / (?:Capital|Ventures|Partners|Investments?|Labs|Technologies|Holdings|Robotics|Therapeutics)$/;
/** Words no firm is called alone: terms, units, rounds. */
const NOT_NAME = /^(?:AI|AIGC|GPU|CPU|TPU|NPU|API|LLM|IPO|CEO|CFO|CTO|SaaS|App|APP|IT|IoT|VR|AR|A|B|C|D|E|Pre-A|Series|Round)$/;
/** Quotes a product or a model's name stands in. */
const QUOTED = /[“"「《『‘][^”"」》』’]*$/;
/** The joiners of a Chinese list. */
const JOINER = /^(?:、|和|及|与|與|以及)$/;

/** A Latin name less the digits of a date it runs into ("SwarmFarm Robotics10月"); `next` is the unit after it. */
export function beforeDate(name: string, next: string | undefined): string {
  const date = /(?<=[A-Za-z])\d+$/.exec(name);
  return date && /[年月日]/.test(next ?? '') ? name.slice(0, date.index) : name;
}

/** An investor by its name's last word, the fund or investor noun before it (迪拜基金Qalamx), or its part in the round. */
const investorish = (name: string, before: string, after: string) =>
  /(?:Capital|Ventures|Partners|Fund|Growth|Investments?|Investimentos|Inversiones)$/.test(name) || /(?:基金|[资資]本|机构|機構)$/.test(before) || /^[领領跟参參]投/.test(after);

/** Latin names the Han words around them mark, in a text with Han; `taken` says what other readers found. */
export function latinInHan(text: string, taken: Taken): CueName[] {
  const found: CueName[] = [];
  if (!/[A-Za-z]/.test(text)) return found;
  const busy = takenOr(taken, found);
  const runs = [...text.matchAll(RUN)].filter((m) => !NOT_NAME.test(m[0]));
  const marked = new Set<number>();
  /** For a name marked by the list it stands in, the listed name that marked it. */
  const via = new Map<number, number>();
  runs.forEach((m, k) => {
    const s = m.index;
    const e = s + m[0].length;
    const before = text.slice(Math.max(0, s - 8), s);
    const after = text.slice(e, e + 16);
    if (QUOTED.test(before) || !/[\u4e00-\u9fff]/.test(before.slice(-1) + after.charAt(0))) return;
    if (NOUN_BEFORE.test(before) || VERB_AFTER.test(after) || SUFFIXED.test(m[0]) || (FOUNDED_AFTER.test(after) && !FOUNDED_NOT_FIRM.test(m[0]))) marked.add(k);
  });
  // A name listed beside a marked one ("QIC、Emmertech、Tenacious Ventures和Artesian跟投") is one too, both ways along the list.
  for (let grew = true; grew; ) {
    grew = false;
    runs.forEach((m, k) => {
      if (marked.has(k)) return;
      for (const j of [k - 1, k + 1]) {
        const other = runs[j];
        if (!other || !marked.has(j)) continue;
        const [a, b] = j < k ? [other, m] : [m, other];
        if (JOINER.test(text.slice(a.index + a[0].length, b.index).replace(/\(.{1,12}?\)/, ''))) {
          marked.add(k);
          via.set(k, j);
          grew = true;
          return;
        }
      }
    });
  }
  const kindOf = (k: number): boolean => {
    const m = runs[k]!;
    const e = m.index + m[0].length;
    return investorish(m[0], text.slice(Math.max(0, m.index - 4), m.index), text.slice(e, e + 4)) || (via.has(k) && kindOf(via.get(k)!));
  };
  for (const k of [...marked].sort((a, b) => a - b)) {
    const m = runs[k]!;
    const s = m.index;
    const name = beforeDate(m[0], text[s + m[0].length]);
    const e = s + name.length;
    if (busy(s, e)) continue;
    // A list takes its kind from the name that marked it ("QIC、Emmertech和Artesian跟投": investors all).
    found.push({ start: s, end: e, canonical: name, kind: kindOf(k) ? 'investor' : 'company' });
  }
  return found;
}
