import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lowerString } from '../chars.ts';
import { keysOf } from '../sorted-names.ts';
import { resolved } from '../key-runs.ts';
import { aliasesAt, mayStart, walk, type Trie } from '../trie.ts';
import { decodeIndex, encodeParts } from './compact.ts';
import { GAZETTEER } from './index.ts';
import { EUROPEAN_ONLY } from './european-only.ts';
import { NAMES_CHUNK } from './names-chunk.ts';
import { japaneseOnly, simplifiedChar, simplifiedOnly } from '../../../../scripts/han-forms.ts';

// The names chunk's CJK names as the build cuts them (scripts/gazetteer-plugin.ts): a Japanese part, a Chinese part
// folded to simplified forms, and one with both, each decoded beside the Latin part that numbers its organizations.
const parts = encodeParts(GAZETTEER, {
  simplifiedOnly, japaneseOnly, simplified: simplifiedChar, europeanOnly: (name) => EUROPEAN_ONLY.has(name), namesChunk: (name) => NAMES_CHUNK.has(name),
});
const chunked = GAZETTEER.filter((o) => NAMES_CHUNK.has(o.name));
const lines = (names: string) => names.split('|');
const KANA = /[\u3040-\u30ff]/;
const CJK = /^[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Every CJK name of the chunk's organizations, with the organization's canonical name. */
const cjkNames = chunked.flatMap((o) => [o.name, ...o.aliases].filter((a) => CJK.test(a)).map((alias) => ({ alias, org: o.name })));

/** The organizations `trie` gives the whole of `alias`, written as a page writes it: folded where the trie folds. */
function orgsOf(trie: Trie, alias: string): string[] {
  const found: number[] = [];
  const low = lowerString(alias);
  const key = trie.fold?.(low) ?? low;
  // The walk reads two Latin letters from tables a level fills when the scan first asks there.
  if (!mayStart(trie, key, 0)) return [];
  const n = walk(trie, key, 0, found);
  return n > 1 && found[n - 2] === key.length ? aliasesAt(trie, found[n - 1]!).map((a) => trie.org(a.target).canonical) : [];
}

describe('the names chunk\'s CJK names, cut by language', () => {
  const japanese = decodeIndex(parts.moreLatin, parts.moreKana);
  const chinese = decodeIndex(parts.moreLatin, parts.moreHan);
  const both = decodeIndex(parts.moreLatin, parts.moreZhja);
  const cjkKeys = (t: Trie) => keysOf(t).filter((key) => CJK.test(key));

  it('gives a Chinese page no name with kana, and a Japanese page no name in simplified-only forms', () => {
    expect(cjkKeys(chinese).filter((key) => KANA.test(key) || japaneseOnly(key))).toEqual([]);
    expect(cjkKeys(japanese).filter(simplifiedOnly)).toEqual([]);
    // What each leaves out is what only the other language writes: names in katakana, and in simplified forms.
    expect(lines(parts.moreKana.names)).toContain('カーギル');
    expect(lines(parts.moreHan.names)).not.toContain('カーギル');
    expect(lines(parts.moreHan.names).some(simplifiedOnly)).toBe(true);
    expect(lines(parts.moreKana.names).some((line) => KANA.test(line))).toBe(true);
    // A name both write is in both (嘉吉: Cargill).
    for (const part of [parts.moreKana, parts.moreHan, parts.moreZhja]) expect(lines(part.names)).toContain('嘉吉');
  });

  it('finds every Chinese name on a Chinese page, simplified and traditional, and every Japanese one on a Japanese page', () => {
    const zh = cjkNames.filter(({ alias }) => !japaneseOnly(alias));
    const ja = cjkNames.filter(({ alias }) => !simplifiedOnly(alias));
    expect(zh.length).toBeGreaterThan(1000);
    expect(ja.length).toBeGreaterThan(1000);
    // Folded, the Chinese part carries a traditional name's simplified twin only; the page's text is folded alike.
    expect(chinese.fold).toBeDefined();
    expect(zh.filter(({ alias }) => simplifiedChar(alias[0]!) !== alias[0]).length).toBeGreaterThan(50);
    for (const { alias, org } of zh) expect(orgsOf(chinese, alias), alias).toContain(org);
    for (const { alias, org } of ja) expect(orgsOf(japanese, alias), alias).toContain(org);
    for (const { alias, org } of cjkNames) expect(orgsOf(both, alias), alias).toContain(org);
  });

  it('leaves the Latin part\'s names that go on in Han to be found as written on a Chinese page', () => {
    const latinHan = chunked.flatMap((o) => [o.name, ...o.aliases].filter((a) => /^[\x20-\u05ff]/.test(a) && /[\u3400-\u9fff]/.test(a)).map((alias) => ({ alias, org: o.name })));
    // Some are traditional ("CJ集團"): were 團 folded, the text would no longer hold them.
    expect(latinHan.some(({ alias }) => [...alias].some((ch) => simplifiedChar(ch) !== ch))).toBe(true);
    for (const { alias, org } of latinHan) expect(orgsOf(chinese, alias), alias).toContain(org);
  });

  it('numbers each part\'s organizations by the Latin part, marks which Han keys it carries, and is smaller than the whole', () => {
    expect([parts.moreHan.han, parts.moreKana.han, parts.moreZhja.han]).toEqual([1, 2, 3]);
    for (const part of [parts.moreKana, parts.moreHan, parts.moreZhja]) {
      expect(part.later).toBe(1);
      expect(lines(part.names).every((line) => CJK.test(line))).toBe(true);
    }
    // Each decodes to the Latin part's organizations: as many as it alone has, whatever part it is read beside.
    for (const t of [japanese, chinese, both]) expect(resolved(t).orgs).toBe(resolved(decodeIndex(parts.moreLatin)).orgs);
    // A page in one language loads about two thirds of the names chunk it loaded when one part had them all.
    const gz = (part: object) => gzipSync(JSON.stringify(part), { level: 9 }).length;
    expect(gz(parts.moreHan)).toBeLessThan(0.7 * gz(parts.moreZhja));
    expect(gz(parts.moreKana)).toBeLessThan(0.8 * gz(parts.moreZhja));
  });
});
