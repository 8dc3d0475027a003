import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageMessaging } from './extension.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** chrome's callback API as a tab answers it: with a reply, with nothing, or with runtime.lastError set during the callback. */
function tabAnswers(answer: { reply?: unknown; lastError?: string }) {
  const runtime: { lastError?: { message: string } } = {};
  vi.stubGlobal('chrome', {
    runtime,
    tabs: {
      sendMessage: (_tab: number, _message: unknown, _options: undefined, reply: (r: unknown) => void) => {
        runtime.lastError = answer.lastError ? { message: answer.lastError } : undefined;
        reply(answer.reply);
        runtime.lastError = undefined;
      },
    },
  });
}

describe('messages to a tab', () => {
  it('resolves with the content script\'s reply and rejects with its error', async () => {
    tabAnswers({ reply: { res: true } });
    await expect(pageMessaging.sendMessage('toggleHighlights', undefined, 3)).resolves.toBe(true);
    tabAnswers({ reply: { err: { message: 'no facts yet' } } });
    await expect(pageMessaging.sendMessage('toggleHighlights', undefined, 3)).rejects.toThrow('no facts yet');
  });

  it('reads runtime.lastError when the tab has no content script, so the browser logs nothing', async () => {
    tabAnswers({ lastError: 'Could not establish connection. Receiving end does not exist.' });
    await expect(pageMessaging.sendMessage('getPageFacts', undefined, 3)).rejects.toThrow(/Receiving end does not exist/);
    tabAnswers({});
    await expect(pageMessaging.sendMessage('getPageFacts', undefined, 3)).rejects.toThrow('No response to getPageFacts');
  });
});
