/**
 * A synthetic news page: site chrome (header, nav, sidebar, footer) around
 * articles in the seven languages, dense with funding facts. The fact count is
 * exact enough ("about N") and the bytes grow with it.
 */
import { LANGS } from './corpus-data.ts';
import { generateArticle, type ArticleShape } from './corpus.ts';
import { createRng } from './prng.ts';

/** Dense: two funding sentences per paragraph, little prose, so 5k facts is about 1 MB. */
const PAGE_SHAPE: ArticleShape = { factsPerParagraph: 2, prosePerParagraph: [1, 2], paragraphs: [4, 9] };

export interface SyntheticPage {
  html: string;
  bytes: number;
  /** Funding sentences on the page, each with a company and an amount. */
  facts: number;
  /** Planted amount, percentage and company strings (for mark.js when the engine reports none). */
  planted: string[];
  /** Each article's readable text, for running detect in Node on the same content. */
  texts: string[];
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const DIR: Record<string, string> = { ar: 'rtl' };

export function generatePage(targetFacts: number, seed = 7): SyntheticPage {
  const rng = createRng(seed);
  const parts: string[] = [];
  const planted: string[] = [];
  const texts: string[] = [];
  let facts = 0;
  for (let n = 0; facts < targetFacts; n++) {
    const lang = LANGS[n % LANGS.length]!;
    const a = generateArticle(lang, rng, PAGE_SHAPE);
    facts += a.facts;
    planted.push(...a.planted);
    texts.push(a.text);
    const dir = DIR[lang] ? ` dir="${DIR[lang]}"` : '';
    parts.push(
      `<article lang="${lang}"${dir}><h2><a href="#a${n}">${escapeHtml(a.title)}</a></h2>` +
        `<p class="byline">Staff reporter · ${1 + (n % 28)} Nov 2026</p>` +
        a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
        '</article>',
    );
  }
  const nav = ['Markets', 'AI', 'Startups', 'Funding', 'Chips', 'Policy'].map((s) => `<a href="#${s}">${s}</a>`).join(' ');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Funding wire: ${targetFacts} facts</title>
<style>body{font:16px/1.5 sans-serif;margin:0}main{max-width:760px;margin:0 auto;padding:1rem}
aside{position:fixed;right:0;top:4rem;width:180px}header,footer{background:#eee;padding:.5rem 1rem}</style></head>
<body><header><strong>Funding wire</strong> <nav>${nav}</nav></header>
<aside><h3>Most read</h3><ol><li>Chip supply stays tight</li><li>New rules for model makers</li></ol></aside>
<main>${parts.join('\n')}</main>
<footer>© 2026 Funding wire. All figures are invented for testing.</footer></body></html>`;
  return { html, bytes: Buffer.byteLength(html, 'utf8'), facts, planted, texts };
}
