/**
 * The highlight style presets, one paint per kind of fact, as the page side
 * paints them (entrypoints/content/style.css); the options page previews these.
 * The same paint serves light and dark pages, so each is checked on both.
 *
 * Contrast (WCAG 2.2, checked in styles.test.ts against REFERENCE_PAGE):
 * - soft tints the background translucently and keeps the page's text colour:
 *   the page's text on the tint composited over the page must stay at 4.5:1;
 * - strong sets text and background, so that pair must reach 4.5:1;
 * - underline only draws a line, which needs 3:1 against the page (1.4.11).
 *   The money underline here is darker than style.css's rgba(230,150,0), which
 *   measures 2.7:1 on white; style.css should take this value.
 */
import type { EntityType } from '../detect/types.ts';
import type { HighlightStyle } from './index.ts';

export interface HighlightPaint {
  /** Text colour; null keeps the page's own. */
  color: string | null;
  /** `#rrggbb` or `rgba(r, g, b, a)`; null paints none. */
  background: string | null;
  /** Underline colour; null draws none. */
  underline: string | null;
}

const paint = (color: string | null, background: string | null, underline: string | null = null): HighlightPaint => ({
  color,
  background,
  underline,
});

export const HIGHLIGHT_PRESETS: Record<HighlightStyle, Record<EntityType, HighlightPaint>> = {
  soft: {
    money: paint(null, 'rgba(255, 190, 0, 0.4)'),
    percent: paint(null, 'rgba(0, 160, 255, 0.2)'),
    company: paint(null, 'rgba(150, 90, 255, 0.3)'),
  },
  underline: {
    money: paint(null, null, 'rgba(180, 83, 9, 1)'),
    percent: paint(null, null, 'rgba(0, 140, 230, 0.95)'),
    company: paint(null, null, 'rgba(150, 90, 255, 0.95)'),
  },
  strong: {
    money: paint('#111111', '#ffd23f'),
    percent: paint('#ffffff', '#005f99'),
    company: paint('#ffffff', '#5b2bb5'),
  },
};

/** The pages the presets are measured on: background and body text. */
export const REFERENCE_PAGE = {
  light: { background: '#ffffff', text: '#111111' },
  dark: { background: '#121212', text: '#e6e6e6' },
} as const;

type Rgba = [number, number, number, number];

export function parseColor(css: string): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const fn = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(css);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3]), fn[4] === undefined ? 1 : Number(fn[4])];
  throw new Error(`Not a colour this module reads: ${css}`);
}

/** `top` painted over the opaque `bottom`, as the eye sees it. */
export function composite(top: string, bottom: string): Rgba {
  const [r, g, b, a] = parseColor(top);
  const [R, G, B] = parseColor(bottom);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string | Rgba, b: string | Rgba): number {
  const la = luminance(typeof a === 'string' ? parseColor(a) : a);
  const lb = luminance(typeof b === 'string' ? parseColor(b) : b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}
