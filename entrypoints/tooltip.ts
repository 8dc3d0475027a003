import { TOOLTIP_GLOBAL } from '@/lib/dom/tooltip/host';
import { Tooltip } from '@/lib/dom/tooltip/index';

// Loaded by the content script on the first hover (lib/dom/tooltip/lazy.ts), into the same isolated world.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[TOOLTIP_GLOBAL] = Tooltip;
});
