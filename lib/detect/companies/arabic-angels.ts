/**
 * Networks of business angels that Arabic names with its own word for angels, then a place or a founder's name
 * ("شبكة ملائكة دسمان", Dasman Angels). English-letter names of networks end in انجلز instead and are read back
 * from that ending (arabic-cues.ts).
 */
import { arabicEnglish } from './arabic-latin.ts';
import { make } from './arabic-nouns.ts';
import type { CueName } from './cues.ts';
import { glued, type Tok } from './tokens.ts';

const NETWORK = /^[وبل]?(?:ل)?شبكة$/;
const ANGELS = /^ملا[ئي]كة$/;
const OPEN = /^\s*["«“]?$/;

/** A name word, or a city's: a network is as often named for its town ("ملائكة مسقط") as for a founder. */
const placeOrName = (w: string, stop: Set<string>) => /^[\u0621-\u064a]{3,}$/.test(w) && !w.startsWith('ال') && !stop.has(w);

/** "شبكة ملائكة دسمان": the angels' word and the one name word after it, named in English as "Dasman Angels". */
export function arabicAngels(text: string, toks: Tok[], stop: Set<string>, out: CueName[]): void {
  for (let k = 1; k + 1 < toks.length; k++) {
    const name = toks[k + 1]!;
    // The network's name may stand in quotes: "وشبكة «ملائكة مسقط»".
    if (!ANGELS.test(toks[k]!.w) || !NETWORK.test(toks[k - 1]!.w) || !OPEN.test(text.slice(toks[k - 1]!.e, toks[k]!.s)) || !glued(text, toks[k]!, name) || !placeOrName(name.w, stop)) continue;
    const n = make(text, toks[k]!, name, 'investor');
    out.push({ ...n, canonical: `${arabicEnglish(name.w)} Angels` });
  }
}
