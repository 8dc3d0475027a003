/**
 * The highlight style presets, one palette per kind of fact, for light and for
 * dark pages. Shared by the options page (previews) and the page side (the
 * ::highlight rules), so the documented colours are the painted ones.
 *
 * Contrast (WCAG 2.2, checked in styles.test.ts):
 * - soft and strong set both text and background, so the pair is what counts
 *   (at least 4.5:1, whatever the page's own colours);
 * - underline leaves the page's text alone and only draws a line, which needs
 *   3:1 against the page background (white for light pages, #121212 for dark).
 */
import type { EntityType } from '../detect/types.ts';
import type { HighlightStyle } from './index.ts';

export interface HighlightPaint {
  /** Text colour; null keeps the page's own. */
  color: string | null;
  background: string | null;
  /** Underline colour; null draws none. */
  underline: string | null;
}

export type PagePalette = Record<EntityType, HighlightPaint>;

const paint = (color: string | null, background: string | null, underline: string | null = null): HighlightPaint => ({
  color,
  background,
  underline,
});

export const HIGHLIGHT_PRESETS: Record<HighlightStyle, { light: PagePalette; dark: PagePalette }> = {
  soft: {
    light: { money: paint('#111827', '#fde68a'), percent: paint('#111827', '#bfdbfe'), company: paint('#111827', '#bbf7d0') },
    dark: { money: paint('#fef9c3', '#713f12'), percent: paint('#dbeafe', '#1e3a8a'), company: paint('#dcfce7', '#14532d') },
  },
  underline: {
    light: { money: paint(null, null, '#b45309'), percent: paint(null, null, '#1d4ed8'), company: paint(null, null, '#15803d') },
    dark: { money: paint(null, null, '#fbbf24'), percent: paint(null, null, '#93c5fd'), company: paint(null, null, '#86efac') },
  },
  strong: {
    light: { money: paint('#ffffff', '#b45309'), percent: paint('#ffffff', '#1d4ed8'), company: paint('#ffffff', '#15803d') },
    dark: { money: paint('#1c1917', '#fcd34d'), percent: paint('#0f172a', '#93c5fd'), company: paint('#052e16', '#86efac') },
  },
};

/** Background the underline preset is measured against. */
export const REFERENCE_PAGE = { light: '#ffffff', dark: '#121212' } as const;

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
