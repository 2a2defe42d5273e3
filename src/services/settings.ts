/** Her settings, and what the app reads before its first screen. */
import { DEFAULT_SETTINGS, getSettings, type Settings } from '../storage/settings.ts';
import { initVault, SecretGoneError } from '../storage/vault.ts';
import { wipeEverything } from '../storage/wipe.ts';

export { updateSettings, type PersistenceState, type Settings } from '../storage/settings.ts';

/**
 * Reads her settings and whether a passphrase locks her data. When the browser gives the app no
 * storage (private mode, a broken store) the app still opens with the defaults and says so.
 *
 * The two reads run side by side (neither needs the other): on a cold start the vault's — the key
 * row, the device secret, unwrapping the data key — no longer waits for the settings (issue 21).
 */
export async function startUp(): Promise<{ settings: Settings; isStorageAvailable: boolean }> {
  const vaultOpened = initVault().then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  try {
    const settings = await getSettings();
    const failed = await vaultOpened;
    if (failed) {
      // The device secret is gone but the database is not: a wipe stopped half-way. Finish it.
      if (!(failed.error instanceof SecretGoneError)) throw failed.error;
      await wipeEverything();
      await initVault();
      return { settings: DEFAULT_SETTINGS, isStorageAvailable: true };
    }
    return { settings, isStorageAvailable: true };
  } catch {
    return { settings: DEFAULT_SETTINGS, isStorageAvailable: false };
  }
}
