import { describe, expect, it } from 'vitest';
import { isArabicLetter, isCjk, isLatinAlnum, isOtherLetter, lowerString } from './chars.ts';
import { scan, UNIT_BITS, unitClass } from './match.ts';
import { buildTrie } from './trie.ts';

describe('the unit class table', () => {
  it('agrees with the character predicates on every BMP unit', () => {
    const { WORDY, ARABIC, CJK, KATAKANA } = UNIT_BITS;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const want = (isLatinAlnum(c) || isOtherLetter(c) ? WORDY : 0) | (isArabicLetter(c) ? ARABIC : 0) |
        (isCjk(c) ? CJK : 0) | ((c >= 0x30a1 && c <= 0x30fc) || (c >= 0xff66 && c <= 0xff9f) ? KATAKANA : 0);
      if (unitClass(c) !== want) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('lower-casing', () => {
  it('keeps the length where "İ" would lower to two units, and lowers everything else', () => {
    const text = 'Türkiye İş Bankası and ÇELIK Holding';
    const low = lowerString(text);
    expect(low).toHaveLength(text.length);
    expect(low).toBe('türkiye İş bankası and çelik holding');
  });

  it('never meets "İ" in a key or a folded text: the fold reads it as "I", so the index lowers in one native call', async () => {
    const { findCompanies } = await import('./index.ts');
    const { normalize } = await import('../normalize.ts');
    const text = 'Loans from Türkiye İş Bankası grew.';
    expect(normalize(text).text).toBe('Loans from Türkiye Iş Bankası grew.');
    expect(findCompanies(text, normalize(text), []).map((c) => `${c.text}=${c.canonical}`)).toEqual(['Türkiye İş Bankası=Isbank']);
  });
});

describe('the gazetteer scan', () => {
  it('passes over an ambiguous name in the wrong case, so an overlapping later name is still found', () => {
    const trie = buildTrie([
      { canonical: 'CDPQ', kind: 'investor', source: 'gazetteer', names: ['La Caisse'], ambiguous: ['La Caisse'] },
      { canonical: 'Caisse des Dépôts', kind: 'investor', source: 'gazetteer', names: ['Caisse des Dépôts'] },
    ]);
    const names = (text: string) => scan(trie, text, lowerString(text)).map((h) => `${text.slice(h.start, h.end)}=${trie.org(h.target).canonical}`);
    expect(names('fonds de la Caisse des Dépôts')).toEqual(['Caisse des Dépôts=Caisse des Dépôts']);
    expect(names('selon La Caisse, qui')).toEqual(['La Caisse=CDPQ']);
  });

  it('reads a name whose words a German compound joins with hyphens, and a hyphen of its own as written', () => {
    const trie = buildTrie([
      { canonical: 'Kestrel Data', kind: 'company', source: 'gazetteer', names: ['Kestrel Data'], ambiguous: ['Kestrel Data'] },
      { canonical: 'Vanta-Holm', kind: 'company', source: 'gazetteer', names: ['Vanta-Holm'] },
    ]);
    const hits = (text: string) => scan(trie, text, lowerString(text)).map((h) => `${text.slice(h.start, h.end)}=${trie.org(h.target).canonical}/${h.exactCase}`);
    expect(hits('je Kestrel-Data-Aktie und Vanta-Holm-Chef')).toEqual(['Kestrel-Data=Kestrel Data/true', 'Vanta-Holm=Vanta-Holm/true']);
    // An ambiguous name still needs its capitals; and the key's own hyphen is no space: "Vanta Holm" is another name.
    expect(hits('kestrel-data, Vanta Holm')).toEqual([]);
  });

  it('reads no name in a place hyphened to a noun: a "US-Bank" is any American bank', () => {
    const trie = buildTrie([{ canonical: 'U.S. Bancorp', kind: 'investor', source: 'gazetteer', names: ['US Bank'] }]);
    const names = (text: string) => scan(trie, text, lowerString(text)).map((h) => text.slice(h.start, h.end));
    expect(names('Die US-Bank erhöhte, und US Bank auch.')).toEqual(['US Bank']);
  });
});

describe('the head filter', () => {
  it('lets the walk run at the start of every key of the shipped index', async () => {
    const { GAZETTEER } = await import('./data/index.ts');
    const { decodeIndex, encodeIndex } = await import('./data/compact.ts');
    const { mayStart } = await import('./trie.ts');
    const { keysOf } = await import('./sorted-names.ts');
    const { NAMES_CHUNK } = await import('./data/names-chunk.ts');
    // The names chunk's organizations are an index of their own (data/names-chunk.ts), as they ship.
    const chunk = decodeIndex(encodeIndex(GAZETTEER.filter((o) => NAMES_CHUNK.has(o.name))));
    const trie = decodeIndex(encodeIndex(GAZETTEER.filter((o) => !NAMES_CHUNK.has(o.name))));
    for (const t of [trie, chunk]) expect(keysOf(t).filter((k) => !mayStart(t, `${k} `, 0))).toEqual([]);
    // Nor may it turn away a key written with hyphens for its spaces, as a German compound writes it.
    const hyphened = (t: typeof trie) => keysOf(t).filter((k) => k.includes(' ')).map((k) => k.replace(/ /g, '-'));
    for (const t of [trie, chunk]) expect(hyphened(t).filter((k) => !mayStart(t, `${k}-aktie `, 0))).toEqual([]);
    expect(trie.count).toBeGreaterThan(2000);
    // Six units of head turn away common words that only begin a key ("the information", "databricks").
    expect(['the company ', 'the round ', 'the deal '].filter((t) => mayStart(trie, t, 0))).toEqual([]);
  });
});
