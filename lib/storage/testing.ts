/** Builders for storage and export tests (not shipped code paths). */
import type { Entity, Fact } from '../detect/types.ts';
import type { FoundFact, PageInfo } from '../messaging/protocol.ts';

export function pageInfo(url: string, over: Partial<PageInfo> = {}): PageInfo {
  return { url, title: `Title of ${url}`, lang: 'en', site: new URL(url).hostname, ...over };
}

export function money(text: string, value: number, currency = 'USD', start = 0): Entity {
  return { type: 'money', text, value, currency, start, end: start + text.length };
}

export function company(text: string, canonical = text, start = 0): Entity {
  return { type: 'company', text, canonical, kind: 'company', source: 'gazetteer', start, end: start + text.length };
}

export function raised(companyName: string, value: number, currency = 'USD', over: Partial<Fact> = {}): Fact {
  return { company: companyName, role: 'raised', value, currency, counterparty: null, round: null, start: 0, end: 10, moneyStart: 0, moneyEnd: 5, ...over };
}

export function found(key: string, entity: Entity, fact?: Fact, context = `Sentence with ${entity.text}.`): FoundFact {
  return {
    key,
    entity,
    selector: { exact: entity.text, prefix: 'before ', suffix: ' after', start: entity.start, end: entity.end },
    context,
    ...(fact ? { fact } : {}),
  };
}
