import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composite, contrastRatio, HIGHLIGHT_PRESETS, parseColor, REFERENCE_PAGE } from './styles';

describe('colour maths', () => {
  it('computes WCAG contrast like the spec examples', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('reads hex and rgba, and composites a tint over a page', () => {
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30, 0.5]);
    expect(composite('rgba(255, 0, 0, 0.5)', '#ffffff')).toEqual([255, 127.5, 127.5, 1]);
    expect(() => parseColor('red')).toThrow(/Not a colour/);
  });

  it('catches a line too pale for a white page (the amber style.css once used)', () => {
    expect(contrastRatio(composite('rgba(230, 150, 0, 1)', '#ffffff'), '#ffffff')).toBeLessThan(3);
  });
});

describe('highlight presets meet WCAG', () => {
  for (const [name, preset] of Object.entries(HIGHLIGHT_PRESETS)) {
    for (const [type, p] of Object.entries(preset)) {
      for (const [scheme, page] of Object.entries(REFERENCE_PAGE)) {
        it(`${name} ${type} on a ${scheme} page`, () => {
          expect(Boolean(p.background) || Boolean(p.underline)).toBe(true);
          if (p.background) {
            const bg = composite(p.background, page.background);
            expect(contrastRatio(p.color ?? page.text, bg)).toBeGreaterThanOrEqual(4.5);
          }
          if (p.underline) {
            expect(contrastRatio(composite(p.underline, page.background), page.background)).toBeGreaterThanOrEqual(3);
          }
        });
      }
    }
  }
});

describe('the stylesheet the content script injects', () => {
  const css = readFileSync(join(import.meta.dirname, '../../entrypoints/content/style.css'), 'utf8');
  const rule = (name: string) => new RegExp(`::highlight\\(${name}\\)\\s*{([^}]*)}`).exec(css)?.[1] ?? '';

  it('paints the soft kinds as the presets say, the options page previews them so', () => {
    for (const kind of ['money', 'percent', 'company'] as const) {
      const body = rule(`dealmark-${kind}`);
      expect(body).toContain(`background-color: ${HIGHLIGHT_PRESETS.soft[kind].background}`);
      // A decoration makes each registry change a whole-page overflow update (see style.css).
      expect(body).not.toMatch(/text-decoration/);
      expect(HIGHLIGHT_PRESETS.soft[kind].underline).toBeNull();
    }
  });
});
