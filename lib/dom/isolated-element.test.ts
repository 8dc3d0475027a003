import { describe, expect, it } from 'vitest';
import { createIsolatedElement as upstream } from '@webext-core/isolated-element';
import { createIsolatedElement } from './isolated-element.ts';

const shape = (r: { parentElement: HTMLElement; shadow: ShadowRoot; isolatedElement: HTMLElement }) => ({
  host: r.parentElement.localName,
  mode: r.shadow.mode,
  tree: r.shadow.innerHTML,
  bodyIsIsolated: r.isolatedElement === r.shadow.querySelector('body'),
});

describe('the content script\'s isolated element', () => {
  it('builds the same host, shadow root and tree as the package', async () => {
    const options = { name: 'dealmark-probe', mode: 'open' as const, css: { textContent: '.tip{color:red}' } };
    expect(shape(await createIsolatedElement(options))).toEqual(shape(await upstream(options)));
    expect(shape(await createIsolatedElement({ name: 'dealmark-probe' }))).toEqual(shape(await upstream({ name: 'dealmark-probe' })));
  });

  it('stops the isolated events at its body and lets others through, like the package', async () => {
    for (const make of [createIsolatedElement, upstream]) {
      const r = await make({ name: 'dealmark-probe', mode: 'open', isolateEvents: ['keydown'] });
      document.body.append(r.parentElement);
      const seen: string[] = [];
      document.addEventListener('keydown', () => seen.push('keydown'));
      document.addEventListener('keyup', () => seen.push('keyup'));
      const target = r.isolatedElement.appendChild(document.createElement('input'));
      for (const type of ['keydown', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true }));
      expect(seen).toEqual(['keyup']);
      r.parentElement.remove();
    }
  });

  it('refuses a name that cannot host a shadow root', async () => {
    await expect(createIsolatedElement({ name: 'tooltip' })).rejects.toThrow();
    await expect(createIsolatedElement({ name: 'Dealmark-Tip' })).rejects.toThrow();
  });
});
