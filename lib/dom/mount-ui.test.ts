import { describe, expect, it } from 'vitest';
// WXT does not export the module it stands in for; the test reads it from its file.
// @ts-expect-error -- WXT ships no type declarations for this internal module (it is cast to our types below).
import * as upstream from '../../node_modules/wxt/dist/utils/content-script-ui/shared.mjs';
import { applyPosition, createMountFunctions, mountUi, type MountOptions } from './mount-ui.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));
type Impl = Pick<typeof import('./mount-ui.ts'), 'applyPosition' | 'createMountFunctions' | 'mountUi'>;
const IMPLS: [string, Impl][] = [['ours', { applyPosition, createMountFunctions, mountUi }], ['WXT', upstream as unknown as Impl]];

describe('the content script\'s UI mounting', () => {
  it.each<MountOptions>([
    { position: 'inline' },
    { position: 'overlay', alignment: 'bottom-right', zIndex: 5 },
    { position: 'overlay' },
    { position: 'modal', zIndex: 0 },
  ])('positions the host as WXT does: %o', (options) => {
    const styles = IMPLS.map(([, impl]) => {
      const root = document.createElement('div');
      const inner = document.createElement('html');
      impl.applyPosition(root, inner, options);
      return [root.getAttribute('style'), inner.getAttribute('style')];
    });
    expect(styles[0]).toEqual(styles[1]);
  });

  it.each<MountOptions['append']>([undefined, 'last', 'first', 'replace', 'after', 'before'])('appends as WXT does: %s', (append) => {
    const trees = IMPLS.map(([, impl]) => {
      document.body.innerHTML = '<main><p id="a">a</p><p>b</p></main>';
      impl.mountUi(document.createElement('dealmark-x'), { anchor: '#a', append });
      return document.body.innerHTML;
    });
    expect(trees[0]).toEqual(trees[1]);
    document.body.innerHTML = '<p>x</p>';
    expect(() => mountUi(document.createElement('dealmark-x'), { anchor: '#missing' })).toThrow();
  });

  // happy-dom has no XPath: that branch is WXT's code as written, not compared here.
  it('finds an anchor from a function, as WXT does', () => {
    for (const anchor of ['section', () => document.querySelector('section')]) {
      const trees = IMPLS.map(([, impl]) => {
        document.body.innerHTML = '<section></section>';
        impl.mountUi(document.createElement('dealmark-x'), { anchor });
        return document.body.innerHTML;
      });
      expect(trees[0]).toEqual(trees[1]);
      expect(trees[0]).toContain('<section><dealmark-x>');
    }
  });

  it('auto-mounts while the anchor is there and stops after one removal with once, as WXT does', async () => {
    for (const [, impl] of IMPLS) {
      document.body.innerHTML = '';
      const log: string[] = [];
      const ui = impl.createMountFunctions({ mount: () => log.push('mount'), remove: () => log.push('remove') }, { anchor: '#slot' });
      ui.autoMount({ once: true, onStop: () => log.push('stop') });
      await tick();
      const slot = document.body.appendChild(document.createElement('div'));
      slot.id = 'slot';
      await tick();
      await tick();
      slot.remove();
      await tick();
      await tick();
      document.body.appendChild(slot);
      await tick();
      await tick();
      expect(log).toEqual(['mount', 'remove', 'stop']);
    }
  });

  it('refuses an element anchor for autoMount, as WXT does', () => {
    for (const [, impl] of IMPLS) {
      const ui = impl.createMountFunctions({ mount() {}, remove() {} }, { anchor: document.body });
      expect(() => ui.autoMount()).toThrow();
    }
  });
});
