/**
 * The content script's end of the typed messages. It speaks @webext-core/messaging's
 * wire format (a request `{id, type, data, timestamp}`, a reply `{res}` or `{err}`),
 * so the background and popup keep using that library, while the page's script
 * stays inside its size budget (the library and its error serializer cost it
 * about 1.2 kB gzip for what these few lines do).
 */
import { browser } from 'wxt/browser';
import type { ContentProtocol, PageProtocol } from './protocol.ts';
import { request, unwrap, type DataOf, type ReplyOf } from './wire.ts';

export const contentMessaging = {
  async sendMessage<K extends keyof ContentProtocol>(type: K, data: DataOf<ContentProtocol[K]>): Promise<ReplyOf<ContentProtocol[K]>> {
    return unwrap(type, await browser.runtime.sendMessage(request(type, data)));
  },
};

type Handler = (message: { data: unknown }) => unknown;
const handlers = new Map<string, Handler>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  // Replies go through sendResponse (and `true` keeps the channel open): Chrome's
  // own onMessage, which this script uses without the polyfill, ignores a returned promise.
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const m = message as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
    if (!m || typeof m.type !== 'string' || typeof m.timestamp !== 'number') return undefined;
    const handler = handlers.get(m.type);
    // No handler here: stay silent so another listener may answer.
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler({ data: m.data }))
      .then((res) => ({ res }), (e: unknown) => ({ err: { message: e instanceof Error ? e.message : String(e) } }))
      .then(sendResponse);
    return true;
  });
}

export const pageMessaging = {
  onMessage<K extends keyof PageProtocol>(
    type: K,
    handler: (message: { data: DataOf<PageProtocol[K]> }) => ReturnType<PageProtocol[K]> | Promise<ReturnType<PageProtocol[K]>>,
  ): () => void {
    listen();
    handlers.set(type, handler as Handler);
    return () => handlers.delete(type);
  },
};
