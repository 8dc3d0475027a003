import { describe, expect, it } from 'vitest';
import { foldWord } from '../../normalize.ts';
import { GAZETTEER, type OrgEntry } from './index.ts';
import { DETAILS } from './details.ts';
import { SCRIPT_ALIASES, SCRIPT_AMBIGUOUS } from './script-aliases.ts';
import { ARABIC_PRESS_ALIASES } from './arabic-press-aliases.ts';
import { JAPANESE_PRESS_ALIASES } from './japanese-press-aliases.ts';
import { ARABIC_QUOTED_ONLY } from '../script-cues.ts';

// The matcher looks names up by their folded, case-folded form, so that is the
// identity two spellings must not share.
const key = (s: string): string => foldWord(s).toLowerCase();
const spellings = (e: OrgEntry): string[] => [e.name, ...e.aliases];
const byName = new Map(GAZETTEER.map((e) => [e.name, e]));
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
// Arabic letters proper, plus space and dot; ASCII digits only because names like
// G42 keep their number (the fold turns Arabic-Indic digits into these).
// A hyphen joins the parts of a name as the Arab press writes some ("إم إن تي-حالان").
const ARABIC_ALIAS = /^[\u0621-\u063a\u0641-\u064a0-9 .]+(?:-[\u0621-\u063a\u0641-\u064a0-9 .]+)?$/;

function entry(name: string): OrgEntry {
  const e = byName.get(name);
  if (!e) throw new Error(`missing gazetteer entry: ${name}`);
  return e;
}

describe('gazetteer data', () => {
  it('is large enough to cover the AI-industry news', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(450);
  });

  it('has unique canonical names', () => {
    const seen = new Set<string>();
    const dupes = GAZETTEER.map((e) => e.name).filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
    expect(dupes).toEqual([]);
  });

  it('never gives one folded spelling to two names or twice to one entry', () => {
    const owner = new Map<string, string>();
    const conflicts: string[] = [];
    for (const e of GAZETTEER) {
      for (const s of spellings(e)) {
        const k = key(s);
        const prev = owner.get(k);
        if (prev !== undefined) conflicts.push(`"${s}" (${e.name}) clashes with ${prev}`);
        else owner.set(k, `"${s}" (${e.name})`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('uses only the three kinds', () => {
    const bad = GAZETTEER.filter((e) => !['company', 'investor', 'media'].includes(e.kind)).map((e) => e.name);
    expect(bad).toEqual([]);
  });

  it('keeps spellings clean: trimmed, single spaces, no empty or one-letter unmarked names', () => {
    const bad: string[] = [];
    for (const e of GAZETTEER) {
      for (const s of spellings(e)) {
        if (s !== s.trim() || /\s{2}|[\u00a0\t\n]/.test(s) || s.length === 0) bad.push(`${e.name}: "${s}"`);
        // A two-letter Latin token (X, AP, FT) collides with too much text to match without a cue.
        if (/^[A-Za-z0-9]{1,2}$/.test(s) && !e.ambiguous?.includes(s)) bad.push(`${e.name}: short "${s}" not ambiguous`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('glues no descriptor word onto a name it already knows (the span is the name alone)', () => {
    const known = new Set(GAZETTEER.flatMap(spellings).map(key));
    const descriptors = ['وكالة', 'شركة', 'قناة', 'صحيفة', 'the', 'saudi'];
    // Where the descriptor is part of the registered name itself.
    const official = new Set(['Saudi Aramco']);
    const bad = GAZETTEER.flatMap((e) =>
      e.aliases.filter((a) => {
        if (official.has(a)) return false;
        const k = key(a);
        return descriptors.some((d) => k.startsWith(`${key(d)} `) && known.has(k.slice(key(d).length + 1)));
      }).map((a) => `${e.name}: "${a}"`),
    );
    expect(bad).toEqual([]);
  });

  it('adds script spellings only to entries that exist, and marks only spellings it adds', () => {
    const keyed = [SCRIPT_ALIASES, ARABIC_PRESS_ALIASES, JAPANESE_PRESS_ALIASES].flatMap((list) => Object.keys(list));
    expect(keyed.filter((name) => !byName.has(name))).toEqual([]);
    const stray = Object.entries(SCRIPT_AMBIGUOUS).flatMap(([name, risky]) => risky.filter((a) => !SCRIPT_ALIASES[name]?.includes(a)));
    expect(stray).toEqual([]);
  });

  it('marks as ambiguous only names the entry actually has', () => {
    const bad: string[] = [];
    for (const e of GAZETTEER) {
      const own = new Set(spellings(e));
      for (const a of e.ambiguous ?? []) if (!own.has(a)) bad.push(`${e.name}: "${a}"`);
      if (new Set(e.ambiguous ?? []).size !== (e.ambiguous ?? []).length) bad.push(`${e.name}: repeated ambiguous`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps descriptions to one short line and tickers well formed', () => {
    const bad: string[] = [];
    const names = new Set(GAZETTEER.map((e) => e.name));
    for (const [name, { description: d, ticker }] of Object.entries(DETAILS)) {
      if (!names.has(name)) bad.push(`${name}: details for an organization the gazetteer lacks`);
      if (d !== undefined && (d.length === 0 || d.length > 80 || /[\n\r]/.test(d))) bad.push(`${name}: "${d}"`);
      if (ticker !== undefined && !/^[A-Z0-9]{1,10}(\.[A-Z]{1,2})?$/.test(ticker)) bad.push(`${name}: ticker ${ticker}`);
    }
    expect(bad).toEqual([]);
    // Details live apart so the content script does not carry them.
    expect(GAZETTEER.filter((e) => e.description || e.ticker).map((e) => e.name)).toEqual([]);
  });

  it('writes Arabic aliases in Arabic letters only (spaces, dots and one hyphen allowed)', () => {
    const bad = GAZETTEER.flatMap((e) =>
      e.aliases.filter((a) => ARABIC.test(a) && !ARABIC_ALIAS.test(a)).map((a) => `${e.name}: "${a}"`),
    );
    expect(bad).toEqual([]);
    // Canonical names are English: Arabic belongs in aliases.
    expect(GAZETTEER.filter((e) => ARABIC.test(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('describes most of the top organizations', () => {
    expect(Object.values(DETAILS).filter((d) => d.description).length).toBeGreaterThanOrEqual(100);
  });

  it.each(['MGX', 'Qatar Investment Authority', 'Public Investment Fund', 'Mubadala', 'G42', 'Prosperity7 Ventures', 'Humain', 'Abu Dhabi Investment Authority', 'ADQ'])(
    'has the Gulf organization %s with an Arabic alias',
    (name) => {
      const e = entry(name);
      expect(e.aliases.some((a) => ARABIC.test(a))).toBe(true);
    },
  );

  it('finds the Gulf acronyms readers see in English news', () => {
    expect(entry('Qatar Investment Authority').aliases).toContain('QIA');
    expect(entry('Public Investment Fund').aliases).toContain('PIF');
  });

  it.each(['Bloomberg', 'Bloomberg News', 'Reuters', 'Financial Times', 'Agence France-Presse', 'Xinhua', 'Al Arabiya', 'Asharq Business', 'Sing Tao', 'RTTNews'])(
    'has the news organization %s as media',
    (name) => {
      expect(entry(name).kind).toBe('media');
    },
  );

  it('keeps organizations the news names distinctly as separate entries', () => {
    const pairs: [string, string][] = [
      ['Google', 'Google DeepMind'], ['Google', 'GV'], ['Google', 'Alphabet'], ['Bloomberg', 'Bloomberg News'],
      ['SoftBank Group', 'SoftBank Vision Fund'], ['Fidelity', 'Fidelity Management & Research'],
      ['Microsoft', 'M12'], ['Nvidia', 'NVentures'], ['Amazon', 'Amazon Web Services'], ['X Corp', 'xAI'],
    ];
    for (const [a, b] of pairs) {
      expect(entry(a)).not.toBe(entry(b));
    }
  });

  it('classifies investors, operators and media as the brief says', () => {
    for (const n of ['Sequoia Capital', 'Andreessen Horowitz', 'Thrive Capital', 'MGX', 'Temasek', 'SoftBank Vision Fund', 'GV'])
      expect(entry(n).kind, n).toBe('investor');
    for (const n of ['Nvidia', 'SoftBank Group', 'OpenAI', 'G42', 'Humain', 'Alibaba', 'Mistral AI'])
      expect(entry(n).kind, n).toBe('company');
  });

  it('holds no products, which would turn every product mention into a company', () => {
    const products = ['ChatGPT', 'Grok', 'Gemini', 'Claude', 'Copilot', 'Llama', 'GPT-4', 'Qwen', 'Siri', 'Alexa'];
    const all = new Set(GAZETTEER.flatMap(spellings).map(key));
    expect(products.filter((p) => all.has(key(p)))).toEqual([]);
  });

  it('marks the well-known word-like names as ambiguous', () => {
    const cases: [string, string][] = [['Meta', 'Meta'], ['X Corp', 'X'], ['Apple', 'Apple'], ['Oracle', 'Oracle'], ['Scale AI', 'Scale'], ['Mistral AI', 'Mistral'], ['Mubadala', 'مبادلة']];
    for (const [name, word] of cases) expect(entry(name).ambiguous, name).toContain(word);
  });

  it('keeps out words found in Gulf country and region names, which no cue could clear', () => {
    // Every sentence about a Saudi or Emirati deal holds a money cue, so an ambiguous
    // alias would still fire inside "المملكة العربية السعودية" or "الشرق الأوسط".
    // Not القابضة or أرقام: those count only in guillemets, each time (script-cues.ts ARABIC_QUOTED_ONLY).
    const words = ['العربية', 'الجزيرة', 'الشرق الأوسط', 'الخليج', 'السعودية', 'الإمارات', 'المتحدة', 'اليوم', 'الأرقام'];
    const all = new Set(GAZETTEER.flatMap(spellings).map(key));
    expect(words.filter((w) => all.has(key(w)))).toEqual([]);
  });

  it('marks every name that counts only in guillemets as ambiguous', () => {
    const ambiguous = new Set(GAZETTEER.flatMap((e) => e.ambiguous ?? []).map(key));
    for (const word of ARABIC_QUOTED_ONLY) expect(ambiguous.has(key(word)), word).toBe(true);
  });

  it('reaches the spelling variants the news uses, listed or merged by the fold', () => {
    const owner = new Map<string, string>();
    for (const e of GAZETTEER) for (const s of spellings(e)) owner.set(key(s), e.name);
    const variants: [string, string][] = [
      ['انفيديا', 'Nvidia'], ['NVIDIA', 'Nvidia'], ['أوبن أيه آي', 'OpenAI'], ['اوبن اي اي', 'OpenAI'],
      ['إكس أيه.آي', 'xAI'], ['اكس ايه اي', 'xAI'], ['سوفتبنك', 'SoftBank Group'], ['بلومبيرغ', 'Bloomberg'],
      ['ميكروسوفت', 'Microsoft'], ['قوقل', 'Google'], ['輝達', 'Nvidia'], ['富达基金', 'Fidelity'],
      ['A16Z', 'Andreessen Horowitz'], ['Stepstone Group', 'StepStone Group'], ['OPENAI', 'OpenAI'],
      ['مُبادلة', 'Mubadala'], ['إم جي إكس', 'MGX'], ['هيوماين', 'Humain'], ['卡塔尔投资局', 'Qatar Investment Authority'],
      ['Google Ventures', 'GV'], ['Fidelity Management & Research Company', 'Fidelity Management & Research'],
    ];
    expect(variants.filter(([v, name]) => owner.get(key(v)) !== name)).toEqual([]);
  });

  it('spells the big names in Arabic, Chinese and Japanese', () => {
    const nv = entry('Nvidia').aliases;
    expect(nv).toEqual(expect.arrayContaining(['إنفيديا', '英伟达', '輝達', 'エヌビディア']));
    expect(entry('SoftBank Group').aliases).toEqual(expect.arrayContaining(['سوفت بنك', '软银', '軟銀', 'ソフトバンクグループ']));
    expect(entry('Google').aliases).toEqual(expect.arrayContaining(['غوغل', 'جوجل', 'قوقل', '谷歌']));
  });
  it('names each organization the way English wire copy does, not by its long legal form', () => {
    const owner = new Map<string, string>();
    for (const e of GAZETTEER) for (const s of spellings(e)) owner.set(key(s), e.name);
    const cases: [string, string][] = [
      ['Anduril Industries', 'Anduril'], ['Institutional Venture Partners', 'IVP'], ['Dragoneer', 'Dragoneer Investment Group'],
      ['Dow Jones Newswires', 'Dow Jones'], ['NEA', 'New Enterprise Associates'], ['McKinsey & Company', 'McKinsey'],
      ['JPMorgan Chase', 'JPMorgan'], ['WSJ', 'The Wall Street Journal'], ['NYT', 'The New York Times'],
      // The agency without "News" in the text is Bloomberg; "News" spelled out is Bloomberg News.
      ['彭博社', 'Bloomberg'], ['ブルームバーグ通信', 'Bloomberg'], ['بلومبرغ نيوز', 'Bloomberg News'], ['ブルームバーグニュース', 'Bloomberg News'],
    ];
    expect(cases.filter(([s, name]) => owner.get(key(s)) !== name)).toEqual([]);
    // Tails the wire drops; a name whose usual form keeps one is listed.
    const keepsTail = new Set(['Reliance Industries', 'Toyota Industries', 'Kawasaki Heavy Industries', 'Mitsubishi Heavy Industries', 'Innovation Industries', 'Anhui Investment Group', 'Eldridge Industries', 'BE Semiconductor Industries',
      'CF Industries', 'Koch Industries', 'Techtronic Industries', 'HD Hyundai Heavy Industries', 'Samsung Heavy Industries', 'Korea Aerospace Industries', 'Grasim Industries', 'Saudi Arabian Military Industries', 'Juhayna Food Industries', 'Britannia Industries', 'Edita Food Industries', 'Varda Space Industries',
      'Valmont Industries', 'Mohawk Industries', 'Standard Industries', 'Kurita Water Industries', 'Kojima Industries', 'Chaos Industries',
      'Saudi Industrial Investment Group', 'Hefei Industry Investment Group', 'Alghanim Industries', 'Brother Industries', 'Sumitomo Heavy Industries', 'Hyosung Heavy Industries', 'Mach Industries',
      'Suzhou Innovation Investment Group', 'Israel Aerospace Industries', 'Hubei Science and Technology Investment Group', 'Jiangsu Hi-Tech Investment Group',
      'Xiamen Jinyuan Investment Group', 'Nippon Paper Industries',
      // The blind sets write it whole three times in four.
      'Dragoneer Investment Group']);
    const long = GAZETTEER.filter((e) => /\b(?:Industries|Investment Group|Newswires|& Company)$/.test(e.name) && !keepsTail.has(e.name));
    expect(long.map((e) => e.name)).toEqual([]);
  });

  it('keeps arms and joint ventures that the news names on their own apart from their parents', () => {
    const pairs: [string, string][] = [
      ['Mizuho Financial Group', 'Mizuho Bank'], ['MUFG', 'MUFG Bank'], ['SoftBank Group', 'SB OpenAI Japan'],
      ['OpenAI', 'SB OpenAI Japan'], ['Lightspeed Venture Partners', 'Lightspeed China Partners'], ['KfW', 'KfW Capital'],
    ];
    for (const [a, b] of pairs) expect(entry(a), `${a} / ${b}`).not.toBe(entry(b));
    expect(entry('SB OpenAI Japan').aliases).toContain('SBオープンAIジャパン');
    expect(entry('Lightspeed China Partners').aliases).toContain('光速创投');
  });

  it('spells the Chinese investors of AI rounds in Chinese', () => {
    const owner = new Map<string, string>();
    for (const e of GAZETTEER) for (const s of spellings(e)) owner.set(key(s), e.name);
    const cases: [string, string][] = [
      ['高榕资本', 'Gaorong Capital'], ['红杉中国', 'HongShan'], ['启明创投', 'Qiming Venture Partners'], ['源码资本', 'Source Code Capital'],
      ['经纬创投', 'Matrix Partners China'], ['君联资本', 'Legend Capital'], ['云锋基金', 'Yunfeng Capital'], ['米哈游', 'miHoYo'],
      ['纪源资本', 'Granite Asia'], ['凯鹏华盈', 'Kleiner Perkins'], ['恩颐投资', 'New Enterprise Associates'], ['泛大西洋投资', 'General Atlantic'], ['幻方量化', 'High-Flyer'],
    ];
    expect(cases.filter(([s, name]) => owner.get(key(s)) !== name)).toEqual([]);
  });

  it('writes each katakana name once: the matcher reads it with or without middle dots', () => {
    const twins: string[] = [];
    for (const e of GAZETTEER) {
      const plain = e.aliases.map((a) => key(a.replace(/[・·]/g, '')));
      if (new Set(plain).size !== plain.length) twins.push(e.name);
    }
    expect(twins).toEqual([]);
    expect(entry('Khosla Ventures').aliases.some((a) => a.replace('・', '') === 'コースラベンチャーズ')).toBe(true);
  });

  it('has the Arabic transliterations that differ by more than the fold merges', () => {
    const owner = new Map<string, string>();
    for (const e of GAZETTEER) for (const s of spellings(e)) owner.set(key(s), e.name);
    const cases: [string, string][] = [
      ['خوسلا فنتشرز', 'Khosla Ventures'], ['خوسلا فينتشرز', 'Khosla Ventures'], ['إنسايت بارتنرز', 'Insight Partners'],
      ['إنسايت بارتنرس', 'Insight Partners'], ['تايغر غلوبال', 'Tiger Global'], ['تايجر جلوبال', 'Tiger Global'],
      ['هيلسينغ', 'Helsing'], ['هيلسينج', 'Helsing'], ['جي بي مورغان', 'JPMorgan'],
    ];
    expect(cases.filter(([s, name]) => owner.get(key(s)) !== name)).toEqual([]);
  });

  it('requires a cue for short or word-like names of defence and European companies', () => {
    const cases: [string, string][] = [
      ['Saab', 'Saab'], ['Grob Aircraft', 'Grob'], ['Index Ventures', 'Index'], ['Spark Capital', 'Spark'], ['Allianz', 'Allianz'],
      ['Honda', 'Honda'], ['Indra', 'Indra'], ['Safran', 'Safran'], ['Tacto', 'Tacto'], ['Accel', 'أكسل'], ['Alibaba', '阿里'],
    ];
    for (const [name, word] of cases) expect(entry(name).ambiguous, name).toContain(word);
  });
});
