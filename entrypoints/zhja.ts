import { zhjaNames } from '@/lib/detect/companies/data/script-names';
import { ZH_FACT_WORDS } from '@/lib/detect/facts/words/cjk';
import { zh } from '@/lib/detect/figures/lexicons/zh';
import { provide } from '@/lib/dom/chunks';

// Loaded on the rare page whose text holds both Japanese and simplified Chinese (lib/dom/scripts.ts): the Han names
// of both languages, which the Japanese and the Chinese chunk each carry less the other's own, and the Chinese amount and fact words.
export default defineUnlistedScript(() => provide('zhja', { lexicons: [zh], names: zhjaNames(), facts: ZH_FACT_WORDS }));
