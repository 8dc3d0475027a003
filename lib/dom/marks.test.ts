import { describe, expect, it, vi } from 'vitest';
import { collectText, rangeFor } from './collect.ts';
import { createPainter, highlightApiAvailable } from './highlight.ts';
import { MARK_TAG, MarkPainter, toWordBounds } from './marks.ts';

function factFor(needle: string, key: string, type: 'money' | 'company' = 'money') {
  const map = collectText(document.body);
  const at = map.text.indexOf(needle);
  return { key, entity: { type }, range: rangeFor(map, at, at + needle.length)! };
}

describe('toWordBounds', () => {
  it('grows a span to whole words, never splitting an Arabic word', () => {
    const s = 'تمويلها بـ5 مليارات';
    const at = s.indexOf('5');
    const [a, b] = toWordBounds(s, at, at + 1);
    expect(s.slice(a, b)).toBe('بـ5');
  });

  it('leaves a span already on word boundaries alone', () => {
    expect(toWordBounds('raised $2 billion now', 7, 17)).toEqual([7, 17]);
  });
});

describe('createPainter', () => {
  it('loads the word-wrapping painter only where the Highlight API is missing', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return MarkPainter;
    };
    const without = { defaultView: {} } as unknown as Document;
    expect(await createPainter(without, 'soft', load)).toBeInstanceOf(MarkPainter);
    expect(loads).toBe(1);
    vi.stubGlobal('Highlight', class { priority = 0; });
    vi.stubGlobal('CSS', { highlights: new Map() });
    const win = { CSS, Highlight } as unknown as Window;
    expect(highlightApiAvailable(win)).toBe(true);
    expect(await createPainter({ defaultView: win } as unknown as Document, 'soft', load)).not.toBeInstanceOf(MarkPainter);
    expect(loads).toBe(1);
    vi.unstubAllGlobals();
  });
});

describe('MarkPainter (no Custom Highlight API)', () => {
  it('wraps whole words across inline elements and removes every trace after', () => {
    const html = '<p>جمعت <strong>5</strong> مليارات دولار من إنفيديا</p><p>and OpenAI too</p>';
    document.body.innerHTML = html;
    const money = factFor('5 مليار', 'm');
    const company = factFor('إنفيديا', 'c', 'company');
    const painter = new MarkPainter(document);
    painter.paint([money, company], new Set(['c']));
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['5', ' مليارات', 'إنفيديا']);
    expect(marks[2]!.hasAttribute('data-saved')).toBe(true);
    expect(money.range.toString()).toBe('5 مليارات');
    painter.setVisible(false);
    expect(marks.every((m) => m.hasAttribute('data-off'))).toBe(true);
    painter.clear();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
    // Text nodes are merged back, as the page had them.
    expect(document.body.querySelector('p')!.childNodes).toHaveLength(3);
  });

  it('unwraps only the facts that went away on a repaint', () => {
    document.body.innerHTML = '<p>$2 billion from Nvidia</p>';
    const a = factFor('$2 billion', 'a');
    const b = factFor('Nvidia', 'b', 'company');
    const painter = new MarkPainter(document);
    painter.paint([a, b], new Set());
    painter.paint([b], new Set());
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['Nvidia']);
    painter.focus(b);
    expect(document.querySelector(MARK_TAG)!.hasAttribute('data-focus')).toBe(true);
  });
});

describe('MarkPainter with rescans', () => {
  it('keeps highlighting a block that changed, after releasing its marks', async () => {
    const { PageModel } = await import('./model.ts');
    const { fakeDetect } = await import('./__fixtures__/detector.ts');
    document.body.innerHTML = '<p id="a">Nvidia put in $2 billion.</p><p>OpenAI</p>';
    const model = new PageModel(() => document.body, { detector: fakeDetect, settings: () => ({ suppressed: new Set() }) });
    const painter = new MarkPainter(document);
    painter.paint(await model.scanAll(), new Set());
    const block = document.getElementById('a')!;
    block.append(' Then $3 billion more.');
    painter.release([block]);
    expect(block.querySelector(MARK_TAG)).toBeNull();
    await model.scanBlocks([block]);
    painter.paint(model.facts, new Set());
    const marked = [...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
    expect(marked.sort()).toEqual(['$2 billion', '$3 billion', 'Nvidia', 'OpenAI'].sort());
    expect(model.facts.every((f) => !f.range.collapsed)).toBe(true);
  });
});
