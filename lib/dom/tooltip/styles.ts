/**
 * The tooltip's own CSS, loaded into its shadow root only (the document gets
 * just the ::highlight rules from entrypoints/content/style.css). Colours come
 * from the reader's colour scheme, not the page's, so it is readable anywhere.
 */
// Imported as a string: Vite minifies it in the build, the source stays readable.
import css from './tooltip.css?inline';

export const TOOLTIP_CSS: string = css;
