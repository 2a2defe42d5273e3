/**
 * The one IndexedDB database of the app, through Dexie (DESIGN.md §6).
 *
 * What is stored where:
 * - `settings` (plain): one row per setting — language, persistence state, onboarding done,
 *   preferred form, auto-lock minutes. Not sensitive: read before unlock, so the lock screen can
 *   speak her language.
 * - `meta` (plain): the wrapped data key (`sealKey`: the id of the device secret it needs, outside
 *   IndexedDB, and the KDF parameters when a passphrase is set — vault.ts), the duress check, the
 *   failed-unlock count and limit. Nothing here opens anything without the device secret.
 * - `batteries` (plain): adapted battery files a trainer loaded (not personal data).
 * - sealed tables — `assessments`, `plan`, `routines`, `contacts`, `identities` (her own age
 *   key for receiving summaries), `supportPacks` (local support files she loaded): each row is `{ id, iv, ct }` (AES-GCM under the data key), with
 *   or without a passphrase (issue 15). Rows `{ id, plain }` exist only in databases of earlier
 *   releases, until the first start seals them (vault.ts). Only the random primary key is
 *   indexed: nothing about her answers, plan or contacts is readable from an index.
 * - `summaries` (sealed, one row `history`): a cache of what History lists of each completed
 *   assessment — id, dates, battery version, form, levels — sealed as ONE row, so History opens one
 *   row however many she has (issue 21; storage/summaries.ts). Derived data, never backed up: it is
 *   checked against the ids of `assessments` on every read and rebuilt from them when it is
 *   missing, unreadable (sealed under an earlier key) or out of date.
 *
 * Every schema change is a new `db.version(n)` below, never an edit of an old one, with an upgrade
 * function and a test that opens a fixture of the previous version (tests/storage/upgrade.test.ts).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { DB_NAME } from './dbName.ts';

export { DB_NAME };

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface BatteryRow {
  /** `${id}@${version}` */
  key: string;
  text: string;
  addedAt: number;
}

/** A row of a sealed table: ciphertext (`plain` only in a database of an earlier release, before its first start). */
export interface SealedRow {
  id: string;
  plain?: unknown;
  iv?: Uint8Array;
  ct?: ArrayBuffer;
}

/** The tables whose rows are sealed once she sets a passphrase. */
export const SEALED_TABLES = [
  'assessments',
  'plan',
  'routines',
  'contacts',
  'identities',
  'supportPacks',
] as const;
export type SealedTableName = (typeof SEALED_TABLES)[number];

/** The one sealed cache of History (storage/summaries.ts): not a table of records, never backed up. */
export const SUMMARIES_TABLE = 'summaries';

export type ShnDatabase = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  batteries: EntityTable<BatteryRow, 'key'>;
  assessments: Table<SealedRow, string>;
  plan: Table<SealedRow, string>;
  routines: Table<SealedRow, string>;
  contacts: Table<SealedRow, string>;
  identities: Table<SealedRow, string>;
  supportPacks: Table<SealedRow, string>;
  summaries: Table<SealedRow, string>;
};

/** Opens (lazily) the app's database. A new instance per call: tests use their own. */
export function createDatabase(name = DB_NAME): ShnDatabase {
  const db = new Dexie(name) as ShnDatabase;
  // Version 1 (0.1.0): settings, and assessments as plain rows with their fields at the top level.
  db.version(1).stores({
    settings: '&key',
    assessments: '&id',
  });
  // Version 2: sealed rows. Each version-1 assessment becomes `{ id, plain: { …its fields } }`;
  // the tables for encryption metadata, adapted batteries, the plan, routines and contacts appear.
  db.version(2)
    .stores({
      meta: '&key',
      batteries: '&key',
      plan: '&id',
      routines: '&id',
      contacts: '&id',
    })
    .upgrade((tx) =>
      tx
        .table('assessments')
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
          if ('plain' in row || 'ct' in row) return;
          const { id, ...fields } = row;
          ref.value = { id, plain: fields };
        }),
    );
  // Version 3: her own age identity (to receive summaries), sealed like everything personal.
  db.version(3).stores({ identities: '&id' });
  // Version 4: support packs she loaded (issue 20): local contacts, sealed like everything personal.
  db.version(4).stores({ supportPacks: '&id' });
  // Version 5: History's sealed cache of completed assessments (issue 21). A new, empty table: every
  // record stays as it was (nothing to move, so nothing can half-finish); the cache fills itself
  // from the assessments the first time History or home reads it (storage/summaries.ts).
  db.version(5).stores({ summaries: '&id' });
  return db;
}

let shared: ShnDatabase | undefined;

/** The database the app uses. */
export function database(): ShnDatabase {
  shared ??= createDatabase();
  return shared;
}

/** Replaces the shared database (tests, and after a wipe). */
export function setDatabase(db: ShnDatabase | undefined): void {
  shared = db;
}
