import { linkFacts } from '@/lib/detect/facts/index';
import { useFactWords } from '@/lib/detect/facts/words/registry';
import { provide } from '@/lib/dom/chunks';

// Loaded by the content script the first time a page holds an amount and a company (lib/dom/scan.ts).
export default defineUnlistedScript(() => provide('facts', {
  lexicons: [],
  linker: (text: Parameters<typeof linkFacts>[0], money: Parameters<typeof linkFacts>[1], companies: Parameters<typeof linkFacts>[2],
    sentences: Parameters<typeof linkFacts>[3], words: Parameters<typeof useFactWords>[0]) => {
    useFactWords(words);
    return linkFacts(text, money, companies, sentences);
  },
}));
