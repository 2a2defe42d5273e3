/**
 * The vault: whether her data is protected by a passphrase, and the data key while unlocked
 * (DESIGN.md §6). Three states:
 * - `open`: no passphrase; sealed tables hold plaintext and the app says so plainly.
 * - `locked`: a passphrase is set and the data key is not in memory; nothing sensitive can be read.
 * - `unlocked`: the non-extractable data key is in memory (never stored, never logged).
 *
 * Every change is ordered so that a closed tab at any point loses nothing:
 * - setting a passphrase stores the wrapped key and a "sealing" mark first, then seals row by row
 *   (each row in its own transaction; reading accepts both kinds); an unfinished run resumes at
 *   the next unlock;
 * - changing it re-wraps the one data key in a single write: either passphrase works, never none;
 * - removing it marks "unsealing", opens row by row, and deletes the wrapped key last.
 */
import {
  EnvelopeError,
  KDF_ITERATIONS,
  SALT_LENGTH,
  generateDataKey,
  open,
  passphraseCheck,
  randomBytes,
  sameBytes,
  seal,
  unwrapDataKey,
  wrapDataKey,
  type WrappedKey,
} from '../crypto/envelope.ts';
import { database, SEALED_TABLES, type SealedRow, type SealedTableName } from './db.ts';
import { guarded, StorageError } from './errors.ts';

export type VaultState = 'open' | 'locked' | 'unlocked';

const KEYRING = 'keyring';
const MIGRATION = 'migration';
const DURESS = 'duress';
const FAILED = 'failedUnlocks';
const LIMIT = 'wipeAfterFailedUnlocks';

interface DuressCheck {
  salt: Uint8Array;
  iterations: number;
  check: Uint8Array;
}

let state: VaultState = 'open';
let key: CryptoKey | undefined;
const listeners = new Set<() => void>();

function setState(next: VaultState, nextKey?: CryptoKey): void {
  state = next;
  key = next === 'unlocked' ? nextKey : undefined;
  for (const listener of listeners) listener();
}

export function vaultState(): VaultState {
  return state;
}

/** Calls `listener` on every change of state; returns the remover. */
export function subscribeVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function getMeta<T>(name: string): Promise<T | undefined> {
  const row = await guarded(() => database().meta.get(name));
  return row?.value as T | undefined;
}

/** Reads whether a passphrase is set. Call once at start, before anything reads sealed tables. */
export async function initVault(): Promise<VaultState> {
  setState((await getMeta<WrappedKey>(KEYRING)) ? 'locked' : 'open');
  return state;
}

/** Writes that have started and not finished: a lock waits for them (see `holdKey`). */
let writesInFlight = 0;
let lockRequested: ReturnType<typeof setTimeout> | undefined;
/** The longest a lock waits for writes in flight before it forgets the key anyway. */
const LOCK_WAIT_MS = 1000;

/**
 * Forgets the data key (auto-lock, quick exit, going to the background). A write already under
 * way — a note saved as she leaves the app — finishes first (at most a second), so nothing she
 * typed is lost to the lock (P3).
 */
export function lock(): void {
  if (state !== 'unlocked') return;
  if (writesInFlight === 0) {
    setState('locked');
    return;
  }
  lockRequested ??= setTimeout(forceLock, LOCK_WAIT_MS);
}

function forceLock(): void {
  if (lockRequested !== undefined) clearTimeout(lockRequested);
  lockRequested = undefined;
  if (state === 'unlocked') setState('locked');
}

/** Runs one read-change-write of sealed data; a lock asked for meanwhile waits until it ends. */
export async function holdKey<T>(task: () => Promise<T>): Promise<T> {
  writesInFlight += 1;
  try {
    return await task();
  } finally {
    writesInFlight -= 1;
    if (writesInFlight === 0 && lockRequested !== undefined) forceLock();
  }
}

export type UnlockResult = 'unlocked' | 'wrong' | 'wiped';

/**
 * Tries a passphrase. A wrong one changes nothing but the failed-unlock count; the duress
 * passphrase, or reaching the failed-unlock limit she chose, wipes everything (`wipe` is given
 * by the caller so this module never deletes the database itself).
 */
export async function unlock(passphrase: string, wipe: () => Promise<void>): Promise<UnlockResult> {
  const keyring = await getMeta<WrappedKey>(KEYRING);
  if (!keyring) {
    setState('open');
    return 'unlocked';
  }
  try {
    const dataKey = await unwrapDataKey(keyring, passphrase);
    await guarded(() => database().meta.put({ key: FAILED, value: 0 }));
    setState('unlocked', dataKey);
    await resumeMigration();
    return 'unlocked';
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
  }
  const duress = await getMeta<DuressCheck>(DURESS);
  if (
    duress &&
    sameBytes(await passphraseCheck(passphrase, new Uint8Array(duress.salt), duress.iterations), duress.check)
  ) {
    await wipe();
    return 'wiped';
  }
  const failed = ((await getMeta<number>(FAILED)) ?? 0) + 1;
  const limit = await getMeta<number>(LIMIT);
  if (limit && failed >= limit) {
    await wipe();
    return 'wiped';
  }
  await guarded(() => database().meta.put({ key: FAILED, value: failed }));
  return 'wrong';
}

/** Failed unlocks so far, and the limit (undefined: no limit). */
export async function failedUnlocks(): Promise<{ count: number; limit?: number }> {
  const limit = await getMeta<number>(LIMIT);
  return { count: (await getMeta<number>(FAILED)) ?? 0, ...(limit ? { limit } : {}) };
}

/** Sets the first passphrase and seals everything stored so far. */
export async function setPassphrase(passphrase: string): Promise<void> {
  if (state !== 'open') throw new StorageError('locked');
  const extractable = await generateDataKey();
  const wrapped = await wrapDataKey(extractable, passphrase);
  // Keep in memory only a non-extractable copy.
  const dataKey = await unwrapDataKey(wrapped, passphrase);
  const db = database();
  await guarded(() =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: KEYRING, value: wrapped });
      await db.meta.put({ key: MIGRATION, value: 'sealing' });
      await db.meta.put({ key: FAILED, value: 0 });
    }),
  );
  setState('unlocked', dataKey);
  await resumeMigration();
}

/** Re-wraps the data key under a new passphrase in one write. Throws EnvelopeError on a wrong current one. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const keyring = await getMeta<WrappedKey>(KEYRING);
  if (!keyring) throw new StorageError('locked');
  const extractable = await unwrapDataKey(keyring, current, true);
  const wrapped = await wrapDataKey(extractable, next);
  await guarded(() => database().meta.put({ key: KEYRING, value: wrapped }));
}

/** Removes the passphrase: opens every row, then deletes the wrapped key. */
export async function removePassphrase(current: string): Promise<void> {
  const keyring = await getMeta<WrappedKey>(KEYRING);
  if (!keyring) return;
  const dataKey = await unwrapDataKey(keyring, current);
  setState('unlocked', dataKey);
  await guarded(() => database().meta.put({ key: MIGRATION, value: 'unsealing' }));
  await resumeMigration();
}

/** Sets (or with undefined, removes) the duress passphrase. It must differ from the real one. */
export async function setDuressPassphrase(passphrase: string | undefined): Promise<void> {
  if (passphrase === undefined) {
    await guarded(() => database().meta.delete(DURESS));
    return;
  }
  const keyring = await getMeta<WrappedKey>(KEYRING);
  if (keyring) {
    const isReal = await unwrapDataKey(keyring, passphrase).then(
      () => true,
      () => false,
    );
    if (isReal) throw new VaultError('duressSameAsPassphrase');
  }
  const salt = randomBytes(SALT_LENGTH);
  const check = await passphraseCheck(passphrase, salt, KDF_ITERATIONS);
  const value: DuressCheck = { salt, iterations: KDF_ITERATIONS, check };
  await guarded(() => database().meta.put({ key: DURESS, value }));
}

export async function hasDuressPassphrase(): Promise<boolean> {
  return (await getMeta<DuressCheck>(DURESS)) !== undefined;
}

/** Sets (or with undefined, removes) the number of failed unlocks that wipes everything. */
export async function setFailedUnlockLimit(limit: number | undefined): Promise<void> {
  const db = database();
  await guarded(async () => {
    if (limit) await db.meta.put({ key: LIMIT, value: limit });
    else await db.meta.delete(LIMIT);
  });
}

export class VaultError extends Error {
  readonly code: 'duressSameAsPassphrase';
  constructor(code: 'duressSameAsPassphrase') {
    super(`vault: ${code}`);
    this.name = 'VaultError';
    this.code = code;
  }
}

/** Finishes an unfinished sealing or unsealing, row by row; safe to run again at any point. */
async function resumeMigration(): Promise<void> {
  const migration = await getMeta<'sealing' | 'unsealing'>(MIGRATION);
  if (!migration) return;
  const db = database();
  for (const table of SEALED_TABLES) {
    const ids: string[] = await guarded(() => db[table].toCollection().primaryKeys());
    for (const id of ids) {
      const row = await guarded(() => db[table].get(id));
      if (!row) continue;
      const isPlain = row.plain !== undefined;
      if ((migration === 'sealing') === !isPlain) continue;
      const value = await openRow(table, row);
      const next = migration === 'sealing' ? await sealWithKey(table, id, value) : { id, plain: value };
      await guarded(() => db[table].put(next));
    }
  }
  if (migration === 'sealing') {
    await guarded(() => db.meta.delete(MIGRATION));
  } else {
    await guarded(() =>
      db.transaction('rw', db.meta, async () => {
        await db.meta.bulkDelete([KEYRING, MIGRATION, DURESS, FAILED, LIMIT]);
      }),
    );
    setState('open');
  }
}

async function sealWithKey(table: SealedTableName, id: string, value: unknown): Promise<SealedRow> {
  if (!key) throw new StorageError('locked');
  const { iv, ct } = await seal(key, value, `${table}/${id}`);
  return { id, iv, ct };
}

/**
 * The row to store for a value: sealed when a passphrase is set (the vault must be unlocked),
 * plain otherwise. Encrypts before any transaction opens.
 */
export async function toRow(table: SealedTableName, id: string, value: unknown): Promise<SealedRow> {
  if (state === 'open') return { id, plain: value };
  return sealWithKey(table, id, value);
}

/** The value a row holds. Throws StorageError "locked" (no key) or "unreadable" (altered). */
export async function openRow(table: SealedTableName, row: SealedRow): Promise<unknown> {
  if (row.plain !== undefined) return row.plain;
  if (!key) throw new StorageError('locked');
  try {
    return await open(
      key,
      { iv: row.iv ?? new Uint8Array(), ct: row.ct ?? new ArrayBuffer(0) },
      `${table}/${row.id}`,
    );
  } catch (error) {
    throw new StorageError('unreadable', error);
  }
}

/** Tests and wipe: forget everything in memory. */
export function resetVault(): void {
  if (lockRequested !== undefined) clearTimeout(lockRequested);
  lockRequested = undefined;
  writesInFlight = 0;
  setState('open');
}
