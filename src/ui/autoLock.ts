/**
 * Auto-lock (DESIGN.md §6): after `minutes` without a touch or key, and at once when the app goes
 * to the background. Only while a passphrase is set and the vault is unlocked.
 *
 * One exception, asked for by the app itself: sharing, downloading, copying or picking a file
 * hides the page for a moment (the share sheet, the download prompt, Android's file picker).
 * Locking then would close the screen she was on and lose what it held (the passphrase shown for
 * her contact, the restore file she just picked). So those actions call `allowBriefLeave()`, and
 * the next hide within `BRIEF_LEAVE_MS` does not lock — unless she stays away longer than that.
 * The idle timer keeps running, and quick exit still locks at once.
 */
import { useEffect } from 'react';
import { lock, type VaultState } from '../services/vault.ts';

/** How long after a share, download, copy or file pick a hide is forgiven, and how long it may last. */
export const BRIEF_LEAVE_MS = 2 * 60_000;

let leaveAllowedUntil = 0;

/**
 * Lets the next hide of the page, if it comes within `BRIEF_LEAVE_MS`, pass without locking. Call
 * it just before an action that opens something outside the app (share sheet, download, file
 * picker, clipboard). One call forgives one hide.
 */
export function allowBriefLeave(now = Date.now()): void {
  leaveAllowedUntil = now + BRIEF_LEAVE_MS;
}

export function useAutoLock(state: VaultState, minutes: number): void {
  useEffect(() => {
    if (state !== 'unlocked') return;
    let timer = window.setTimeout(lock, minutes * 60_000);
    /** When a forgiven absence must end; 0 while she is here or none was forgiven. */
    let backBy = 0;
    let awayTimer: number | undefined;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    const onVisibility = () => {
      const now = Date.now();
      if (document.visibilityState === 'hidden') {
        if (now < leaveAllowedUntil) {
          leaveAllowedUntil = 0;
          backBy = now + BRIEF_LEAVE_MS;
          // Timers may be slowed or frozen in the background: the check on return is what counts.
          awayTimer = window.setTimeout(lock, BRIEF_LEAVE_MS);
        } else {
          lock();
        }
        return;
      }
      window.clearTimeout(awayTimer);
      if (backBy !== 0 && now > backBy) lock();
      backBy = 0;
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, restart, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(awayTimer);
      for (const e of events) window.removeEventListener(e, restart);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [state, minutes]);
}
