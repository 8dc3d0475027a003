/**
 * Both directions' messengers for extension pages and the background, through
 * @webext-core/messaging. The content script uses ./content.ts instead, which
 * speaks the same wire format in a few hundred bytes.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentProtocol, PageProtocol } from './protocol.ts';

export const contentMessaging = defineExtensionMessaging<ContentProtocol>();
export const pageMessaging = defineExtensionMessaging<PageProtocol>();
