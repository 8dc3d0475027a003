/**
 * Stands in for WXT's `content-script-ui/shared.mjs` in the content script
 * (wxt.config.ts points the shadow-root UI's import of it here). The module
 * places a UI's host on the page; its `autoMount` waits for anchors through
 * `@1natsu/wait-element` and two more packages, close to 1 kB gzip of the
 * script's 60 kB budget for a feature the tooltip never calls. Mounting and
 * positioning are WXT's as written; `autoMount` keeps its contract (mount
 * while the anchor is there, unmount when it goes, stop after the first
 * removal with `once`) with one MutationObserver.
 */
export interface MountOptions {
  anchor?: string | Element | null | (() => string | Element | null | undefined);
  append?: 'last' | 'first' | 'replace' | 'after' | 'before' | ((anchor: Element, ui: Element) => void);
  position?: 'inline' | 'overlay' | 'modal';
  zIndex?: number;
  alignment?: string;
  once?: boolean;
  onStop?: () => void;
}

interface BaseFunctions {
  mount(): void;
  remove(): void;
}

export function applyPosition(root: HTMLElement, positioned: HTMLElement | null, options: MountOptions): void {
  if (options.position === 'inline') return;
  if (options.zIndex != null) root.style.zIndex = String(options.zIndex);
  Object.assign(root.style, { overflow: 'visible', position: 'relative', width: '0', height: '0', display: 'block' });
  if (!positioned) return;
  if (options.position === 'overlay') {
    positioned.style.position = 'absolute';
    positioned.style[options.alignment?.startsWith('bottom-') ? 'bottom' : 'top'] = '0';
    positioned.style[options.alignment?.endsWith('-right') ? 'right' : 'left'] = '0';
  } else {
    Object.assign(positioned.style, { position: 'fixed', top: '0', bottom: '0', left: '0', right: '0' });
  }
}

function getAnchor(options: MountOptions): Element | undefined {
  if (options.anchor == null) return document.body;
  const resolved = typeof options.anchor === 'function' ? options.anchor() : options.anchor;
  if (typeof resolved !== 'string') return resolved ?? undefined;
  if (!resolved.startsWith('/')) return document.querySelector(resolved) ?? undefined;
  const found = document.evaluate(resolved, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  return (found as Element | null) ?? undefined;
}

export function mountUi(root: Element, options: MountOptions): void {
  const anchor = getAnchor(options);
  if (anchor == null) throw Error('no anchor for the UI');
  const append = options.append ?? 'last';
  if (typeof append === 'function') append(anchor, root);
  else if (append === 'last') anchor.append(root);
  else if (append === 'first') anchor.prepend(root);
  else if (append === 'replace') anchor.replaceWith(root);
  else anchor.parentElement?.insertBefore(root, append === 'after' ? anchor.nextElementSibling : anchor);
}

export function createMountFunctions(base: BaseFunctions, options: MountOptions) {
  let stop: (() => void) | undefined;
  const stopAutoMount = () => {
    stop?.();
    stop = undefined;
  };
  const autoMount = (more: MountOptions = {}) => {
    const o = { ...options, ...more };
    if (o.anchor instanceof Element || (typeof o.anchor === 'function' && o.anchor() instanceof Element)) {
      throw Error('autoMount needs a selector');
    }
    stopAutoMount();
    let shown = false;
    const check = () => {
      if (!!getAnchor(o) === shown) return;
      shown = !shown;
      if (shown) base.mount();
      else {
        base.remove();
        if (o.once) stopAutoMount();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    stop = () => {
      observer.disconnect();
      o.onStop?.();
    };
    check();
  };
  return {
    mount: () => base.mount(),
    remove: () => {
      stopAutoMount();
      base.remove();
    },
    autoMount,
  };
}
