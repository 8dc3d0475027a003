import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, collectText, offsetOf, rangeFor } from './collect.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectText', () => {
  it('joins inline elements into one run, so a split amount stays whole', () => {
    const map = collectText(page('<p>جمعت <strong>5</strong> مليار دولار من <a href="#">إنفيديا</a></p>'));
    expect(map.text).toBe('جمعت 5 مليار دولار من إنفيديا');
  });

  it('separates blocks so words of different paragraphs never merge', () => {
    const map = collectText(page('<p>raised $2</p><p>billion later</p><ul><li>a</li><li>b</li></ul>'));
    expect(map.text).toBe(['raised $2', 'billion later', 'a', 'b'].join(BLOCK_SEPARATOR));
  });

  it('breaks lines at <br> without merging words', () => {
    expect(collectText(page('<p>one<br>two</p>')).text).toBe('one\ntwo');
  });

  it('leaves out scripts, styles, form fields, templates, editable and hidden parts', () => {
    const map = collectText(page(`
      <p>kept</p>
      <script>var a = "$9 billion";</script><style>p{}</style><noscript>$8 billion</noscript>
      <textarea>$7 billion</textarea><input value="$6 billion"><select><option>$5 billion</option></select>
      <template><p>$4 billion</p></template><div contenteditable="true">$3 billion</div>
      <div hidden>$2 billion</div><div aria-hidden="true">$1 billion</div><p style="display: none">$0 billion</p>
      <p>also kept</p>`));
    expect(map.text.trim().split(/\s+/)).toEqual(['kept', 'also', 'kept']);
  });

  it('skips elements the caller names (the extension’s own UI)', () => {
    const map = collectText(page('<p>page</p><dealmark-tooltip><p>tooltip $2 billion</p></dealmark-tooltip>'),
      { skip: (el) => el.localName === 'dealmark-tooltip' });
    expect(map.text).toBe('page');
  });

  it('reads open shadow roots', () => {
    const body = page('<p>light</p><div id="host"></div>');
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside the shadow</p>';
    expect(collectText(body).text).toContain('inside the shadow');
  });

  it('keeps Arabic-Indic digits, NBSP, tatweel and bidi marks as they are', () => {
    const raw = 'جمعـت\u200f ٣\u00a0مليارات دولار';
    expect(collectText(page(`<p>${raw}</p>`)).text).toBe(raw);
  });
});

describe('rangeFor', () => {
  it('maps a span across text nodes back to the DOM', () => {
    const body = page('<p>جمعت <strong>5</strong> مليار دولار أمس</p>');
    const map = collectText(body);
    const start = map.text.indexOf('5');
    const end = map.text.indexOf(' أمس');
    const range = rangeFor(map, start, end)!;
    expect(range.toString()).toBe('5 مليار دولار');
    expect(range.startContainer.parentElement!.tagName).toBe('STRONG');
  });

  it('maps every span of a long page exactly (binary search over many nodes)', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>item <b>${i}</b> costs $${i} billion</p>`).join('');
    const map = collectText(page(html));
    for (const i of [0, 1, 150, 299]) {
      const needle = `$${i} billion`;
      const at = map.text.indexOf(`costs ${needle}`) + 6;
      expect(rangeFor(map, at, at + needle.length)!.toString()).toBe(needle);
    }
  });

  it('starts a span that begins on a separator at the next node', () => {
    const map = collectText(page('<p>a</p><p>bc</p>'));
    expect(rangeFor(map, 1, map.text.length)!.toString()).toBe('bc');
  });

  it('refuses empty and out-of-range spans', () => {
    const map = collectText(page('<p>abc</p>'));
    expect(rangeFor(map, 2, 2)).toBeNull();
    expect(rangeFor(map, 10, 12)).toBeNull();
  });

  it('gives the flat offset of a DOM point', () => {
    const body = page('<p>one</p><p>two <i>three</i></p>');
    const map = collectText(body);
    const three = body.querySelector('i')!.firstChild!;
    expect(offsetOf(map, three, 2)).toBe(map.text.indexOf('three') + 2);
  });
});
