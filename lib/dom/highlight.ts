/**
 * Painting facts. With the CSS Custom Highlight API the page's DOM is never
 * touched: ranges go into named highlights styled by the content script's
 * manifest-injected stylesheet (entrypoints/content/style.css). Without it,
 * `MarkPainter` (./marks.ts) wraps words in <dealmark-mark> and unwraps cleanly.
 */
import type { Entity } from '../detect/types.ts';
import { rangeGone } from './collect.ts';
import { loadChunk } from './chunks.ts';
import type { MarkPainter } from './marks.ts';
import { Nearby } from './nearby.ts';

/** Later kinds paint over earlier ones: focus above saved above the entity kinds. */
const KINDS = ['company', 'percent', 'money', 'saved', 'focus'] as const;
type Kind = (typeof KINDS)[number];

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
  /** Unregisters ranges the page's changes emptied or cut off, until the rescan paints the new text. */
  prune?(): void;
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
 * The registry name of a highlight (`dealmark-money` ...). The reader's
 * highlight style picks a suffix that style.css styles differently; the
 * default style uses the plain names, which other code and tests rely on.
 */
export function highlightName(kind: Kind, style: PaintStyle = 'soft'): string {
  return `dealmark-${kind}${style === 'soft' || kind === 'focus' || kind === 'saved' ? '' : `-${style}`}`;
}

/** The element whose position stands for a range's: where its text starts. */
function anchorOf(range: Range): Element | null {
  const n = range.startContainer;
  return n.nodeType === 1 ? (n as Element) : n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null;
}

export class HighlightPainter implements Painter {
  private readonly sets = new Map<Kind, Highlight>();
  private readonly byRange = new Map<AbstractRange, Paintable>();
  private visible = true;
  private focused: Paintable | null = null;
  private registered: string[] = [];
  private groups = new Map<Element, Paintable[]>();
  private saved: ReadonlySet<string> = new Set();
  private readonly stop = new AbortController();
  /** Only ranges near the viewport are registered: see ./nearby.ts. */
  private readonly near = new Nearby((el, on) => {
    for (const f of this.groups.get(el) ?? []) this.show(f, on);
  }, this.stop.signal);

  constructor(private style: PaintStyle = 'soft') {
    KINDS.forEach((kind, i) => {
      const h = new Highlight();
      h.priority = i;
      this.sets.set(kind, h);
    });
    this.register();
  }

  private register(): void {
    for (const name of this.registered) CSS.highlights.delete(name);
    this.registered = [];
    if (!this.visible) return;
    for (const [kind, h] of this.sets) {
      const name = highlightName(kind, this.style);
      CSS.highlights.set(name, h);
      this.registered.push(name);
    }
  }

  setStyle(style: PaintStyle): void {
    this.style = style;
    this.register();
  }

  private set(kind: Kind): Highlight {
    return this.sets.get(kind)!;
  }

  private show(f: Paintable, on: boolean): void {
    const kind = this.set(f.entity.type);
    const saved = this.set('saved');
    if (!on) {
      kind.delete(f.range);
      saved.delete(f.range);
      return;
    }
    kind.add(f.range);
    if (this.saved.has(f.key)) saved.add(f.range);
  }

  paint(facts: readonly Paintable[], saved: ReadonlySet<string>): void {
    this.saved = saved;
    for (const h of this.sets.values()) if (h !== this.set('focus')) h.clear();
    this.byRange.clear();
    const groups = new Map<Element, Paintable[]>();
    for (const f of facts) {
      this.byRange.set(f.range, f);
      const el = anchorOf(f.range);
      if (!el) continue;
      const g = groups.get(el);
      if (g) g.push(f);
      else groups.set(el, [f]);
    }
    this.groups = groups;
    // What was near stays painted (a repaint must not blink); then the new.
    for (const el of this.near.shown) for (const f of groups.get(el) ?? []) this.show(f, true);
    this.near.set([...groups.keys()]);
    if (this.focused && !facts.includes(this.focused)) this.focus(null);
  }

  prune(): void {
    // Only the ranges near the viewport are registered, so this stays small.
    for (const h of this.sets.values()) {
      for (const r of [...h] as Range[]) if (rangeGone(r)) h.delete(r);
    }
  }

  focus(fact: Paintable | null): void {
    this.focused = fact;
    const h = this.set('focus');
    h.clear();
    if (fact) h.add(fact.range);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.register();
  }

  clear(): void {
    this.stop.abort();
    this.near.set([]);
    this.groups.clear();
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

/**
 * The Highlight API painter, or else the word-wrapping one, whose code only a
 * browser without the API loads (../chunks.ts: every supported browser has it).
 */
export async function createPainter(
  doc: Document = document,
  style: PaintStyle = 'soft',
  loadMarks = () => loadChunk<typeof MarkPainter>('marks'),
): Promise<Painter> {
  return highlightApiAvailable(doc.defaultView ?? window) ? new HighlightPainter(style) : new (await loadMarks())(doc);
}
