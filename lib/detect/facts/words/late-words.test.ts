import { describe, expect, it, vi } from 'vitest';

// The content script's start: the Latin fact words only, as its build ships them (words/latin.ts).
vi.mock('./index.ts', async () => import('./latin.ts'));

const { detect } = await import('../../index.ts');
const { addFactWords } = await import('./registry.ts');
const { AR_FACT_WORDS } = await import('./ar.ts');
const { JA_FACT_WORDS, ZH_FACT_WORDS } = await import('./cjk.ts');
const { EUROPEAN_FACT_WORDS } = await import('./european.ts');

const facts = (text: string) => detect(text).facts.map((f) => `${f.company} ${f.role} ${f.value} ${f.round ?? ''}`.trim());

describe('fact words that arrive after the engine started', () => {
  it("reads an Arabic, Japanese or Chinese fact's role and round only once that language's words are added", () => {
    const arabic = 'جمعت شركة Qorvane مليوني دولار في جولة تمويلية.';
    const chinese = 'Qorvane公司完成2亿美元B轮融资。';
    expect(facts('The startup Qorvane raised $2 million in a Series A round.')).toEqual(['Qorvane raised 2000000 Series A']);
    const before = [facts(arabic), facts(chinese)];
    expect(before.flat().some((f) => f.includes('raised'))).toBe(false);
    addFactWords(AR_FACT_WORDS);
    expect(facts(arabic)).toEqual(['Qorvane raised 2000000 جولة تمويلية']);
    const japanese = 'AIスタートアップのQorvaneは、シリーズBラウンドで2億ドルを調達した。';
    expect(facts(japanese).some((f) => f.includes('raised'))).toBe(false);
    addFactWords(JA_FACT_WORDS);
    expect(facts(chinese).some((f) => f.includes('raised'))).toBe(false);
    expect(facts(japanese)).toEqual(['Qorvane raised 200000000 シリーズB']);
    addFactWords(ZH_FACT_WORDS);
    addFactWords(ZH_FACT_WORDS);
    expect(facts(chinese)).toEqual(['Qorvane raised 200000000 B轮']);
  });

  it('reads a French fact\'s role and round, at word starts, once the European words are added', () => {
    const french = 'La start-up Qorvane a levé 2 millions de dollars lors de sa série A.';
    expect(facts(french).some((f) => f.includes('raised'))).toBe(false);
    addFactWords(EUROPEAN_FACT_WORDS);
    expect(facts(french)).toEqual(['Qorvane raised 2000000 série A']);
    // A word start is needed, as for English cues: "prélève" (deducts) is no "lève".
    expect(facts('La start-up Qorvane prélève 2 millions de dollars.').some((f) => f.includes('raised'))).toBe(false);
  });
});
