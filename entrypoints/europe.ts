import { de } from '@/lib/detect/figures/lexicons/de';
import { es } from '@/lib/detect/figures/lexicons/es';
import { fr } from '@/lib/detect/figures/lexicons/fr';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script on pages that hold French, German or Spanish text (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('europe', { lexicons: [fr, de, es] }));
