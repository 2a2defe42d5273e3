/**
 * Issue 15: a database made before "always seal" moves to the new layout with every record kept,
 * in one transaction a crash cannot half-finish.
 * - Without a passphrase (plain rows): sealed under a new data key at the first start.
 * - With one (a data key wrapped by the passphrase alone, `meta.keyring`): at the first unlock,
 *   every row is sealed again under a new data key, wrapped by the passphrase AND a device secret
 *   kept outside IndexedDB; the old keyring is deleted in the same transaction.
 * Each is interrupted mid-transaction (the write of the new key fails after the rows were put):
 * nothing changes, and the next start completes with nothing lost.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataKey, seal, wrapDataKey } from '../../src/crypto/envelope.ts';
import { database, SEALED_TABLES, type ShnDatabase } from '../../src/storage/db.ts';
import { listAssessments } from '../../src/storage/assessments.ts';
import { listContacts } from '../../src/storage/contacts.ts';
import { secretStore } from '../../src/storage/secrets.ts';
import { initVault, lock, resetVault, unlock, vaultState } from '../../src/storage/vault.ts';
import { freshDatabase } from '../helpers/db.ts';

const PASS = 'an old passphrase of hers';
const noop = () => Promise.resolve();

const assessment = (n: number) => ({
  batteryId: 'shn-core',
  batteryVersion: '1.0.0',
  formId: 'full',
  answers: { 'pol.smear': 'often', [`marker.${n}`]: 'rarely' },
  position: n,
  startedAt: 1_700_000_000_000 + n,
  updatedAt: 1_700_000_000_000 + n,
});
const contact = (n: number) => ({
  name: `Amina ${n}`,
  reach: 'in person',
  helpsWith: 'a place to stay',
  note: `marker-note-${n}`,
  isEmergencyNumber: false,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
});

/** A version-3 database of the current release: plain rows, or sealed with a passphrase-only key. */
async function legacyDatabase(withPassphrase: boolean): Promise<ShnDatabase> {
  const db = freshDatabase();
  const rows = {
    assessments: [1, 2, 3, 4].map((n) => ({ id: `a${n}`, value: assessment(n) })),
    contacts: [1, 2].map((n) => ({ id: `c${n}`, value: contact(n) })),
  };
  if (!withPassphrase) {
    for (const r of rows.assessments) await db.assessments.put({ id: r.id, plain: r.value });
    for (const r of rows.contacts) await db.contacts.put({ id: r.id, plain: r.value });
    return db;
  }
  const key = await generateDataKey();
  await db.meta.put({ key: 'keyring', value: await wrapDataKey(key, PASS) });
  for (const r of rows.assessments)
    await db.assessments.put({ id: r.id, ...(await seal(key, r.value, `assessments/${r.id}`)) });
  // One contact written before the passphrase, never sealed (an unfinished "sealing" of that release).
  await db.contacts.put({ id: 'c1', ...(await seal(key, rows.contacts[0]!.value, 'contacts/c1')) });
  await db.contacts.put({ id: 'c2', plain: rows.contacts[1]!.value });
  await db.meta.put({ key: 'migration', value: 'sealing' });
  return db;
}

async function everyRowSealed(db: ShnDatabase): Promise<boolean> {
  for (const t of SEALED_TABLES)
    for (const row of await db[t].toArray()) if (row.plain !== undefined || !row.ct) return false;
  return true;
}

async function expectAllThere(): Promise<void> {
  const assessments = await listAssessments();
  expect(assessments.map((a) => a.position).sort()).toEqual([1, 2, 3, 4]);
  for (const a of assessments) expect(a.answers[`marker.${a.position}`]).toBe('rarely');
  expect((await listContacts()).map((c) => c.note).sort()).toEqual(['marker-note-1', 'marker-note-2']);
}

/** Makes the transaction fail after the rows were put: the write of the new key throws. */
function failTheKeyWrite() {
  const meta = database().meta;
  const original = meta.put.bind(meta);
  return vi.spyOn(meta, 'put').mockImplementation((row, ...rest) => {
    if ((row as { key: string }).key === 'sealKey')
      return Promise.reject(new Error('the tab closed')) as never;
    return original(row, ...rest);
  });
}

beforeEach(() => {
  resetVault();
});

describe('upgrade to always-sealed rows', () => {
  it('without a passphrase: plain rows are sealed at the first start, every record kept', async () => {
    const db = await legacyDatabase(false);
    expect(await initVault()).toBe('open');
    expect(await everyRowSealed(db)).toBe(true);
    await expectAllThere();
    resetVault();
    expect(await initVault()).toBe('open');
    await expectAllThere();
  });

  it('without a passphrase: interrupted mid-transaction, nothing changed; the retry completes', async () => {
    const db = await legacyDatabase(false);
    const put = failTheKeyWrite();
    await expect(initVault()).rejects.toThrow();
    put.mockRestore();
    // All or nothing: still the old layout, every row plain and readable.
    expect(await db.meta.get('sealKey')).toBeUndefined();
    expect((await db.assessments.toArray()).every((r) => r.plain !== undefined)).toBe(true);
    resetVault();
    expect(await initVault()).toBe('open');
    expect(await everyRowSealed(db)).toBe(true);
    await expectAllThere();
    // The secret made by the failed attempt is gone; one secret, the one in use.
    expect(await secretStore().list()).toEqual([
      ((await db.meta.get('sealKey'))?.value as { secretId: string }).secretId,
    ]);
  });

  it('with a passphrase: locked at start; the first unlock re-seals under a key that needs the device secret', async () => {
    const db = await legacyDatabase(true);
    expect(await initVault()).toBe('locked');
    expect(await unlock('not hers', noop)).toBe('wrong');
    expect(await db.meta.get('keyring')).toBeDefined();
    expect(await unlock(PASS, noop)).toBe('unlocked');
    expect(await db.meta.get('keyring')).toBeUndefined();
    expect(await db.meta.get('migration')).toBeUndefined();
    expect(((await db.meta.get('sealKey'))?.value as { passphrase?: unknown }).passphrase).toBeDefined();
    expect(await everyRowSealed(db)).toBe(true);
    await expectAllThere();
    lock();
    expect(vaultState()).toBe('locked');
    await expect(listAssessments()).rejects.toMatchObject({ code: 'locked' });
    expect(await unlock(PASS, noop)).toBe('unlocked');
    await expectAllThere();
  });

  it('with a passphrase: interrupted mid-transaction, the old passphrase still opens everything; the retry completes', async () => {
    const db = await legacyDatabase(true);
    expect(await initVault()).toBe('locked');
    const before = await db.assessments.toArray();
    const put = failTheKeyWrite();
    await expect(unlock(PASS, noop)).rejects.toThrow();
    put.mockRestore();
    expect(await db.meta.get('sealKey')).toBeUndefined();
    expect(await db.meta.get('keyring')).toBeDefined();
    expect(await db.assessments.toArray()).toEqual(before);
    resetVault();
    expect(await initVault()).toBe('locked');
    expect(await unlock(PASS, noop)).toBe('unlocked');
    expect(await everyRowSealed(db)).toBe(true);
    await expectAllThere();
    expect(await secretStore().list()).toHaveLength(1);
  });
});
