/**
 * Stands in for WXT's `ContentScriptContext` in the content script
 * (wxt.config.ts aliases it here). The original also carries timers, a
 * location watcher and a logger that this script never uses (it watches
 * navigation itself, in observe.ts), about 0.5 kB gzip of the 60 kB budget.
 * What the script and WXT's shadow-root UI rely on is kept: an abort signal,
 * `onInvalidated`, and a newer copy of the script (after an update or reload)
 * invalidating the older one, with the same event WXT sends. (WXT's
 * `isValid`, which nothing here reads, is left out.)
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(readonly contentScriptName: string, readonly options?: Record<string, unknown>) {
    // Named as WXT names it (by the build's entrypoint), so either version of the script stops the other.
    const type = `${browser.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    const detail = { contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    document.addEventListener(type, (event) => {
      const d = (event as CustomEvent<typeof detail | undefined>).detail;
      if (d?.contentScriptName === contentScriptName && d.messageId !== this.id) this.notifyInvalidated();
    }, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.controller.abort('Content script context invalidated');
  }
}
