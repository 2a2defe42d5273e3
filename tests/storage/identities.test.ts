// @vitest-environment node
/**
 * Her age secret key (`AGE-SECRET-KEY-1…`) opens every summary sent to her: with a passphrase set
 * it is never stored readable: made after the lock, made before it, or restored from a backup.
 */
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { newIdentity } from '../../src/crypto/age.ts';
import { exportBackup, restoreBackup } from '../../src/storage/backup.ts';
import { database } from '../../src/storage/db.ts';
import { getIdentity, listIdentities, saveIdentity } from '../../src/storage/identities.ts';
import { lock, resetVault, setPassphrase, unlock } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

beforeEach(() => {
  freshDatabase();
  resetVault();
});

/** Everything the database holds, as text, the way someone copying it would see it. */
async function rawDump(): Promise<string> {
  const db = database();
  const rows = await Promise.all(db.tables.map((t) => t.toArray()));
  return JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder('latin1').decode(v) : v,
  );
}

const PASS = 'correct horse battery staple';
const noop = () => Promise.resolve();

it('is never stored readable, with or without a passphrase: made after the lock, or before it', async () => {
  const before = await newIdentity();
  await saveIdentity(before, new Date('2025-01-01'));
  // Sealed even without a lock (issue 15); the control: a plain row of an earlier version is seen.
  expect(await rawDump()).not.toContain('AGE-SECRET-KEY-');
  await database().identities.put({ id: 'control', plain: { identity: before.identity } });
  expect(await rawDump()).toContain(before.identity);
  await database().identities.delete('control');

  await setPassphrase(PASS);
  const after = await newIdentity();
  await saveIdentity(after, new Date('2025-02-01'));
  const dump = await rawDump();
  expect(dump).not.toContain('AGE-SECRET-KEY-');
  expect(dump).not.toContain(before.identity.slice(16, 40));
  expect(dump).not.toContain(after.identity.slice(16, 40));

  lock();
  expect(await rawDump()).not.toContain('AGE-SECRET-KEY-');
  expect(await unlock(PASS, noop)).toBe('unlocked');
  expect((await listIdentities()).map((i) => i.identity)).toEqual([after.identity, before.identity]);
});

it('is sealed when a backup holding it is restored on a phone with a lock', async () => {
  const mine = await newIdentity();
  await saveIdentity(mine);
  const backup = await exportBackup('0.1.0');
  freshDatabase();
  await setPassphrase(PASS);
  await restoreBackup(backup, 'replace');
  expect(await rawDump()).not.toContain('AGE-SECRET-KEY-');
  expect((await getIdentity())?.identity).toBe(mine.identity);
});
