/**
 * Code the content script loads only when a page needs it: the tooltip on the
 * first hover, the word-wrapping painter only in a browser without the CSS
 * Custom Highlight API, a script's reading only on a page in that script (./scripts.ts). Each is its own file in the extension's package
 * (entrypoints/<name>.ts), web-accessible so that import() may load it, and
 * runs in the content script's isolated world. Nothing leaves the machine.
 *
 * This module holds what both sides must agree on, so that importing it
 * brings none of the chunks' code into the content script.
 */
import { browser } from 'wxt/browser';

export const TOOLTIP_HOST = 'dealmark-tooltip';
export const MARK_TAG = 'dealmark-mark';

/** Is this node the extension's own (the tooltip's host, a fallback mark, or inside one)? The observer and hover skip them. */
export function isOwn(node: Node | EventTarget | null): boolean {
  if (!node || !(node instanceof Node)) return false;
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.localName === TOOLTIP_HOST || el.localName === MARK_TAG || !!el.closest(`${TOOLTIP_HOST},${MARK_TAG}`));
}

export type ChunkName = 'tooltip' | 'marks' | 'arabic' | 'cjk' | 'han' | 'kana' | 'zhja' | 'europe' | 'facts' | 'names' | 'namesar' | 'namesja' | 'nameszh' | 'nameszhja' | 'given';

/** A global of the extension's isolated world, which the page never sees. */
const slot = (name: ChunkName) => `__dealmark_${name}`;

/** Called by a chunk as it runs: hands its export to the content script. */
export function provide(name: ChunkName, value: unknown): void {
  (globalThis as Record<string, unknown>)[slot(name)] = value;
}

const loading = new Map<ChunkName, Promise<unknown>>();

/** The chunk's export, loaded once per page; rejects with a clear error if it cannot load. */
export function loadChunk<T>(name: ChunkName): Promise<T> {
  let pending = loading.get(name);
  if (!pending) {
    const url = browser.runtime.getURL(`/${name}.js` as '/tooltip.js');
    pending = import(/* @vite-ignore */ url).then(() => {
      const value = (globalThis as Record<string, unknown>)[slot(name)];
      if (!value) throw new Error(`Dealmark: ${name}.js loaded but provided nothing`);
      return value;
    });
    loading.set(name, pending);
  }
  return pending as Promise<T>;
}
