import { describe, expect, it } from 'vitest';
import { anchorExact } from './anchor.ts';
import { anchorApprox, anchorQuote } from './anchor-approx.ts';
import { collectText, rangeFor } from './collect.ts';
import { PageModel } from './model.ts';
import { fakeDetect } from './__fixtures__/detector.ts';
import { selectorFor } from './scan.ts';
import type { KnownFact, Selector } from '../messaging/protocol.ts';

const before = 'The lab raised $2 billion from Nvidia. Later, a rival raised $2 billion from OpenAI in a second round.';

function selectorOf(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  return selectorFor(text, at, at + needle.length);
}

describe('anchorQuote', () => {
  it('finds an exact quote that moved, and picks the right one of two by its context', () => {
    const sel = selectorOf(before, '$2 billion', 1);
    const after = `Breaking: markets rallied. ${before}`;
    const at = anchorQuote(after, sel)!;
    expect(at.errors).toBe(0);
    expect(after.slice(at.end, at.end + 12)).toBe(' from OpenAI');
  });

  it('finds a slightly edited quote by approximate matching, which the exact search leaves alone', () => {
    const sel = selectorOf(before, 'raised $2 billion from OpenAI');
    const after = before.replace('raised $2 billion from OpenAI', 'raised $2 billions from Open AI');
    expect(anchorExact(after, sel)).toBeNull();
    for (const at of [anchorQuote(after, sel)!, anchorApprox(after, sel)!]) {
      expect(at.errors).toBeGreaterThan(0);
      expect(after.slice(at.start, at.end)).toContain('from Open');
    }
  });

  it('leaves a quote that is gone unplaced instead of guessing', () => {
    const sel = selectorOf(before, 'raised $2 billion from OpenAI');
    const after = 'An unrelated story about weather in the mountains, with no funding at all in it.';
    expect(anchorQuote(after, sel)).toBeNull();
  });

  it('does not guess short quotes approximately', () => {
    const sel = selectorOf(before, 'Nvidia');
    expect(anchorQuote(before.replace('Nvidia', 'Nvidea'), { ...sel, prefix: '', suffix: '' })).toBeNull();
  });

  it('anchors Arabic text whose surroundings changed', () => {
    const ar = 'قالت الشركة إنها جمعت 5 مليار دولار من إنفيديا هذا الأسبوع.';
    const sel = selectorOf(ar, '5 مليار دولار');
    const edited = `عاجل: ${ar.replace('هذا الأسبوع', 'يوم الثلاثاء')}`;
    const at = anchorQuote(edited, sel)!;
    expect(edited.slice(at.start, at.end)).toBe('5 مليار دولار');
  });
});

describe('PageModel.place (re-anchoring in a page)', () => {
  function known(text: string, needle: string, key: string, type: KnownFact['type'] = 'money'): KnownFact {
    return { key, status: 'saved', note: 'check this', type, selector: selectorOf(text, needle) };
  }

  it('places saved facts in changed text and reports the rest as orphans', async () => {
    const old = 'A start-up raised $2 billion from Nvidia. It was a big year.';
    document.body.innerHTML = '<p>A start-up raised <b>$2</b> billion from Nvidia after long talks. It was a big year.</p>';
    // The engine no longer reads "year" as anything: this saved quote must be placed by its selector.
    const anchor = async (text: string, selectors: Selector[]) => selectors.map((s) => anchorQuote(text, s));
    const model = new PageModel(() => document.body, { detector: fakeDetect, settings: () => ({ suppressed: new Set() }), anchor });
    await model.scanAll();
    const { placed, orphans } = await model.place([
      known(old, '$2 billion', 'money:$2 billion#0'),
      known(old, 'big year', 'company:big year#0', 'company'),
      known(old, 'It was a big year', 'sentence', 'company'),
      { ...known(old, '$2 billion', 'x'), key: 'money:$9 billion#0', selector: { exact: '$9 billion', prefix: 'zzz', suffix: 'qqq', start: 0, end: 10 } },
    ]);
    expect(placed.get('money:$2 billion#0')!.range.toString()).toBe('$2 billion');
    expect(placed.get('company:big year#0')!.range.toString()).toBe('big year');
    expect(orphans.map((o) => o.key)).toEqual(['money:$9 billion#0']);
    expect(placed.get('sentence')!.range.toString()).toBe('It was a big year');
  });

  it('asks its search only for quotes the scan did not find again, and orphans them without one', async () => {
    const old = 'The lab raised $2 billion from Nvidia in a second round, people said.';
    document.body.innerHTML = '<p>The lab raised $2.0 billion from Nvidia in a second round, people said.</p>';
    const facts = [known(old, 'raised $2 billion from Nvidia', 'edited', 'money'), known(old, 'second round', 'same', 'company')];
    const asked: string[][] = [];
    const anchor = async (text: string, selectors: Selector[]) => {
      asked.push(selectors.map((s) => s.exact));
      return selectors.map((s) => anchorQuote(text, s));
    };
    const withSearch = new PageModel(() => document.body, { detector: fakeDetect, settings: () => ({ suppressed: new Set() }), anchor });
    await withSearch.scanAll();
    const found = await withSearch.place(facts);
    // Neither key is one the scan found again: both quotes go to the search, in one call.
    expect(asked).toEqual([['raised $2 billion from Nvidia', 'second round']]);
    expect(found.placed.get('edited')!.range.toString()).toBe('raised $2.0 billion from Nvidia');
    expect(found.orphans).toEqual([]);

    const alone = new PageModel(() => document.body, { detector: fakeDetect, settings: () => ({ suppressed: new Set() }) });
    await alone.scanAll();
    const without = await alone.place(facts);
    expect(without.orphans.map((o) => o.key)).toEqual(['edited', 'same']);
  });

  it('maps a range placed in the flat text back across inline elements', () => {
    document.body.innerHTML = '<p>جمعت <strong>5</strong> مليار دولار</p>';
    const map = collectText(document.body);
    const at = anchorQuote(map.text, selectorOf('جمعت 5 مليار دولار', '5 مليار دولار'))!;
    expect(rangeFor(map, at.start, at.end)!.toString()).toBe('5 مليار دولار');
  });
});
