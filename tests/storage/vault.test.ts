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
  setDuressPassphrase,
  setFailedUnlockLimit,
  setPassphrase,
  unlock,
  vaultState,
} from '../../src/storage/vault.ts';
import { wipeEverything } from '../../src/storage/wipe.ts';
import { StorageError } from '../../src/storage/errors.ts';
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
  it('without a passphrase stores plaintext (and says "open")', async () => {
    await seed();
    expect(await initVault()).toBe('open');
    expect(await rawDump()).toContain(MARKER);
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
    const keyring = (await database().meta.get('keyring'))?.value as { iterations: number };
    expect(keyring.iterations).toBeGreaterThanOrEqual(600_000);
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

  it('sealing interrupted half-way (the tab closed) resumes at the next unlock, losing nothing', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) ids.push((await seed()).id);
    const db = database();
    // Let two rows be sealed, then "close the tab".
    let writes = 0;
    const original = db.assessments.put.bind(db.assessments);
    const put = vi.spyOn(db.assessments, 'put').mockImplementation((...args) => {
      writes += 1;
      if (writes > 2) return Promise.reject(new Error('tab closed')) as never;
      return original(...args);
    });
    await expect(setPassphrase('long enough passphrase')).rejects.toThrow();
    put.mockRestore();
    const rows = await db.assessments.toArray();
    expect(rows.filter((r) => r.plain !== undefined).length).toBe(2);
    // A fresh start: a passphrase is set, so the app is locked; unlocking finishes the job.
    resetVault();
    expect(await initVault()).toBe('locked');
    expect(await unlock('long enough passphrase', () => Promise.resolve())).toBe('unlocked');
    expect((await db.assessments.toArray()).every((r) => r.plain === undefined && r.ct)).toBe(true);
    expect((await listAssessments()).map((x) => x.answers[MARKER]).sort()).toEqual([
      'often',
      'often',
      'often',
      'often',
    ]);
    expect(ids).toHaveLength(4);
  });

  it('removing the passphrase opens every row again, and the app is "open"', async () => {
    const a = await seed();
    await setPassphrase('first passphrase here');
    await expect(removePassphrase('wrong one')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    await removePassphrase('first passphrase here');
    expect(vaultState()).toBe('open');
    expect(await database().meta.get('keyring')).toBeUndefined();
    expect(await rawDump()).toContain(MARKER);
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

  it('wipe deletes the key first, then the database, localStorage and sessionStorage', async () => {
    await seed();
    await setPassphrase('the real passphrase');
    localStorage.setItem('x', '1');
    sessionStorage.setItem('y', '2');
    const name = database().name;
    await wipeEverything();
    const { Dexie } = await import('dexie');
    expect(await Dexie.exists(name)).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(vaultState()).toBe('open');
  });
});
