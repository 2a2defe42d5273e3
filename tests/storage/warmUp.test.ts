/**
 * The early opening of her database at boot (storage/warmUp.ts, issue 21): it never creates the
 * database, never holds it open against the app's own opening or an upgrade, and never throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { warmUpDatabase } from '../../src/storage/warmUp.ts';
import { createDatabase } from '../../src/storage/db.ts';

let counter = 0;
const uniqueName = () => `warm-${Date.now()}-${(counter += 1)}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('warming up the database', () => {
  it('does not create a database that does not exist (a first visit)', async () => {
    const name = uniqueName();
    expect(await warmUpDatabase(name)).toBe(false);
    expect(await Dexie.exists(name)).toBe(false);
    // The app's own first start then creates it at its version, with its tables.
    const db = createDatabase(name);
    await db.settings.put({ key: 'language', value: 'ar' });
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('opens an existing database and lets go of it: the app opens it, reads and upgrades it', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores({ settings: '&key', assessments: '&id' });
    await old.table('settings').put({ key: 'language', value: 'fr' });
    old.close();

    const warming = warmUpDatabase(name);
    // Opened at once, at a newer version than the one on disk, while the warm-up may still hold it.
    const db = createDatabase(name);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'fr' });
    expect(await warming).toBe(true);
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('says nothing where there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await warmUpDatabase(uniqueName())).toBe(false);
  });
});
