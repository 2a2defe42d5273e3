/**
 * The vault: the data key that seals everything she enters, and whether a passphrase protects it
 * (DESIGN.md §6, issue 15). Every sensitive row is ALWAYS sealed (AES-GCM under the data key),
 * with or without a passphrase: nothing she enters is ever plain text in IndexedDB. Three states:
 * - `open`: no passphrase; the data key is wrapped by the device secret alone, and is in memory
 *   from the start (anyone who can open the phone can open the app, and the app says so);
 * - `locked`: a passphrase is set and the data key is not in memory; nothing sensitive can be read;
 * - `unlocked`: the non-extractable data key is in memory (never stored, never logged).
 *
 * The data key is stored in `meta` only wrapped (`SealKey`) by a key made from the **device
 * secret** — 32 random bytes in a file OUTSIDE IndexedDB (secrets.ts), where deletion is real —
 * and, with a passphrase, from her passphrase too. Wipe deletes the device secret first: whatever
 * IndexedDB leaves on disk can then never be opened, even with her passphrase.
 *
 * Every change is ordered so that a closed tab at any point loses nothing:
 * - setting, changing or removing the passphrase re-wraps the one data key under a NEW device
 *   secret: the new secret is written, then the new wrapped key in one write, then the old secret
 *   is deleted (so an old wrapped key left in IndexedDB's files can never be opened again);
 * - a database of an earlier version (plain rows; or a key wrapped by the passphrase alone) is
 *   sealed again under a new data key, computed first and written in ONE transaction with the new
 *   wrapped key: the upgrade happens whole or not at all, and runs again at the next start.
 */
import {
  EnvelopeError,
  KDF_ITERATIONS,
  SALT_LENGTH,
  deviceWrappingKey,
  generateDataKey,
  open,
  passphraseCheck,
  randomBytes,
  sameBytes,
  seal,
  unwrapDataKey,
  unwrapWith,
  wrapWith,
  type WrappedKey,
} from '../crypto/envelope.ts';
import { database, SEALED_TABLES, type SealedRow, type SealedTableName, type SUMMARIES_TABLE } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { secretStore, withSecretsLock } from './secrets.ts';

export type VaultState = 'open' | 'locked' | 'unlocked';

/** The wrapped data key since issue 15. */
export const SEAL_KEY = 'sealKey';
/** Before issue 15: the data key wrapped by the passphrase alone (only with a passphrase). */
const LEGACY_KEYRING = 'keyring';
/** Before issue 15: an unfinished sealing or unsealing, row by row. */
const LEGACY_MIGRATION = 'migration';
const DURESS = 'duress';
const FAILED = 'failedUnlocks';
const LIMIT = 'wipeAfterFailedUnlocks';
const SECRET_BYTES = 32;

/** The device secret a stored key needs is gone: a wipe began and did not finish. Finish it. */
export class SecretGoneError extends Error {
  constructor() {
    super('vault: the device secret is gone');
    this.name = 'SecretGoneError';
  }
}

export interface SealKey {
  version: 2;
  /** The id of the device secret (its file name) that this wrapping needs. */
  secretId: string;
  iv: Uint8Array;
  wrapped: ArrayBuffer;
  /** Present when her passphrase is needed too. */
  passphrase?: { kdf: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array };
}

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
  key = next === 'locked' ? undefined : nextKey;
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

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes a new device secret (a file outside IndexedDB) and returns its id and bytes. */
async function newSecret(): Promise<{ id: string; bytes: Uint8Array<ArrayBuffer> }> {
  const id = hex(randomBytes(12));
  const bytes = randomBytes(SECRET_BYTES);
  await guarded(() => secretStore().write(id, bytes));
  return { id, bytes };
}

async function readSecret(id: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return guarded(() => secretStore().read(id));
}

/** Deletes every device secret but `keep` (left by a crash between the steps of a change). */
async function forgetOtherSecrets(keep: string): Promise<void> {
  try {
    const store = secretStore();
    for (const id of await store.list()) if (id !== keep) await store.remove(id);
  } catch {
    // Tidying only: the next start tries again.
  }
}

/** A wrapping of `dataKey` (extractable) under a new device secret and, if given, a passphrase. */
async function wrapUnderNewSecret(dataKey: CryptoKey, passphrase?: string): Promise<SealKey> {
  const secret = await newSecret();
  const kdf = passphrase
    ? { kdf: 'PBKDF2-SHA256' as const, iterations: KDF_ITERATIONS, salt: randomBytes(SALT_LENGTH) }
    : undefined;
  const kek = await deviceWrappingKey(
    secret.bytes,
    kdf && passphrase ? { passphrase, salt: kdf.salt, iterations: kdf.iterations } : undefined,
  );
  const { iv, wrapped } = await wrapWith(kek, dataKey);
  return { version: 2, secretId: secret.id, iv, wrapped, ...(kdf ? { passphrase: kdf } : {}) };
}

/** What the device secret (and passphrase) of `sealKey` unwrap. Throws "wiped" when the secret is gone. */
async function unwrapSealKey(sealKey: SealKey, passphrase?: string, extractable = false): Promise<CryptoKey> {
  const secret = await readSecret(sealKey.secretId);
  if (!secret) throw new SecretGoneError();
  const kek = await deviceWrappingKey(
    secret,
    sealKey.passphrase && passphrase !== undefined
      ? {
          passphrase,
          salt: new Uint8Array(sealKey.passphrase.salt),
          iterations: sealKey.passphrase.iterations,
        }
      : undefined,
  );
  return unwrapWith(kek, sealKey, extractable);
}

/** A non-extractable copy of an extractable key. */
async function nonExtractable(dataKey: CryptoKey): Promise<CryptoKey> {
  const raw = await crypto.subtle.exportKey('raw', dataKey);
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The upgrade (and the first start): every row of every sealed table — plain, or sealed under
 * `oldKey` — sealed again under a new data key, then written in ONE transaction with the new
 * wrapped key; the legacy keyring and migration mark go in the same transaction. Encrypts before
 * the transaction opens. Returns the new non-extractable key, or undefined when another tab
 * committed a key meanwhile (nothing written).
 */
function sealEverythingUnderNewKey(
  oldKey: CryptoKey | undefined,
  passphrase: string | undefined,
  extraDeletes: string[] = [],
): Promise<CryptoKey | undefined> {
  return withSecretsLock(() => sealEverythingNow(oldKey, passphrase, extraDeletes));
}

async function sealEverythingNow(
  oldKey: CryptoKey | undefined,
  passphrase: string | undefined,
  extraDeletes: string[],
): Promise<CryptoKey | undefined> {
  const db = database();
  const fresh = await generateDataKey();
  const dataKey = await nonExtractable(fresh);
  const resealed: Partial<Record<SealedTableName, SealedRow[]>> = {};
  for (const table of SEALED_TABLES) {
    const rows: SealedRow[] = await guarded(() => db[table].toArray());
    const sealed: SealedRow[] = [];
    for (const row of rows) {
      let value: unknown;
      try {
        value = await openWith(oldKey, table, row);
      } catch {
        continue; // Already unreadable (altered): left as it is, it stays unreadable.
      }
      const { iv, ct } = await seal(dataKey, value, `${table}/${row.id}`);
      sealed.push({ id: row.id, iv, ct });
    }
    resealed[table] = sealed;
  }
  const sealKey = await wrapUnderNewSecret(fresh, passphrase);
  const written = await guarded(() =>
    db.transaction('rw', [db.meta, ...SEALED_TABLES.map((t) => db[t])], async () => {
      if (await db.meta.get(SEAL_KEY)) return false;
      for (const table of SEALED_TABLES) await db[table].bulkPut(resealed[table] ?? []);
      await db.meta.put({ key: SEAL_KEY, value: sealKey });
      await db.meta.bulkDelete([LEGACY_KEYRING, LEGACY_MIGRATION, ...extraDeletes]);
      return true;
    }),
  );
  if (!written) {
    await forgetOtherSecrets((await getMeta<SealKey>(SEAL_KEY))?.secretId ?? '');
    return undefined;
  }
  await forgetOtherSecrets(sealKey.secretId);
  return dataKey;
}

let opening: Promise<void> | undefined;

/**
 * Without a passphrase: puts the data key in memory, making it (and sealing any plain row of an
 * earlier version) on the first start. Sets "locked" instead when a passphrase turns out to be set.
 */
function openWithoutPassphrase(): Promise<void> {
  opening ??= (async () => {
    for (;;) {
      const sealKey = await getMeta<SealKey>(SEAL_KEY);
      if (sealKey?.passphrase || (!sealKey && (await getMeta<WrappedKey>(LEGACY_KEYRING)))) {
        setState('locked');
        return;
      }
      if (sealKey) {
        setState('open', await unwrapSealKey(sealKey));
        await withSecretsLock(async () => {
          // Read again under the lock: another tab may have changed the key meanwhile.
          const now = await getMeta<SealKey>(SEAL_KEY);
          if (now) await forgetOtherSecrets(now.secretId);
        });
        return;
      }
      const made = await sealEverythingUnderNewKey(undefined, undefined);
      if (made) {
        setState('open', made);
        return;
      }
    }
  })().finally(() => {
    opening = undefined;
  });
  return opening;
}

/**
 * Reads whether a passphrase is set, and without one puts the data key in memory (upgrading a
 * database of an earlier version). Call once at start, before anything reads sealed tables.
 * Throws SecretGoneError when the device secret is gone but the database is not (a wipe
 * that stopped half-way): the caller finishes the wipe.
 */
export async function initVault(): Promise<VaultState> {
  key = undefined;
  await openWithoutPassphrase();
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
 * passphrase, reaching the failed-unlock limit she chose, or a device secret already deleted
 * (a wipe that stopped half-way) wipes everything (`wipe` is given by the caller so this module
 * never deletes the database itself). A database of an earlier version is upgraded here.
 */
export async function unlock(passphrase: string, wipe: () => Promise<void>): Promise<UnlockResult> {
  const sealKey = await getMeta<SealKey>(SEAL_KEY);
  const legacy = sealKey ? undefined : await getMeta<WrappedKey>(LEGACY_KEYRING);
  if (!sealKey?.passphrase && !legacy) {
    await openWithoutPassphrase();
    return 'unlocked';
  }
  try {
    let dataKey: CryptoKey | undefined;
    if (sealKey) {
      dataKey = await unwrapSealKey(sealKey, passphrase);
    } else if (legacy) {
      const oldKey = await unwrapDataKey(legacy, passphrase);
      const unsealing = (await getMeta<string>(LEGACY_MIGRATION)) === 'unsealing';
      dataKey = await sealEverythingUnderNewKey(
        oldKey,
        unsealing ? undefined : passphrase,
        unsealing ? [DURESS, FAILED, LIMIT] : [],
      );
      if (!dataKey) return await unlock(passphrase, wipe);
      if (unsealing) {
        setState('open', dataKey);
        return 'unlocked';
      }
    }
    await guarded(() => database().meta.put({ key: FAILED, value: 0 }));
    setState('unlocked', dataKey);
    return 'unlocked';
  } catch (error) {
    if (error instanceof SecretGoneError) {
      await wipe();
      return 'wiped';
    }
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

/**
 * Re-wraps the data key under a new device secret (and `next` passphrase, if given) in one write,
 * with `also` in the same transaction, then deletes the old secret.
 */
function rewrap(
  extractable: CryptoKey,
  next: string | undefined,
  also: (db: ReturnType<typeof database>) => Promise<void>,
): Promise<void> {
  return withSecretsLock(() => rewrapNow(extractable, next, also));
}

async function rewrapNow(
  extractable: CryptoKey,
  next: string | undefined,
  also: (db: ReturnType<typeof database>) => Promise<void>,
): Promise<void> {
  const sealKey = await wrapUnderNewSecret(extractable, next);
  const db = database();
  try {
    await guarded(() =>
      db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: SEAL_KEY, value: sealKey });
        await also(db);
      }),
    );
  } catch (error) {
    await guarded(() => secretStore().remove(sealKey.secretId)).catch(() => {});
    throw error;
  }
  await forgetOtherSecrets(sealKey.secretId);
}

/** Sets the first passphrase: re-wraps the data key (nothing stored needs sealing again). */
export async function setPassphrase(passphrase: string): Promise<void> {
  if (state !== 'open') throw new StorageError('locked');
  await openWithoutPassphrase();
  const sealKey = await getMeta<SealKey>(SEAL_KEY);
  if (!sealKey || sealKey.passphrase) throw new StorageError('locked');
  const extractable = await unwrapSealKey(sealKey, undefined, true);
  await rewrap(extractable, passphrase, (db) => db.meta.put({ key: FAILED, value: 0 }).then(() => undefined));
  setState('unlocked', await nonExtractable(extractable));
}

/** Re-wraps the data key under a new passphrase in one write. Throws EnvelopeError on a wrong current one. */
export async function changePassphrase(current: string, next: string): Promise<void> {
  const sealKey = await getMeta<SealKey>(SEAL_KEY);
  if (!sealKey?.passphrase) throw new StorageError('locked');
  const extractable = await unwrapSealKey(sealKey, current, true);
  await rewrap(extractable, next, () => Promise.resolve());
}

/** Removes the passphrase: the data key is wrapped by a new device secret alone. */
export async function removePassphrase(current: string): Promise<void> {
  const sealKey = await getMeta<SealKey>(SEAL_KEY);
  if (!sealKey?.passphrase) return;
  const extractable = await unwrapSealKey(sealKey, current, true);
  await rewrap(extractable, undefined, (db) => db.meta.bulkDelete([DURESS, FAILED, LIMIT]));
  setState('open', await nonExtractable(extractable));
}

/** Sets (or with undefined, removes) the duress passphrase. It must differ from the real one. */
export async function setDuressPassphrase(passphrase: string | undefined): Promise<void> {
  if (passphrase === undefined) {
    await guarded(() => database().meta.delete(DURESS));
    return;
  }
  const sealKey = await getMeta<SealKey>(SEAL_KEY);
  if (sealKey?.passphrase) {
    const isReal = await unwrapSealKey(sealKey, passphrase).then(
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

/** The value of a row: sealed under `withKey`, or plain (written before issue 15). */
async function openWith(
  withKey: CryptoKey | undefined,
  table: SealedTableName | typeof SUMMARIES_TABLE,
  row: SealedRow,
): Promise<unknown> {
  if (row.plain !== undefined) return row.plain;
  if (!withKey) throw new StorageError('locked');
  try {
    return await open(
      withKey,
      { iv: row.iv ?? new Uint8Array(), ct: row.ct ?? new ArrayBuffer(0) },
      `${table}/${row.id}`,
    );
  } catch (error) {
    throw new StorageError('unreadable', error);
  }
}

async function currentKey(): Promise<CryptoKey> {
  if (!key && state === 'open') await openWithoutPassphrase();
  if (!key) throw new StorageError('locked');
  return key;
}

/** The row to store for a value: always sealed (the vault must be open or unlocked). Encrypts before any transaction opens. */
export async function toRow(
  table: SealedTableName | typeof SUMMARIES_TABLE,
  id: string,
  value: unknown,
): Promise<SealedRow> {
  const { iv, ct } = await seal(await currentKey(), value, `${table}/${id}`);
  return { id, iv, ct };
}

/** The value a row holds. Throws StorageError "locked" (no key) or "unreadable" (altered). */
export async function openRow(
  table: SealedTableName | typeof SUMMARIES_TABLE,
  row: SealedRow,
): Promise<unknown> {
  if (row.plain !== undefined) return row.plain;
  return openWith(await currentKey(), table, row);
}

/** Tests and wipe: forget everything in memory. */
export function resetVault(): void {
  if (lockRequested !== undefined) clearTimeout(lockRequested);
  lockRequested = undefined;
  writesInFlight = 0;
  opening = undefined;
  setState('open');
}
