import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../sorted-names.ts';
import { buildTrie, type Trie } from '../trie.ts';
import { decodeIndex, encodeIndex, encodeParts, nameSources } from './compact.ts';
import { GAZETTEER } from './index.ts';
import { withMixed } from './merge-latin.ts';

/** What a key resolves to, independent of how organizations are numbered; `anyCase`: leave out the alias's own case where matching cannot use it. */
const view = (t: Trie, anyCase = false) => {
  // An alias's own case counts only where its key is ambiguous (match.ts picks by it there), so a part shipped lowered may drop it elsewhere.
  const keys = keysOf(t);
  const risky = new Set(keys.filter((_, k) => t.ambiguous[k]));
  return keys.map((key, k) => {
    const org = t.org(t.target[k]!);
    return [key, anyCase && !risky.has(key) ? '' : t.exact(k), org.canonical, org.kind, t.ambiguous[k]].join('|');
  });
};

describe('the gazetteer index the extension ships', () => {
  const reviewed = buildTrie(nameSources(GAZETTEER));
  const shipped = decodeIndex(encodeIndex(GAZETTEER));

  it('is the same index as the one built from the reviewed files', () => {
    expect(shipped.count).toBeGreaterThan(1000);
    expect(view(shipped)).toEqual(view(reviewed));
    expect(shipped.orgs).toBe(reviewed.orgs);
  });

  it('is the same index when cut into script parts, and each part is read the same with or without the others', () => {
    const parts = encodeParts(GAZETTEER);
    // The CJK chunk merges the keys that start in Latin letters and go on in CJK into the Latin part.
    const latinCjk = withMixed(parts.latin, parts.mixed);
    expect(view(decodeIndex(latinCjk, parts.arabic, parts.kana, parts.cjk), true)).toEqual(view(reviewed, true));
    // A page in Japanese, with no Arabic: exactly the Latin, kana and Han keys, still sorted, resolved alike;
    // a page in Chinese gets no katakana names; one in Latin script alone none that goes on in CJK.
    const scriptOf = (key: string) => (key < '\u0600' ? (/^[^|]*[\u3000-\uffff]/.test(key) ? 'mixed' : 'latin') : key < '\u0700' ? 'arabic' : key < '\u3100' ? 'kana' : 'cjk');
    const japanese = view(decodeIndex(latinCjk, parts.kana, parts.cjk), true);
    expect(japanese).toEqual(view(reviewed, true).filter((line) => scriptOf(line) !== 'arabic'));
    const chinese = view(decodeIndex(latinCjk, parts.cjk), true);
    expect(chinese).toEqual(view(reviewed, true).filter((line) => scriptOf(line) !== 'arabic' && scriptOf(line) !== 'kana'));
    expect(parts.kana.names.length).toBeGreaterThan(1000);
    expect(view(decodeIndex(parts.latin))).toEqual(view(reviewed).filter((line) => scriptOf(line) === 'latin'));
    expect(parts.mixed.names.split('|')).toEqual(expect.arrayContaining(['LGエレクトロニクス', 'AFP通信']));
    expect(parts.latin.names).not.toMatch(/[\u3000-\uffff]/);
    expect(parts.arabic.names.length).toBeGreaterThan(1000);
    expect(parts.cjk.names.length).toBeGreaterThan(1000);
    // Arabic has no case, and no CJK key an ambiguous alias has holds a Latin capital, so both parts ship lowered
    // and are read without lowering (the views above show they resolve the same); the Latin part is lowered as read.
    expect(parts.arabic.lower).toBe(1);
    expect(parts.cjk.lower).toBe(1);
    expect(parts.kana.lower).toBe(1);
    const mixed = encodeParts([{ name: 'Alpha', kind: 'company', aliases: ['オープンAI'], ambiguous: ['オープンAI'] }]);
    expect(mixed.kana.lower).toBeUndefined();
    // Such a part is lowered as read, and its lines' own case is read back from the part itself.
    const both = decodeIndex(mixed.latin, mixed.kana);
    expect(keysOf(both).map((key, k) => `${key}=${both.exact(k)}`)).toEqual(['alpha=Alpha', 'オープンai=オープンAI']);
    // Only the Latin part may hold canonical names.
    expect(() => encodeParts([{ name: 'Alpha', kind: 'company', aliases: [] }, { name: 'ميتا', kind: 'company', aliases: [] }])).toThrow(/outside the Latin part/);
  });

  it('keeps what each line refers to when keys that go on in CJK are merged among the Latin ones', () => {
    // "ac" names the organization of the line above it in the Latin part alone (`=`); merged, "ab通信", another's, stands between.
    const entries = [
      { name: 'Aa', kind: 'company' as const, aliases: ['Ab通信'] },
      { name: 'Ad', kind: 'investor' as const, aliases: [] },
      { name: 'Zeta', kind: 'media' as const, aliases: ['Ab', 'Ac'], ambiguous: ['Ac'] },
    ];
    const parts = encodeParts(entries);
    expect(parts.latin.refs).toContain('=');
    expect(view(decodeIndex(withMixed(parts.latin, parts.mixed)))).toEqual(view(buildTrie(nameSources(entries))));
    expect(withMixed(parts.latin, { names: '', refs: '' })).toBe(parts.latin);
  });

  it('keeps the part every page loads within the 25 kB gzip budget of the content script', () => {
    // The Arabic and CJK parts ride in chunks that only pages in those scripts load (lib/dom/scripts.ts);
    // bundle.test.ts holds the content script and each chunk to their own budgets.
    const gz = (part: object) => gzipSync(JSON.stringify(part), { level: 9 }).length;
    const parts = encodeParts(GAZETTEER);
    expect(gz(parts.latin)).toBeLessThanOrEqual(25_000);
    expect(gz(parts.latin)).toBeGreaterThan(gz(parts.arabic));
  });

  it('keeps its keys in the order the walk relies on', () => {
    const keys = keysOf(shipped);
    for (let k = 1; k < keys.length; k++) expect(keys[k - 1]! <= keys[k]!).toBe(true);
  });

  it('refuses entries it cannot carry instead of shipping them wrong', () => {
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: ['B\nC'] }])).toThrow(/cannot be encoded/);
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: ['B|C'] }])).toThrow(/cannot be encoded/);
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: [' '] }])).toThrow(/cannot be encoded/);
    expect(() => encodeIndex([{ name: 'A', kind: 'company', aliases: [], description: 'x' }])).toThrow(/details/);
    expect(() => encodeIndex([{ name: 'A\u0640B', kind: 'company', aliases: [] }])).toThrow(/folded/);
  });

  it('carries ambiguity and kinds through', () => {
    const tiny = decodeIndex(encodeIndex([
      { name: 'Meta', kind: 'company', aliases: ['ميتا'], ambiguous: ['Meta'] },
      { name: 'Andreessen Horowitz', kind: 'investor', aliases: ['a16z'] },
    ]));
    expect(view(tiny)).toEqual(['a16z|a16z|Andreessen Horowitz|investor|0', 'andreessen horowitz|Andreessen Horowitz|Andreessen Horowitz|investor|0',
      'meta|Meta|Meta|company|1', 'ميتا|ميتا|Meta|company|0']);
  });
});
