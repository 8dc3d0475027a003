/**
 * What the content script and the tooltip chunk it loads (./lazy.ts) must
 * agree on, kept apart so the content script imports none of the tooltip.
 */
export const TOOLTIP_HOST = 'dealmark-tooltip';
/** Where the chunk leaves its Tooltip class: a global of the extension's isolated world, which the page never sees. */
export const TOOLTIP_GLOBAL = '__dealmarkTooltip';
