/**
 * The one IndexedDB database of the app, through Dexie (DESIGN.md §6).
 *
 * What is stored where:
 * - `settings`: one row per setting (language, persistence state, onboarding done, preferred form).
 *   Not sensitive: read before any unlock, so the lock screen can speak her language.
 * - `assessments`: one row per assessment, in progress or completed: battery id and version, the
 *   form, her answers, where she was, and when. Only the primary key is indexed: nothing about
 *   her answers is readable from an index.
 * - `batteries` (version 2): batteries a trainer's organisation adapted and loaded from a file, as
 *   the raw JSON text they loaded, keyed `${id}@${version}`. Parsed on every load, like a file.
 *
 * Every schema change is a new `db.version(n)` below, never an edit of an old one, with an upgrade
 * function and a test that opens a fixture of the previous version.
 */
import { Dexie, type EntityTable } from 'dexie';

export const DB_NAME = 'secure-here-and-now';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface AssessmentRow {
  id: string;
  batteryId: string;
  batteryVersion: string;
  formId: string;
  /** Indicator id → option id or "skip". */
  answers: Record<string, string>;
  /** Index in the form of the question she is on (or will resume at). */
  position: number;
  startedAt: number;
  updatedAt: number;
  completedAt?: number;
}

export interface BatteryRow {
  /** `${id}@${version}` of the battery inside `text`. */
  key: string;
  /** The file as loaded: parsed again on every use, never trusted as stored. */
  text: string;
  addedAt: number;
}

export type ShnDatabase = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  assessments: EntityTable<AssessmentRow, 'id'>;
  batteries: EntityTable<BatteryRow, 'key'>;
};

/** Opens (lazily) the app's database. A new instance per call: tests use their own. */
export function createDatabase(name = DB_NAME): ShnDatabase {
  const db = new Dexie(name) as ShnDatabase;
  db.version(1).stores({
    settings: '&key',
    assessments: '&id',
  });
  // Adds adapted batteries; every table of version 1 is kept as it is.
  db.version(2).stores({ batteries: '&key' });
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
