/**
 * From collected text to page facts: runs the engine over the flat text in
 * block-aligned slices (so no single call holds the main thread long), then
 * maps each entity back to a DOM Range and gives it a stable key, a quote
 * selector and its sentence.
 */
import type { DetectOptions, Detection, Entity, Fact } from '../detect/types.ts';
import type { FoundFact, Selector } from '../messaging/protocol.ts';
import { BLOCK_SEPARATOR, rangeFor, type TextMap } from './collect.ts';
import { yieldIfLate } from './schedule.ts';

export type Detector = (text: string, options: DetectOptions) => Detection;

/** A fact as the page keeps it: what is reported, plus where it is painted. */
export interface PageFact extends FoundFact {
  range: Range;
}

/**
 * A fact from a scan. Its sentence is cut from the scanned text only when
 * asked (when the fact is sent): held as a string per fact, the sentences were
 * the largest part of the content script's heap on a big page, and the text
 * they come from is held anyway.
 */
class ScannedFact implements PageFact {
  declare fact?: Fact;

  constructor(
    readonly key: string,
    readonly entity: Entity,
    readonly selector: Selector,
    readonly range: Range,
    private readonly source: string,
    private readonly at: number,
    private readonly to: number,
  ) {}

  get context(): string {
    return sentenceAround(this.source, this.at, this.to);
  }
}

/**
 * Engine calls take slices of fixed sizes, whatever the machine's speed:
 * names confirmed elsewhere in a slice decide ambiguous ones, so slices sized
 * by the clock made the same page give different facts from one load to the
 * next. On a dense page (a fact every 200 chars) a trace at full speed showed
 * tasks of up to 24 ms with 2,000-char slices and their ranges and selectors
 * (4,000 gave up to 34 ms, which a loaded machine stretched past 50); the first calls of a page run
 * cold (compiling, marking the index), so the sizes start at FIRST_SLICE and double.
 */
const SLICE_CHARS = 2000;
const FIRST_SLICE = 500;
const QUOTE_CONTEXT = 32;
const BIDI_AND_TATWEEL = /[\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The part of a key that is the same wherever the text sits in the page. */
export function keyBase(type: Entity['type'], text: string): string {
  return `${type}:${text.replace(BIDI_AND_TATWEEL, '').replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** The `type:text` form settings.suppressed uses. */
export function suppressKey(type: Entity['type'], text: string): string {
  return `${type}:${text.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Hands out `base#n` keys: the n-th mention of the same text on a page gets the
 * same key on every visit, and a re-rendered mention reuses the freed number.
 * Per text it keeps a count and, only after a release, the freed numbers: a
 * Set per text cost more heap than the facts' own strings on a big page.
 */
export class KeyAllocator {
  private readonly next = new Map<string, number>();
  private readonly freed = new Map<string, number[]>();

  take(base: string): string {
    // Freed numbers are kept highest first: the lowest goes out first, so a re-render gets back the keys it had.
    let n = this.freed.get(base)?.pop();
    if (n === undefined) {
      n = this.next.get(base) ?? 0;
      this.next.set(base, n + 1);
    }
    return `${base}#${n}`;
  }

  release(key: string): void {
    const cut = key.lastIndexOf('#');
    const base = key.slice(0, cut);
    const n = Number(key.slice(cut + 1));
    if (!(n < (this.next.get(base) ?? 0))) return;
    const free = this.freed.get(base) ?? [];
    this.freed.set(base, free);
    if (free.includes(n)) return;
    let at = free.length;
    while (at > 0 && free[at - 1]! < n) at--;
    free.splice(at, 0, n);
  }

  clear(): void {
    this.next.clear();
    this.freed.clear();
  }
}

/**
 * Where a slice starting at `start` should end: at the last block separator
 * within `size` chars, else at a sentence end, else at a space, so the engine
 * rarely sees a sentence cut in two.
 */
export function sliceEnd(text: string, start: number, size: number): number {
  const limit = start + size;
  if (limit >= text.length) return text.length;
  // Searched inside the window only: lastIndexOf over the whole text walks back
  // to its start, which made a long text without paragraph breaks quadratic.
  const block = text.slice(start, limit + BLOCK_SEPARATOR.length).lastIndexOf(BLOCK_SEPARATOR);
  if (block > 0) return start + block;
  const window = text.slice(start, limit);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('。'), window.lastIndexOf('؟ '), window.lastIndexOf('\n'));
  if (sentence > 0) return start + sentence + 1;
  const space = window.lastIndexOf(' ');
  return space > 0 ? start + space : limit;
}

/** The text cut into the slices the engine reads, in order, covering it exactly. */
export function slices(text: string, size = SLICE_CHARS, first = FIRST_SLICE): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length;) {
    const end = sliceEnd(text, start, Math.min(size, first << Math.min(out.length, 8)));
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** . ! ? ؟ 。 ！ ？ and a line break: where a sentence may end. */
const STOPS = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x3002, 0xff01, 0xff1f, 0x0a]);

/**
 * The sentence around [start, end), whitespace collapsed, at most ~400 chars.
 * Read by char code: facts go to the background 200 at a time, and a regex
 * per character here made each batch a long task on a slow machine.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  // A stop ends the sentence unless a digit follows it ("$2.5 billion").
  const endsAt = (k: number) => {
    const next = text.charCodeAt(k + 1);
    return STOPS.has(text.charCodeAt(k)) && !(next >= 0x30 && next <= 0x39);
  };
  let a = start;
  while (a > 0 && start - a < 200 && !endsAt(a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !endsAt(b)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}

export function selectorFor(text: string, start: number, end: number, offset = 0): Selector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
    start: start + offset,
    end: end + offset,
  };
}

function factFor(entity: Entity, facts: Fact[]): Fact | undefined {
  if (entity.type === 'money') return facts.find((f) => f.moneyStart === entity.start && f.moneyEnd === entity.end);
  if (entity.type === 'company') {
    return facts.find((f) => entity.start >= f.start && entity.end <= f.end
      && (f.company === entity.canonical || f.counterparty === entity.canonical));
  }
  return undefined;
}

function shift<T extends { start: number; end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

export interface ScanOptions extends DetectOptions {
  detector: Detector;
  keys: KeyAllocator;
  /** `type:text` entries the reader dismissed. */
  suppressed?: ReadonlySet<string>;
  /** Where `map.text` starts in the page's text (a hint stored in selectors). */
  offset?: number;
  /** Loads the fact linker, for a detection that found an amount and a company before it was loaded (Detection.relink). */
  linker?: () => Promise<unknown>;
}

/** Detects over a collected map and returns the facts in reading order. */
export async function scanMap(map: TextMap, options: ScanOptions): Promise<PageFact[]> {
  const out: PageFact[] = [];
  const { text } = map;
  // The engine fills its word tables on its first call: that gets a task of its own, not the first slice's.
  options.detector('', {});
  await yieldIfLate();
  for (const slice of slices(text)) {
    const part = text.slice(slice.start, slice.end);
    if (!part.trim()) continue;
    const det = options.detector(part, { watchlist: options.watchlist, types: options.types, known: options.known });
    if (det.relink && options.linker) {
      await options.linker();
      det.facts = det.relink();
    }
    const facts = det.facts.map((f) => ({
      ...f,
      start: f.start + slice.start,
      end: f.end + slice.start,
      moneyStart: f.moneyStart + slice.start,
      moneyEnd: f.moneyEnd + slice.start,
    }));
    for (const raw of det.entities) {
      const entity = shift(raw, slice.start);
      const shown = entity.type === 'company' ? entity.canonical : entity.text;
      if (options.suppressed?.has(suppressKey(entity.type, entity.text))
        || options.suppressed?.has(suppressKey(entity.type, shown))) continue;
      const range = rangeFor(map, entity.start, entity.end);
      if (!range) continue;
      const fact = new ScannedFact(
        options.keys.take(keyBase(entity.type, entity.text)),
        { ...entity, start: entity.start + (options.offset ?? 0), end: entity.end + (options.offset ?? 0) },
        selectorFor(text, entity.start, entity.end, options.offset),
        range,
        text,
        entity.start,
        entity.end,
      );
      const linked = factFor(entity, facts);
      if (linked) fact.fact = linked;
      out.push(fact);
    }
    await yieldIfLate();
  }
  return out;
}
