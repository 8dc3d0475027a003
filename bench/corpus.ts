/**
 * Deterministic synthetic news: funding articles in the seven languages, with
 * varied companies and amount spellings buried in ordinary prose. Same seed,
 * same bytes, so runs compare.
 */
import { FUNDING, INVESTORS, KNOWN, LANGS, NAME_PARTS, PROSE, ROUNDS, TITLES, type Lang } from './corpus-data.ts';
import { createRng, type Rng } from './prng.ts';
import { spellMoney, spellPercent } from './spell.ts';

export interface Article {
  lang: Lang;
  title: string;
  paragraphs: string[];
  /** title + paragraphs, as a page's readable text would be. */
  text: string;
  /** Every amount, percentage and company string that was planted. */
  planted: string[];
  /** Funding sentences written (each has a company and at least one figure). */
  facts: number;
}

export interface ArticleShape {
  /** Funding sentences per paragraph. */
  factsPerParagraph: number;
  /** Prose sentences per paragraph. */
  prosePerParagraph: [number, number];
  paragraphs: [number, number];
}

/** Mostly prose, like a real article: about one funding sentence per paragraph. */
export const NEWS_SHAPE: ArticleShape = { factsPerParagraph: 1, prosePerParagraph: [2, 5], paragraphs: [6, 14] };

const CJK: ReadonlySet<Lang> = new Set(['zh', 'ja']);

/** Invented names; CJK and Arabic papers often keep Latin names as they are. */
function inventCompany(rng: Rng): string {
  const base = rng.pick(NAME_PARTS.heads) + rng.pick(NAME_PARTS.tails);
  const suffix = rng.pick(NAME_PARTS.suffixes);
  return suffix ? `${base} ${suffix}` : base;
}

function company(lang: Lang, rng: Rng): string {
  return rng.chance(0.45) ? rng.pick(KNOWN[lang]) : inventCompany(rng);
}

function proseSentence(lang: Lang, rng: Rng): string {
  const p = PROSE[lang];
  const sep = CJK.has(lang) ? '' : ' ';
  return `${rng.pick(p.open)}${sep}${rng.pick(p.middle)}${CJK.has(lang) ? '' : ' '}${rng.pick(p.end)}`.replace(/ ([,.])/g, '$1');
}

function fundingSentence(lang: Lang, rng: Rng, c: string, planted: string[]): string {
  const fill: Record<string, () => string> = {
    c: () => c,
    i: () => rng.pick(INVESTORS[lang]),
    m: () => spellMoney(lang, rng),
    v: () => spellMoney(lang, rng),
    p: () => spellPercent(lang, rng),
    r: () => rng.pick(ROUNDS[lang]),
  };
  return rng.pick(FUNDING[lang]).replace(/\{([cimvpr])\}/g, (_, key: string) => {
    const value = fill[key]!();
    if (key !== 'r') planted.push(value);
    return value;
  });
}

export function generateArticle(lang: Lang, rng: Rng, shape: ArticleShape = NEWS_SHAPE): Article {
  const planted: string[] = [];
  const lead = company(lang, rng);
  const title = rng.pick(TITLES[lang]).replace('{c}', lead);
  const join = CJK.has(lang) ? '' : ' ';
  const paragraphs: string[] = [];
  let facts = 0;
  const count = rng.int(shape.paragraphs[0], shape.paragraphs[1]);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const prose = rng.int(shape.prosePerParagraph[0], shape.prosePerParagraph[1]);
    for (let s = 0; s < prose; s++) sentences.push(proseSentence(lang, rng));
    for (let f = 0; f < shape.factsPerParagraph; f++) {
      const c = rng.chance(0.5) ? lead : company(lang, rng);
      const at = rng.int(0, sentences.length);
      sentences.splice(at, 0, fundingSentence(lang, rng, c, planted));
      facts++;
    }
    paragraphs.push(sentences.join(join));
  }
  return { lang, title, paragraphs, text: [title, ...paragraphs].join('\n\n'), planted, facts };
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Articles in rotating languages until `targetBytes` of UTF-8 text is reached. */
export function generateCorpus(targetBytes: number, seed = 20261129, shape: ArticleShape = NEWS_SHAPE): Article[] {
  const rng = createRng(seed);
  const articles: Article[] = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const article = generateArticle(LANGS[n % LANGS.length]!, rng, shape);
    articles.push(article);
    bytes += utf8Bytes(article.text);
  }
  return articles;
}

export function corpusBytes(articles: readonly Article[]): number {
  let total = 0;
  for (const a of articles) total += utf8Bytes(a.text);
  return total;
}
