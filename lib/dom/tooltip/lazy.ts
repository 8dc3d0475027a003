/**
 * The tooltip's code (view, formatting, shadow-root host: about 4.5 kB gzip) is
 * not in the content script, which every page pays for. Most pages are read
 * without a hover, so it comes on the first one (../chunks.ts).
 */
import { loadChunk } from '../chunks.ts';
import type { Tooltip } from './index.ts';
import type { ViewFact } from './view.ts';

export type TooltipClass = typeof Tooltip;

const loadTooltip = () => loadChunk<TooltipClass>('tooltip');

interface Placed {
  range: Range;
}

/**
 * The page's handle on a tooltip that may not exist yet: the first show loads
 * and makes it (`make`); until then hide and refresh have nothing to do.
 */
export class TooltipSlot<F extends ViewFact & Placed> {
  private tip: Tooltip | null = null;
  private making: Promise<Tooltip | null> | undefined;
  /** The fact last pointed at or stepped to, until the pointer leaves it. */
  private wanted: F | null = null;

  constructor(
    private readonly make: (loaded: TooltipClass) => Promise<Tooltip>,
    private readonly load: () => Promise<TooltipClass> = loadTooltip,
  ) {}

  /** Shows `f` once the tooltip is ready, unless the reader has moved on by then; resolves to whether it showed. */
  async show(f: F, focus: boolean): Promise<boolean> {
    this.wanted = f;
    this.making ??= this.load().then(this.make).then((tip) => (this.tip = tip), (err: unknown) => {
      // Highlights, commands and the library still work; only the tooltip is missing, so say why once.
      console.warn('Dealmark: the tooltip could not load.', err);
      return null;
    });
    const tip = await this.making;
    if (!tip || this.wanted !== f) return false;
    tip.show(f, f.range.getBoundingClientRect(), { focus });
    return true;
  }

  /** The pointer left the fact: a pending show is dropped, an open tooltip closes after its grace period. */
  leave(): void {
    this.wanted = null;
    this.tip?.hideSoon();
  }

  hide(restoreFocus: boolean): void {
    this.wanted = null;
    this.tip?.hide(restoreFocus);
  }

  refresh(): void {
    this.tip?.refresh();
  }
}
