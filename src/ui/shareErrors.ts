/** Expected failures of sharing, opening and restoring, turned into one reason code each. */
import { AgeError } from '../crypto/age.ts';
import { DocumentError } from '../domain/index.ts';
import { StorageError } from '../storage/errors.ts';
import { BackupRecordError } from '../storage/backup.ts';

/** The `share:errors.*` key for any failure; unknown ones get a general message. */
export function shareErrorKey(error: unknown): string {
  if (error instanceof AgeError) return `share:errors.${error.code}`;
  if (error instanceof DocumentError) return `share:errors.${error.code}`;
  if (error instanceof BackupRecordError) return `share:errors.unreadableRecord.${error.kind}`;
  if (error instanceof StorageError) return `errors.storage.${error.code}`;
  return 'share:errors.unknown';
}
