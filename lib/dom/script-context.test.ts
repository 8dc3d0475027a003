import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as Upstream } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from './script-context.ts';

type Ctx = Pick<ContentScriptContext, 'signal' | 'onInvalidated' | 'notifyInvalidated'>;
const IMPLS: [string, new (name: string) => Ctx][] = [['ours', ContentScriptContext], ['WXT', Upstream]];

describe('the content script context stand-in', () => {
  it.each(IMPLS)('%s: runs invalidation listeners once and lets one be removed', (_, Impl) => {
    const ctx = new Impl('content');
    const kept = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(removed)();
    expect(ctx.signal.aborted).toBe(false);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('is invalidated by a newer copy of the same script, from either implementation, and by no other', () => {
    for (const [, Older] of IMPLS) {
      for (const [, Newer] of IMPLS) {
        const old = new Older('content');
        const other = new Older('elsewhere');
        const fresh = new Newer('content');
        expect([old, other, fresh].map((c) => c.signal.aborted)).toEqual([true, false, false]);
        for (const c of [other, fresh]) c.notifyInvalidated();
      }
    }
  });
});
