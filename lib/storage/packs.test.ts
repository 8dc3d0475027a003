import { beforeEach, describe, expect, it } from 'vitest';
import { backup, restore, wipeAll } from '../export/backup.ts';
import { getDB, resetDBForTests } from './db.ts';
import { reportPage, setFactNote, setFactStatus } from './facts.ts';
import { deleteAnnotations, queryLibrary, restoreAnnotations, setNote, setStatusById } from './library.ts';
import { PACK, packRows, readPacked, storeRecords } from './packs.ts';
import { company, found, money, pageInfo, raised, record } from './testing.ts';
import type { AnnotationRecord } from './types.ts';

beforeEach(resetDBForTests);

const A = pageInfo('https://wire.example/a');
const B = pageInfo('https://akhbar.example/b', { lang: 'ar' });
const factsA = [
  found('m1', money('$6.6 billion', 6.6e9), raised('OpenAI', 6.6e9)),
  found('c1', company('OpenAI')),
  found('m2', money('€20m', 2e7, 'EUR')),
];
const factsB = [found('c1', company('إنفيديا', 'Nvidia')), found('m1', money('ملياري دولار', 2e9))];

/** The packs hold exactly the records, minus their search words, in id order. */
async function expectPacksMatchRecords(): Promise<AnnotationRecord[]> {
  const db = getDB();
  const records = await db.annotations.orderBy('id').toArray();
  const packed = (await db.packs.toArray()).flatMap((p) => p.records);
  expect(packed).toEqual(records.map(({ words: _w, ...rest }) => rest));
  expect(await readPacked(db)).toEqual(packed);
  return records;
}

describe('packs follow every write', () => {
  it('reports, revisits and the reader’s changes from the page', async () => {
    await reportPage(A, factsA, true, 1000);
    await reportPage(B, factsB, true, 1100);
    await expectPacksMatchRecords();
    await setFactNote(A, factsA[0]!, 'check the source', 1200);
    await setFactStatus(B, factsB[1]!, 'dismissed', 1300);
    // A fact first touched from the tooltip (not reported before) is created with its note.
    await setFactNote(A, found('m9', money('$1 billion', 1e9)), 'new one', 1400);
    await reportPage(A, factsA, true, 1500);
    const records = await expectPacksMatchRecords();
    expect(records).toHaveLength(6);
    expect(records.find((r) => r.note === 'check the source')).toBeTruthy();
  });

  it('edits, deletes and their undo from the popup', async () => {
    await reportPage(A, factsA, true, 1000);
    const [first, second] = await getDB().annotations.orderBy('id').primaryKeys();
    await setNote(first!, 'from the popup');
    await setStatusById(second!, 'saved');
    await expectPacksMatchRecords();
    const gone = await deleteAnnotations([first!, second!]);
    expect((await expectPacksMatchRecords()).map((r) => r.id)).not.toContain(first);
    await restoreAnnotations(gone);
    expect(await expectPacksMatchRecords()).toHaveLength(3);
  });

  it('restore from a backup, which leaves the packs out of the file, and wiping everything', async () => {
    await reportPage(A, factsA, true, 1000);
    await reportPage(B, factsB, true, 1100);
    const text = await (await backup()).text();
    expect(text).not.toContain('"packs"');
    await wipeAll();
    expect(await getDB().packs.count()).toBe(0);
    expect(await restore(text)).toEqual({ ok: true, value: { added: 5, skipped: 0 } });
    expect(await expectPacksMatchRecords()).toHaveLength(5);
  });

  it('splits records across packs by id and drops a pack once empty', async () => {
    const db = getDB();
    const recs = Array.from({ length: PACK + 10 }, (_, i) => ({ ...record({ type: 'company', text: `Firm ${i}` }), id: i + 1 }));
    await db.transaction('rw', db.annotations, db.packs, () => storeRecords(db, recs));
    expect((await db.packs.toArray()).map((p) => [p.n, p.records.length])).toEqual([[0, PACK - 1], [1, 11]]);
    await deleteAnnotations(recs.slice(PACK - 1).map((r) => r.id));
    expect((await db.packs.toArray()).map((p) => p.n)).toEqual([0]);
    await expectPacksMatchRecords();
  });
});

describe('reading the library whole', () => {
  it('gives null when the packs disagree with the records, and the library read repairs them', async () => {
    await reportPage(A, factsA, true, 1000);
    const db = getDB();
    // A write that went around the packs, as a bug or an old build might make.
    await db.annotations.add({ ...record({ type: 'company', text: 'Stray AI', url: A.url }), pageId: 1 });
    expect(await readPacked(db)).toBeNull();
    const { items, total } = await queryLibrary({ limit: 5000 });
    expect(total).toBe(4);
    expect(items.map((i) => i.text)).toContain('Stray AI');
    await expect.poll(() => readPacked(db).then((r) => r?.length)).toBe(4);
  });

  it('notices an edit that went around the packs by its newer time', async () => {
    await reportPage(A, factsA, true, 1000);
    const db = getDB();
    const [rec] = await db.annotations.toArray();
    await db.annotations.put({ ...rec!, note: 'changed behind the packs', updated: 5000 });
    expect(await readPacked(db)).toBeNull();
  });

  it('packRows refuses a record without an id', () => {
    expect(() => packRows([record({ type: 'company', text: 'No Id' })])).toThrow(/without an id/);
  });
});
