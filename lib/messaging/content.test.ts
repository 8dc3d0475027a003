import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Deliver a message the way the browser does and collect what the script answers through sendResponse. */
async function deliver(message: unknown): Promise<{ kept: unknown[]; replies: unknown[] }> {
  const replies: unknown[] = [];
  // The fake types trigger() with the two arguments most listeners take; the browser passes sendResponse too.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const kept = await trigger(message, {}, (r: unknown) => replies.push(r));
  await new Promise((r) => setTimeout(r, 0));
  return { kept, replies };
}

describe('the content script end of page messages', () => {
  // The fake browser drops listeners between tests, so each test loads the module (and its one listener) afresh.
  let pageMessaging: typeof import('./content.ts').pageMessaging;
  beforeEach(async () => {
    vi.resetModules();
    ({ pageMessaging } = await import('./content.ts'));
  });

  it('answers through sendResponse and keeps the channel open, as Chrome needs without the polyfill', async () => {
    const off = pageMessaging.onMessage('toggleHighlights', () => true);
    const { kept, replies } = await deliver({ id: 1, type: 'toggleHighlights', data: undefined, timestamp: 1 });
    expect(kept).toContain(true);
    expect(replies).toEqual([{ res: true }]);
    off();
  });

  it('turns a handler error into the wire error instead of leaving the sender waiting', async () => {
    const off = pageMessaging.onMessage('scrollToFact', () => {
      throw new Error('no such fact');
    });
    const { replies } = await deliver({ id: 2, type: 'scrollToFact', data: { key: 'k' }, timestamp: 1 });
    expect(replies).toEqual([{ err: { message: 'no such fact' } }]);
    off();
  });

  it('stays silent on messages it has no handler for or that are not ours', async () => {
    for (const m of [{ id: 3, type: 'saveFocused', data: undefined, timestamp: 1 }, { type: 'x' }, null, 'text']) {
      const { kept, replies } = await deliver(m);
      expect(kept.filter((k) => k !== undefined)).toEqual([]);
      expect(replies).toEqual([]);
    }
  });
});
