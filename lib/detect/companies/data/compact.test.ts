import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../sorted-names.ts';
import { resolved } from '../key-runs.ts';
import { aliasesAt, buildTrie, walk, type Trie } from '../trie.ts';
import { decodeIndex, encodeIndex, encodeParts, nameSources } from './compact.ts';
import { GAZETTEER } from './index.ts';
import { EUROPEAN_ONLY } from './european-only.ts';
import { EUROPEAN_ORGS } from './european-orgs.ts';
import { NAMES_CHUNK } from './names-chunk.ts';
import { withLatinNames } from './merge-latin.ts';
import { japaneseOnly, simplifiedChar, simplifiedOnly } from '../../../../scripts/han-forms.ts';

/** What a key resolves to, independent of how organizations are numbered. */
const view = (t: Trie) => keysOf(resolved(t)).map((key, k) => {
  const org = t.org(t.target[k]!);
  return [key, t.exact(k), org.canonical, org.kind, t.ambiguous[k]].join('|');
});

// The names chunk's organizations are an index of their own, tested apart below: the other tests cut the rest, as the
// build does.
const MAIN = GAZETTEER.filter((o) => !NAMES_CHUNK.has(o.name));

describe('the gazetteer index the extension ships', () => {
  const reviewed = buildTrie(nameSources(MAIN));
  const shipped = decodeIndex(encodeIndex(MAIN));

  it('is the same index as the one built from the reviewed files', () => {
    expect(shipped.count).toBeGreaterThan(1000);
    expect(view(shipped)).toEqual(view(reviewed));
    expect(resolved(shipped).orgs).toBe(reviewed.orgs);
  });

  it('is the same index when cut into script parts, and each part is read the same with or without the others', () => {
    const parts = encodeParts(MAIN, { simplifiedOnly, japaneseOnly, europeanOnly: (name) => EUROPEAN_ONLY.has(name) });
    function scriptOf(line: string) {
      const [key, exact] = line.split('|') as [string, string];
      if (key < '\u0600') return /[\u3000-\uffff]/.test(key) ? 'mixed' : EUROPEAN_ONLY.has(exact) ? 'european' : 'latin';
      if (key < '\u0700') return 'arabic';
      if (key >= '\ua000') return 'hangul';
      return japaneseOnly(key) ? 'japanese' : simplifiedOnly(key) ? 'chinese' : 'han';
    }
    // The organizations only the European chunk knows are an index of their own (data/european-orgs.ts).
    const europeanOrg = new Set(EUROPEAN_ORGS.map((o) => o.name));
    const main = buildTrie(nameSources(MAIN.filter((o) => !europeanOrg.has(o.name))));
    expect(view(decodeIndex(parts.europeOrgs))).toEqual(view(buildTrie(nameSources(MAIN.filter((o) => europeanOrg.has(o.name))))));
    const all = view(main);
    const kinds = all.map(scriptOf);
    const without = (...scripts: string[]) => all.filter((_, k) => !scripts.includes(kinds[k]!));
    const only = (...scripts: string[]) => all.filter((_, k) => scripts.includes(kinds[k]!));
    // The CJK chunk puts the keys that start in Latin letters and go on in CJK among the Latin ones, the European
    // chunk those in French, German or Spanish only.
    const latinCjk = withLatinNames(parts.latin, [parts.mixed]);
    const everyLatin = withLatinNames(parts.latin, [parts.europe, parts.mixed]);
    // A page in Japanese: every key but the Arabic, the European and the simplified Chinese ones, still sorted, resolved alike.
    expect(view(decodeIndex(latinCjk, parts.kana, parts.cjk))).toEqual(without('arabic', 'chinese', 'european'));
    // One in Chinese, Arabic and Spanish: none with kana. One in Chinese and Japanese: the part of the Han keys that has both.
    expect(view(decodeIndex(everyLatin, parts.arabic, parts.han, parts.cjk))).toEqual(without('japanese'));
    expect(view(decodeIndex(everyLatin, parts.arabic, parts.zhja, parts.cjk))).toEqual(all);
    // One in German: every Latin key, and no other; one in English: no European one either.
    expect(view(decodeIndex(withLatinNames(parts.latin, [parts.europe])))).toEqual(only('latin', 'european'));
    expect(view(decodeIndex(parts.latin))).toEqual(only('latin'));
    // Every kind of key is there (the gazetteer has no name in Hangul yet: Korean firms go by their Latin names).
    expect(new Set(kinds)).toEqual(new Set(['latin', 'european', 'mixed', 'arabic', 'japanese', 'chinese', 'han']));
    expect([...parts.europe.names.split('|'), ...parts.europeOrgs.names.split('|')].sort()).toEqual([...EUROPEAN_ONLY].sort());
    expect(parts.kana.names).toContain('ソフトバンク');
    expect(parts.kana.names).not.toContain('英伟达');
    expect(parts.han.names).toContain('英伟达');
    expect(parts.han.names).not.toMatch(/[\u3040-\u30ff]/);
    // Nor a name in forms only Japanese writes: 日本経済新聞 (Chinese writes 日本经济新闻 or 日本經濟新聞).
    expect(parts.kana.names.split('|')).toContain('日本経済新聞');
    expect(parts.han.names.split('|')).not.toContain('日本経済新聞');
    expect(parts.han.names.split('|')).toContain('日本经济新闻');
    for (const shared of ['三井住友銀行', '軟銀']) {
      expect(parts.kana.names.split('|')).toContain(shared);
      expect(parts.han.names.split('|')).toContain(shared);
    }
    expect([parts.han.han, parts.kana.han, parts.zhja.han]).toEqual([1, 2, 3]);
    expect(parts.mixed.names.split('|')).toEqual(expect.arrayContaining(['LGエレクトロニクス', 'AFP通信']));
    expect(parts.latin.names).not.toMatch(/[\u3000-\uffff]/);
    // Without a classifier, no Han key is left to the Chinese part alone, nor a Latin one to the European chunk.
    expect(encodeParts(MAIN).kana.names).toContain('英伟达');
    expect(encodeParts(MAIN).latin.names).toContain('Europäische Investitionsbank');
    // Every part ships its lines in their own case and is lowered unit by unit as read (Sorted.runs).
    const mixed = encodeParts([{ name: 'Alpha', kind: 'company', aliases: ['オープンAI'], ambiguous: ['オープンAI'] }]);
    expect(mixed.kana.names).toBe('オープンAI');
    const both = decodeIndex(mixed.latin, mixed.kana);
    expect(keysOf(both).map((key, k) => `${key}=${both.exact(k)}`)).toEqual(['alpha=Alpha', 'オープンai=オープンAI']);
    // Only the Latin part may hold canonical names.
    expect(() => encodeParts([{ name: 'Alpha', kind: 'company', aliases: [] }, { name: 'ميتا', kind: 'company', aliases: [] }])).toThrow(/outside the Latin part/);
  });

  it('keeps what each line refers to when keys that go on in CJK are merged among the Latin ones', () => {
    // "ac" names the organization of the line above it in the Latin part, but merged, "ab通信", another's, stands between.
    const entries = [
      { name: 'Aa', kind: 'company' as const, aliases: ['Ab通信'] },
      { name: 'Ad', kind: 'investor' as const, aliases: [] },
      { name: 'Zeta', kind: 'media' as const, aliases: ['Ab', 'Ac'], ambiguous: ['Ac'] },
    ];
    const parts = encodeParts(entries);
    // Without the mixed name, "ac" says `=`; with it, the Latin part gives the number.
    expect(encodeParts([{ ...entries[0]!, aliases: [] }, ...entries.slice(1)]).latin.refs).toContain('=');
    expect(parts.latin.refs).not.toContain('=');
    expect(view(decodeIndex(withLatinNames(parts.latin, [parts.mixed])))).toEqual(view(buildTrie(nameSources(entries))));
    expect(withLatinNames(parts.latin, [{ names: '', refs: '' }])).toEqual(parts.latin);
    // A mixed line may go first, or last.
    const ends = [{ name: 'Bb', kind: 'company' as const, aliases: ['A通信', 'Bz通信'] }];
    const edge = encodeParts(ends);
    expect(view(decodeIndex(withLatinNames(edge.latin, [edge.mixed])))).toEqual(view(buildTrie(nameSources(ends))));
  });

  it('ships the organizations only the European chunk knows as an index of their own', () => {
    const entries = [
      { name: 'Alpha', kind: 'company' as const, aliases: ['ألفا', 'Alpha Groupe'] },
      { name: 'Keolia', kind: 'company' as const, aliases: ['Keolia Groupe'] },
      { name: 'Beta Presse', kind: 'media' as const, aliases: ['Beta'], ambiguous: ['Beta'] },
      { name: 'Omega', kind: 'investor' as const, aliases: ['Omega Fonds', 'أوميغا'] },
    ];
    // Alpha Groupe is a French-only alias of an organization every page knows: it rides in the merged part.
    const european = (name: string) => ['Keolia', 'Keolia Groupe', 'Beta Presse', 'Beta', 'Alpha Groupe'].includes(name);
    const parts = encodeParts(entries, { europeanOnly: european });
    expect(parts.latin.names).toBe('Alpha|Omega|Omega Fonds');
    expect(parts.europe.names).toBe('Alpha Groupe');
    expect(parts.europeOrgs.names).toBe('Beta|Beta Presse|Keolia|Keolia Groupe');
    // Each index resolves its names as the reviewed entries say.
    const reviewed = view(buildTrie(nameSources(entries)));
    const mine = (re: RegExp) => reviewed.filter((line) => re.test(line));
    expect(view(decodeIndex(withLatinNames(parts.latin, [parts.europe]), parts.arabic))).toEqual(mine(/Alpha|Omega/));
    expect(view(decodeIndex(parts.europeOrgs))).toEqual(mine(/Keolia|Beta/));
  });

  it('ships the names chunk\'s organizations whole, every script\'s names in one index of their own', () => {
    const entries = [
      { name: 'Alpha', kind: 'company' as const, aliases: ['ألفا', 'アルファ'] },
      { name: 'Granary', kind: 'company' as const, aliases: ['Granary Foods', 'غراناري', '谷仓', 'グラナリー'], ambiguous: ['Granary'] },
      { name: 'Keolia', kind: 'company' as const, aliases: ['Keolia Groupe'] },
    ];
    const parts = encodeParts(entries, { europeanOnly: (name) => name.startsWith('Keolia'), namesChunk: (name) => name === 'Granary' });
    // The Latin chunk carries the canonical line; the others only the organization's names in their script.
    expect(parts.moreLatin.names).toBe('Granary|Granary Foods');
    expect(parts.moreArabic.names).toBe('غراناري');
    // Its CJK names come three ways, as the Han keys do; without a classifier, only kana mark a name Japanese.
    expect([parts.moreKana, parts.moreHan, parts.moreZhja].map((p) => p.names)).toEqual(['グラナリー|谷仓', '谷仓', 'グラナリー|谷仓']);
    expect([parts.latin, parts.arabic, parts.kana, parts.han, parts.europeOrgs].map((p) => p.names).join('|')).not.toMatch(/Granary|غراناري|谷仓|グラナリー/);
    const reviewed = view(buildTrie(nameSources(entries)));
    const granary = (re: RegExp) => reviewed.filter((line) => line.includes('|Granary|') && re.test(line.split('|')[0]!));
    expect(view(decodeIndex(parts.moreLatin))).toEqual(granary(/^granary/));
    // In whatever order the chunks come, the Arabic and CJK parts name the Latin part's organizations.
    expect(view(decodeIndex(parts.moreZhja, parts.moreLatin))).toEqual(granary(/^(?:granary|[谷グ])/));
    expect(view(decodeIndex(parts.moreArabic, parts.moreZhja, parts.moreLatin))).toEqual(granary(/./));
    expect(view(decodeIndex(parts.latin, parts.arabic, parts.kana))).toEqual(reviewed.filter((line) => line.includes('|Alpha|')));
  });

  it('leaves the names chunk\'s organizations out of every other part of the real gazetteer', () => {
    const parts = encodeParts(GAZETTEER, { simplifiedOnly, japaneseOnly, europeanOnly: (name) => EUROPEAN_ONLY.has(name), namesChunk: (name) => NAMES_CHUNK.has(name) });
    const chunked = GAZETTEER.filter((o) => NAMES_CHUNK.has(o.name));
    // The Latin, Arabic and both-languages CJK chunks together know each name as the reviewed entries say.
    expect(view(decodeIndex(parts.moreLatin, parts.moreArabic, parts.moreZhja))).toEqual(view(buildTrie(nameSources(chunked))));
    const elsewhere = new Set([parts.latin, parts.arabic, parts.kana, parts.han, parts.cjk, parts.mixed, parts.europe, parts.europeOrgs].flatMap((p) => p.names.split('|')));
    for (const o of chunked) for (const name of [o.name, ...o.aliases]) expect(elsewhere.has(name), name).toBe(false);
    // A part that says how many lines it holds says it right: decodeIndex makes the offsets at that length.
    for (const [name, part] of Object.entries(parts)) if (part.lines !== undefined) expect(part.lines, name).toBe(part.names ? part.names.split('|').length : 0);
  });

  it('starts fewer keys with any one unit than the pair table counts (16 bits, from the first key of the unit)', () => {
    const perUnit = new Map<string, number>();
    for (const key of keysOf(decodeIndex(encodeIndex(GAZETTEER)))) perUnit.set(key[0]!, (perUnit.get(key[0]!) ?? 0) + 1);
    expect(Math.max(...perUnit.values())).toBeLessThan(0xffff);
  });

  it('keeps the part every page loads within the 25 kB gzip budget of the content script', () => {
    // The Arabic and CJK parts ride in chunks that only pages in those scripts load (lib/dom/scripts.ts);
    // bundle.test.ts holds the content script and each chunk to their own budgets.
    const gz = (part: object) => gzipSync(JSON.stringify(part), { level: 9 }).length;
    // As the build cuts it: names only French, German or Spanish text holds ride with the European chunk.
    const parts = encodeParts(MAIN, { europeanOnly: (name) => EUROPEAN_ONLY.has(name) });
    expect(gz(parts.latin)).toBeLessThanOrEqual(25_000);
    expect(gz(parts.latin)).toBeGreaterThan(gz(parts.arabic));
  });

  it('keeps its keys in the order the walk relies on', () => {
    const keys = keysOf(shipped);
    for (let k = 1; k < keys.length; k++) expect(keys[k - 1]! <= keys[k]!).toBe(true);
  });

  it('reads each part where it lies, in its own case, and finds a first unit\'s keys when a text first holds it', () => {
    const parts = encodeParts([
      { name: 'Granary', kind: 'company', aliases: ['GRANARY Foods', 'غراناري'] },
      { name: 'Éole', kind: 'company', aliases: ['Zeta Labs'] },
    ]);
    const trie = decodeIndex(parts.arabic, parts.latin);
    // Nothing is looked up while the index gets ready.
    expect(trie.levels).toEqual([]);
    // A walk finds keys however the page writes their case, and the level it needed is the only one made.
    const found: number[] = [];
    expect(walk(trie, 'granary foods rose', 0, found)).toBe(4);
    expect([found[0], found[2]]).toEqual([7, 13]);
    expect(trie.exact(found[3]!)).toBe('GRANARY Foods');
    expect(trie.levels).toHaveLength(1);
    expect(walk(trie, 'éole', 0, found)).toBe(2);
    expect(walk(trie, 'غراناري', 0, found)).toBe(2);
    expect(aliasesAt(trie, found[1]!).map((a) => trie.org(a.target).canonical)).toEqual(['Granary']);
    // A unit no key starts with is remembered as such.
    expect(walk(trie, 'q', 0, found)).toBe(0);
    expect(trie.levels).toHaveLength(3);
    // Two parts holding keys with one first unit could not be searched apart.
    expect(() => decodeIndex(parts.latin, { names: 'Gamma', refs: 'C' })).toThrow(/one first unit/);
  });

  it('refuses entries it cannot carry instead of shipping them wrong', () => {
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: ['B\nC'] }])).toThrow(/cannot be encoded/);
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: ['B|C'] }])).toThrow(/cannot be encoded/);
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: [' '] }])).toThrow(/cannot be encoded/);
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: [], description: 'x' }])).toThrow(/details/);
    expect(() => encodeIndex([{ name: 'A\u0640B', kind: 'company', aliases: [] }])).toThrow(/folded/);
  });

  it('numbers organizations past the 3,721 two reference digits count, in the main part and in lines merged into it', () => {
    // Every organization in one index, as no part ships it: far more than two digits count.
    const whole = decodeIndex(encodeIndex(GAZETTEER));
    expect(resolved(whole).orgs).toBeGreaterThan(3721);
    expect(view(whole)).toEqual(view(buildTrie(nameSources(GAZETTEER))));
    // An organization numbered past 3,721 whose key goes on in CJK: its mixed line carries the wide number.
    const many = Array.from({ length: 3800 }, (_, n) => ({ name: `Org ${String(n).padStart(4, '0')}`, kind: 'company' as const, aliases: [] as string[] }));
    const late = [...many, { name: 'Zulu', kind: 'investor' as const, aliases: ['Zulu通信', 'Zulu Capital'], ambiguous: ['Zulu通信'] }];
    const parts = encodeParts(late);
    expect(parts.mixed.refs).toMatch(/^!~/);
    expect(view(decodeIndex(withLatinNames(parts.latin, [parts.mixed])))).toEqual(view(buildTrie(nameSources(late))));
  });

  it('carries ambiguity and kinds through', () => {
    const tiny = decodeIndex(encodeIndex([
      { name: 'Meta', kind: 'company', aliases: ['ميتا'], ambiguous: ['Meta'] },
      { name: 'Andreessen Horowitz', kind: 'investor', aliases: ['a16z'] },
    ]));
    expect(view(tiny)).toEqual(['a16z|a16z|Andreessen Horowitz|investor|0', 'andreessen horowitz|Andreessen Horowitz|Andreessen Horowitz|investor|0',
      'meta|Meta|Meta|company|1', 'ميتا|ميتا|Meta|company|0']);
  });
  it('folds the Chinese part into simplified forms and still gives every Chinese key its organization', () => {
    const parts = encodeParts(MAIN, { simplifiedOnly, japaneseOnly, simplified: simplifiedChar, europeanOnly: (name) => EUROPEAN_ONLY.has(name) });
    const chinese = decodeIndex(withLatinNames(parts.latin, [parts.europe, parts.mixed]), parts.arabic, parts.han, parts.cjk);
    expect(chinese.fold).toBeDefined();
    // About a tenth of the part was traditional twins of simplified keys.
    expect(parts.han.names.length).toBeLessThan(0.93 * encodeParts(MAIN, { simplifiedOnly, japaneseOnly }).han.names.length);
    expect(parts.han.names.split('|')).not.toContain('英偉達');
    // The fold reads the text the mixed keys (HD現代, SBI証券) are looked for in too, so it leaves their characters be.
    const mixed = parts.mixed.names.split('|').map((k) => k.toLowerCase());
    expect(mixed.length).toBeGreaterThan(10);
    expect(mixed.filter((k) => chinese.fold!(k) !== k)).toEqual([]);
    const found: number[] = [];
    for (const o of MAIN) {
      for (const alias of [o.name, ...o.aliases]) {
        // Every key the Chinese page had before (none with kana, none in forms only Japanese writes), whole, as the page writes it.
        if (!/^[\u3400-\u9fff]/.test(alias) || japaneseOnly(alias)) continue;
        const low = chinese.fold!(alias.toLowerCase());
        const n = walk(chinese, low, 0, found);
        const whole = n > 1 && found[n - 2] === low.length ? aliasesAt(chinese, found[n - 1]!) : [];
        expect(whole.map((a) => chinese.org(a.target).canonical), alias).toContain(o.name);
      }
    }
  });
});
