/**
 * Reading order across shadow trees. Range comparisons (compareBoundaryPoints,
 * comparePoint) throw when the two sides live in different trees, which is the
 * normal case on a page whose components hold text in open shadow roots; here
 * such nodes are compared through the shadow hosts they sit under.
 */

/** A node, then each shadow host above it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && 'host' in root; root = chain[chain.length - 1]!.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/**
 * Negative when `a` reads before `b`. A shadow root reads before its host's
 * light children, as collect.ts reads it; compareDocumentPosition already
 * orders a host before what it contains, which gives exactly that.
 */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = hostChain(a);
  const pb = hostChain(b);
  // The innermost tree both chains reach decides.
  for (const x of pa) {
    for (const y of pb) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return 0;
      const pos = x.compareDocumentPosition(y);
      return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : 0;
    }
  }
  return 0; // different documents: no order
}

function sameTree(a: Node, b: Node): boolean {
  return a.getRootNode() === b.getRootNode();
}

/** Orders ranges by their starts, in whatever trees they are. */
export function compareRanges(a: Range, b: Range): number {
  if (sameTree(a.startContainer, b.startContainer)) return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  return compareNodes(a.startContainer, b.startContainer);
}

/** Range.comparePoint that also answers for a point in another tree (never inside). */
export function comparePoint(range: Range, node: Node, offset: number): number {
  if (sameTree(range.startContainer, node)) return range.comparePoint(node, offset);
  return compareNodes(node, range.startContainer) < 0 ? -1 : 1;
}
