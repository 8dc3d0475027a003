/**
 * 10,000 library records made by storage's own `recordFromFound`, from
 * synthetic facts over 500 pages in the seven languages, so the popup reads
 * exactly the shape the background writes.
 */
import type { Entity } from '../lib/detect/types.ts';
import type { FoundFact } from '../lib/messaging/protocol.ts';
import { recordFromFound } from '../lib/storage/facts.ts';
import { packRows, type PackRecord } from '../lib/storage/packs.ts';
import type { AnnotationRecord, PageRecord } from '../lib/storage/types.ts';
import { KNOWN, LANGS } from './corpus-data.ts';
import { createRng } from './prng.ts';
import { spellMoney, spellPercent } from './spell.ts';

const CURRENCIES = ['USD', 'EUR', 'CNY', 'JPY', 'GBP', 'SAR'];

export function libraryRecords(count: number, pageCount = 500): { pages: Required<PageRecord>[]; annotations: AnnotationRecord[]; packs: PackRecord[] } {
  const rng = createRng(99);
  const pages = Array.from({ length: pageCount }, (_, i): Required<PageRecord> => {
    const site = `news${i % 40}.example`;
    return { id: i + 1, url: `https://${site}/2026/story-${i}`, title: `Funding story ${i}`, language: LANGS[i % 7]!, site, firstSeen: 1_700_000_000_000 + i * 1000, lastSeen: 1_700_000_000_000 + i * 1000 };
  });
  const annotations = Array.from({ length: count }, (_, i) => {
    const page = pages[i % pageCount]!;
    const lang = LANGS[i % 7]!;
    const name = rng.pick(KNOWN[lang]);
    const kind = rng.int(0, 2);
    const text = kind === 0 ? name : kind === 1 ? spellMoney(lang, rng) : spellPercent(lang, rng);
    const value = rng.int(1, 900) * 1e6;
    const entity: Entity = kind === 0
      ? { type: 'company', text, canonical: name, kind: 'company', source: 'gazetteer', start: 10, end: 10 + text.length }
      : kind === 1
        ? { type: 'money', text, value, currency: rng.pick(CURRENCIES), start: 10, end: 10 + text.length }
        : { type: 'percent', text, value: rng.int(1, 90), start: 10, end: 10 + text.length };
    const found: FoundFact = {
      key: `${entity.type}:${i}`,
      entity,
      selector: { exact: text, prefix: 'In a statement, ', suffix: ' in a new round.', start: 10, end: 10 + text.length },
      context: `In a statement, ${text} in a new round.`,
      ...(kind === 1 ? { fact: { company: name, role: 'raised' as const, value, currency: 'USD', counterparty: null, round: 'Series B', start: 0, end: 40, moneyStart: 10, moneyEnd: 10 + text.length } } : {}),
    };
    return { ...recordFromFound(page.id, page.url, found, i % 10 === 0 ? 'saved' : 'auto', page.firstSeen + i), id: i + 1 };
  });
  // The packs storage keeps beside the records (lib/storage/packs.ts), as its own writes would leave them.
  return { pages, annotations, packs: packRows(annotations) };
}
