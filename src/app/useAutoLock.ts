/**
 * Auto-lock (DESIGN.md §6): after `minutes` without a touch or key, and at once when the app goes
 * to the background. Only while a passphrase is set and the vault is unlocked.
 */
import { useEffect } from 'react';
import { lock } from '../storage/vault.ts';
import type { VaultState } from '../storage/vault.ts';

export function useAutoLock(state: VaultState, minutes: number): void {
  useEffect(() => {
    if (state !== 'unlocked') return;
    let timer = window.setTimeout(lock, minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') lock();
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, restart, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, restart);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [state, minutes]);
}
