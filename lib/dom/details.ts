/**
 * Company details (ticker, one-line description) for the tooltip. They live in
 * the background, not in the content script, to keep the script small; a
 * company's details are asked for once, on first hover, and cached per page.
 */
import type { Entity } from '../detect/types.ts';
import { contentMessaging } from '../messaging/content.ts';

const cache = new Map<string, Promise<{ ticker?: string; description?: string } | null>>();

/** Fill in the entity's details if it has none; calls `changed` once they arrive. */
export function withDetails(e: Entity, changed: () => void): void {
  if (e.type !== 'company' || e.source !== 'gazetteer' || e.description || e.ticker) return;
  let pending = cache.get(e.canonical);
  if (!pending) {
    pending = contentMessaging.sendMessage('describeCompany', { name: e.canonical })
      .then((r) => (r.ok ? r.value : null), () => null);
    cache.set(e.canonical, pending);
  }
  void pending.then((d) => {
    if (!d || (!d.description && !d.ticker)) return;
    if (d.ticker) e.ticker = d.ticker;
    if (d.description) e.description = d.description;
    changed();
  });
}
