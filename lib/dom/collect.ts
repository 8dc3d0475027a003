/**
 * Placeholder text collection (the page stage replaces it): readable text of a
 * subtree as one flat string.
 */
export interface TextMap {
  text: string;
}

export function collectText(root: Node): TextMap {
  return { text: root.textContent ?? '' };
}
