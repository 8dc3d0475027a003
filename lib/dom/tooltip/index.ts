/**
 * The fact tooltip: one open shadow root (WXT createShadowRootUi) hung on
 * <html>, outside the page's <body>, so the article's DOM stays as it was.
 * Opens on hover or from the keyboard (stepFact), stays inside the viewport,
 * closes on Escape and gives focus back.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { withDetails } from '../details.ts';
import { TOOLTIP_HOST } from '../chunks.ts';
import { TOOLTIP_CSS } from './styles.ts';
import { renderFact, setStatus, type ViewFact, type ViewHandlers, type ViewState } from './view.ts';

const MARGIN = 8;

export interface TooltipCallbacks {
  state(f: ViewFact): ViewState;
  handlers(f: ViewFact, status: (text: string) => void): Omit<ViewHandlers, 'close'>;
}

/** Places a box of size w×h next to `anchor`, below if it fits, inside the viewport. */
export function placeBox(anchor: DOMRect, w: number, h: number, vw: number, vh: number, rtl: boolean): { left: number; top: number } {
  const below = anchor.bottom + MARGIN;
  const above = anchor.top - MARGIN - h;
  const top = below + h <= vh - MARGIN || above < MARGIN ? Math.min(below, vh - MARGIN - h) : above;
  const preferred = rtl ? anchor.right - w : anchor.left;
  const left = Math.min(Math.max(MARGIN, preferred), Math.max(MARGIN, vw - MARGIN - w));
  return { left, top: Math.max(MARGIN, top) };
}

export class Tooltip {
  private box!: HTMLDivElement;
  host!: HTMLElement;
  current: ViewFact | null = null;
  private returnFocus: HTMLElement | null = null;
  private hovered = false;

  private constructor(private readonly callbacks: TooltipCallbacks) {}

  static async create(ctx: ContentScriptContext, callbacks: TooltipCallbacks): Promise<Tooltip> {
    const tip = new Tooltip(callbacks);
    const ui = await createShadowRootUi(ctx, {
      name: TOOLTIP_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: TOOLTIP_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
      onMount(container) {
        const box = document.createElement('div');
        box.className = 'tip';
        box.hidden = true;
        box.setAttribute('role', 'dialog');
        box.addEventListener('mouseenter', () => (tip.hovered = true));
        box.addEventListener('mouseleave', () => {
          tip.hovered = false;
          tip.hideSoon();
        });
        box.addEventListener('keydown', (ev) => {
          if (ev.key === 'Escape') tip.hide(true);
        });
        container.append(box);
        tip.box = box;
      },
    });
    ui.mount();
    tip.host = ui.shadowHost;
    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && tip.isOpen()) tip.hide(true);
    }, { signal: ctx.signal });
    return tip;
  }

  isOpen(): boolean {
    return !!this.box && !this.box.hidden;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node));
  }

  private anchor: DOMRect | null = null;

  show(f: ViewFact, anchor: DOMRect, options: { focus?: boolean } = {}): void {
    clearTimeout(this.hideTimer);
    // Read before re-rendering: replacing the content blurs a focused button.
    const active = document.activeElement;
    if (options.focus && !this.contains(active)) this.returnFocus = active instanceof HTMLElement ? active : null;
    this.current = f;
    this.anchor = anchor;
    const status = (text: string) => setStatus(this.box, text);
    const first = renderFact(this.box, f, this.callbacks.state(f), {
      ...this.callbacks.handlers(f, status),
      close: () => this.hide(true),
    });
    this.box.hidden = false;
    this.box.style.visibility = 'hidden';
    this.box.style.left = '0px';
    this.box.style.top = '0px';
    const { left, top } = placeBox(anchor, this.box.offsetWidth, this.box.offsetHeight, window.innerWidth,
      window.innerHeight, this.box.dataset.textDir === 'rtl');
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
    this.box.style.visibility = '';
    if (options.focus) first.focus();
    // A company's ticker and description come from the background, once per page (../details.ts).
    withDetails(f.entity, () => this.current === f && this.refresh());
  }

  /** Re-renders the open fact (after save, note or settings changes). */
  refresh(): void {
    if (this.current && this.anchor && this.isOpen()) {
      const hadFocus = this.contains(document.activeElement);
      this.show(this.current, this.anchor, { focus: hadFocus });
    }
  }

  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  /** Hides after a short grace period, so the pointer can travel into the tooltip. */
  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.hovered) this.hide(false);
    }, 300);
  }

  hide(restoreFocus: boolean): void {
    clearTimeout(this.hideTimer);
    if (!this.box || this.box.hidden) return;
    this.box.hidden = true;
    this.current = null;
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }
}
