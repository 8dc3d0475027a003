import { describe, expect, it, vi } from 'vitest';

// The content script's start: the Latin-script languages only, as its build ships them (lexicons/latin.ts).
vi.mock('./lexicons/index.ts', async () => import('./lexicons/latin.ts'));

const { detect } = await import('../index.ts');
const { ar } = await import('./lexicons/ar.ts');
const { ja } = await import('./lexicons/ja.ts');
const { zh } = await import('./lexicons/zh.ts');
const { addLexicons } = await import('./lexicon.ts');

const money = (text: string) => detect(text, { types: ['money'] }).entities.map((e) => `${e.text}=${'value' in e ? e.value : ''}`);

describe('languages that arrive after the engine started', () => {
  it('reads a script only once its lexicons are added, and then as if they had been built in', () => {
    const arabic = 'جمعت الشركة 20 مليار دولار.';
    const chinese = '公司完成200亿美元融资。';
    expect(money('It raised $2 billion.')).toEqual(['$2 billion=2000000000']);
    expect(money(arabic)).toEqual([]);
    addLexicons([ar]);
    expect(money(arabic)).toEqual(['20 مليار دولار=20000000000']);
    expect(money(chinese)).toEqual([]);
    addLexicons([zh, ja]);
    addLexicons([zh]);
    expect(money(chinese)).toEqual(['200亿美元=20000000000']);
  });
});
