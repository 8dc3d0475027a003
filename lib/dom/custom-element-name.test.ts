import { describe, expect, it } from 'vitest';
import upstream from 'is-potential-custom-element-name';
import isPotentialCustomElementName from './custom-element-name.ts';

describe('the content script\'s custom element name check', () => {
  it.each(['dealmark-tooltip', 'x-a', 'a-', 'my-el.v2', 'a_b-c', 'dealmark-mark'])('accepts %s, as the package does', (name) => {
    expect(isPotentialCustomElementName(name)).toBe(true);
    expect(upstream(name)).toBe(true);
  });

  it.each(['dealmark', 'Dealmark-tooltip', 'dealmark-Tooltip', '-x', '1-x', 'a b-c', 'a-b c', 'a-b!', ''])('refuses %s, as the package does', (name) => {
    expect(isPotentialCustomElementName(name)).toBe(false);
    expect(upstream(name)).toBe(false);
  });

  it('never accepts a name the package refuses, over many generated names', () => {
    const alphabet = 'ab-._Z9 é';
    for (let n = 0; n < 4000; n++) {
      let s = '';
      for (let k = n; k > 0; k = Math.floor(k / alphabet.length)) s += alphabet[k % alphabet.length];
      if (isPotentialCustomElementName(s)) expect(upstream(s)).toBe(true);
    }
  });
});
