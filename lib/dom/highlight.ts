/**
 * Painting facts. With the CSS Custom Highlight API the page's DOM is never
 * touched: ranges go into named highlights styled by the content script's
 * manifest-injected stylesheet (entrypoints/content/style.css). Without it,
 * `MarkPainter` (./marks.ts) wraps words in <dealmark-mark> and unwraps cleanly.
 */
import type { Entity } from '../detect/types.ts';
import { MarkPainter } from './marks.ts';

export const HIGHLIGHT_NAMES = {
  money: 'dealmark-money',
  percent: 'dealmark-percent',
  company: 'dealmark-company',
  saved: 'dealmark-saved',
  focus: 'dealmark-focus',
} as const;

export interface Paintable {
  key: string;
  entity: Pick<Entity, 'type'>;
  range: Range;
}

export interface Painter {
  /** Replaces everything painted with these facts; `saved` keys get the saved style. */
  paint(facts: readonly Paintable[], saved: ReadonlySet<string>): void;
  focus(fact: Paintable | null): void;
  setVisible(visible: boolean): void;
  /** Removes every trace from the page. */
  clear(): void;
  setStyle?(style: PaintStyle): void;
  /** Undoes page changes inside `roots` before they are read again (the fallback's marks). */
  release?(roots: Node[]): void;
  /** The fact under a viewport point, if the painter can tell cheaply. */
  factAt?(x: number, y: number): Paintable | null;
}

interface HighlightsFromPoint {
  highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight; ranges: AbstractRange[] }[];
}

export function highlightApiAvailable(win: Window = window): boolean {
  const w = win as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

export type PaintStyle = 'soft' | 'underline' | 'strong';

/**
 * The registry name of a highlight. The reader's highlight style picks a
 * suffix that style.css styles differently; the default style uses the plain
 * names, which other code and tests may rely on.
 */
export function highlightName(kind: keyof typeof HIGHLIGHT_NAMES, style: PaintStyle = 'soft'): string {
  const base = HIGHLIGHT_NAMES[kind];
  return style === 'soft' || kind === 'focus' || kind === 'saved' ? base : `${base}-${style}`;
}

export class HighlightPainter implements Painter {
  private readonly sets = new Map<string, Highlight>();
  private readonly byRange = new Map<AbstractRange, Paintable>();
  private visible = true;
  private focused: Paintable | null = null;
  private registered: string[] = [];

  constructor(private style: PaintStyle = 'soft') {
    // Later names paint over earlier ones: focus above saved above kinds.
    const order = [HIGHLIGHT_NAMES.company, HIGHLIGHT_NAMES.percent, HIGHLIGHT_NAMES.money, HIGHLIGHT_NAMES.saved, HIGHLIGHT_NAMES.focus];
    order.forEach((name, i) => {
      const h = new Highlight();
      h.priority = i;
      this.sets.set(name, h);
    });
    this.register();
  }

  private register(): void {
    for (const name of this.registered) CSS.highlights.delete(name);
    this.registered = [];
    if (!this.visible) return;
    for (const [base, h] of this.sets) {
      const kind = (Object.keys(HIGHLIGHT_NAMES) as (keyof typeof HIGHLIGHT_NAMES)[]).find((k) => HIGHLIGHT_NAMES[k] === base)!;
      const name = highlightName(kind, this.style);
      CSS.highlights.set(name, h);
      this.registered.push(name);
    }
  }

  setStyle(style: PaintStyle): void {
    this.style = style;
    this.register();
  }

  paint(facts: readonly Paintable[], saved: ReadonlySet<string>): void {
    for (const h of this.sets.values()) h.clear();
    this.byRange.clear();
    for (const f of facts) {
      this.sets.get(HIGHLIGHT_NAMES[f.entity.type])!.add(f.range);
      if (saved.has(f.key)) this.sets.get(HIGHLIGHT_NAMES.saved)!.add(f.range);
      this.byRange.set(f.range, f);
    }
    if (this.focused && !facts.includes(this.focused)) this.focus(null);
  }

  focus(fact: Paintable | null): void {
    this.focused = fact;
    const h = this.sets.get(HIGHLIGHT_NAMES.focus)!;
    h.clear();
    if (fact) h.add(fact.range);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.register();
  }

  clear(): void {
    for (const h of this.sets.values()) h.clear();
    for (const name of this.registered) CSS.highlights.delete(name);
    this.registered = [];
    this.byRange.clear();
  }

  factAt(x: number, y: number): Paintable | null {
    const registry = CSS.highlights as unknown as HighlightsFromPoint;
    if (!this.visible || typeof registry.highlightsFromPoint !== 'function') return null;
    for (const hit of registry.highlightsFromPoint(x, y)) {
      for (const r of hit.ranges) {
        const f = this.byRange.get(r);
        if (f) return f;
      }
    }
    return null;
  }
}

export function createPainter(doc: Document = document, style: PaintStyle = 'soft'): Painter {
  return highlightApiAvailable(doc.defaultView ?? window) ? new HighlightPainter(style) : new MarkPainter(doc);
}
