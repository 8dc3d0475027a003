/**
 * The content script reads English from the start; what Arabic, or Chinese,
 * Japanese and Korean, need (their amount words and their part of the name
 * index, and Chinese and Japanese each their reader of solid names) comes in
 * that script's chunk, loaded the first time a page's text
 * holds the script, and so do French, German and Spanish amount words. A page
 * in English pays for none of them, and one that names no currency not for
 * the names chunk either.
 */
import { addScript, type ScriptPart } from '../detect/index.ts';
import { loadChunk, type ChunkName } from './chunks.ts';

/**
 * Words no sentence in French, German or Spanish goes long without. An
 * English page may hold one (Les Echos, "to die"), so three are asked for;
 * not accents, which English news holds in names (Nestlé, a Tomás in a byline).
 */
const EUROPEAN_WORDS = /(?:^|[\s(«„"'])(?:les|des|une|dans|pour|avec|und|der|die|das|mit|für|nicht|los|las|del|para|con|por)(?=[\s,.])/gi;

function holdsEuropean(text: string): boolean {
  EUROPEAN_WORDS.lastIndex = 0;
  for (let n = 0; EUROPEAN_WORDS.exec(text); ) if (++n === 3) return true;
  return false;
}

const KANA = /[\u3040-\u30ff]/;

/**
 * A currency's sign, code or word, in any of the seven languages (the Chinese and Japanese also by 亿 and 億, which
 * their amounts use). Loose on purpose ("euro" also opens "Europe"): a page wrongly taken for one only loads a chunk.
 */
const CURRENCY = /[$€£¥₹]|usd|euro|dollar|dólar|yuan|yen|franc|دولار|ريال|درهم|يورو|美元|亿|億|円|ドル/i;
const ARABIC = /[\u0600-\u06ff]/;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
const HAN = /[\u3400-\u9fff]/;
const SIMPLIFIED = /[们这说对发经资银亿为时]/;

/** A test of the text, each regex run once: several chunks ask the same (kana, Arabic, CJK, a currency), and a page's text may run to a megabyte. */
type Has = (re: RegExp) => boolean;

const SCRIPTS: readonly [ChunkName, (has: Has, text: string) => boolean][] = [
  ['arabic', (has) => has(ARABIC)],
  ['cjk', (has) => has(CJK)],
  // The reader of names written solid, which differs between the two (lib/detect/companies/solid-names.ts):
  // kana mark Japanese; Han without them is Chinese.
  ['kana', (has) => has(KANA)],
  ['han', (has) => has(HAN) && !has(KANA)],
  // The Han names of both: kana brings those Japanese and Chinese share, and simplified forms Japanese never writes
  // mark Chinese beside them (a page quoting both, rare enough that this part is not made of the other two at run time).
  ['zhja', (has) => has(KANA) && has(SIMPLIFIED)],
  // French, German and Spanish amount words.
  ['europe', (_, text) => holdsEuropean(text)],
  // The organizations the content script has no room for, which a story about a deal, a round or results names;
  // a page in Arabic or CJK gets their names in its script too.
  ['names', (has) => has(CURRENCY)],
  ['namesar', (has) => has(CURRENCY) && has(ARABIC)],
  // Their CJK names come cut as the Han keys are, and a page gets one part, as a key may not come twice: unlike
  // kana.js, which brings the Japanese reader, namesja.js brings names only, all of which nameszhja.js has too. A
  // page in Hangul gets the Chinese part, as each has the Hangul names and that one is the smallest.
  ['nameszh', (has) => has(CURRENCY) && has(CJK) && !has(KANA)],
  ['namesja', (has) => has(CURRENCY) && has(KANA) && !has(SIMPLIFIED)],
  ['nameszhja', (has) => has(CURRENCY) && has(KANA) && has(SIMPLIFIED)],
  // And the given names that tell a person from a firm (latin-given-names.ts), which a page in CJK writes otherwise.
  ['given', (has) => has(CURRENCY) && !has(CJK)],
];

const asked = new Map<ChunkName, Promise<void>>();

/** Loads a chunk into the engine once per page; a chunk that cannot load is said once and the rest read on. */
function load(name: ChunkName): Promise<void> {
  let pending = asked.get(name);
  if (!pending) {
    pending = loadChunk<ScriptPart>(name).then(addScript, (err: unknown) => {
      // Latin text is still read; only this script's names and amounts are missed, so say so once.
      console.warn(`Dealmark: the ${name} reading could not load.`, err);
    });
    asked.set(name, pending);
  }
  return pending;
}

/** Loads the chunk of each script `text` holds that the engine lacks; resolves once it can read them all. */
export function scriptsFor(text: string): Promise<unknown> {
  const seen = new Map<RegExp, boolean>();
  const has: Has = (re) => {
    let found = seen.get(re);
    if (found === undefined) seen.set(re, (found = re.test(text)));
    return found;
  };
  return Promise.all(SCRIPTS.filter(([name, holds]) => asked.has(name) || holds(has, text)).map(([name]) => load(name)));
}

/** The fact linker, which a page needs only once it holds an amount and a company (lib/dom/scan.ts). */
export const linkerReady = (): Promise<void> => load('facts');
