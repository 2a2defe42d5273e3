/**
 * A device-secret store in memory for unit tests: like the Origin Private File System in a real
 * browser, it is outside IndexedDB (a fresh database does not delete it; a wipe does).
 */
import type { SecretStore } from '../../src/storage/secrets.ts';

export function memorySecretStore(): SecretStore & { files: Map<string, Uint8Array<ArrayBuffer>> } {
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  return {
    place: 'opfs',
    files,
    read: (id) => Promise.resolve(files.has(id) ? new Uint8Array(files.get(id) ?? []) : undefined),
    write: (id, bytes) => {
      files.set(id, new Uint8Array(bytes));
      return Promise.resolve();
    },
    remove: (id) => {
      files.delete(id);
      return Promise.resolve();
    },
    list: () => Promise.resolve([...files.keys()]),
  };
}
