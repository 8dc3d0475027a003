/**
 * Registered Chinese names (上海星纬数据科技有限公司): a city, the firm's own
 * words, a field and a legal tail. Later mentions and the English press drop
 * the city and the tail, so those forms name the same firm. Part of the
 * Chinese reader (solid-names-zh.ts), in the Han chunk.
 */
import type { CjkPlaces } from './cjk-places.ts';
import type { CueName } from './cues.ts';
import type { Taken } from './taken.ts';

/** The legal tail of a registered name. */
const REGISTERED = /有限(?:责任|責任)?公司$/;
/** A registered name less the city it opens with (and 市 or 省 after it), if it is one that does. */
function withoutCity(canonical: string, places: CjkPlaces): string | undefined {
  const place = REGISTERED.test(canonical) ? places.PLACES.exec(canonical)?.[0] : undefined;
  return place && canonical.slice(place.length).replace(/^[市省]/, '');
}

/** Fields a registered name puts between a firm's own words and its tail: 信息 in 览架信息科技. */
const MIDDLE_FIELD = /^(?:信息|[资資][讯訊]|[网網][络絡路]|[数數][据據]|[软軟][件体體]|[电電]子|生物|医[疗療]|醫療|能源|新能源|材料|[机機]器人|自[动動]化|[视視][觉覺]|[计計]算)$/;
/** Is `full` the firm `short` names (览架信息科技 and 览架科技): the short form's head, a field word, then its tail. */
function sameFirm(full: string, short: string): boolean {
  const tail = /(?:科技|智能|技[术術]|集[团團]|控股)$/.exec(short)?.[0];
  const head = tail && short.slice(0, -tail.length);
  return !!head && head.length >= 2 && full.startsWith(head) && full.endsWith(tail) && MIDDLE_FIELD.test(full.slice(head.length, -tail.length));
}

/**
 * A registered name read whole (上海星纬数据科技有限公司) is named again by what is left without its city, its legal tail
 * and a 科技 or 技术 before it (星纬数据方面未予置评): each such mention is the firm's, which no ending marks.
 */
export function againWithoutCity(text: string, names: CueName[], busy: Taken, places: CjkPlaces, nameLike: (w: string) => boolean): void {
  for (const n of [...names]) {
    const head = withoutCity(n.canonical, places)?.replace(REGISTERED, '').replace(/(?:科技|技[术術])$/, '');
    if (!head || head.length < 2 || !nameLike(head) || names.some((m) => m.canonical === head)) continue;
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      // Not a product the firm named after itself: 玄戒O1 and the 玄戒系列 are chips of 上海玄戒技术有限公司.
      if (!busy(at, at + head.length) && !/^(?:[A-Za-z0-9]|系列)/.test(text.slice(at + head.length, at + head.length + 2))) names.push({ start: at, end: at + head.length, canonical: head, kind: n.kind });
    }
  }
}

/**
 * A registered name opens with its city (杭州澜储智能科技有限公司); where the text also names the firm without it (澜储智能),
 * its English name has no city either, as the press writes it. A city's own fund or bank is never named without it.
 */
export function namedWithoutCity(names: CueName[], places: CjkPlaces): void {
  for (const n of names) {
    const bare = withoutCity(n.canonical, places);
    if (bare && names.some((m) => m !== n && m.canonical.length >= 2 && bare.startsWith(m.canonical))) n.canonical = bare;
    // Or with a field word between the name and the tail the short form keeps (上海览架信息科技有限公司, then 览架科技):
    // the firm goes by the short form's English name.
    const core = (bare || n.canonical).replace(REGISTERED, '');
    const short = core !== n.canonical && names.find((m) => m !== n && sameFirm(core, m.canonical));
    if (short) n.canonical = short.canonical;
  }
}
