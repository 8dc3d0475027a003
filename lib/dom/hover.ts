/**
 * Which fact is under the pointer. The painter answers first where it can
 * (CSS.highlights.highlightsFromPoint, or the fallback's marks); otherwise the
 * caret position at the point is looked up among the facts in document order
 * by binary search, then confirmed against the range's boxes so a pointer in
 * the margin next to a line does not count.
 */
import { comparePoint } from './order.ts';
import type { PageFact } from './scan.ts';

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Binary search over non-overlapping ranges in document order. */
export function factContaining(sorted: readonly PageFact[], node: Node, offset: number): PageFact | null {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = sorted[mid]!;
    let cmp: number;
    try {
      cmp = comparePoint(f.range, node, offset);
    } catch {
      return null; // a point in another document or a doctype
    }
    if (cmp === 0) return f;
    if (cmp < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return null;
}

export function rangeHas(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export interface HoverOptions {
  fromPainter(x: number, y: number): PageFact | null;
  sorted(): readonly PageFact[];
  /** Pointer over the extension's own UI: keep the tooltip as it is. */
  isOwn(target: EventTarget | null): boolean;
  enter(fact: PageFact, x: number, y: number): void;
  leave(): void;
}

export function watchHover(doc: Document, options: HoverOptions, signal: AbortSignal): void {
  let frame = 0;
  let last: PageFact | null = null;
  let point = { x: 0, y: 0, target: null as EventTarget | null };
  const check = () => {
    frame = 0;
    if (options.isOwn(point.target)) return;
    const { x, y } = point;
    let hit = options.fromPainter(x, y);
    if (!hit) {
      const caret = caretAt(doc, x, y);
      const f = caret ? factContaining(options.sorted(), caret.node, caret.offset) : null;
      hit = f && rangeHas(f.range, x, y) ? f : null;
    }
    if (hit === last) return;
    last = hit;
    if (hit) options.enter(hit, x, y);
    else options.leave();
  };
  doc.addEventListener('mousemove', (ev) => {
    point = { x: ev.clientX, y: ev.clientY, target: ev.target };
    if (!frame) frame = requestAnimationFrame(check);
  }, { passive: true, signal });
}
