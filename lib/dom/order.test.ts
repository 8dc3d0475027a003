import { describe, expect, it } from 'vitest';
import { compareNodes, comparePoint, compareRanges } from './order.ts';

/** A page with text before, inside (nested) and after open shadow roots, plus slotted light text. */
function page() {
  document.body.innerHTML = '<p id="a">before</p><div id="host"><span id="light">light</span></div><p id="z">after</p>';
  const host = document.getElementById('host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<p id="s1">shadow</p><div id="inner-host"></div><p id="s2">shadow after</p>';
  const inner = (root.getElementById('inner-host') as HTMLElement).attachShadow({ mode: 'open' });
  inner.innerHTML = '<p id="deep">deep</p>';
  const text = (el: Element) => el.firstChild as Text;
  return {
    before: text(document.getElementById('a')!),
    light: text(document.getElementById('light')!),
    after: text(document.getElementById('z')!),
    s1: text(root.getElementById('s1')!),
    s2: text(root.getElementById('s2')!),
    deep: text(inner.getElementById('deep')!),
  };
}

function rangeOf(node: Text, start = 0, end = node.data.length): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
}

describe('reading order across shadow trees', () => {
  it('orders text of the document, a shadow root, a nested one and slotted light text as collect.ts reads it', () => {
    const n = page();
    // collect.ts reads a host's shadow root before its light children.
    const reading = [n.before, n.s1, n.deep, n.s2, n.light, n.after];
    const shuffled = [n.after, n.deep, n.light, n.before, n.s2, n.s1];
    expect(shuffled.map((t) => rangeOf(t)).sort(compareRanges).map((r) => (r.startContainer as Text).data))
      .toEqual(reading.map((t) => t.data));
    for (let i = 0; i < reading.length; i++) {
      for (let j = 0; j < reading.length; j++) expect(Math.sign(compareNodes(reading[i]!, reading[j]!))).toBe(Math.sign(i - j));
    }
  });

  it('still compares ranges of one tree by offset', () => {
    const n = page();
    expect(compareRanges(rangeOf(n.s1, 1), rangeOf(n.s1, 3))).toBe(-1);
    expect(compareRanges(rangeOf(n.s1, 3), rangeOf(n.s1, 3))).toBe(0);
  });

  it('answers comparePoint for a point in another tree instead of throwing', () => {
    const n = page();
    const inShadow = rangeOf(n.s1);
    expect(comparePoint(inShadow, n.before, 2)).toBe(-1);
    expect(comparePoint(inShadow, n.after, 0)).toBe(1);
    expect(comparePoint(inShadow, n.deep, 0)).toBe(1);
    expect(comparePoint(inShadow, n.s1, 2)).toBe(0);
    expect(comparePoint(rangeOf(n.deep), n.s1, 0)).toBe(-1);
  });
});
