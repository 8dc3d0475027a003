/**
 * The content script reads Latin-script text from the start; what Arabic, or
 * Chinese, Japanese and Korean, need (their amount words and their part of the
 * name index) comes in that script's chunk, loaded the first time a page's text
 * holds the script. A page in English never pays for either.
 */
import { addScript, type ScriptPart } from '../detect/index.ts';
import { loadChunk, type ChunkName } from './chunks.ts';

const SCRIPTS: readonly [ChunkName, RegExp][] = [
  ['arabic', /[\u0600-\u06ff]/],
  ['cjk', /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/],
];

const asked = new Map<ChunkName, Promise<void>>();

/** Loads the chunk of each script `text` holds that the engine lacks; resolves once it can read them all. */
export function scriptsFor(text: string): Promise<unknown> {
  return Promise.all(SCRIPTS.filter(([name, holds]) => asked.has(name) || holds.test(text)).map(([name]) => {
    let pending = asked.get(name);
    if (!pending) {
      pending = loadChunk<ScriptPart>(name).then(addScript, (err: unknown) => {
        // Latin text is still read; only this script's names and amounts are missed, so say so once.
        console.warn(`Dealmark: the ${name} reading could not load.`, err);
      });
      asked.set(name, pending);
    }
    return pending;
  }));
}
