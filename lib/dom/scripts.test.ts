import { afterEach, describe, expect, it, vi } from 'vitest';

const loads: string[] = [];
let failing = false;
vi.mock('./chunks.ts', () => ({
  loadChunk: async (name: string) => {
    loads.push(name);
    if (failing) throw new Error('blocked');
    return { lexicons: [], names: { names: '', refs: '' }, readers: {}, facts: { roles: {}, target: [], anaphors: [], rounds: [], from: [], companies: [], roundPatterns: [] } };
  },
}));
const added = vi.fn();
vi.mock('../detect/index.ts', () => ({ addScript: (part: unknown) => added(part) }));

const { scriptsFor } = await import('./scripts.ts');

/** The names chunk's CJK names, in three parts of which a page loads one (lib/detect/companies/data/compact.ts). */
const CJK_NAMES = ['nameszh', 'namesja', 'nameszhja'];

describe('scriptsFor', () => {
  afterEach(() => {
    failing = false;
  });

  it("loads a script's chunk the first time a text holds it, and never again", async () => {
    await scriptsFor('Nvidia trained a new model.');
    expect(loads).toEqual([]);
    await scriptsFor('جمعت إنفيديا');
    await scriptsFor('وقالت الشركة');
    expect(loads).toEqual(['arabic']);
    // Chinese brings the Han reader of solid names; Japanese, which kana mark, the kana one.
    await scriptsFor('英伟达与软银');
    expect(loads).toEqual(['arabic', 'cjk', 'han']);
    await scriptsFor('英伟达 and ソフトバンク');
    expect(loads).toEqual(['arabic', 'cjk', 'han', 'kana']);
    expect(added).toHaveBeenCalledTimes(4);
  });

  it('loads the names chunk once a text names a currency, in any of the languages, and its script\'s names chunk', async () => {
    const cases: [string, string[]][] = [
      ['Cargill raised $2 billion.', ['names']], ['جمعت الشركة 20 مليون دولار', ['names', 'namesar']], ['融资20亿元', ['names', 'nameszh']],
      ['15億円を調達', ['names', 'namesja']], ['lève 20 millions d’euros', ['names']], ['USD 5m', ['names']],
    ];
    for (const [text, names] of cases) {
      vi.resetModules();
      loads.length = 0;
      const { scriptsFor: fresh } = await import('./scripts.ts');
      await fresh(text);
      expect(loads.filter((n) => n.startsWith('names')), text).toEqual(names);
      // The given names come with them, unless the page writes CJK, whose press writes people in its own script.
      expect(loads.includes('given'), text).toBe(!names.some((n) => CJK_NAMES.includes(n)));
    }
    // A page in Arabic that names no currency gets the Arabic reading, not the names.
    vi.resetModules();
    loads.length = 0;
    await (await import('./scripts.ts')).scriptsFor('وقالت الشركة إنها تعمل');
    expect(loads).toEqual(['arabic']);
    // A page that names no currency pays for none.
    vi.resetModules();
    loads.length = 0;
    const { scriptsFor: fresh } = await import('./scripts.ts');
    await fresh('The weather in Paris was fine, and 20 people came.');
    expect(loads).toEqual([]);
  });

  it('loads one part of the CJK names for a page in Chinese, in Japanese, in both, or in Korean', async () => {
    const cases: [string, string][] = [
      // Han without kana is Chinese, traditional as well; kana mark Japanese, and simplified forms beside them both.
      ['英伟达融资20亿元', 'nameszh'], ['台積電投資20億美元', 'nameszh'], ['ソフトバンクが15億円を調達', 'namesja'],
      ['软银向ソフトバンク融资20亿元', 'nameszhja'], ['삼성전자가 $2 billion을 투자', 'nameszh'],
    ];
    for (const [text, part] of cases) {
      vi.resetModules();
      loads.length = 0;
      const { scriptsFor: fresh } = await import('./scripts.ts');
      await fresh(text);
      expect(loads.filter((n) => CJK_NAMES.includes(n)), text).toEqual([part]);
    }
    // A page that turns Japanese after it read Chinese loads the Japanese part too (the engine keeps the larger:
    // late-parts.test.ts), and the one with both once simplified forms come beside the kana; no currency, none.
    vi.resetModules();
    loads.length = 0;
    const { scriptsFor: fresh } = await import('./scripts.ts');
    await fresh('台積電が新工場');
    expect(loads.filter((n) => n.startsWith('names'))).toEqual([]);
    await fresh('融资20亿元');
    await fresh('ソフトバンクが15億円を調達');
    await fresh('软银与ソフトバンク，20亿元');
    expect(loads.filter((n) => CJK_NAMES.includes(n))).toEqual(['nameszh', 'namesja', 'nameszhja']);
  });

  it('loads French, German and Spanish amount words for a text in one of them, not for English', async () => {
    vi.resetModules();
    loads.length = 0;
    const { scriptsFor: fresh } = await import('./scripts.ts');
    // Accents in names and one stray word are no European text.
    await fresh('OpenAI hired staff from SoftBank, Société Générale and Nestlé, a report by Les Echos said.');
    expect(loads).toEqual([]);
    await fresh('Die Firma wächst, die Investoren kommen aus der Schweiz und aus Deutschland.');
    await fresh('La start-up a recruté pour ses centres de données.');
    expect(loads).toEqual(['europe']);
    loads.length = 0;
    // A Japanese page alone never loads the Chinese reader.
    await fresh('ソフトバンクは英国の半導体設計会社を買収すると発表した。');
    expect(loads).toEqual(['cjk', 'kana']);
  });

  it('says once that a chunk could not load, and lets the page go on reading the rest', async () => {
    vi.resetModules();
    const { scriptsFor: fresh } = await import('./scripts.ts');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    failing = true;
    await expect(fresh('جمعت إنفيديا')).resolves.toBeDefined();
    await fresh('وقالت الشركة');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
