import { afterEach, describe, expect, it, vi } from 'vitest';
import { observePage, outermost, type PageObserver } from './observe.ts';

describe('observePage', () => {
  let obs: PageObserver | null = null;
  afterEach(() => obs?.disconnect());

  function watch() {
    const onBlocks = vi.fn<(blocks: Element[]) => void>();
    const onNavigate = vi.fn<(url: string) => void>();
    obs = observePage(document, {
      isOwn: (n) => (n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('dealmark-tooltip') != null,
      onBlocks,
      onNavigate,
      debounceMs: 0,
    });
    return { onBlocks, onNavigate };
  }

  it('reports the block around added and edited text, once per burst', async () => {
    document.body.innerHTML = '<article><p id="a">one</p><div id="b"><span>two</span></div></article>';
    const { onBlocks } = watch();
    document.getElementById('a')!.append(' more');
    document.querySelector('#b span')!.firstChild!.textContent = 'changed';
    await vi.waitFor(() => expect(onBlocks).toHaveBeenCalled());
    expect(onBlocks).toHaveBeenCalledOnce();
    expect(onBlocks.mock.calls[0]![0].map((b) => b.id).sort()).toEqual(['a', 'b']);
  });

  it('ignores the extension’s own nodes and text typed into form fields', async () => {
    document.body.innerHTML = '<p id="p">x</p><textarea id="t"></textarea><dealmark-tooltip id="own"></dealmark-tooltip>';
    const { onBlocks } = watch();
    document.getElementById('t')!.append('$2 billion');
    document.getElementById('own')!.append(document.createElement('div'));
    document.getElementById('p')!.append('!');
    await vi.waitFor(() => expect(onBlocks).toHaveBeenCalled());
    expect(onBlocks.mock.calls.flatMap((c) => c[0].map((b) => b.id))).toEqual(['p']);
  });

  it('says a page change happened at once, before the batched rescan, and not for its own nodes', async () => {
    document.body.innerHTML = '<p id="p">x</p><dealmark-tooltip id="own"></dealmark-tooltip>';
    const onChange = vi.fn();
    const onBlocks = vi.fn();
    obs = observePage(document, { isOwn: (n) => (n as Element).id === 'own', onBlocks, onNavigate: () => {}, onChange, debounceMs: 50 });
    document.getElementById('own')!.append(document.createElement('div'));
    await Promise.resolve();
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('p')!.append(' more');
    // A microtask later, long before the batch.
    await Promise.resolve();
    expect(onChange).toHaveBeenCalledOnce();
    expect(onBlocks).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onBlocks).toHaveBeenCalledOnce());
  });

  it('reads the first change of a frame at once, and batches the rest of that frame to the next', async () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    const onBlocks = vi.fn<(blocks: Element[]) => void>();
    obs = observePage(document, { isOwn: () => false, onBlocks, onNavigate: () => {} });
    document.getElementById('a')!.append(' more');
    await Promise.resolve();
    // Before any frame: a framework's re-render is read before the page paints it.
    expect(onBlocks).toHaveBeenCalledOnce();
    document.getElementById('b')!.append(' more');
    await Promise.resolve();
    expect(onBlocks).toHaveBeenCalledOnce();
    await new Promise((r) => requestAnimationFrame(r));
    await vi.waitFor(() => expect(onBlocks).toHaveBeenCalledTimes(2));
    expect(onBlocks.mock.calls[1]![0].map((b) => b.id)).toEqual(['b']);
  });

  it('treats a changed address as a navigation, not as block changes', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const { onBlocks, onNavigate } = watch();
    history.pushState({}, '', '/story-2');
    document.getElementById('p')!.append(' new story');
    await vi.waitFor(() => expect(onNavigate).toHaveBeenCalled());
    expect(onNavigate.mock.calls[0]![0]).toMatch(/\/story-2$/);
    expect(onBlocks).not.toHaveBeenCalled();
  });
});

describe('outermost', () => {
  it('keeps only blocks not inside another changed block', () => {
    document.body.innerHTML = '<div id="a"><p id="b"></p></div><p id="c"></p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    expect(outermost([b!, a!, c!, b!]).map((e) => e.id)).toEqual(['a', 'c']);
  });
});
