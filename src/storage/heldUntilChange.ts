/**
 * A value read from her data and held in memory so that a screen can draw at once (issue 21:
 * History's list, as home read it; her newest results, read ahead on History), until anything
 * could have changed it: an assessment completed or deleted, all deleted or a backup restored —
 * written in this window or announced by another one (changes.ts) — and any change of the vault
 * (locked, unlocked, wiped). Nothing is held after a lock. A read that such a change overtook is
 * not kept: what it read may be from before the change.
 */
import { watchChanges } from './changes.ts';
import { subscribeVault } from './vault.ts';

export interface HeldUntilChange<T> {
  /** The value held, or undefined (none kept, or forgotten since). */
  value: () => T | undefined;
  /** Call as a read starts; the function it returns keeps what the read gives, unless something changed meanwhile. */
  reading: () => (read: T) => void;
}

export function heldUntilChange<T>(): HeldUntilChange<T> {
  let held: T | undefined;
  let generation = 0;
  let watching = false;
  const forget = () => {
    generation += 1;
    held = undefined;
  };
  return {
    value: () => held,
    reading: () => {
      if (!watching) {
        watching = true;
        watchChanges((change) => {
          // An answer changes one in progress: nothing held is about those.
          if (change.type !== 'answered') forget();
        });
        subscribeVault(forget);
      }
      const readAt = generation;
      return (read) => {
        if (generation === readAt) held = read;
      };
    },
  };
}
