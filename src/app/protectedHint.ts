/**
 * Whether a passphrase protects the app, kept where index.html's first paint reads it before any
 * code runs (public/first-paint.js). A phone with a passphrase opens on the lock screen: its first
 * paint leaves out what only home shows — the warning that no passphrase protects her answers, and
 * home's actions — and keeps the app's name, what it is and its promise.
 *
 * Only "1" or nothing, and nothing she entered: anyone who opens the app sees its lock screen
 * anyway. Written only when it changes. A wipe empties the vault first (its state is "open" again,
 * so this hint is removed) and then clears localStorage.
 */
import { subscribeVault, vaultState } from '../services/vault.ts';

/** The key public/first-paint.js reads (the same name is written there). */
export const PROTECTED_HINT = 'shn-protected';

export function rememberProtected(isProtected: boolean, storage?: Storage): void {
  try {
    // Inside the try: reading localStorage itself throws where the browser refuses storage.
    const store = storage ?? localStorage;
    const kept = store.getItem(PROTECTED_HINT) !== null;
    if (isProtected && !kept) store.setItem(PROTECTED_HINT, '1');
    else if (!isProtected && kept) store.removeItem(PROTECTED_HINT);
  } catch {
    // No storage: every first paint is home's frame, as before.
  }
}

/**
 * From start-up on, the hint follows whether a passphrase is set: at start (locked or not), then
 * when one is set or taken into use (unlocked), or set aside or wiped (open). A lock writes nothing:
 * it never changes whether a passphrase is set, and another tab may have wiped everything or set
 * the passphrase aside meanwhile (its state is not this tab's). Returns the remover.
 */
export function keepProtectedHint(storage?: Storage): () => void {
  rememberProtected(vaultState() !== 'open', storage);
  return subscribeVault(() => {
    const now = vaultState();
    if (now !== 'locked') rememberProtected(now === 'unlocked', storage);
  });
}
