/**
 * Stands in for WXT's `content-script-ui/shared.mjs` in the content script
 * (wxt.config.ts points the shadow-root UI's import of it here). That module
 * places a UI's host on the page in every way WXT offers (overlay and modal
 * positions, six ways to append, XPath anchors) and can auto-mount through
 * three more packages. The tooltip needs one of them: an inline host
 * appended to the anchor the selector names (`html`), mounted and removed by
 * hand. That is kept exactly as WXT does it; anything else throws, so a new
 * UI that needs more finds out at once. Every byte here counts against the
 * content script's 60 kB budget.
 */
export interface MountOptions {
  anchor?: string | Element | null | (() => string | Element | null | undefined);
  append?: 'last' | 'first' | 'replace' | 'after' | 'before' | ((anchor: Element, ui: Element) => void);
  position?: 'inline' | 'overlay' | 'modal';
  zIndex?: number;
  alignment?: string;
}

interface BaseFunctions {
  mount(): void;
  remove(): void;
}

const unsupported = (what: string) => Error(`this build's UI mounting supports no ${what}`);

export function applyPosition(_root: HTMLElement, _positioned: HTMLElement | null, options: MountOptions): void {
  if (options.position !== 'inline') throw unsupported(`${options.position} position`);
}

export function mountUi(root: Element, options: MountOptions): void {
  const { anchor, append = 'last' } = options;
  if (typeof anchor !== 'string' || append !== 'last') throw unsupported('anchor but a selector, appended last');
  const at = document.querySelector(anchor);
  if (!at) throw Error('no anchor for the UI');
  at.append(root);
}

export function createMountFunctions(base: BaseFunctions, _options: MountOptions) {
  return {
    mount: () => base.mount(),
    remove: () => base.remove(),
    autoMount: () => {
      throw unsupported('autoMount');
    },
  };
}
