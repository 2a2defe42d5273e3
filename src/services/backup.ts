/**
 * A full backup (DESIGN.md §7): everything she has, locked with age to a passphrase, and such a
 * file opened and checked as a whole before anything on this phone changes.
 */
import { decryptToText, encryptToPassphrase } from '../crypto/age.ts';
import { exportBackup, parseBackup, serializeBackup, type Backup } from '../storage/backup.ts';

export type { Backup, BackupCounts } from '../storage/backup.ts';
export { countBackup, restoreBackup } from '../storage/backup.ts';

declare const __APP_VERSION__: string;

/**
 * Everything she has, as an age file locked to `passphrase` (surrounding spaces are not part of
 * it). The vault must be open. Throws BackupRecordError when a stored record cannot be read, or
 * StorageError.
 */
export async function makeBackup(passphrase: string): Promise<Uint8Array> {
  const backup = await exportBackup(__APP_VERSION__);
  return encryptToPassphrase(serializeBackup(backup), passphrase.trim());
}

/**
 * Opens a backup file with its passphrase, and reads, migrates and checks all of it. Changes
 * nothing. Throws AgeError or DocumentError.
 */
export async function openBackup(file: Uint8Array, passphrase: string): Promise<Backup> {
  return parseBackup(await decryptToText(file, { passphrase: passphrase.trim() }));
}
