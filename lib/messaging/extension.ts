/**
 * Both directions' messengers for extension pages and the background, through
 * @webext-core/messaging. The content script uses ./content.ts instead, which
 * speaks the same wire format in a few hundred bytes.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentProtocol, PageProtocol } from './protocol.ts';
import { request, unwrap, type DataOf, type ReplyOf } from './wire.ts';

/** The callback API the library itself sends with, in Chrome and Firefox alike (no chrome types in this project). */
declare const chrome: {
  runtime: { lastError?: { message?: string } };
  tabs: { sendMessage(tabId: number, message: unknown, options: undefined, reply: (reply: unknown) => void): void };
};

export const contentMessaging = defineExtensionMessaging<ContentProtocol>();

const toPages = defineExtensionMessaging<PageProtocol>();

/**
 * To a tab's content script. The library sends with a callback that never
 * reads runtime.lastError, so a tab without the script (a new tab, the popup
 * opened as a page, a browser page) logs "Unchecked runtime.lastError" as an
 * error in Chromium 150; read here, it rejects, which every caller catches.
 */
function sendToTab<K extends keyof PageProtocol>(type: K, data: DataOf<PageProtocol[K]>, tabId: number): Promise<ReplyOf<PageProtocol[K]>> {
  return new Promise((resolve, reject) => {
    chrome.tabs.sendMessage(tabId, request(type, data), undefined, (reply) => {
      const error = chrome.runtime.lastError;
      if (error) reject(new Error(error.message ?? `${type} failed`));
      else {
        try {
          resolve(unwrap(type, reply));
        } catch (e) {
          reject(e);
        }
      }
    });
  });
}

export const pageMessaging = { sendMessage: sendToTab, onMessage: toPages.onMessage, removeAllListeners: toPages.removeAllListeners };
