/**
 * "Delete everything" (DESIGN.md §6, issue 15): the device secret FIRST — a file outside IndexedDB
 * whose deletion removes it from the disk (secrets.ts); from that moment nothing IndexedDB leaves in
 * its files can be opened, with or without her passphrase — then the wrapped key, then every store
 * the app uses: the IndexedDB database, localStorage, sessionStorage, and any cache other than the
 * app's own precached files. If deleting the secret fails, everything else is still deleted, the
 * secret's deletion is tried again, and a second failure is thrown (the app must not claim a final
 * wipe it did not make).
 */
import { Dexie } from 'dexie';
import { database, setDatabase } from './db.ts';
import { deleteAllSecrets } from './secrets.ts';
import { resetVault, SEAL_KEY } from './vault.ts';

export async function wipeEverything(): Promise<void> {
  resetVault();
  const secretsGone = await deleteAllSecrets().then(
    () => true,
    () => false,
  );
  const db = database();
  try {
    await db.meta.bulkDelete([SEAL_KEY, 'keyring']);
  } catch {
    // Deleting the whole database below removes it too.
  }
  const name = db.name;
  db.close();
  setDatabase(undefined);
  await Dexie.delete(name);
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      storage.clear();
    } catch {
      // Not available: nothing of ours there.
    }
  }
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) {
      // The precache holds only the app's own files (no answers ever go there); anything else goes.
      if (!name.startsWith('workbox-precache')) await caches.delete(name);
    }
  }
  if (!secretsGone) await deleteAllSecrets();
}
