/**
 * The content script's main: wires the page model, the painter, the tooltip,
 * the observers and the two message maps together, under the reader's
 * settings (applied live).
 */
import type { ContentScriptContext } from '#imports';
import { detect } from '../detect/index.ts';
import { contentMessaging, pageMessaging } from '../messaging/content.ts';
import { fail, ok, type FoundFact, type KnownFact } from '../messaging/protocol.ts';
import { isSiteEnabled, type Settings } from '../settings/model.ts';
import { readSettings, watchSettings } from '../settings/page.ts';
import { createPainter, type Painter } from './highlight.ts';
import { watchHover } from './hover.ts';
import { t } from './i18n.ts';
import { PageModel } from './model.ts';
import { observePage, type PageObserver } from './observe.ts';
import { suppressKey, type PageFact } from './scan.ts';
import { linkerReady, scriptsFor } from './scripts.ts';
import { startSlice, yieldIfLate } from './schedule.ts';
import { isOwn, TOOLTIP_HOST } from './chunks.ts';
import { TooltipSlot } from './tooltip/lazy.ts';
import { found, pageInfo, quietly } from './wire.ts';

const REPORT_BATCH = 200;

class PageController {
  settings!: Settings;
  private suppressed = new Set<string>();
  private painter: Painter | null = null;
  /** Made on the first hover or keyboard step, when its code loads (./tooltip/lazy.ts). */
  private readonly tooltip = new TooltipSlot<PageFact>((T) => T.create(this.ctx, {
    state: (f) => ({ ...this.stateOf(f.key), locale: navigator.language || 'en' }),
    handlers: (f, say) => this.handlers(f as PageFact, say),
  }));
  private observer: PageObserver | null = null;
  private running: AbortController | null = null;
  private readonly model: PageModel;
  private visible = true;
  private focused: PageFact | null = null;
  /** Reader state by fact key (live key), from the library and this visit. */
  private readonly status = new Map<string, { saved: boolean; note: string; dismissed: boolean }>();
  /** Live key → the library's key, when a known fact was found again under another key. */
  private readonly alias = new Map<string, string>();
  private reported = new Set<string>();
  orphans: KnownFact[] = [];
  private generation = 0;
  private badge = -1;

  constructor(private readonly ctx: ContentScriptContext) {
    this.model = new PageModel(() => document.body, {
      detector: detect,
      prepare: scriptsFor,
      linker: linkerReady,
      // Only the tooltip: the fallback's marks hold page text that must be read.
      collect: { skip: (el) => el.localName === TOOLTIP_HOST },
      settings: () => ({ types: this.settings.types, watchlist: this.settings.watchlist, suppressed: this.suppressed }),
      anchor: (text, selectors) => contentMessaging.sendMessage('anchorQuotes', { text, selectors })
        .then((r) => (r.ok ? r.value : [])),
    });
  }

  get facts(): PageFact[] {
    return this.model.facts.filter((f) => !this.status.get(f.key)?.dismissed);
  }

  apply(settings: Settings): void {
    this.settings = settings;
    this.suppressed = new Set(settings.suppressed);
  }

  enabled(): boolean {
    return isSiteEnabled(this.settings, location.hostname);
  }

  async start(): Promise<void> {
    if (this.running) return;
    const running = (this.running = new AbortController());
    this.painter = await createPainter(document, this.settings.highlightStyle);
    if (running.signal.aborted) return;
    this.observer = observePage(document, {
      isOwn,
      onBlocks: (blocks) => void this.rescanBlocks(blocks),
      onChange: () => this.painter?.prune?.(),
      onNavigate: () => void this.rescan(),
    });
    watchHover(document, {
      fromPainter: (x, y) => (this.painter?.factAt?.(x, y) as PageFact | null) ?? null,
      sorted: () => this.model.sorted(),
      isOwn,
      enter: (f) => this.visible && this.showTip(f),
      leave: () => this.tooltip.leave(),
    }, AbortSignal.any([running.signal, this.ctx.signal]));
    await this.rescan();
  }

  stop(): void {
    this.running?.abort();
    this.running = null;
    this.observer?.disconnect();
    this.painter?.clear();
    this.tooltip.hide(false);
    this.generation++;
  }

  restyle(): void {
    this.painter?.setStyle?.(this.settings.highlightStyle);
  }

  private stateOf(key: string) {
    const s = this.status.get(key);
    return { saved: !!s?.saved, note: s?.note ?? '' };
  }

  private paint(): void {
    const saved = new Set([...this.status].filter(([, s]) => s.saved).map(([k]) => k));
    this.painter?.paint(this.facts, saved);
    this.painter?.setVisible(this.visible);
    // Our own DOM writes (the fallback's marks) must not trigger a rescan.
    this.observer?.flush();
  }

  async rescan(): Promise<void> {
    const gen = ++this.generation;
    startSlice();
    this.status.clear();
    this.alias.clear();
    this.reported.clear();
    this.focused = null;
    // The fallback's marks split the page's text nodes: undo them before reading.
    this.painter?.release?.([document.body]);
    this.observer?.flush();
    await this.model.scanAll();
    if (gen !== this.generation) return;
    const known = await quietly(contentMessaging.sendMessage('getKnownFacts', { url: location.href }));
    if (gen !== this.generation) return;
    const list = known?.ok ? known.value : [];
    const { placed, orphans } = await this.model.place(list);
    this.orphans = orphans;
    for (const k of list) {
      const f = placed.get(k.key);
      if (!f) continue;
      if (f.key !== k.key) this.alias.set(f.key, k.key);
      this.status.set(f.key, { saved: k.status === 'saved', note: k.note, dismissed: k.status === 'dismissed' });
    }
    // Placing, painting and reporting 15,000 facts each take a while on a slow machine: not in one task.
    await yieldIfLate();
    this.paint();
    await yieldIfLate();
    await this.report(this.facts);
  }

  private async rescanBlocks(blocks: Element[]): Promise<void> {
    const gen = this.generation;
    startSlice();
    this.painter?.release?.(blocks);
    this.observer?.flush();
    const { added, removed } = await this.model.scanBlocks(blocks);
    if (gen !== this.generation || (added.length === 0 && removed.length === 0)) return;
    if (this.focused && removed.includes(this.focused)) this.focused = null;
    this.paint();
    await this.report(added);
  }

  private async report(facts: PageFact[]): Promise<void> {
    const fresh = facts.filter((f) => !this.reported.has(f.key));
    for (const f of fresh) this.reported.add(f.key);
    const page = pageInfo();
    // The count is known now; storing tens of thousands of facts can take the background a while.
    await this.sendBadge();
    for (let i = 0; i < fresh.length; i += REPORT_BATCH) {
      await quietly(contentMessaging.sendMessage('reportPage', { page, facts: fresh.slice(i, i + REPORT_BATCH).map((f) => this.wire(f)) }));
    }
  }

  private async sendBadge(): Promise<void> {
    // A page that re-renders all the time must not flood the background.
    if (this.facts.length === this.badge) return;
    this.badge = this.facts.length;
    await quietly(contentMessaging.sendMessage('setBadge', { count: this.badge }));
  }

  private wire(f: PageFact): FoundFact {
    return found(f, this.alias.get(f.key) ?? f.key);
  }

  private handlers(f: PageFact, say: (text: string) => void) {
    return {
      toggleSave: () => void this.save(f, !this.stateOf(f.key).saved).then(() => this.tooltip.refresh()),
      saveNote: (note: string) => void this.note(f, note).then((done) => say(done ? t('tipNoteSaved') : t('tipFailed'))),
      copy: (text: string) => void navigator.clipboard.writeText(text)
        .then(() => say(t('tipCopied')), () => say(t('tipCopyFailed'))),
      suppress: () => void this.suppress(f),
      openLibrary: () => void quietly(contentMessaging.sendMessage('openLibrary', undefined)).then((r) => {
        if (!r?.ok) say(t('tipFailed'));
      }),
    };
  }

  async save(f: PageFact, saved: boolean): Promise<boolean> {
    const prev = this.status.get(f.key) ?? { saved: false, note: '', dismissed: false };
    this.status.set(f.key, { ...prev, saved });
    this.paint();
    const r = await quietly(contentMessaging.sendMessage('setStatus', { page: pageInfo(), fact: this.wire(f), status: saved ? 'saved' : 'auto' }));
    return !!r?.ok;
  }

  private async note(f: PageFact, note: string): Promise<boolean> {
    const prev = this.status.get(f.key) ?? { saved: false, note: '', dismissed: false };
    this.status.set(f.key, { ...prev, note });
    const r = await quietly(contentMessaging.sendMessage('setNote', { page: pageInfo(), fact: this.wire(f), note }));
    return !!r?.ok;
  }

  private async suppress(f: PageFact): Promise<void> {
    const text = f.entity.type === 'company' ? f.entity.canonical : f.entity.text;
    this.suppressed.add(suppressKey(f.entity.type, text));
    this.suppressed.add(suppressKey(f.entity.type, f.entity.text));
    const gone = this.model.facts.filter((g) => g.entity.type === f.entity.type
      && (this.suppressed.has(suppressKey(g.entity.type, g.entity.text))
        || (g.entity.type === 'company' && this.suppressed.has(suppressKey('company', g.entity.canonical)))));
    for (const g of gone) this.status.set(g.key, { ...this.stateOf(g.key), dismissed: true });
    this.tooltip.hide(true);
    this.paint();
    await quietly(contentMessaging.sendMessage('suppress', { type: f.entity.type, text }));
    await this.sendBadge();
  }

  focusFact(f: PageFact): void {
    this.focused = f;
    this.painter?.focus(f);
    const el = f.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.showTip(f, true);
  }

  private showTip(f: PageFact, focus = false): void {
    void this.tooltip.show(f, focus);
  }

  step(direction: 1 | -1): void {
    const list = this.model.sorted().filter((f) => !this.status.get(f.key)?.dismissed);
    if (list.length === 0) return;
    const at = this.focused ? list.indexOf(this.focused) : -1;
    const next = at < 0 ? (direction > 0 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
    this.focusFact(list[next]!);
  }

  listen(): void {
    pageMessaging.onMessage('getPageFacts', () => {
      try {
        return ok({ page: pageInfo(), facts: this.facts.map((f) => this.wire(f)), orphans: this.orphans });
      } catch (err) {
        return fail(err);
      }
    });
    pageMessaging.onMessage('toggleHighlights', () => {
      this.visible = !this.visible;
      this.painter?.setVisible(this.visible);
      if (!this.visible) this.tooltip.hide(false);
      return this.visible;
    });
    pageMessaging.onMessage('stepFact', ({ data }) => this.step(data.direction));
    pageMessaging.onMessage('saveFocused', () => {
      if (this.focused) void this.save(this.focused, true).then(() => this.tooltip.refresh());
    });
    pageMessaging.onMessage('scrollToFact', ({ data }) => {
      const live = [...this.alias].find(([, known]) => known === data.key)?.[0] ?? data.key;
      const f = this.model.byKey(live);
      if (!f || f.range.collapsed) return false;
      this.focusFact(f);
      return true;
    });
  }
}

/** The settings that change what is found (as opposed to how it looks). */
function scanKey(s: Settings): string {
  return JSON.stringify([s.types, s.watchlist, s.suppressed]);
}

export async function startPage(ctx: ContentScriptContext): Promise<void> {
  const page = new PageController(ctx);
  page.apply(await readSettings());
  page.listen();
  const unwatch = watchSettings((next) => {
    const before = page.enabled();
    const scanned = scanKey(page.settings);
    page.apply(next);
    if (!page.enabled()) page.stop();
    else if (!before) void page.start();
    // What to find changed: read the page again; only the look changed: repaint.
    else if (scanned !== scanKey(page.settings)) void page.rescan();
    else page.restyle();
  });
  ctx.onInvalidated(() => {
    unwatch();
    page.stop();
  });
  if (page.enabled()) await page.start();
}
