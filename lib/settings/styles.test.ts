import { describe, expect, it } from 'vitest';
import { contrastRatio, HIGHLIGHT_PRESETS, REFERENCE_PAGE } from './styles';

describe('highlight presets', () => {
  it('computes WCAG contrast like the spec examples', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  for (const [name, preset] of Object.entries(HIGHLIGHT_PRESETS)) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [type, p] of Object.entries(preset[scheme])) {
        it(`${name} ${type} meets WCAG on ${scheme} pages`, () => {
          if (p.color && p.background) expect(contrastRatio(p.color, p.background)).toBeGreaterThanOrEqual(4.5);
          if (p.underline) expect(contrastRatio(p.underline, REFERENCE_PAGE[scheme])).toBeGreaterThanOrEqual(3);
          expect(Boolean(p.background) || Boolean(p.underline)).toBe(true);
        });
      }
    }
  }
});
