/**
 * Amounts and percentages in the many spellings real newsrooms use, per
 * language: symbols before or after, abbreviations (bn, Mio., Md€, 亿),
 * Arabic-Indic and full-width digits, NBSP before a percent sign.
 */
import type { Lang } from './corpus-data.ts';
import type { Rng } from './prng.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A figure with up to one decimal, printed with the given decimal mark. */
function decimal(rng: Rng, min: number, max: number, mark: '.' | ',' | '٫'): string {
  const whole = rng.int(min, max);
  if (!rng.chance(0.4)) return String(whole);
  return `${whole}${mark}${rng.int(1, 9)}`;
}

/** Groups thousands: 1250000 → "1,250,000" with the given separator. */
function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function arabicIndic(s: string): string {
  return s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

function fullWidth(s: string): string {
  return s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

type Speller = (rng: Rng) => string;

const MONEY: Record<Lang, readonly Speller[]> = {
  en: [
    (r) => `$${decimal(r, 2, 900, '.')} million`,
    (r) => `$${decimal(r, 1, 60, '.')} billion`,
    (r) => `$${decimal(r, 1, 40, '.')}bn`,
    (r) => `$${r.int(5, 800)}m`,
    (r) => `$${r.int(5, 800)}M`,
    (r) => `US$${decimal(r, 2, 500, '.')} million`,
    (r) => `USD ${decimal(r, 1, 20, '.')} billion`,
    (r) => `€${r.int(5, 600)} million`,
    (r) => `£${r.int(2, 300)}m`,
    (r) => `${decimal(r, 1, 30, '.')} billion dollars`,
    (r) => `$${grouped(r.int(100, 9000) * 1000, ',')}`,
    (r) => `about $${r.int(10, 900)} million`,
  ],
  fr: [
    (r) => `${decimal(r, 2, 900, ',')} millions de dollars`,
    (r) => `${decimal(r, 2, 900, ',')} millions d'euros`,
    (r) => `${decimal(r, 1, 40, ',')} milliards de dollars`,
    (r) => `${r.int(2, 800)}${NBSP}M€`,
    (r) => `${decimal(r, 1, 20, ',')}${NBSP}Md€`,
    (r) => `${grouped(r.int(100, 9000) * 1000, NNBSP)} euros`,
    (r) => `près de ${r.int(10, 900)} millions d'euros`,
  ],
  de: [
    (r) => `${decimal(r, 2, 900, ',')} Millionen Euro`,
    (r) => `${decimal(r, 2, 900, ',')} Mio. Euro`,
    (r) => `${decimal(r, 2, 500, ',')} Mio. US-Dollar`,
    (r) => `${decimal(r, 1, 40, ',')} Milliarden Dollar`,
    (r) => `${decimal(r, 1, 20, ',')} Mrd. €`,
    (r) => `rund ${r.int(10, 900)} Millionen Euro`,
    (r) => `${grouped(r.int(100, 9000) * 1000, '.')} Euro`,
  ],
  es: [
    (r) => `${decimal(r, 2, 900, ',')} millones de dólares`,
    (r) => `${decimal(r, 2, 900, ',')} millones de euros`,
    (r) => `${decimal(r, 1, 40, ',')} mil millones de dólares`,
    (r) => `${grouped(r.int(1, 40) * 1000 + r.int(0, 9) * 100, '.')} millones de euros`,
    (r) => `${r.int(2, 800)}${NBSP}M€`,
    (r) => `US$ ${r.int(2, 800)} millones`,
    (r) => `unos ${r.int(10, 900)} millones de dólares`,
  ],
  zh: [
    (r) => `${decimal(r, 1, 90, '.')}亿美元`,
    (r) => `${decimal(r, 1, 90, '.')}亿元人民币`,
    (r) => `${r.int(1, 90)}亿元`,
    (r) => `${r.int(100, 9000)}万美元`,
    (r) => `约${r.int(1, 50)}亿美元`,
    (r) => `人民币${r.int(1, 50)}亿元`,
    (r) => `${fullWidth(String(r.int(1, 99)))}亿美元`,
  ],
  ja: [
    (r) => `${decimal(r, 1, 90, '.')}億ドル`,
    (r) => `${r.int(1, 900)}億円`,
    (r) => `${r.int(100, 9000)}万ドル`,
    (r) => `約${r.int(1, 300)}億円`,
    (r) => `${fullWidth(String(r.int(1, 99)))}億ドル`,
    (r) => `${r.int(1, 90)}億ユーロ`,
  ],
  ar: [
    (r) => `${decimal(r, 2, 900, '.')} مليون دولار`,
    (r) => `${decimal(r, 1, 40, '.')} مليار دولار`,
    (r) => `${arabicIndic(String(r.int(2, 900)))} مليون دولار`,
    (r) => `${arabicIndic(decimal(r, 1, 40, '٫'))} مليار دولار`,
    (r) => `${r.int(2, 600)} مليون يورو`,
    (r) => `${r.int(1, 30)} مليار ريال`,
    (r) => `نحو ${r.int(1, 20)} مليارات دولار`,
  ],
};

const PERCENT: Record<Lang, readonly Speller[]> = {
  en: [(r) => `${r.int(2, 300)}%`, (r) => `${decimal(r, 1, 90, '.')} percent`, (r) => `${r.int(2, 90)} per cent`],
  fr: [(r) => `${decimal(r, 2, 90, ',')}${NBSP}%`, (r) => `${r.int(2, 90)} pour cent`],
  de: [(r) => `${decimal(r, 2, 90, ',')} Prozent`, (r) => `${r.int(2, 90)}${NBSP}%`],
  es: [(r) => `${decimal(r, 2, 90, ',')}${NBSP}%`, (r) => `${r.int(2, 90)} por ciento`],
  zh: [(r) => `${r.int(2, 300)}%`, (r) => `${fullWidth(String(r.int(2, 90)))}％`, (r) => `百分之${r.int(2, 90)}`],
  ja: [(r) => `${r.int(2, 300)}%`, (r) => `${fullWidth(String(r.int(2, 90)))}％`, (r) => `${r.int(2, 90)}パーセント`],
  ar: [(r) => `${r.int(2, 90)}%`, (r) => `${arabicIndic(String(r.int(2, 90)))}٪`, (r) => `${r.int(2, 90)} في المئة`],
};

export function spellMoney(lang: Lang, rng: Rng): string {
  return rng.pick(MONEY[lang])(rng);
}

export function spellPercent(lang: Lang, rng: Rng): string {
  return rng.pick(PERCENT[lang])(rng);
}
