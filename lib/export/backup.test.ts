import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDB, resetDBForTests } from '../storage/db.ts';
import { reportPage, setFactNote, setFactStatus } from '../storage/facts.ts';
import { queryLibrary } from '../storage/library.ts';
import { company, found, money, pageInfo, raised } from '../storage/testing.ts';
import { backup, restore, toCSV, wipeAll } from './index.ts';

beforeEach(resetDBForTests);

const EN = pageInfo('https://techwire.example/a', { title: 'Round, "big"' });
const AR = pageInfo('https://akhbar.example/ar/b', { lang: 'ar', title: 'تمويل' });
const F1 = found('m', money('$2 billion', 2e9), raised('Acme', 2e9));
const F2 = found('c', company('أكمي', 'Acme'));

async function seed() {
  await reportPage(EN, [F1, F2], true, 1000);
  await reportPage(AR, [F1, F2, found('x', money('=1+1', 5, 'AED'))], true, 2000);
  await setFactNote(AR, F1, 'ملاحظة\nsecond line', 2500);
  await setFactStatus(EN, F2, 'dismissed', 2600);
}

const everything = async () => toCSV((await queryLibrary({ status: undefined, sort: 'oldest' })).items) +
  toCSV((await queryLibrary({ status: 'dismissed', sort: 'oldest' })).items);
const snapshot = async () => ({ pages: await getDB().pages.toArray(), annotations: await getDB().annotations.toArray() });

describe('backup and restore', () => {
  it('backup → wipe → restore gives an identical export', async () => {
    await seed();
    const before = await everything();
    const file = await backup();
    await wipeAll();
    expect(await getDB().annotations.count()).toBe(0);
    expect(await getDB().pages.count()).toBe(0);
    expect(await restore(file)).toEqual({ ok: true, value: { added: 5, skipped: 0 } });
    expect(await everything()).toBe(before);
    // Search still works on restored records (the words index is rebuilt).
    expect((await queryLibrary({ search: 'ملاحظة' })).total).toBe(1);
  });

  it('merges without duplicates', async () => {
    await seed();
    const text = await (await backup()).text();
    expect(await restore(text)).toEqual({ ok: true, value: { added: 0, skipped: 5 } });
    expect(await getDB().annotations.count()).toBe(5);

    // Into a library that has other pages and a fresh copy of one page: only the missing facts arrive.
    await wipeAll();
    await reportPage(pageInfo('https://other.example/z'), [F1], true, 5000);
    await reportPage(EN, [F1], true, 6000);
    expect(await restore(text)).toEqual({ ok: true, value: { added: 4, skipped: 1 } });
    expect(await getDB().annotations.count()).toBe(6);
    expect(await getDB().pages.count()).toBe(3);
    const en = await getDB().pages.where('url').equals(EN.url).first();
    expect(en).toMatchObject({ firstSeen: 1000, lastSeen: 6000 });
  });

  it.each([
    ['bad JSON', () => '{"formatName": "dexie", ', /invalid or truncated JSON/],
    ['another app', () => JSON.stringify({ hello: 'world' }), /not a Dealmark backup/],
    ['another database', (t: string) => t.replace('"databaseName":"dealmark"', '"databaseName":"notes"'), /another database/],
    ['a missing table', (t: string) => t.replace('"tableName":"annotations"', '"tableName":"other"'), /no "annotations" table/],
    ['a damaged field', (t: string) => t.replace('"status":"auto"', '"status":"maybe"'), /invalid "status"/],
    ['an orphan entry', (t: string) => t.replace(/"pageId":\d+/, '"pageId":999'), /does not match its page/],
    ['a truncated file', (t: string) => t.slice(0, Math.floor(t.length * 0.7)), /invalid or truncated/],
  ])('rejects %s and changes nothing', async (_name, corrupt, message) => {
    await seed();
    const text = await (await backup()).text();
    await wipeAll();
    await reportPage(pageInfo('https://other.example/z'), [F1], true, 5000);
    const before = await snapshot();
    const bad = corrupt(text);
    expect(bad).not.toBe(text);
    const res = await restore(new Blob([bad]));
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back a restore that fails while writing', async () => {
    await seed();
    const text = await (await backup()).text();
    await wipeAll();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(getDB().annotations, 'bulkAdd').mockRejectedValueOnce(quota);
    const res = await restore(text);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/changed nothing/);
    expect(await getDB().pages.count()).toBe(0);
  });

  it('restores a backup taken from a v1 database', async () => {
    const v1 = {
      formatName: 'dexie', formatVersion: 1,
      data: { databaseName: 'dealmark', databaseVersion: 1, tables: [], data: [
        { tableName: 'pages', inbound: true, rows: [{ id: 4, url: 'https://old.example/p', title: 'Old', lang: 'de', firstSeen: 1, lastSeen: 2 }] },
        { tableName: 'annotations', inbound: true, rows: [{
          id: 9, uid: 'https://old.example/p\u0000k', pageId: 4, url: 'https://old.example/p', type: 'money', text: '5 Mio. €',
          value: 5e6, currency: 'EUR', company: 'Aleph Alpha', role: 'raised', context: 'c', note: '', status: 'saved', created: 1, updated: 2,
          selector: { exact: '5 Mio. €', prefix: '', suffix: '', start: 0, end: 8 },
        }] },
      ] },
    };
    expect(await restore(JSON.stringify(v1))).toEqual({ ok: true, value: { added: 1, skipped: 0 } });
    const [item] = (await queryLibrary({ search: 'aleph' })).items;
    expect(item).toMatchObject({ currencyInferred: false, round: null, page: { language: 'de', site: 'old.example' } });
  });
});
