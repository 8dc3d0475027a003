/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps
 * whole words in <dealmark-mark> elements. A wrap always extends to word
 * boundaries, so an Arabic word is never split (a split would break its
 * joined letter forms), and unwrapping merges the text nodes back.
 */
import { MARK_TAG } from './chunks.ts';
import type { Paintable, Painter } from './highlight.ts';

export { MARK_TAG };
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;

/** Grows [start, end) inside one text node to whole words. */
export function toWordBounds(data: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a > 0 && WORD_CHAR.test(data[a - 1]!) && WORD_CHAR.test(data[a] ?? ' ')) a--;
  while (b < data.length && WORD_CHAR.test(data[b]!) && WORD_CHAR.test(data[b - 1] ?? ' ')) b++;
  return [a, b];
}

/** The text nodes a range touches, with the part of each it covers. */
function pieces(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    out.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : t.data.length;
    if (end > start) out.push({ node: t, start, end });
  }
  return out;
}

export class MarkPainter implements Painter {
  private readonly marks = new Map<string, { fact: Paintable; els: HTMLElement[] }>();
  private visible = true;

  constructor(private readonly doc: Document) {}

  /**
   * Wraps many facts at once. Pieces are cut from the end of each text node
   * backwards, so cutting one never moves the offsets of the next (this does
   * not rely on live-Range updates, which not every DOM implements).
   */
  private wrapAll(facts: Paintable[]): void {
    const byNode = new Map<Text, { start: number; end: number; fact: Paintable }[]>();
    for (const fact of facts) {
      const parts = pieces(fact.range);
      parts.forEach((p, i) => {
        let { start, end } = p;
        if (i === 0) start = toWordBounds(p.node.data, start, end)[0];
        if (i === parts.length - 1) end = toWordBounds(p.node.data, start, end)[1];
        const list = byNode.get(p.node) ?? [];
        list.push({ start, end, fact });
        byNode.set(p.node, list);
      });
    }
    const made = new Map<Paintable, HTMLElement[]>();
    for (const [node, list] of byNode) {
      list.sort((a, b) => b.start - a.start);
      let limit = Infinity;
      for (const p of list) {
        if (p.end > limit) continue; // overlapping mentions: the later one keeps its mark
        limit = p.start;
        if (p.end < node.data.length) node.splitText(p.end);
        const piece = p.start > 0 ? node.splitText(p.start) : node;
        const mark = this.doc.createElement(MARK_TAG);
        mark.setAttribute('data-type', p.fact.entity.type);
        piece.parentNode!.insertBefore(mark, piece);
        mark.appendChild(piece);
        made.set(p.fact, [mark, ...(made.get(p.fact) ?? [])]);
      }
    }
    for (const [fact, els] of made) {
      els.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      const last = els[els.length - 1]!.lastChild as Text;
      fact.range.setEnd(last, last.data.length);
      fact.range.setStart(els[0]!.firstChild!, 0);
      this.marks.set(fact.key, { fact, els });
    }
  }

  private unwrap(els: HTMLElement[]): void {
    for (const mark of els) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  }

  paint(facts: readonly Paintable[], saved: ReadonlySet<string>): void {
    const keep = new Set(facts.map((f) => f.key));
    for (const [key, m] of this.marks) {
      if (!keep.has(key) || !facts.includes(m.fact)) {
        this.unwrap(m.els);
        this.marks.delete(key);
      }
    }
    this.wrapAll(facts.filter((f) => !this.marks.has(f.key) && !f.range.collapsed));
    for (const f of facts) {
      for (const el of this.marks.get(f.key)?.els ?? []) el.toggleAttribute('data-saved', saved.has(f.key));
    }
    this.setVisible(this.visible);
  }

  focus(fact: Paintable | null): void {
    for (const [key, m] of this.marks) for (const el of m.els) el.toggleAttribute('data-focus', key === fact?.key);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    for (const m of this.marks.values()) for (const el of m.els) el.toggleAttribute('data-off', !visible);
  }

  clear(): void {
    for (const m of this.marks.values()) this.unwrap(m.els);
    this.marks.clear();
  }

  release(roots: Node[]): void {
    for (const [key, m] of this.marks) {
      if (m.els.some((el) => roots.some((r) => r.contains(el)))) {
        this.unwrap(m.els);
        this.marks.delete(key);
      }
    }
  }

  factAt(x: number, y: number): Paintable | null {
    const el = this.doc.elementFromPoint?.(x, y)?.closest(MARK_TAG);
    if (!el) return null;
    for (const m of this.marks.values()) if (m.els.includes(el as HTMLElement)) return m.fact;
    return null;
  }
}
