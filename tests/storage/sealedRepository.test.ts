/**
 * The sealed repository skeleton on its own, over a small schema: plain and sealed round trips,
 * rows that do not open or parse, writes that check first, and read-change-writes that never
 * lose one another.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShnDatabase } from '../../src/storage/db.ts';
import { StorageError } from '../../src/storage/errors.ts';
import { sealedRepository } from '../../src/storage/sealedRepository.ts';
import { lock, resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { z } from '../../src/storage/zod.ts';
import { freshDatabase } from '../helpers/db.ts';

const NoteSchema = z.object({ text: z.string().check(z.minLength(1)), count: z.int() });
const notes = sealedRepository('routines', NoteSchema);
const MARKER = 'a-very-private-marker';

let db: ShnDatabase;
beforeEach(() => {
  db = freshDatabase();
  resetVault();
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'none',
    (e: unknown) => (e instanceof StorageError ? e.code : String(e)),
  );

describe('sealedRepository', () => {
  it('without a passphrase: still seals every row (issue 15), reads them back; get, list, delete, clear', async () => {
    await notes.put('a', { text: MARKER, count: 1 });
    await notes.put('b', { text: 'second', count: 2 });
    const row = await db.routines.get('a');
    expect(row?.plain).toBeUndefined();
    expect(new TextDecoder().decode(row?.ct)).not.toContain(MARKER);
    expect(await notes.get('a')).toEqual({ text: MARKER, count: 1 });
    expect(await notes.get('missing')).toBeUndefined();
    expect(await notes.list()).toEqual([
      { id: 'a', data: { text: MARKER, count: 1 } },
      { id: 'b', data: { text: 'second', count: 2 } },
    ]);
    await notes.delete('a');
    expect((await notes.list()).map((r) => r.id)).toEqual(['b']);
    await notes.clear();
    expect(await notes.list()).toEqual([]);
  });

  it('with a passphrase: stores only ciphertext, reads it back, and says "locked" once locked', async () => {
    await setPassphrase('correct horse battery staple');
    await notes.put('a', { text: MARKER, count: 1 });
    const row = await db.routines.get('a');
    expect(row?.plain).toBeUndefined();
    expect(row?.ct).toBeDefined();
    expect(new TextDecoder().decode(row?.ct)).not.toContain(MARKER);
    expect(await notes.get('a')).toEqual({ text: MARKER, count: 1 });
    expect(await notes.list()).toEqual([{ id: 'a', data: { text: MARKER, count: 1 } }]);
    lock();
    expect(await codeOf(notes.get('a'))).toBe('locked');
    expect(await codeOf(notes.glance(z.object({ count: z.int() })))).toBe('locked');
  });

  it('a row that is not what the schema says, or whose ciphertext was altered or moved, is "unreadable"', async () => {
    await db.routines.put({ id: 'odd', plain: { text: '', count: 1.5 } });
    expect(await codeOf(notes.get('odd'))).toBe('unreadable');
    expect(await codeOf(notes.list())).toBe('unreadable');

    await db.routines.clear();
    await setPassphrase('correct horse battery staple');
    await notes.put('a', { text: MARKER, count: 1 });
    const row = await db.routines.get('a');
    if (!row?.ct) throw new Error('not sealed');
    // The same ciphertext under another id: sealed for `routines/a`, it does not open as `b`.
    await db.routines.put({ ...row, id: 'b' });
    expect(await codeOf(notes.get('b'))).toBe('unreadable');
    const altered = new Uint8Array(row.ct.slice(0));
    altered[0] = (altered[0] ?? 0) ^ 1;
    await db.routines.put({ ...row, ct: altered.buffer });
    expect(await codeOf(notes.get('a'))).toBe('unreadable');
  });

  it('glance parses a few fields of each row and names the rows it cannot read', async () => {
    await notes.put('a', { text: 'one', count: 1 });
    await db.routines.put({ id: 'odd', plain: 'not an object' });
    expect(await notes.glance(z.object({ count: z.int() }))).toEqual({
      records: [{ id: 'a', data: { count: 1 } }],
      unreadable: ['odd'],
    });
  });

  it('checks a value before writing it: a bad one throws and nothing is written', async () => {
    await expect(notes.put('a', { text: '', count: 1 })).rejects.toThrow();
    expect(await db.routines.count()).toBe(0);
  });

  it('update runs read-change-writes one after another: concurrent ones all land', async () => {
    await notes.put('a', { text: 'n', count: 0 });
    const increments = Array.from({ length: 20 }, () =>
      notes.update('a', (data) => (data ? { ...data, count: data.count + 1 } : undefined)),
    );
    await Promise.all(increments);
    expect((await notes.get('a'))?.count).toBe(20);
  });

  it('update writes nothing when the change returns nothing or throws, and returns the change', async () => {
    expect(await notes.update('missing', (data) => data)).toBeUndefined();
    expect(await db.routines.count()).toBe(0);
    await notes.put('a', { text: 'n', count: 0 });
    const failed = notes.update('a', () => {
      throw new StorageError('unknown');
    });
    expect(await codeOf(failed)).toBe('unknown');
    expect(await notes.update('a', (data) => data && { ...data, count: 7 })).toEqual({ text: 'n', count: 7 });
    expect((await notes.get('a'))?.count).toBe(7);
  });

  it('putAll writes all or none, and never brings back a row deleted meanwhile', async () => {
    await notes.put('kept', { text: 'k', count: 0 });
    await notes.putAll(
      [
        { id: 'new', data: { text: 'x', count: 1 } },
        { id: 'kept', data: { text: 'k', count: 1 } },
        { id: 'deleted', data: { text: 'd', count: 1 } },
      ],
      new Set(['kept', 'deleted']),
    );
    expect((await notes.list()).map((r) => [r.id, r.data.count])).toEqual([
      ['kept', 1],
      ['new', 1],
    ]);

    const original = db.routines.put.bind(db.routines);
    let writes = 0;
    const put = vi.spyOn(db.routines, 'put').mockImplementation((...args) => {
      writes += 1;
      if (writes === 2) return Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;
      return original(...args);
    });
    const failure = notes.putAll([
      { id: 'new', data: { text: 'x', count: 2 } },
      { id: 'other', data: { text: 'o', count: 2 } },
    ]);
    expect(await codeOf(failure)).toBe('quota');
    put.mockRestore();
    expect((await notes.list()).map((r) => [r.id, r.data.count])).toEqual([
      ['kept', 1],
      ['new', 1],
    ]);
  });
});
