/**
 * Telling the app's other windows (tabs) that an assessment changed, so a window left open on it
 * learns at once that it was answered, finished or deleted elsewhere. A `BroadcastChannel`: it
 * reaches only windows of this same origin in this same browser, never the network. A message
 * carries the assessment's random id and what happened — never an answer.
 *
 * The message is a courtesy, not the guard: a window that misses it (asleep, or a browser without
 * `BroadcastChannel`) is still refused by the check inside each write (assessments.ts).
 */

export type AssessmentChange =
  | { type: 'answered'; id: string }
  | { type: 'completed'; id: string }
  | { type: 'deleted'; id: string }
  /** Many at once: every assessment deleted, or a backup restored. */
  | { type: 'replaced' };

const CHANNEL = 'shn-assessments';

let channel: BroadcastChannel | undefined;
const listeners = new Set<(change: AssessmentChange) => void>();

function open(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const change = parse(event.data);
      if (change) for (const listener of listeners) listener(change);
    };
  }
  return channel;
}

/** A message of this app's own windows (same origin): checked only for the one field read first. */
function parse(data: unknown): AssessmentChange | undefined {
  return typeof data === 'object' && data !== null && 'type' in data ? (data as AssessmentChange) : undefined;
}

/** Listeners to every change, this window's own included. */
const watchers = new Set<(change: AssessmentChange) => void>();

/** Tells the other windows, and this window's watchers, about a change that was written. Never throws. */
export function announce(change: AssessmentChange): void {
  for (const watcher of watchers) watcher(change);
  try {
    open()?.postMessage(change);
  } catch {
    // A closed channel (the page is going away) has no one left to tell.
  }
}

/**
 * Calls `listener` for every change: those this window writes and those another window announces.
 * Returns the remover.
 */
export function watchChanges(listener: (change: AssessmentChange) => void): () => void {
  watchers.add(listener);
  const stop = subscribeChanges(listener);
  return () => {
    watchers.delete(listener);
    stop();
  };
}

/** Calls `listener` for each change another window announces; returns the remover. */
export function subscribeChanges(listener: (change: AssessmentChange) => void): () => void {
  open();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
