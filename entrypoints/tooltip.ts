import { provide } from '@/lib/dom/chunks';
import { Tooltip } from '@/lib/dom/tooltip/index';

// Loaded by the content script on the first hover (lib/dom/chunks.ts), into the same isolated world.
export default defineUnlistedScript(() => provide('tooltip', Tooltip));
