/** A fresh, empty database per test (fake-indexeddb in Node). */
import { createDatabase, setDatabase, type ShnDatabase } from '../../src/storage/db.ts';

let counter = 0;

export function freshDatabase(): ShnDatabase {
  counter += 1;
  const db = createDatabase(`test-${Date.now()}-${counter}`);
  setDatabase(db);
  return db;
}
