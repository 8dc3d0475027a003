/**
 * Short names a Chinese or Japanese article defines for itself right after a
 * company's full name: 踏浪智能科技股份有限公司（下称“踏浪智能”）, 株式会社ミライ
 * （以下、ミライ）. The full name ends in a company word, so the defined name is
 * a company's; findCompanies then finds it wherever else the article uses it.
 * A listing code may follow in the brackets (（以下简称“华策影视”，300133.SZ）).
 * The text is folded: full-width brackets and commas are ASCII here.
 */
import type { CueName } from './cues.ts';
import type { Taken } from './taken.ts';

// The firm's own Latin name may open the brackets (（TulingAI，以下简称“途灵科技”）).
const DEFINED = /\((?:([A-Za-z][\w.&'-]*(?: [\w.&'-]+){0,3}),\s*)?(?:以下简称|以下簡稱|下称|下稱|简称|簡稱|以下)[:,、]?\s*["“”「『]?([\u3040-\u30ff\u4e00-\u9fffA-Za-z][\u3040-\u30ff\u4e00-\u9fff\w・&.-]{1,11})["“”」』]?(?:[,;、][^()]{1,24})?\)/g;
/** The full name's last word: a company's, not a law's or a plan's (以下「新法」). */
const COMPANY_END = /(?:公司|集[团團]\)?|[银銀]行|基金|控股|会社|銀行|[证證]券|Inc\.?|Ltd\.?|Corp\.?)$/;

/**
 * A word of what a firm does after its short name: the full name is the
 * short one and its field (链途智能（下称“链途”）, Liantu Intelligence), which
 * a law or a plan never is (人工智能促进法 ends in its short name). Not 技术,
 * 生物 or 能源: 碳捕集技术（简称“碳捕集”） is a technology.
 */
const FIELD_WORD = /^(?:智能|科技|集[团團]|[网網][络絡]|[数數]据|[数數]據|[机機]器人|医[药藥疗療]|醫[藥療]|物流|汽[车車]|[电電]子|半[导導][体體]|[云雲]|[软軟]件|信息|[资資][讯訊]|[传傳]媒|[资資]本|[创創]投|股份|[实實][业業]|控股)$/;

/**
 * A Latin full name with its legal form before the bracket (Robotica Adriatica S.p.A.（下称“亚德里亚机器人”）): the
 * short name it defines is that firm's, named in English as the full name less its form.
 */
const LATIN_FULL = /(\p{Lu}[\p{L}\d&'-]*(?: [\p{L}\d&'-]+){0,4}),? (?:S\.p\.A|S\.A|N\.V|B\.V|GmbH|AG|SE|SAS|plc|LLC|Ltd|Limited|Inc|Corp)\.?$/u;

/** What a filing calls the firm it is about: the company, the group, the bank, the issuer. */
const GENERIC_SHORT = /^(?:本|该|該)?(?:公司|集[团團]|[银銀]行|控股|股份|[发發]行人|企[业業])$/;

/** A Chinese legal form, which a full name drops in English. */
const LEGAL_FORM = /(?:股份有限公司|有限[责責]任公司|有限公司|公司)$/;

export function definedNames(text: string, taken: Taken, out: CueName[]): void {
  for (const m of text.matchAll(DEFINED)) {
    const short = m[2]!;
    const own = m[1];
    // Filings define the firm as "the company" or "the group" (以下简称“公司”): a word, not a name.
    if (GENERIC_SHORT.test(short)) continue;
    const before = text.slice(Math.max(0, m.index - short.length - 4), m.index);
    const at = before.lastIndexOf(short);
    const field = at >= 0 && FIELD_WORD.test(before.slice(at + short.length));
    const latin = own ?? LATIN_FULL.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    if (!field && !latin && !COMPANY_END.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const kind = /基金|[资資]本|投[资資]/.test(short) ? 'investor' : 'company';
    // The full name before the bracket when it is the short one and a field; both are named for it.
    const canonical = field ? before.slice(at) : latin ?? short;
    const full = m.index - canonical.length;
    if (field && !taken(full, m.index)) out.push({ start: full, end: m.index, canonical, kind });
    // A full name read before the bracket (杭州幻帧科技有限公司（以下简称“幻帧科技”）) is the firm the article calls by
    // the short one, so it goes by the short one's English name, not by its seat and legal form.
    // Not a full name that says more (鼎曜運算股份有限公司（以下簡稱「鼎曜」）): its own reading names the firm better.
    const named = out.find((n) => n.end === m.index);
    const inner = named && text.slice(named.start, named.end).replace(LEGAL_FORM, '');
    if (named && inner!.endsWith(short) && inner!.length - short.length <= 3) Object.assign(named, { canonical, kind });
    const s = m.index + m[0].indexOf(short, own?.length);
    if (!taken(s, s + short.length)) out.push({ start: s, end: s + short.length, canonical, kind });
    if (own) {
      // The names read inside the full name before the bracket, or spelled as the short one, are that firm's.
      const from = m.index - (/[\u4e00-\u9fff]*$/.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0].length ?? 0);
      for (const n of out) if ((n.start >= from && n.end <= m.index) || text.slice(n.start, n.end) === short) n.canonical = own;
      if (!taken(m.index + 1, m.index + 1 + own.length)) out.push({ start: m.index + 1, end: m.index + 1 + own.length, canonical, kind });
    }
  }
}
