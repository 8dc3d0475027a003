import { describe, expect, it, vi } from 'vitest';
import type { Tooltip } from './index.ts';
import { TooltipSlot, type TooltipClass } from './lazy.ts';

const fact = (key: string) => ({ key, entity: { type: 'percent', start: 0, end: 3, text: '40%', value: 40 } as never, range: document.createRange() });

function fakeTooltip() {
  return { show: vi.fn(), hide: vi.fn(), hideSoon: vi.fn(), refresh: vi.fn() };
}

describe('TooltipSlot', () => {
  it('loads the tooltip once, on the first show, and shows the fact', async () => {
    const tip = fakeTooltip();
    const load = vi.fn(async () => ({}) as TooltipClass);
    const slot = new TooltipSlot(async () => tip as unknown as Tooltip, load);
    slot.hide(false);
    expect(load).not.toHaveBeenCalled();
    const a = fact('a');
    expect(await slot.show(a, true)).toBe(true);
    expect(await slot.show(fact('b'), false)).toBe(true);
    expect(load).toHaveBeenCalledOnce();
    expect(tip.show).toHaveBeenCalledTimes(2);
    expect(tip.show.mock.calls[0]![0]).toBe(a);
    expect(tip.show.mock.calls[0]![2]).toEqual({ focus: true });
  });

  it('drops a show the reader left before the code arrived', async () => {
    const tip = fakeTooltip();
    let arrive!: (c: TooltipClass) => void;
    const slot = new TooltipSlot(async () => tip as unknown as Tooltip, () => new Promise((r) => (arrive = r)));
    const shown = slot.show(fact('a'), false);
    slot.leave();
    arrive({} as TooltipClass);
    expect(await shown).toBe(false);
    expect(tip.show).not.toHaveBeenCalled();
  });

  it('shows only the last of two facts asked for while loading', async () => {
    const tip = fakeTooltip();
    let arrive!: (c: TooltipClass) => void;
    const slot = new TooltipSlot(async () => tip as unknown as Tooltip, () => new Promise((r) => (arrive = r)));
    const first = slot.show(fact('a'), false);
    const b = fact('b');
    const second = slot.show(b, false);
    arrive({} as TooltipClass);
    expect([await first, await second]).toEqual([false, true]);
    expect(tip.show).toHaveBeenCalledOnce();
    expect(tip.show.mock.calls[0]![0]).toBe(b);
  });

  it('says why once when the code cannot load, and leaves the page working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi.fn(() => Promise.reject(new Error('blocked')));
    const slot = new TooltipSlot(async () => fakeTooltip() as unknown as Tooltip, load);
    expect(await slot.show(fact('a'), false)).toBe(false);
    expect(await slot.show(fact('b'), false)).toBe(false);
    expect(load).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
    slot.refresh();
    slot.hide(true);
    warn.mockRestore();
  });
});
