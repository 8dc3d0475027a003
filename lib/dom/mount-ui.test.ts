import { describe, expect, it } from 'vitest';
// WXT does not export the module it stands in for; the test reads it from its file.
// @ts-expect-error -- WXT ships no type declarations for this internal module (it is cast to our types below).
import * as upstream from '../../node_modules/wxt/dist/utils/content-script-ui/shared.mjs';
import { applyPosition, createMountFunctions, mountUi, type MountOptions } from './mount-ui.ts';

type Impl = Pick<typeof import('./mount-ui.ts'), 'applyPosition' | 'createMountFunctions' | 'mountUi'>;
const IMPLS: [string, Impl][] = [['ours', { applyPosition, createMountFunctions, mountUi }], ['WXT', upstream as unknown as Impl]];
/** What the tooltip asks for (lib/dom/tooltip/index.ts). */
const TOOLTIP: MountOptions = { position: 'inline', anchor: 'html', append: 'last' };

describe("the content script's UI mounting", () => {
  it('places an inline host at the end of the anchor, styles untouched, as WXT does', () => {
    const trees = IMPLS.map(([, impl]) => {
      document.body.innerHTML = '<main><p>a</p></main>';
      const host = document.createElement('dealmark-x');
      const inner = document.createElement('html');
      impl.mountUi(host, { ...TOOLTIP, anchor: 'main' });
      impl.applyPosition(host, inner, TOOLTIP);
      return [document.body.innerHTML, host.getAttribute('style'), inner.getAttribute('style')];
    });
    expect(trees[0]).toEqual(trees[1]);
    expect(trees[0]![0]).toBe('<main><p>a</p><dealmark-x></dealmark-x></main>');
  });

  it('mounts and removes through the base functions, as WXT does', () => {
    for (const [, impl] of IMPLS) {
      const log: string[] = [];
      const ui = impl.createMountFunctions({ mount: () => log.push('mount'), remove: () => log.push('remove') }, TOOLTIP);
      ui.mount();
      ui.remove();
      expect(log).toEqual(['mount', 'remove']);
    }
  });

  it('says so when asked for what the tooltip never needs', () => {
    document.body.innerHTML = '<p id="a">x</p>';
    const host = document.createElement('dealmark-x');
    expect(() => mountUi(host, { anchor: '#missing' })).toThrow(/no anchor/);
    expect(() => mountUi(host, { anchor: '#a', append: 'first' })).toThrow(/supports no/);
    expect(() => mountUi(host, { anchor: document.body })).toThrow(/supports no/);
    expect(() => applyPosition(host, null, { position: 'overlay' })).toThrow(/overlay/);
    expect(() => createMountFunctions({ mount() {}, remove() {} }, TOOLTIP).autoMount()).toThrow(/autoMount/);
  });
});
