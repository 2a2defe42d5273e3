/**
 * Opens the app's database once, early, and closes it again (issue 21, offline cold start). Run by
 * src/boot.ts before the app's code (and Dexie) has arrived, while index.html's first paint is
 * drawn: on a cold start the browser's first opening of its IndexedDB store is slow, and start-up's
 * own read (services/settings.ts `startUp`) then finds it open.
 *
 * Reads and writes nothing. A database that does not exist yet (a first visit) is not created: the
 * upgrade it would need is aborted, so the app's own first start creates it as before. The
 * connection closes as soon as it opens, so it never holds up an upgrade or a deletion. A failure
 * is silent: start-up reports storage it cannot use. Resolves with whether it opened a database.
 */
import { DB_NAME } from './dbName.ts';

export function warmUpDatabase(name: string = DB_NAME): Promise<boolean> {
  return new Promise((done) => {
    try {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => {
        request.result.close();
        done(true);
      };
      request.onerror = (event) => {
        event.preventDefault();
        done(false);
      };
    } catch {
      // No IndexedDB here (or it refuses this page): nothing to warm.
      done(false);
    }
  });
}
