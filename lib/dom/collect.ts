/**
 * Readable text of a subtree as one flat string, plus the map from flat offsets
 * back to text nodes. Offsets into `text` are what the engine sees, so every
 * detected span can be turned back into a DOM Range (see `rangeFor`).
 *
 * Runs in a page and in happy-dom (scripts/extract.ts), so it reaches globals
 * only through the root's own document.
 */

/** Between blocks: two newlines, so the engine sees a paragraph break. */
export const BLOCK_SEPARATOR = '\n\n';
const LINE_SEPARATOR = '\n';

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

// Tag names are enough to tell blocks from inline runs; a computed style per
// element would cost a style lookup for every node on a large page.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextMap {
  /** The readable text, blocks separated by BLOCK_SEPARATOR. */
  text: string;
  /** Text nodes in reading order. */
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]`'s first character in `text`. */
  starts: number[];
}

export interface CollectOptions {
  /** Extra elements to leave out with their subtree (the extension's own UI). */
  skip?: (el: Element) => boolean;
}

/** Whether an element (and so its subtree) holds no readable text. */
export function isSkipped(el: Element, options: CollectOptions = {}): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (options.skip?.(el)) return true;
  // One style lookup per element, never per text node; subtrees of a hidden
  // element are rejected whole, so their descendants are never asked.
  if (hasLayout(el)) return !el.checkVisibility();
  return (el as HTMLElement).style?.display === 'none';
}

/**
 * Whether checkVisibility answers from a real layout. happy-dom (used by
 * scripts/extract.ts) has it, but computes styles from scratch at about 1 ms
 * an element, which would make a long article take seconds; there only the
 * inline style is read.
 */
function hasLayout(el: Element): boolean {
  const view = el.ownerDocument.defaultView as (Window & { happyDOM?: unknown }) | null;
  return typeof el.checkVisibility === 'function' && el.isConnected && !!view && !('happyDOM' in view);
}

/** Whether `node` sits inside something `isSkipped` would leave out. */
export function insideSkipped(node: Node, options: CollectOptions = {}): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el, options)) return true;
  }
  return false;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block element containing `node` (or the root it lives under). */
export function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return node.ownerDocument?.documentElement ?? null;
}

/**
 * Walks a subtree in slices: `step(budget)` does about that much work and says
 * whether it finished, so a large page can be read between other tasks.
 */
export class Collector {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly stack: TreeWalker[] = [];
  private lastBlock: Element | null = null;
  private pendingBreak = '';
  private readonly blockCache = new WeakMap<Element, Element | null>();

  constructor(root: Node, private readonly options: CollectOptions = {}) {
    // No instanceof: extract.ts runs this where DOM classes are not globals.
    if (root.nodeType === 1 && insideSkipped(root, options)) return;
    this.push(root);
  }

  private push(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    const filter = doc.defaultView?.NodeFilter ?? NodeFilter;
    const accept = (node: Node): number => {
      if (node.nodeType !== 1) return filter.FILTER_ACCEPT;
      return isSkipped(node as Element, this.options) ? filter.FILTER_REJECT : filter.FILTER_ACCEPT;
    };
    this.stack.push(doc.createTreeWalker(root, filter.SHOW_ELEMENT | filter.SHOW_TEXT, { acceptNode: accept }));
  }

  private blockFor(parent: Element | null): Element | null {
    if (!parent) return null;
    if (this.blockCache.has(parent)) return this.blockCache.get(parent)!;
    const block = isBlock(parent) ? parent : this.blockFor(parent.parentElement);
    this.blockCache.set(parent, block);
    return block;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    const block = this.blockFor(node.parentElement);
    if (this.length > 0) {
      const sep = block !== this.lastBlock ? BLOCK_SEPARATOR : this.pendingBreak;
      if (sep) {
        this.parts.push(sep);
        this.length += sep.length;
      }
    }
    this.pendingBreak = '';
    this.lastBlock = block;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /**
   * Reads until done or until `deadline` (a performance.now() time) passes;
   * true once the whole subtree is read.
   */
  step(deadline = Infinity): boolean {
    let n = 0;
    while (this.stack.length > 0) {
      const walker = this.stack[this.stack.length - 1]!;
      const node = walker.nextNode();
      if (!node) {
        this.stack.pop();
        continue;
      }
      if (node.nodeType === 3) this.addText(node as Text);
      else {
        const el = node as Element;
        if (el.tagName.toUpperCase() === 'BR') this.pendingBreak = LINE_SEPARATOR;
        // Open shadow roots render in place of the light children; reading them
        // first keeps reading order for the common "component with slots" case.
        if (el.shadowRoot) this.push(el.shadowRoot);
      }
      // The clock is read every 64 nodes: cheap, yet fine-grained enough.
      if ((++n & 63) === 0 && deadline !== Infinity && performance.now() > deadline) return this.stack.length === 0;
    }
    return true;
  }

  result(): TextMap {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts };
  }
}

export function collectText(root: Node, options: CollectOptions = {}): TextMap {
  const c = new Collector(root, options);
  c.step();
  return c.result();
}

/** Index of the last node starting at or before `offset` (-1 if none). */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A range the page's changes emptied or cut off from the document (a re-render replaced its text). */
export function rangeGone(r: Range): boolean {
  return r.collapsed || !r.startContainer.isConnected;
}

/**
 * The DOM Range covering `text.slice(start, end)`; a span may cross text nodes
 * (an amount split by <strong>). Null for an empty or out-of-range span.
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start || map.nodes.length === 0) return null;
  let i = nodeAt(map, start);
  let startOffset = start - (map.starts[i] ?? 0);
  // A start inside a separator begins at the next node.
  if (i < 0 || startOffset >= map.nodes[i]!.data.length) {
    i += 1;
    startOffset = 0;
  }
  const j = nodeAt(map, end - 1);
  if (i >= map.nodes.length || j < i) return null;
  const endNode = map.nodes[j]!;
  const endOffset = Math.min(end - map.starts[j]!, endNode.data.length);
  const range = endNode.ownerDocument.createRange();
  range.setStart(map.nodes[i]!, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The flat offset of a DOM point inside a text node of the map, or -1. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const i = map.nodes.indexOf(node as Text);
  return i < 0 ? -1 : map.starts[i]! + offset;
}
