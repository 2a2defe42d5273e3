/** What the origin keeps, to compare before and after (practice, the group picture). */
import type { Page } from 'playwright-core';

/**
 * Everything the origin keeps: every IndexedDB database, store, key and record (sealed bytes as
 * hex, so a changed ciphertext shows); localStorage; sessionStorage; the URL list of every Cache
 * Storage cache; and every file in the origin private file system with its bytes. As JSON, to
 * compare exactly. Left out: the app's own language and trainer files that the app keeps offline
 * when a screen needs them (`shn-languages`, listed in languages.json) — they are the app's code,
 * kept in the background as screens open; any other entry in that cache still shows.
 */
export function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error ?? new Error('idb'));
      });
    const databases: Record<string, unknown> = {};
    const infos = (await indexedDB.databases()).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
    for (const info of infos) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores: Record<string, unknown> = {};
      for (const name of Array.from(db.objectStoreNames).sort()) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        stores[name] = { keys: await request(store.getAllKeys()), values: await request(store.getAll()) };
      }
      db.close();
      databases[`${info.name} v${info.version ?? '?'}`] = stores;
    }
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      // entries() is not in every DOM typing yet; it is in Chromium.
      const entries = (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries();
      for await (const [name, handle] of entries) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else
          files[`${prefix}${name}`] = Array.from(
            new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer()),
          ).join(',');
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    const appFiles = new Set(
      Object.values((await (await fetch('languages.json')).json()) as Record<string, string[]>)
        .flat()
        .map((f) => new URL(f, document.baseURI).href),
    );
    const cacheUrls: Record<string, string[]> = {};
    for (const name of (await caches.keys()).sort()) {
      const cache = await caches.open(name);
      cacheUrls[name] = (await cache.keys())
        .map((r) => r.url)
        .filter((url) => name !== 'shn-languages' || !appFiles.has(url))
        .sort();
    }
    const bytes = (_key: string, value: unknown): unknown =>
      value instanceof ArrayBuffer
        ? { bytes: Array.from(new Uint8Array(value)).join(',') }
        : ArrayBuffer.isView(value)
          ? { bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)).join(',') }
          : value;
    return JSON.stringify(
      {
        databases,
        localStorage: Object.fromEntries(Object.entries(localStorage)),
        sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
        caches: cacheUrls,
        files,
      },
      bytes,
    );
  });
}
