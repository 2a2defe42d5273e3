/** Passphrase lifecycle on a real (fake-indexeddb) database with the real 600,000-iteration KDF. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KDF_ITERATIONS } from '../../src/crypto/envelope.ts';
import { database } from '../../src/storage/db.ts';
import {
  getAssessment,
  listAssessments,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments.ts';
import {
  changePassphrase,
  initVault,
  lock,
  removePassphrase,
  resetVault,
  SecretGoneError,
  setDuressPassphrase,
  setFailedUnlockLimit,
  setPassphrase,
  unlock,
  vaultState,
} from '../../src/storage/vault.ts';
import { wipeEverything } from '../../src/storage/wipe.ts';
import { StorageError } from '../../src/storage/errors.ts';
import { secretStore } from '../../src/storage/secrets.ts';
import { memorySecretStore } from '../helpers/secrets.ts';
import { freshDatabase } from '../helpers/db.ts';

const MARKER = 'pol.smear';

async function seed() {
  const a = await startAssessment({ batteryId: 'shn-core', batteryVersion: '1.0.0', formId: 'full' });
  await saveAnswer(a.id, MARKER, 'often', 1);
  return a;
}

/** Everything the database holds, as text, the way someone copying it would see it. */
async function rawDump(): Promise<string> {
  const db = database();
  const rows = await Promise.all(db.tables.map((t) => t.toArray()));
  return JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v) : v,
  );
}

beforeEach(() => {
  freshDatabase();
  resetVault();
});

describe('vault', () => {
  it('without a passphrase every row is sealed too (and the app says "open")', async () => {
    const a = await seed();
    expect(await initVault()).toBe('open');
    const dump = await rawDump();
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain('shn-core');
    // A fresh start (the key only in memory is forgotten): the device secret opens it again.
    resetVault();
    expect(await initVault()).toBe('open');
    expect((await getAssessment(a.id))?.answers[MARKER]).toBe('often');
  });

  it('setting a passphrase seals everything saved before and after; locked, nothing can be read', async () => {
    const a = await seed();
    await setPassphrase('correct horse battery staple');
    expect(vaultState()).toBe('unlocked');
    await saveAnswer(a.id, 'emo.exhaustion', 'quite', 2);
    const dump = await rawDump();
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain('emo.exhaustion');
    expect(dump).not.toContain('shn-core');
    const sealKey = (await database().meta.get('sealKey'))?.value as { passphrase: { iterations: number } };
    expect(sealKey.passphrase.iterations).toBeGreaterThanOrEqual(600_000);
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);

    lock();
    expect(vaultState()).toBe('locked');
    await expect(listAssessments()).rejects.toMatchObject({ code: 'locked' });
    expect(await initVault()).toBe('locked');
  });

  it('a wrong passphrase fails and changes nothing; the right one shows everything', async () => {
    const a = await seed();
    await setPassphrase('correct horse battery staple');
    lock();
    const wipe = vi.fn(() => Promise.resolve());
    expect(await unlock('wrong horse', wipe)).toBe('wrong');
    expect(vaultState()).toBe('locked');
    expect(wipe).not.toHaveBeenCalled();
    expect(await unlock('correct horse battery staple', wipe)).toBe('unlocked');
    expect((await getAssessment(a.id))?.answers).toEqual({ [MARKER]: 'often' });
  });

  it('changing the passphrase: the old one fails, the new one works, data intact', async () => {
    const a = await seed();
    await setPassphrase('first passphrase here');
    await expect(changePassphrase('not the current one', 'second passphrase here')).rejects.toMatchObject({
      code: 'wrongPassphrase',
    });
    await changePassphrase('first passphrase here', 'second passphrase here');
    lock();
    const wipe = () => Promise.resolve();
    expect(await unlock('first passphrase here', wipe)).toBe('wrong');
    expect(await unlock('second passphrase here', wipe)).toBe('unlocked');
    expect((await getAssessment(a.id))?.answers[MARKER]).toBe('often');
  });

  it('a change that fails while writing leaves the old passphrase working and nothing lost', async () => {
    const a = await seed();
    await setPassphrase('first passphrase here');
    const put = vi
      .spyOn(database().meta, 'put')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(changePassphrase('first passphrase here', 'second passphrase here')).rejects.toBeInstanceOf(
      StorageError,
    );
    put.mockRestore();
    lock();
    expect(await unlock('first passphrase here', () => Promise.resolve())).toBe('unlocked');
    expect((await getAssessment(a.id))?.answers[MARKER]).toBe('often');
  });

  it('setting a passphrase that fails while writing leaves none set and nothing lost', async () => {
    const a = await seed();
    const put = vi
      .spyOn(database().meta, 'put')
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(setPassphrase('long enough passphrase')).rejects.toBeInstanceOf(StorageError);
    put.mockRestore();
    resetVault();
    expect(await initVault()).toBe('open');
    expect((await getAssessment(a.id))?.answers[MARKER]).toBe('often');
    // The secret made for the failed attempt was deleted: only the one in use is left.
    expect(await secretStore().list()).toHaveLength(1);
  });

  it('each change of passphrase uses a new device secret and deletes the old one', async () => {
    const a = await seed();
    const secretOf = async () =>
      ((await database().meta.get('sealKey'))?.value as { secretId: string }).secretId;
    const first = await secretOf();
    await setPassphrase('first passphrase here');
    const second = await secretOf();
    await changePassphrase('first passphrase here', 'second passphrase here');
    const third = await secretOf();
    await removePassphrase('second passphrase here');
    const fourth = await secretOf();
    expect(new Set([first, second, third, fourth]).size).toBe(4);
    expect(await secretStore().list()).toEqual([fourth]);
    expect((await getAssessment(a.id))?.answers[MARKER]).toBe('often');
  });

  it('removing the passphrase opens every row again, and the app is "open"', async () => {
    const a = await seed();
    await setPassphrase('first passphrase here');
    await expect(removePassphrase('wrong one')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    await removePassphrase('first passphrase here');
    expect(vaultState()).toBe('open');
    expect(
      ((await database().meta.get('sealKey'))?.value as { passphrase?: unknown }).passphrase,
    ).toBeUndefined();
    expect(await rawDump()).not.toContain(MARKER);
    resetVault();
    expect(await initVault()).toBe('open');
    expect((await getAssessment(a.id))?.answers[MARKER]).toBe('often');
  });

  it('the duress passphrase wipes instead of unlocking; it may not equal the real one', async () => {
    await seed();
    await setPassphrase('the real passphrase');
    await expect(setDuressPassphrase('the real passphrase')).rejects.toMatchObject({
      code: 'duressSameAsPassphrase',
    });
    await setDuressPassphrase('the other passphrase');
    lock();
    const wipe = vi.fn(() => Promise.resolve());
    expect(await unlock('the other passphrase', wipe)).toBe('wiped');
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(vaultState()).toBe('locked');
  });

  it('wipes after the chosen number of failed unlocks, and a success resets the count', async () => {
    await seed();
    await setPassphrase('the real passphrase');
    await setFailedUnlockLimit(3);
    lock();
    const wipe = vi.fn(() => Promise.resolve());
    expect(await unlock('a', wipe)).toBe('wrong');
    expect(await unlock('the real passphrase', wipe)).toBe('unlocked');
    lock();
    expect(await unlock('b', wipe)).toBe('wrong');
    expect(await unlock('c', wipe)).toBe('wrong');
    expect(await unlock('d', wipe)).toBe('wiped');
    expect(wipe).toHaveBeenCalledTimes(1);
  });

  it('wipe deletes the device secret first, then the database, localStorage and sessionStorage', async () => {
    await seed();
    await setPassphrase('the real passphrase');
    localStorage.setItem('x', '1');
    sessionStorage.setItem('y', '2');
    const name = database().name;
    const { Dexie } = await import('dexie');
    const store = secretStore();
    const databaseThereWhenSecretDeleted: boolean[] = [];
    const remove = vi.spyOn(store, 'remove').mockImplementation(async (id) => {
      databaseThereWhenSecretDeleted.push(await Dexie.exists(name));
      (store as ReturnType<typeof memorySecretStore>).files.delete(id);
    });
    await wipeEverything();
    remove.mockRestore();
    expect(databaseThereWhenSecretDeleted).toEqual([true]);
    expect(await store.list()).toEqual([]);
    expect(await Dexie.exists(name)).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(vaultState()).toBe('open');
  });

  it('a database whose device secret is gone (a wipe cut short) unlocks to "wiped", never to data', async () => {
    await seed();
    await setPassphrase('the real passphrase');
    lock();
    for (const id of await secretStore().list()) await secretStore().remove(id);
    const wipe = vi.fn(() => Promise.resolve());
    expect(await unlock('the real passphrase', wipe)).toBe('wiped');
    expect(wipe).toHaveBeenCalledTimes(1);
  });

  it('without a passphrase, a gone device secret makes start-up throw SecretGoneError (start-up wipes)', async () => {
    await seed();
    for (const id of await secretStore().list()) await secretStore().remove(id);
    resetVault();
    await expect(initVault()).rejects.toBeInstanceOf(SecretGoneError);
  });
});
