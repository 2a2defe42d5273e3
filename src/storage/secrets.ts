/**
 * Where the secret that opens her data lives: OUTSIDE IndexedDB (issue 15, DESIGN.md §6).
 *
 * IndexedDB cannot erase: in Chromium every database of an origin shares one LevelDB, and a
 * deleted record stays in its log and tables until the browser compacts them — the wrapped data
 * key included. So the data key is wrapped with a random 32-byte **device secret** (and, with a
 * passphrase, with her passphrase too), and that secret is a file of its own:
 * - the Origin Private File System (`navigator.storage.getDirectory()`), where deleting a file
 *   removes it from the profile (measured in Chromium: a random 32-byte marker written to a file,
 *   deleted, the browser closed — the marker is in no profile file; tests/e2e/wipe.test.ts);
 * - else Cache Storage (measured the same way: gone after `caches.delete`);
 * - else (no such API: unit tests in Node, a very old browser) the `meta` table, where a wipe is
 *   NOT final on disk — SECURITY.md says so.
 *
 * Each secret has a random id and its own file, so replacing one is ordered: write the new one,
 * commit the key that uses it, then delete the old one. A crash at any point leaves the secret the
 * committed key needs; `forgetOtherSecrets` deletes what no key uses.
 */
import { database } from './db.ts';

const DIRECTORY = 'shn-keys';
const CACHE = 'shn-keys';
const META_PREFIX = 'secret:';

export type SecretPlace = 'opfs' | 'cache' | 'indexeddb';

export interface SecretStore {
  readonly place: SecretPlace;
  read(id: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  write(id: string, bytes: Uint8Array): Promise<void>;
  remove(id: string): Promise<void>;
  list(): Promise<string[]>;
}

function bytesOf(buffer: ArrayBuffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer);
}

function opfsStore(): SecretStore {
  const dir = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle(DIRECTORY, { create: true });
  return {
    place: 'opfs',
    async read(id) {
      try {
        const file = await (await (await dir()).getFileHandle(id)).getFile();
        return bytesOf(await file.arrayBuffer());
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') return undefined;
        throw error;
      }
    },
    async write(id, bytes) {
      const handle = await (await dir()).getFileHandle(id, { create: true });
      const writable = await handle.createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
    },
    async remove(id) {
      try {
        await (await dir()).removeEntry(id);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
      }
    },
    async list() {
      const names: string[] = [];
      const handle = (await dir()) as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
      for await (const name of handle.keys()) names.push(name);
      return names;
    },
  };
}

function cacheStore(): SecretStore {
  const url = (id: string) => `/__shn-key/${id}`;
  return {
    place: 'cache',
    async read(id) {
      const response = await (await caches.open(CACHE)).match(url(id));
      return response ? bytesOf(await response.arrayBuffer()) : undefined;
    },
    async write(id, bytes) {
      await (await caches.open(CACHE)).put(url(id), new Response(new Uint8Array(bytes)));
    },
    async remove(id) {
      await (await caches.open(CACHE)).delete(url(id));
    },
    async list() {
      const requests = await (await caches.open(CACHE)).keys();
      return requests.map((r) => new URL(r.url).pathname.replace('/__shn-key/', ''));
    },
  };
}

function metaStore(): SecretStore {
  return {
    place: 'indexeddb',
    async read(id) {
      const row = await database().meta.get(META_PREFIX + id);
      return row ? new Uint8Array(row.value as Uint8Array) : undefined;
    },
    async write(id, bytes) {
      await database().meta.put({ key: META_PREFIX + id, value: new Uint8Array(bytes) });
    },
    async remove(id) {
      await database().meta.delete(META_PREFIX + id);
    },
    async list() {
      const keys = await database().meta.toCollection().primaryKeys();
      return keys.filter((k) => k.startsWith(META_PREFIX)).map((k) => k.slice(META_PREFIX.length));
    },
  };
}

/** The Origin Private File System's root, when this browser has one (not in Node or jsdom). */
function opfsRoot(): (() => Promise<FileSystemDirectoryHandle>) | undefined {
  const manager = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;
  const getDirectory = manager?.getDirectory;
  return getDirectory ? () => getDirectory.call(manager) : undefined;
}

let store: SecretStore | undefined;

/** The best place this browser offers (chosen once). */
export function secretStore(): SecretStore {
  if (store) return store;
  const hasOpfs =
    opfsRoot() !== undefined &&
    typeof FileSystemFileHandle !== 'undefined' &&
    'createWritable' in FileSystemFileHandle.prototype;
  store = hasOpfs ? opfsStore() : typeof caches !== 'undefined' ? cacheStore() : metaStore();
  return store;
}

/** Tests: use another store (e.g. one that fails, to prove an order). */
export function setSecretStore(next: SecretStore | undefined): void {
  store = next;
}

/**
 * Runs `task` while no other tab of the app changes the device secrets (Web Locks, where the
 * browser has them): one tab must never delete, as left over, a secret another tab has just
 * written and is about to use. Never call it from inside itself.
 */
export function withSecretsLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request('shn-device-secrets', task) : task();
}

/** Deletes every secret of every place (wipe: this comes FIRST). Errors are thrown. */
export function deleteAllSecrets(): Promise<void> {
  return withSecretsLock(deleteAllSecretsNow);
}

async function deleteAllSecretsNow(): Promise<void> {
  const current = secretStore();
  for (const id of await current.list()) await current.remove(id);
  const root = opfsRoot();
  if (current.place === 'opfs' && root) {
    await (await root()).removeEntry(DIRECTORY, { recursive: true }).catch(() => {});
  }
  if (typeof caches !== 'undefined') await caches.delete(CACHE);
}
