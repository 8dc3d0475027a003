import { describe, expect, it, vi } from 'vitest';

// The content script's start: no linker (it comes with the facts chunk) and the Latin fact words only.
vi.mock('./builtin.ts', async () => import('./builtin-none.ts'));
vi.mock('./words/index.ts', async () => import('./words/latin.ts'));

const { detect, addScript } = await import('../index.ts');
const { AR_FACT_WORDS } = await import('./words/ar.ts');

const shown = (facts: { company: string; role: string; value: number; round: string | null }[]) =>
  facts.map((f) => `${f.company} ${f.role} ${f.value} ${f.round ?? ''}`.trim());

describe('the fact linker that arrives after the engine started', () => {
  it('leaves facts for later only where an amount and a company were found, then links them with the words other chunks brought', async () => {
    const arabic = 'جمعت شركة Qorvane مليوني دولار في جولة تمويلية.';
    // The Arabic chunk came first: its fact words are in the content script's registry.
    addScript({ lexicons: [], facts: AR_FACT_WORDS });
    const det = detect(arabic);
    expect(det.entities.map((e) => e.text)).toEqual(['Qorvane', 'مليوني دولار']);
    expect(det.facts).toEqual([]);
    // No amount, or no company: nothing to link, so nothing to load.
    expect(detect('Qorvane hired a new chief executive.').relink).toBeUndefined();
    expect(detect('The round raised $2 million.').relink).toBeUndefined();
    // The chunk holds its own copies of the linker and of the registry, as a separately built script does.
    vi.resetModules();
    const { linkFacts } = await import('./index.ts');
    const { useFactWords } = await import('./words/registry.ts');
    addScript({ lexicons: [], linker: (text, money, companies, sentences, words) => {
      useFactWords(words);
      return linkFacts(text, money, companies, sentences);
    } });
    expect(shown(det.relink!())).toEqual(['Qorvane raised 2000000 جولة تمويلية']);
    const again = detect(arabic);
    expect(again.relink).toBeUndefined();
    expect(shown(again.facts)).toEqual(['Qorvane raised 2000000 جولة تمويلية']);
  });
});
