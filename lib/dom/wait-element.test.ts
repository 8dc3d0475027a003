import { describe, expect, it } from 'vitest';
import { waitElement as upstream } from '@1natsu/wait-element';
import { isExist as upExist, isNotExist as upNotExist } from '@1natsu/wait-element/detectors';
import { isExist, isNotExist, waitElement } from './wait-element.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the content script\'s wait-element', () => {
  it('has the package\'s detectors', () => {
    const el = document.createElement('p');
    for (const x of [el, null]) {
      expect(isExist(x)).toEqual(upExist(x));
      expect(isNotExist(x)).toEqual(upNotExist(x));
    }
  });

  it('resolves at once with an element already there, like the package', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const m = document.getElementById('m');
    expect(await waitElement('#m')).toBe(m);
    expect(await upstream('#m', { unifyProcess: false })).toBe(m);
  });

  it('resolves when the element appears, and when it goes with isNotExist', async () => {
    document.body.innerHTML = '';
    const appeared = waitElement('#late');
    const gone = { done: false };
    await tick();
    const el = document.createElement('div');
    el.id = 'late';
    document.body.append(el);
    expect(await appeared).toBe(el);
    const removal = waitElement('#late', { detector: isNotExist }).then((r) => {
      gone.done = true;
      return r;
    });
    await tick();
    expect(gone.done).toBe(false);
    el.remove();
    expect(await removal).toBeNull();
  });

  it('asks the custom matcher instead of the selector', async () => {
    document.body.innerHTML = '<b></b>';
    let anchor: Element | null = null;
    const wait = waitElement('body', { customMatcher: () => anchor });
    await tick();
    anchor = document.querySelector('b');
    document.body.append(document.createElement('i'));
    expect(await wait).toBe(anchor);
  });

  it('rejects with the signal\'s reason on abort, before or while waiting', async () => {
    document.body.innerHTML = '';
    const stop = new AbortController();
    const wait = waitElement('#never', { signal: stop.signal });
    stop.abort('stopped');
    await expect(wait).rejects.toBe('stopped');
    await expect(waitElement('#never', { signal: stop.signal })).rejects.toBe('stopped');
  });
});
