/**
 * Which elements are near the viewport, kept up to date while the reader
 * scrolls, for the painter: registered highlight ranges cost the browser
 * style, paint and commit work for all of them on every frame the registry
 * changes (15,000 ranges made a 100+ ms task), so only those near the screen
 * are registered.
 *
 * Not an IntersectionObserver: with one target per paragraph of a long page
 * (thousands) its per-frame geometry pass alone took 20-60 ms while
 * scrolling. Instead the elements' places on the page are measured in
 * slices when scrolling stops (again whenever the layout may have moved: a
 * resize, a new height, an inner container's scroll; and at most every few
 * seconds otherwise, see REMEASURE_MS), so a scroll itself only reads
 * scrollY and binary-searches the elements (in document order). The full
 * pass also catches layouts that are not in document order (sidebars,
 * columns, fixed parts).
 *
 * Hysteresis keeps the registry still most of the time: nothing changes while
 * everything within a third of a screen is shown; when something there is
 * missing, everything within KEEP screens is shown and the rest dropped. Each
 * change makes Chromium repaint around the viewport, at a cost that grows with
 * the ranges registered (traced with a 2x slower CPU on the 1 MB bench page:
 * 1.5 screens each way gave paints of 21-28 ms at the 90th percentile, 0.8
 * screens 13-17 ms), so the window is just wider than the three screens a
 * skimming reader flings between pauses, and every fact is still painted on
 * the way down.
 *
 * A fling is another matter: changing the registry while the page moves fast
 * made a long task every few frames. So each frame compares scrollY with the
 * frame before; above FAST screens a second (or with no recent frame to
 * compare with, as when a scroll starts) the change waits until the scrolling
 * pauses for QUIET_MS. A reader scrolling slowly sees highlights follow; one
 * flinging sees them when the page stops.
 */
import { yieldIfLate } from './schedule.ts';

const SETTLE_MS = 200;
/**
 * The full pass trusts the last measurements unless they are this old, or
 * the layout moved (see soon()). Measuring every element of a long page
 * after each pause of a skimming reader filled a twentieth of the main
 * thread with getBoundingClientRect and its garbage. What only a live
 * measurement finds (a header that became stuck, content moved with the
 * page's height unchanged) is found at most a few seconds late.
 */
const REMEASURE_MS = 3000;
const QUIET_MS = 100;
/** Screens per second. */
const FAST = 2;
/** A measurement older than this says nothing about the current speed. */
const RECENT_MS = 100;
/** `frame`: during a scroll; `rest`: it paused (or new facts came); `full`: every element, once it stopped. */
type Mode = 'frame' | 'rest' | 'full';
/** Screens: when anything within NEED is missing, everything within KEEP is shown and the rest dropped. */
const NEED = 0.3;
const KEEP = 1.1;

export class Nearby {
  private els: Element[] = [];
  readonly shown = new Set<Element>();
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private quiet: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  /** The page's scroll offset at a frame, and when: for the scroll speed. */
  private probe: { y: number; at: number } | null = null;
  /** Where each element was last measured, in page coordinates (top, bottom). */
  private readonly spots = new Map<Element, [number, number]>();
  /** When the full pass last measured every element anew. */
  private measured = -Infinity;

  constructor(private readonly toggle: (el: Element, on: boolean) => void, signal: AbortSignal) {
    const o = { capture: true, passive: true, signal };
    // Capture: scrolls of inner containers do not bubble.
    document.addEventListener('scroll', this.soon, o);
    addEventListener('resize', this.soon, o);
    // Content can move with no scroll at all (an accordion opens, an image loads): the page's height changes then.
    const grown = new ResizeObserver(() => this.soon());
    grown.observe(document.documentElement);
    signal.addEventListener('abort', () => grown.disconnect(), { once: true });
  }

  private readonly soon = (ev?: Event): void => {
    // An inner container's scroll, a resize or a change of the page's height moves elements on the page.
    if (ev?.type !== 'scroll' || ev.target !== document) this.spots.clear();
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      void this.scan('frame');
    });
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => void this.scan('rest'), QUIET_MS);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.scan('full'), SETTLE_MS);
  };

  /** Elements in document order (roughly: the full pass corrects any that are not). */
  set(els: Element[]): void {
    this.els = els;
    const keep = new Set(els);
    for (const el of this.shown) if (!keep.has(el)) this.shown.delete(el);
    void this.scan('rest');
    this.soon();
  }

  /**
   * Screens below (+) or above (-) the viewport; 0 on screen. `live`: measure
   * now rather than trust the last measurement. `y` and `h` are the viewport's
   * scrollY and height, read once per scan: each read crosses into the DOM,
   * and a full pass asks about thousands of elements.
   */
  private far(el: Element, live: boolean, y: number, h: number): number {
    let spot = live ? undefined : this.spots.get(el);
    if (!spot) {
      const r = el.getBoundingClientRect();
      spot = [r.top + y, r.bottom + y];
      this.spots.set(el, spot);
    }
    const top = spot[0] - y;
    const bottom = spot[1] - y;
    return top > h ? (top - h) / h : bottom < 0 ? bottom / h : 0;
  }

  /** Whether the page moves too fast to change the registry now (see above); also takes the next measurement. */
  private fast(): boolean {
    const { probe } = this;
    const at = performance.now();
    this.probe = { y: scrollY, at };
    if (!probe || at - probe.at > RECENT_MS || at === probe.at) return true;
    return Math.abs(scrollY - probe.y) / innerHeight > (FAST * (at - probe.at)) / 1000;
  }

  /**
   * Fast (synchronous): binary search for the first element near
   * the viewport, then measure forward until one is far below. Full: every
   * element, in slices; a newer scan cancels it.
   */
  private async scan(mode: Mode): Promise<void> {
    const { els } = this;
    const all = mode === 'full';
    const run = ++this.run;
    const started = performance.now();
    const live = all && started - this.measured >= REMEASURE_MS;
    // Read once: a scroll or resize during a full pass starts a newer scan (soon()), which ends this one.
    const y = scrollY;
    const h = innerHeight;
    let lo = 0;
    let hi = all ? 0 : els.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.far(els[mid]!, false, y, h) < -KEEP) lo = mid + 1;
      else hi = mid;
    }
    const want: Element[] = [];
    let missing = false;
    for (let i = lo; i < els.length; i++) {
      const el = els[i]!;
      const d = this.far(el, live, y, h);
      if (Math.abs(d) <= KEEP) {
        want.push(el);
        missing ||= (all || Math.abs(d) <= NEED) && !this.shown.has(el);
      } else if (!all && d > 0) break;
      // In slices even when the places are trusted: elements new since set() and those a resize made it forget
      // are measured here too, between two remeasurings (one await per element, cheap beside a measurement).
      if (all) {
        await yieldIfLate();
        if (run !== this.run) return;
      }
    }
    if (live) this.measured = started;
    if (!missing) return;
    if (mode === 'frame' && this.fast()) return;
    // Measure all before changing any highlight: a change between two
    // measurements would make each one lay the page out again.
    // Measured anew: a fixed or sticky part stays on screen however far its last measured place has scrolled.
    const drop = [...this.shown].filter((el) => Math.abs(this.far(el, true, y, h)) > KEEP);
    for (const el of drop) {
      this.shown.delete(el);
      this.toggle(el, false);
    }
    for (const el of want) {
      if (this.shown.has(el)) continue;
      this.shown.add(el);
      this.toggle(el, true);
    }
  }
}
