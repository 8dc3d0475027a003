/**
 * The page's facts: a full scan, incremental rescans of changed blocks, and
 * placing facts the library already knows (re-anchoring). No messaging and no
 * painting here, so it is testable in happy-dom with any detector.
 */
import type { DetectOptions, Entity } from '../detect/types.ts';
import type { KnownFact, Selector } from '../messaging/protocol.ts';
import type { Placement } from './anchor.ts';
import { compareRanges } from './order.ts';
import { Collector, rangeFor, rangeGone, type CollectOptions, type TextMap } from './collect.ts';
import { KeyAllocator, scanMap, sentenceAround, type Detector, type PageFact } from './scan.ts';
import { SLICE_MS, yieldNow } from './schedule.ts';

export interface ModelOptions {
  detector: Detector;
  /** Made ready for a text before the detector reads it (the page loads the text's scripts: ./scripts.ts). */
  prepare?: (text: string) => Promise<unknown>;
  /** Loads the fact linker once a text needs it (ScanOptions.linker). */
  linker?: () => Promise<unknown>;
  collect?: CollectOptions;
  /** Read on every scan, so settings changes apply to the next one. */
  settings(): DetectOptions & { suppressed: ReadonlySet<string> };
  /**
   * The search for saved quotes the scan did not find again by key, exact and
   * then approximate, one placement or null per selector. The content script
   * asks the background (anchor-approx.ts anchorQuote); without it such quotes
   * are orphans.
   */
  anchor?(text: string, selectors: Selector[]): Promise<(Placement | null)[]>;
}

/** Collects a subtree in slices, giving the thread back between them. */
export async function collectSliced(root: Node, options: CollectOptions = {}): Promise<TextMap> {
  const c = new Collector(root, options);
  while (!c.step(performance.now() + SLICE_MS)) await yieldNow();
  return c.result();
}

function stub(k: KnownFact): Entity {
  const { exact, start, end } = k.selector;
  if (k.type === 'company') return { type: 'company', text: exact, start, end, canonical: exact, kind: 'company', source: 'watchlist' };
  if (k.type === 'percent') return { type: 'percent', text: exact, start, end, value: Number.NaN };
  return { type: 'money', text: exact, start, end, value: Number.NaN, currency: 'XXX' };
}

export class PageModel {
  facts: PageFact[] = [];
  readonly keys = new KeyAllocator();
  private fullMap: TextMap | null = null;
  private sortedCache: PageFact[] | null = null;
  /** Companies the page confirmed so far (DetectOptions.known), carried from slice to slice. */
  private confirmed = new Set<string>();

  constructor(private readonly root: () => Node | null, private readonly options: ModelOptions) {}

  /** Forgets everything and reads the whole page again. */
  async scanAll(): Promise<PageFact[]> {
    this.facts = [];
    this.keys.clear();
    this.confirmed = new Set();
    this.sortedCache = null;
    const root = this.root();
    if (!root) return [];
    const map = await collectSliced(root, this.options.collect);
    await this.options.prepare?.(map.text);
    this.fullMap = map;
    this.facts = await scanMap(map, { ...this.options.settings(), detector: this.options.detector, linker: this.options.linker, keys: this.keys, known: this.confirmed });
    return this.facts;
  }

  /** Drops facts whose text left the page (a re-render replaced it). */
  prune(): PageFact[] {
    const gone = this.facts.filter((f) => rangeGone(f.range));
    if (gone.length > 0) this.remove(new Set(gone));
    return gone;
  }

  private remove(gone: Set<PageFact>): void {
    for (const f of gone) this.keys.release(f.key);
    this.facts = this.facts.filter((f) => !gone.has(f));
    this.sortedCache = null;
  }

  /** Rescans changed blocks; returns what appeared and what went away. */
  async scanBlocks(blocks: Element[]): Promise<{ added: PageFact[]; removed: PageFact[] }> {
    const removed = this.prune();
    const inside = new Set(this.facts.filter((f) => blocks.some((b) => b.contains(f.range.startContainer))));
    this.remove(inside);
    removed.push(...inside);
    const added: PageFact[] = [];
    for (const block of blocks) {
      if (!block.isConnected) continue;
      const map = await collectSliced(block, this.options.collect);
      await this.options.prepare?.(map.text);
      added.push(...await scanMap(map, { ...this.options.settings(), detector: this.options.detector, linker: this.options.linker, keys: this.keys, known: this.confirmed }));
    }
    this.facts.push(...added);
    this.sortedCache = null;
    this.fullMap = null;
    return { added, removed };
  }

  /**
   * Places known facts: by key when the scan found them again, else by their
   * quote selector in the page's text. Returns the placed facts (created when
   * the engine did not find them this time) and the orphans.
   */
  async place(known: KnownFact[]): Promise<{ placed: Map<string, PageFact>; orphans: KnownFact[] }> {
    const placed = new Map<string, PageFact>();
    const byKey = new Map(this.facts.map((f) => [f.key, f]));
    const rest = known.filter((k) => {
      const hit = byKey.get(k.key);
      if (hit) placed.set(k.key, hit);
      return !hit;
    });
    const root = this.root();
    const map = rest.length && root ? (this.fullMap ??= await collectSliced(root, this.options.collect)) : this.fullMap;
    if (!map) return { placed, orphans: rest };
    const ats: (Placement | null)[] = this.options.anchor && rest.length
      ? await this.options.anchor(map.text, rest.map((k) => k.selector)).catch(() => [])
      : [];
    const orphans: KnownFact[] = [];
    for (const [i, k] of rest.entries()) {
      const at = ats[i] ?? null;
      const range = at ? rangeFor(map, at.start, at.end) : null;
      if (!at || !range) {
        orphans.push(k);
        continue;
      }
      // The engine may have found the same words under another key (the page changed around them).
      const same = this.facts.find((f) => f.entity.type === k.type && compareRanges(f.range, range) === 0);
      const fact: PageFact = same ?? {
        key: k.key,
        entity: { ...stub(k), start: at.start, end: at.end, text: map.text.slice(at.start, at.end) },
        selector: { ...k.selector, start: at.start, end: at.end },
        context: sentenceAround(map.text, at.start, at.end),
        range,
      };
      if (!same) {
        this.facts.push(fact);
        this.sortedCache = null;
      }
      placed.set(k.key, fact);
    }
    return { placed, orphans };
  }

  /** Facts in document order (sorted lazily: comparisons cost on big pages). */
  sorted(): PageFact[] {
    if (!this.sortedCache) {
      this.sortedCache = [...this.facts].sort((a, b) => compareRanges(a.range, b.range));
    }
    return this.sortedCache;
  }

  byKey(key: string): PageFact | undefined {
    return this.facts.find((f) => f.key === key);
  }
}
