/**
 * Watches a live page: collects the blocks that changed (debounced), ignoring
 * the extension's own nodes, and notices SPA navigations. A content script's
 * isolated world cannot patch the page's `history`, so navigations are seen
 * through the Navigation API where present, popstate, and a cheap
 * `location.href` comparison on every mutation batch.
 */
import { blockOf, insideSkipped } from './collect.ts';

export interface ObserveOptions {
  /** Nodes of the extension itself (tooltip host, fallback marks). */
  isOwn(node: Node): boolean;
  onBlocks(blocks: Element[]): void;
  /** Right after a change of the page, before `onBlocks` and before any frame paints it. */
  onChange?(): void;
  onNavigate(url: string): void;
  debounceMs?: number;
}

export interface PageObserver {
  /** Drops pending records, e.g. after our own DOM writes. */
  flush(): void;
  disconnect(): void;
}

/** Keeps only the outermost elements: a changed block inside another is covered. */
export function outermost(blocks: Iterable<Element>): Element[] {
  const list = [...new Set(blocks)];
  return list.filter((b) => !list.some((o) => o !== b && o.contains(b)));
}

export function observePage(doc: Document, options: ObserveOptions): PageObserver {
  const pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | number | undefined;
  /** A change was read at once since the last frame began. */
  let frameSeen = false;
  // The fragment changes on in-page links; only the document part is a navigation.
  const pageUrl = () => (doc.location?.href ?? '').split('#')[0]!;
  let href = pageUrl();
  const win = doc.defaultView;

  const checkUrl = () => {
    const now = pageUrl();
    if (now === href) return false;
    href = now;
    pending.clear();
    options.onNavigate(now);
    return true;
  };

  const fire = () => {
    timer = undefined;
    if (checkUrl()) return;
    const blocks = outermost([...pending].filter((b) => b.isConnected));
    pending.clear();
    if (blocks.length > 0) options.onBlocks(blocks);
  };

  const note = (node: Node) => {
    if (options.isOwn(node)) return;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || insideSkipped(el)) return;
    const block = blockOf(el);
    if (block) pending.add(block);
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') note(r.target);
      else {
        const own = [...r.addedNodes, ...r.removedNodes].every((n) => options.isOwn(n));
        if (!own) note(r.target);
      }
    }
    if (pending.size > 0) options.onChange?.();
    if (timer !== undefined || (pending.size === 0 && pageUrl() === href)) return;
    if (options.debounceMs !== undefined || !win?.requestAnimationFrame) {
      timer = setTimeout(fire, options.debounceMs ?? 100);
      return;
    }
    // A framework that re-renders replaces the nodes under our ranges. The
    // first change since the last frame is read at once, before that frame's
    // callbacks and paint, so the highlights never trail the page by a frame;
    // more changes before the frame wait for it, so a page that mutates all
    // the time costs at most two reads a frame.
    if (!frameSeen) {
      frameSeen = true;
      win.requestAnimationFrame(() => (frameSeen = false));
      fire();
    } else timer = win.requestAnimationFrame(fire);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onNav = () => setTimeout(checkUrl, 0);
  const nav = (win as unknown as { navigation?: EventTarget } | null)?.navigation;
  nav?.addEventListener('navigatesuccess', onNav);
  win?.addEventListener('popstate', onNav);

  return {
    flush() {
      observer.takeRecords();
    },
    disconnect() {
      observer.disconnect();
      if (options.debounceMs === undefined && win?.cancelAnimationFrame) win.cancelAnimationFrame(timer as number);
      else clearTimeout(timer);
      nav?.removeEventListener('navigatesuccess', onNav);
      win?.removeEventListener('popstate', onNav);
    },
  };
}
