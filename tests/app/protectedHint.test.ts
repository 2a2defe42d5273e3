/**
 * The hint index.html's first paint reads (src/app/protectedHint.ts, public/first-paint.js): a phone
 * with a passphrase opens on the lock screen, so its first paint must not tell her that no
 * passphrase protects her answers. The hint follows the vault through a passphrase set, a lock, a
 * passphrase set aside and a wipe.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { keepProtectedHint, PROTECTED_HINT, rememberProtected } from '../../src/app/protectedHint.ts';
import { initVault, lock, removePassphrase, resetVault, setPassphrase } from '../../src/storage/vault.ts';
import { wipeEverything } from '../../src/storage/wipe.ts';
import { freshDatabase } from '../helpers/db.ts';

const PASSPHRASE = 'river stone candle morning';

beforeEach(() => {
  freshDatabase();
  resetVault();
  localStorage.clear();
});

describe('the protected hint', () => {
  it('is "1" while protected and absent otherwise, written only when it changes', () => {
    const writes: string[] = [];
    const storage = {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: (key: string, value: string) => {
        writes.push(`set ${key}=${value}`);
        localStorage.setItem(key, value);
      },
      removeItem: (key: string) => {
        writes.push(`remove ${key}`);
        localStorage.removeItem(key);
      },
    } as Storage;
    rememberProtected(false, storage);
    rememberProtected(true, storage);
    rememberProtected(true, storage);
    expect(localStorage.getItem(PROTECTED_HINT)).toBe('1');
    rememberProtected(false, storage);
    rememberProtected(false, storage);
    expect(localStorage.getItem(PROTECTED_HINT)).toBeNull();
    expect(writes).toEqual([`set ${PROTECTED_HINT}=1`, `remove ${PROTECTED_HINT}`]);
  });

  it('never throws where storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(() => rememberProtected(true, refusing)).not.toThrow();
  });

  it('follows the vault: passphrase set, locked, set aside', async () => {
    await initVault();
    const stop = keepProtectedHint();
    expect(localStorage.getItem(PROTECTED_HINT)).toBeNull();
    await setPassphrase(PASSPHRASE);
    expect(localStorage.getItem(PROTECTED_HINT)).toBe('1');
    lock();
    expect(localStorage.getItem(PROTECTED_HINT)).toBe('1');
    stop();
    // The next start of a protected phone: locked from the start, the hint stays.
    resetVault();
    await initVault();
    keepProtectedHint()();
    expect(localStorage.getItem(PROTECTED_HINT)).toBe('1');
  });

  it('is removed when she sets the passphrase aside', async () => {
    await initVault();
    const stop = keepProtectedHint();
    await setPassphrase(PASSPHRASE);
    expect(localStorage.getItem(PROTECTED_HINT)).toBe('1');
    await removePassphrase(PASSPHRASE);
    expect(localStorage.getItem(PROTECTED_HINT)).toBeNull();
    stop();
  });

  it('is gone after a wipe, and nothing writes it back', async () => {
    await initVault();
    const stop = keepProtectedHint();
    await setPassphrase(PASSPHRASE);
    // Unlocked, as in Settings → Delete everything.
    await wipeEverything();
    expect(localStorage.getItem(PROTECTED_HINT)).toBeNull();
    // A lock after the wipe (a quick exit) writes nothing.
    lock();
    expect(localStorage.length).toBe(0);
    stop();
  });

  it('is not written back by a lock in this tab after another tab wiped or set the passphrase aside', async () => {
    await initVault();
    const stop = keepProtectedHint();
    await setPassphrase(PASSPHRASE);
    expect(localStorage.getItem(PROTECTED_HINT)).toBe('1');
    // Another tab deleted everything (or set the passphrase aside): the hint is gone there.
    localStorage.clear();
    // This tab, still unlocked, locks later (hidden, idle, quick exit).
    lock();
    expect(localStorage.getItem(PROTECTED_HINT)).toBeNull();
    stop();
  });
});
