/** The name of the app's IndexedDB database (storage/db.ts), without Dexie: src/boot.ts needs it. */
export const DB_NAME = 'secure-here-and-now';
