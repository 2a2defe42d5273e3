/**
 * A full backup (DESIGN.md §7): everything she has, locked with age to a passphrase, and such a
 * file opened and checked as a whole before anything on this phone changes.
 */
import { decryptToText, encryptToPassphrase } from '../crypto/age.ts';
import { parseBatteryText, type Battery } from '../domain/index.ts';
import {
  exportBackup,
  parseBackup,
  restoreBackup as restoreStored,
  serializeBackup,
  type Backup,
} from '../storage/backup.ts';
import { batteryKey, loadBattery } from './batteries.ts';
import { levelsOf } from './results.ts';

export type { Backup, BackupCounts, SettingKey, SettingsReport } from '../storage/backup.ts';
export { countBackup, settingsReport, shouldAskToKeep } from '../storage/backup.ts';

declare const __APP_VERSION__: string;

/**
 * Everything she has, as an age file locked to `passphrase` (surrounding spaces are not part of
 * it), and when it was made (what the last-backup date becomes once she has it). The vault must be
 * open. Throws BackupRecordError when a stored record cannot be read, or StorageError.
 */
export async function makeBackup(passphrase: string): Promise<{ file: Uint8Array; createdAt: number }> {
  const backup = await exportBackup(__APP_VERSION__);
  const file = await encryptToPassphrase(serializeBackup(backup), passphrase.trim());
  return { file, createdAt: Date.parse(backup.createdAt) };
}

/**
 * Opens a backup file with its passphrase, and reads, migrates and checks all of it. Changes
 * nothing. Throws AgeError or DocumentError.
 */
export async function openBackup(file: Uint8Array, passphrase: string): Promise<Backup> {
  return parseBackup(await decryptToText(file, { passphrase: passphrase.trim() }));
}

/**
 * Restores `backup` (storage/backup.ts `restoreBackup`: "replace" or "add", all or nothing). The
 * levels kept with each completed assessment are worked out again from its answers, with the
 * battery version it was made with (shipped, on this phone, or in the backup), so they always
 * equal score() of its answers; when that version cannot be loaded none are kept (they are worked
 * out when shown, or the entry lists without them). An assessment not completed keeps none.
 */
export async function restoreBackup(backup: Backup, mode: 'replace' | 'add'): Promise<void> {
  await restoreStored(await withLevelsWorkedOut(backup), mode);
}

async function withLevelsWorkedOut(backup: Backup): Promise<Backup> {
  const batteries = new Map<string, Promise<Battery | undefined>>();
  const batteryOf = (id: string, version: string) => {
    const key = batteryKey(id, version);
    let pending = batteries.get(key);
    if (!pending) {
      pending = loadBattery(id, version).catch(() => {
        const row = backup.batteries.find((b) => b.key === key);
        const parsed = row ? parseBatteryText(row.text) : undefined;
        return parsed?.ok && parsed.battery.id === id && parsed.battery.version === version
          ? parsed.battery
          : undefined;
      });
      batteries.set(key, pending);
    }
    return pending;
  };
  const assessments = await Promise.all(
    backup.tables.assessments.map(async ({ id, data }) => {
      const rest = { ...data };
      delete rest.levels;
      if (data.completedAt === undefined) return { id, data: rest };
      const battery = await batteryOf(data.batteryId, data.batteryVersion);
      return {
        id,
        data: battery ? { ...rest, levels: levelsOf(battery, data.answers, data.formId) } : rest,
      };
    }),
  );
  return { ...backup, tables: { ...backup.tables, assessments } };
}
