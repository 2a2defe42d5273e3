/**
 * "Delete everything" (DESIGN.md §6): the wrapped key first (crypto-shredding: from that moment
 * nothing sealed can ever be opened), then every store the app uses — the IndexedDB database,
 * localStorage, sessionStorage, and any cache other than the app's own precached files.
 */
import { Dexie } from 'dexie';
import { database, setDatabase } from './db.ts';
import { resetVault } from './vault.ts';

export async function wipeEverything(): Promise<void> {
  resetVault();
  const db = database();
  try {
    await db.meta.delete('keyring');
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
}
