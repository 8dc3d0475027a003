/**
 * `npm run --silent extract -- FILE...`: one JSON line per file with the
 * engine's entities and facts. `.html` files are read the way the content
 * script reads a page (same text collection, in happy-dom).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { detect } from '../lib/detect/index.ts';
import { collectText } from '../lib/dom/collect.ts';

function pageText(html: string): string {
  const window = new Window();
  window.document.write(html);
  const text = collectText(window.document.body as unknown as Node).text;
  void window.happyDOM.close();
  return text;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- FILE.txt|FILE.html ...\n');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  try {
    // A BOM is not part of the article: offsets count from the first real character.
    const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const text = /\.html?$/i.test(file) ? pageText(raw) : raw;
    const { entities, facts } = detect(text);
    process.stdout.write(`${JSON.stringify({ file, entities, facts })}\n`);
  } catch (err) {
    failed++;
    process.stderr.write(`extract: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}
process.exit(failed ? 1 : 0);
