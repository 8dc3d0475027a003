import type { CueName } from '../cues.ts';
import type { Taken } from '../taken.ts';
import type { CueWords } from '../cue-lexicon.ts';
import type { CjkPlaces } from '../cjk-places.ts';
import type { Sorted } from '../sorted-names.ts';
import type { InText, Named, Sound } from '../sound-alike.ts';

/** Reads names from the sentence [s, e) into `out`: Arabic-script ones (arabic-cues.ts), Latin ones before 公司 (han-latin.ts). */
export type SentenceReader = (text: string, s: number, e: number, out: CueName[]) => void;
/** Reads Chinese or Japanese names from the whole text, less those `taken` says are found another way (solid-names.ts). */
export type SolidReader = (text: string, taken: Taken, readers: ScriptReaders) => CueName[];
/** The short form a Chinese or Japanese full name goes by later in its article (short-forms-cjk.ts). */
export type ShortReader = (name: string, readers?: ScriptReaders, known?: boolean) => string | undefined;

/** German words for a kind of business (german-trades.ts). */
export interface GermanTrades {
  /** `noun` for a word no person is called ("Betreiber"), `trade` for one a person may be ("Datenspezialist"), else ''. */
  kind: (word: string) => '' | 'noun' | 'trade';
  /** Such a word and the blanks after it, in lower-cased text (global). */
  spot: RegExp;
}

/** An arm's business word right after a known name at `end` (script-arms.ts): its English, or a unit's, or neither when the word is the group's own. */
export type ScriptArm = (text: string, end: number) => { end: number; english?: string; unit?: string } | undefined;

/** The cue readers of the scripts without capitals, which the content script gets with that script's chunk. */
export interface ScriptReaders {
  arabic?: SentenceReader;
  /** The English form the Arabic reader gives a name ("Sanam Capital" for سنام كابيتال), so a known head can replace its own (arabic-latin.ts). */
  arabicEnglish?: (name: string) => string;
  /** Gives every mention of a name the English its harakat spell, where one mention has them (arabic-latin.ts). */
  arabicVowels?: (out: { text: string; canonical: string; source: string }[]) => void;
  /** An ambiguous name capitalized alone mid-sentence in Latin prose (alone.ts), from the given names' chunk. */
  capitalAlone?: typeof import('../alone.ts').capitalAlone;
  /** Three capitals a cue showed are a firm's, that firm again where no article and noun make them a term (alone.ts), from the same chunk. */
  firmAcronym?: typeof import('../alone.ts').firmAcronym;
  /** An ambiguous name that is a person's surname after a given name (alone.ts), from the same chunk. */
  surnameAlone?: typeof import('../alone.ts').surnameAlone;
  /** The region a French cooperative bank's regional bank adds to the network's name (european-names.ts), from the European chunk. */
  regionalBank?: typeof import('../european-names.ts').regionalBank;
  /** How many tokens of a kind of investor open a name (european-names.ts), from the European chunk. */
  kindOpener?: typeof import('../european-names.ts').kindOpener;
  /** A product named for its maker, and a paper's "The" (made-by.ts), from the given names' chunk. */
  madeProduct?: typeof import('../made-by.ts').madeProduct;
  paperArticle?: typeof import('../made-by.ts').paperArticle;
  /** A central bank or public agency a cue framed like a firm (public-bodies.ts), from the given names' chunk. */
  publicBody?: typeof import('../public-bodies.ts').publicBody;
  /** A product the article names after its kind, right before `start` (alone.ts), from the given names' chunk. */
  productNamed?: typeof import('../alone.ts').productNamed;
  /** How an Arabic name sounds (arabic-latin.ts). */
  arabicSound?: (name: string) => Sound | undefined;
  /** A place in katakana and its dot right before a position (ja-places.ts), from the kana chunk. */
  kanaPlaceBefore?: (text: string, p: number) => boolean;
  /** A katakana name in Hepburn, loanword or not (romaji.ts). */
  kanaLatin?: (name: string) => string | undefined;
  /** The organization a name in Arabic or katakana sounds like (sound-alike.ts), from either chunk; it reads the romanizations above. */
  alike?: (trie: Sorted, written: string, readers: ScriptReaders, inText?: InText, english?: string) => Named | undefined;
  hanLatin?: SentenceReader;
  /** An Arabic name glossed by its Latin one in brackets (arabic-glosses.ts), from the Arabic chunk. */
  arabicGlosses?: typeof import('../arabic-glosses.ts').arabicGlosses;
  /** A Han name glossed by its Latin one in brackets (han-glosses.ts), from the Han chunk. */
  hanGlosses?: typeof import('../han-glosses.ts').hanGlosses;
  /** Picks the reader below that fits the text (solid-names.ts, in the CJK chunk, which is handed the engine's readers: a chunk has no registry of its own). */
  solid?: SolidReader;
  /** The reader of solid names in Chinese (solid-names-zh.ts) and in Japanese (solid-names-ja.ts). */
  chinese?: (text: string, taken: Taken, readers: ScriptReaders) => CueName[];
  japanese?: (text: string, taken: Taken) => CueName[];
  solidShort?: ShortReader;
  /** Japanese business tails in katakana that a short form drops (kana-tails.ts), from the kana chunk. */
  kanaTails?: readonly string[];
  arabicShort?: ShortReader;
  /** Words that make an ambiguous name in the sentence a company's (script-cues.ts). */
  arabicCues?: readonly string[];
  /** Arabic names that are also common words, which count only in guillemets (script-cues.ts ARABIC_QUOTED_ONLY). */
  quotedOnly?: ReadonlySet<string>;
  europeanCues?: readonly string[];
  /** Before an ambiguous name, a credit or an example of a kind of firm, in other languages than English (script-cues.ts). */
  creditBefore?: RegExp;
  /** Outlets credited in French, German and Spanish (script-cues.ts EUROPEAN_OUTLETS). */
  outlets?: { spot: RegExp; credited: RegExp; quoted: RegExp; sourced: (text: string) => CueName[] };
  /** Names the European chunk reads off a whole text: Spanish angels' networks (spanish-angels.ts). */
  textNames?: (text: string) => CueName[];
  /** French and Spanish: a town's, country's or public fund's adjective, where one may stand before a name, and company nouns that open one (script-cues.ts EUROPEAN_ROMANCE). */
  romance?: { adjective: RegExp; spot: RegExp; heads: RegExp };
  /** After an apposition's comma, a verb of saying (script-cues.ts EUROPEAN_REPORTING). */
  reporting?: RegExp;
  /** After a known name, a role that makes it a firm's (script-cues.ts). */
  roleCompound?: RegExp;
  /** A known name that is a person's given name by the words around it (given-names.ts). */
  arabicNotFirm?: (text: string, start: number, end: number, ambiguous: boolean) => boolean;
  /** A known name that French, German or Spanish text uses for a school, a mine, a phrase or a place (european-not-firms.ts). */
  europeanNotFirm?: (text: string, start: number, end: number, ambiguous?: boolean) => boolean;
  /** For a German text, whether a common noun follows a short form, not another name's word (european-not-firms.ts). */
  germanNounsAfter?: (text: string, business: (w: string) => boolean) => ((e: number) => boolean) | undefined;
  /** A known name that CJK text uses for something else (script-arms.ts cjkNotFirm). */
  cjkNotFirm?: (text: string, start: number, end: number) => boolean;
  hanGivenName?: (text: string, start: number, end: number) => boolean;
  cjkCues?: readonly string[];
  /** Chinese places, their English names and the test for a place alone (cjk-places.ts), from the CJK chunk. */
  places?: CjkPlaces;
  germanTrades?: GermanTrades;
  /** German nouns no name is, and prepositions that open a sentence before one (european-names.ts). */
  germanNoun?: (word: string, alone: boolean) => boolean;
  openerDropped?: (text: string, from: number, word: string, rest: string) => boolean;
  /** May a known name end before a German genitive s at `e` (german-genitive.ts)? */
  germanGenitive?: (text: string, s: number, e: number) => boolean;
  /** The arms Chinese and Japanese, or Arabic, write after a known name (script-arms.ts), from the CJK and Arabic chunks. */
  cjkArm?: ScriptArm;
  arabicArm?: ScriptArm;
  /** Words the cue lexicon's lists take in French, German and Spanish (european-cue-words.ts). */
  cueWords?: CueWords;
}
