/**
 * What the content script's build swaps, as [import, importer, replacement]: the modules that list what
 * each script brings (lexicons, cue readers, fact words) for their Latin-only form. The build
 * (wxt.config.ts) and the benchmark's cold start (bench/ready.ts) both use it.
 */
export const LATIN_ONLY: [string, string, string][] = [
  ['./lexicons/index.ts', '/lib/detect/figures/lexicon.ts', 'lib/detect/figures/lexicons/latin.ts'],
  ['./index.ts', '/lib/detect/companies/readers/registry.ts', 'lib/detect/companies/readers/latin.ts'],
  ['./index.ts', '/lib/detect/facts/words/registry.ts', 'lib/detect/facts/words/latin.ts'],
  // Not a script's, but loaded the same way: the fact linker comes with the facts chunk.
  ['./builtin.ts', '/lib/detect/facts/linker.ts', 'lib/detect/facts/builtin-none.ts'],
];

/** The Latin-only module an import resolves to in the content script, if it is one the build swaps. */
export function latinOnly(source: string, importer: string | undefined): string | undefined {
  const from = importer?.replaceAll('\\', '/') ?? '';
  return LATIN_ONLY.find(([src, by]) => source === src && from.endsWith(by))?.[2];
}
