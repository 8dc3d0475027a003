import { provide } from '@/lib/dom/chunks';
import { MarkPainter } from '@/lib/dom/marks';

// Loaded by the content script only where the CSS Custom Highlight API is missing (lib/dom/highlight.ts).
export default defineUnlistedScript(() => provide('marks', MarkPainter));
