/**
 * Protection at rest, as the screens use it (DESIGN.md §6): the lock's state, unlocking (a
 * duress passphrase or the failed-unlock limit wipes and starts the app again as new), and the
 * passphrase settings. The key handling itself lives in src/storage/vault.ts.
 */
import { failedUnlocks, unlock, type UnlockResult } from '../storage/vault.ts';
import { wipeEverything } from './wipe.ts';

export {
  changePassphrase,
  failedUnlocks,
  hasDuressPassphrase,
  lock,
  removePassphrase,
  setDuressPassphrase,
  setFailedUnlockLimit,
  setPassphrase,
  subscribeVault,
  vaultState,
  type VaultState,
} from '../storage/vault.ts';

/**
 * Tries a passphrase at the lock screen. "wiped": a duress passphrase, or the last allowed try,
 * deleted everything — the screen starts the app again as new, at once.
 */
export function unlockWith(passphrase: string): Promise<UnlockResult> {
  return unlock(passphrase, wipeEverything);
}

/** How many unlock tries are left before the limit she chose wipes; undefined without a limit. */
export async function unlockTriesLeft(): Promise<number | undefined> {
  const { count, limit } = await failedUnlocks();
  return limit ? limit - count : undefined;
}
