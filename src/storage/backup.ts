/**
 * A full backup (DESIGN.md §7, P3): everything she has — every sealed table's content, opened,
 * adapted batteries, and her settings — as one document, which the backup screen encrypts with
 * age to a passphrase. Never the wrapped data key or the rest of `meta`: a backup is opened by its
 * own passphrase, and the new phone gets its own lock.
 *
 * Restoring reads, migrates and validates the whole file before anything changes; every row is
 * sealed (for the lock on this phone) before the one transaction that writes them opens.
 */
import { z } from './zod.ts';
import { DocumentError, SOURCE, parseDocument } from '../domain/index.ts';
import { AssessmentDataSchema, linkRestoredAssessments } from './assessments.ts';
import { ContactDataSchema } from './contacts.ts';
import { database, SEALED_TABLES, type SealedRow, type SealedTableName } from './db.ts';
import { guarded, StorageError } from './errors.ts';
import { IdentityDataSchema } from './identities.ts';
import { PlanItemDataSchema } from './plan.ts';
import { RoutineDataSchema } from './routines.ts';
import { announce } from './changes.ts';
import { SupportPackDataSchema } from './supportPacks.ts';
import { serially } from './serially.ts';
import type { Settings } from './settings.ts';
import { openRow, toRow } from './vault.ts';

export const BACKUP_TYPE = 'shn-backup';
/** The version this app writes. Older ones are migrated by `MIGRATIONS` on the way in. */
export const BACKUP_VERSION = 1;

const Id = z.string().check(z.minLength(1), z.maxLength(200));

const BatteryRowSchema = z.object({
  key: z.string().check(z.maxLength(200)),
  text: z.string(),
  addedAt: z.number(),
});

/**
 * Her settings as a backup carries them: every setting (`SETTINGS_ON_RESTORE` says what a restore
 * does with each). All optional: a backup made before a setting was carried restores without it.
 */
const BackupSettingsSchema = z.partial(
  z.object({
    language: z.string().check(z.maxLength(20)),
    hasOnboarded: z.boolean(),
    preferredForm: z.enum(['full', 'short']),
    autoLockMinutes: z.int().check(z.minimum(0), z.maximum(24 * 60)),
    persistence: z.enum(['unknown', 'granted', 'denied', 'unsupported']),
    planSuggestionsSeenFor: z.string().check(z.maxLength(200)),
    lastBackupAt: z.nullable(z.number()),
  }),
);
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

/**
 * What a "replace" restore does with each setting — every key of `Settings` is here, so a new
 * setting cannot be added without deciding (the type checker asks):
 * - `restored`: written as the backup holds it;
 * - `device`: about this browser, not about her data — whether the browser promised to keep the
 *   app's storage. It is not copied (a "granted" copied from another phone would be untrue); when
 *   the backup says she had asked, the restore screen asks this browser again (`shouldAskToKeep`);
 * - `backupDate`: the last-backup date becomes the date the restored backup was made.
 * An "add" restore keeps every setting of this phone, and moves the last-backup date forward only.
 * Not settings, and never in a backup: her passphrase, the emergency passphrase and the limit on
 * unlock tries — they belong to the lock of each phone (`meta`).
 */
export const SETTINGS_ON_RESTORE = {
  language: 'restored',
  hasOnboarded: 'restored',
  preferredForm: 'restored',
  autoLockMinutes: 'restored',
  planSuggestionsSeenFor: 'restored',
  persistence: 'device',
  lastBackupAt: 'backupDate',
} as const satisfies Record<keyof Settings, 'restored' | 'device' | 'backupDate'>;

export type SettingKey = keyof typeof SETTINGS_ON_RESTORE;

const rowsOf = <S extends z.ZodMiniType>(data: S) =>
  z.array(z.object({ id: Id, data })).check(z.maxLength(100_000));

/** What each sealed table's rows hold, as a backup carries them: what each repository stores. */
const ROW_SCHEMAS = {
  assessments: AssessmentDataSchema,
  plan: PlanItemDataSchema,
  routines: RoutineDataSchema,
  contacts: ContactDataSchema,
  identities: IdentityDataSchema,
  supportPacks: SupportPackDataSchema,
} as const satisfies Record<SealedTableName, z.ZodMiniType>;

export const BackupSchema = z.object({
  type: z.literal(BACKUP_TYPE),
  version: z.literal(BACKUP_VERSION),
  source: z.literal(SOURCE),
  appVersion: z.string().check(z.maxLength(50)),
  createdAt: z.iso.datetime(),
  settings: BackupSettingsSchema,
  tables: z.object({
    assessments: rowsOf(ROW_SCHEMAS.assessments),
    plan: rowsOf(ROW_SCHEMAS.plan),
    routines: rowsOf(ROW_SCHEMAS.routines),
    contacts: rowsOf(ROW_SCHEMAS.contacts),
    identities: rowsOf(ROW_SCHEMAS.identities),
    // Since issue 20; a backup made before has none.
    supportPacks: z._default(rowsOf(ROW_SCHEMAS.supportPacks), []),
  }),
  batteries: z.array(BatteryRowSchema).check(z.maxLength(100)),
});
export type Backup = z.infer<typeof BackupSchema>;

const RESTORED_SETTINGS = new Set<string>(
  Object.entries(SETTINGS_ON_RESTORE).flatMap(([key, how]) => (how === 'restored' ? [key] : [])),
);

/**
 * Steps from each older version to the next (version v → v + 1). Version 1 is the first: when
 * version 2 comes, its step goes here, and tests/fixtures/backup-v1.json keeps proving it.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** What kind of record a backup could not read: a sealed table, an adapted battery, a setting. */
export type BackupRecordKind = SealedTableName | 'batteries' | 'settings';

/**
 * A record on this phone that cannot be read (it does not open, or is not what this version
 * expects), so no backup is made: a backup that restores only part of her data would mislead her.
 */
export class BackupRecordError extends Error {
  readonly kind: BackupRecordKind;
  constructor(kind: BackupRecordKind, cause?: unknown) {
    super(`backup: a record of ${kind} could not be read`, { cause });
    this.name = 'BackupRecordError';
    this.kind = kind;
  }
}

async function readTable(table: SealedTableName): Promise<{ id: string; data: unknown }[]> {
  const rows = await guarded(() => database()[table].toArray());
  return Promise.all(
    rows.map(async (row) => {
      let data: unknown;
      try {
        data = await openRow(table, row);
      } catch (error) {
        // A locked vault is not a bad record: let the lock speak for itself.
        if (error instanceof StorageError && error.code === 'locked') throw error;
        throw new BackupRecordError(table, error);
      }
      const parsed = ROW_SCHEMAS[table].safeParse(data);
      if (!parsed.success) throw new BackupRecordError(table, parsed.error);
      return { id: row.id, data: parsed.data };
    }),
  );
}

/**
 * Everything she has, as a backup document. The vault must be open or unlocked. Throws
 * BackupRecordError, naming the kind of record, when one stored record cannot be read.
 */
export async function exportBackup(appVersion: string, now = new Date()): Promise<Backup> {
  const db = database();
  const tables = {} as Record<SealedTableName, { id: string; data: unknown }[]>;
  for (const table of SEALED_TABLES) tables[table] = await readTable(table);
  const settingRows = await guarded(() => db.settings.toArray());
  // Every setting stored (one row per setting; a setting never set has no row and no default here).
  const stored: Record<string, unknown> = Object.fromEntries(
    settingRows.flatMap((r) => (r.key in SETTINGS_ON_RESTORE ? [[r.key, r.value]] : [])),
  );
  const settings = BackupSettingsSchema.safeParse(stored);
  if (!settings.success) throw new BackupRecordError('settings', settings.error);
  const batteries = await guarded(() => db.batteries.toArray());
  for (const battery of batteries) {
    const parsed = BatteryRowSchema.safeParse(battery);
    if (!parsed.success) throw new BackupRecordError('batteries', parsed.error);
  }
  // Parsing what we write proves the file will restore.
  return BackupSchema.parse({
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    source: SOURCE,
    appVersion,
    createdAt: now.toISOString(),
    settings: settings.data,
    tables,
    batteries,
  });
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** Reads a decrypted backup: migrates and validates all of it. Throws DocumentError. */
export function parseBackup(text: string): Backup {
  return parseDocument(text, BACKUP_TYPE, BACKUP_VERSION, BackupSchema, MIGRATIONS);
}

export interface BackupCounts {
  assessments: number;
  contacts: number;
  plan: number;
  routines: number;
}

/** How much a backup holds, to show before she restores it. */
export function countBackup(backup: Backup): BackupCounts {
  return {
    assessments: backup.tables.assessments.length,
    contacts: backup.tables.contacts.length,
    plan: backup.tables.plan.length,
    routines: backup.tables.routines.length,
  };
}

/** Row id → action (or routine) id of `table`'s rows on this phone; rows it cannot read are left out. */
async function keysHere(
  table: 'plan' | 'routines',
  field: 'actionId' | 'routineId',
): Promise<Map<string, string>> {
  const rows = await guarded(() => database()[table].toArray());
  const out = new Map<string, string>();
  for (const row of rows) {
    try {
      const data = await openRow(table, row);
      const value =
        typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
      if (typeof value === 'string') out.set(row.id, value);
    } catch {
      // A row this phone cannot read is no duplicate of anything.
    }
  }
  return out;
}

/**
 * The backup's rows of `table` minus those naming an action or routine already here under another
 * id (and minus repeats within the backup): one plan item per action, one kept routine per routine.
 */
function withoutDuplicates<R extends { id: string; data: Record<K, string> }, K extends string>(
  rows: readonly R[],
  field: K,
  hereById: ReadonlyMap<string, string>,
): R[] {
  const taken = new Set(hereById.values());
  const out: R[] = [];
  for (const row of rows) {
    const key = row.data[field];
    // The same record (same id) is the backup's copy of it: that one replaces it, as before.
    if (hereById.get(row.id) === key) {
      out.push(row);
      continue;
    }
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(row);
  }
  return out;
}

/**
 * Restores `backup`. "replace" makes this phone hold exactly the backup (its receive key too:
 * this phone's own key is deleted, and the backup's, if any, takes its place). "add" keeps what is
 * here and adds the backup's records: a record with the same id is replaced by the backup's; a
 * plan item for an action (or a routine) this phone already has is left out; this phone's
 * settings stay, and the last-backup date is the later of the two. Seals every row first, then
 * writes in ONE transaction: a failure changes nothing. Each completed assessment names the one
 * completed before it (assessments.ts): those links are set for the set she will have, and a link
 * here that the added ones make wrong is corrected in the same transaction — in the assessments'
 * queue, so no completion places itself meanwhile.
 */
export async function restoreBackup(backup: Backup, mode: 'replace' | 'add'): Promise<void> {
  await serially('assessments', () => restore(backup, mode));
  // Windows of the app left open on an assessment read it again (it may be gone, or finished).
  announce({ type: 'replaced' });
}

/** What a restore does with her settings, to show before she restores. */
export interface SettingsReport {
  /** Set as the backup holds them. */
  restored: SettingKey[];
  /** Left as they are on this phone, and why. */
  kept: { key: SettingKey | 'lock'; reason: 'device' | 'add' | 'notInBackup' | 'lock' }[];
  /** The last-backup date she will see after the restore (ms). */
  lastBackupAt: number;
}

/**
 * What restoring `backup` in `mode` does with her settings, given those stored here (`here`:
 * the last-backup date now, for "add").
 */
export function settingsReport(
  backup: Backup,
  mode: 'replace' | 'add',
  here: { lastBackupAt: number | null },
): SettingsReport {
  const backupDate = Date.parse(backup.createdAt);
  const keys = Object.keys(SETTINGS_ON_RESTORE) as SettingKey[];
  const restored: SettingKey[] = [];
  const kept: SettingsReport['kept'] = [];
  for (const key of keys) {
    const how = SETTINGS_ON_RESTORE[key];
    if (how === 'backupDate') continue;
    if (mode === 'add') kept.push({ key, reason: 'add' });
    else if (how === 'device') kept.push({ key, reason: 'device' });
    else if (backup.settings[key] === undefined) kept.push({ key, reason: 'notInBackup' });
    else restored.push(key);
  }
  kept.push({ key: 'lock', reason: 'lock' });
  const lastBackupAt =
    mode === 'replace' || here.lastBackupAt === null ? backupDate : Math.max(here.lastBackupAt, backupDate);
  return { restored, kept, lastBackupAt };
}

/**
 * Whether, after a "replace" restore, the app should ask this browser to keep its storage: the
 * backup says she had asked on the phone it came from (the answer belongs to each browser).
 */
export function shouldAskToKeep(backup: Backup, mode: 'replace' | 'add'): boolean {
  const asked = backup.settings.persistence;
  return mode === 'replace' && (asked === 'granted' || asked === 'denied');
}

async function restore(backup: Backup, mode: 'replace' | 'add'): Promise<void> {
  const rows: { [T in SealedTableName]: readonly { id: string; data: unknown }[] } = { ...backup.tables };
  if (mode === 'add') {
    rows.plan = withoutDuplicates(backup.tables.plan, 'actionId', await keysHere('plan', 'actionId'));
    rows.routines = withoutDuplicates(
      backup.tables.routines,
      'routineId',
      await keysHere('routines', 'routineId'),
    );
  }
  const assessments = await linkRestoredAssessments(backup.tables.assessments, mode === 'add');
  rows.assessments = assessments.placed;
  const sealed = {} as Record<SealedTableName, SealedRow[]>;
  for (const table of SEALED_TABLES) {
    sealed[table] = await Promise.all(rows[table].map((r) => toRow(table, r.id, r.data)));
  }
  const corrected = await Promise.all(assessments.corrected.map((r) => toRow('assessments', r.id, r.data)));
  const backupDate = Date.parse(backup.createdAt);
  const db = database();
  await guarded(() =>
    db.transaction(
      'rw',
      [db.settings, db.batteries, db.summaries, ...SEALED_TABLES.map((t) => db[t])],
      async () => {
        // History's cache is rebuilt from the assessments as they now are (storage/summaries.ts).
        await db.summaries.clear();
        if (mode === 'replace') {
          for (const table of SEALED_TABLES) await db[table].clear();
          await db.batteries.clear();
        }
        for (const table of SEALED_TABLES) await db[table].bulkPut(sealed[table]);
        // Rows here whose link changed; one deleted meanwhile stays deleted.
        for (const row of corrected) if (await db.assessments.get(row.id)) await db.assessments.put(row);
        await db.batteries.bulkPut(backup.batteries);
        if (mode === 'replace') {
          for (const [key, value] of Object.entries(backup.settings)) {
            // A backup may hold a setting as undefined (JSON drops it, but an older app wrote it).
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
            if (value !== undefined && RESTORED_SETTINGS.has(key)) await db.settings.put({ key, value });
          }
          // The last backup is the one restored: the data here is what it held.
          await db.settings.put({ key: 'lastBackupAt', value: backupDate });
        } else {
          // Her settings on this phone stay; only the last-backup date may move, and only forward.
          const here = (await db.settings.get('lastBackupAt'))?.value;
          const latest = typeof here === 'number' ? Math.max(here, backupDate) : backupDate;
          await db.settings.put({ key: 'lastBackupAt', value: latest });
        }
      },
    ),
  );
}

export { DocumentError };
