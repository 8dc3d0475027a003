import { findJapaneseNames } from '@/lib/detect/companies/solid-names-ja';
import { provide } from '@/lib/dom/chunks';

// Loaded beside cjk.js on pages that hold kana: Japanese (lib/dom/scripts.ts).
export default defineUnlistedScript(() => provide('kana', {
  lexicons: [],
  readers: { japanese: findJapaneseNames },
}));
