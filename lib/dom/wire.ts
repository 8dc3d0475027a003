/**
 * What the page hands to the background: its identity, each fact without its
 * live Range, and a send that never breaks the page while the background is away.
 */
import type { FoundFact, PageInfo } from '../messaging/protocol.ts';
import type { PageFact } from './scan.ts';

export function pageInfo(): PageInfo {
  return { url: location.href, title: document.title, lang: document.documentElement.lang || '', site: location.hostname };
}

/** A fact as it travels: everything but the live Range. */
export function found(f: PageFact, key = f.key): FoundFact {
  return { key, entity: f.entity, selector: f.selector, context: f.context, ...(f.fact ? { fact: f.fact } : {}) };
}

export async function quietly<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    // The background may be restarting; the page keeps working without it.
    console.debug('[dealmark]', err);
    return undefined;
  }
}
