/**
 * Loads something once per `deps` change; gives the value, the error, and a reload.
 *
 * The first load starts in the screen's first render, not in an effect after it: an effect runs
 * only once the screen ("Loading…") has been committed and painted, so the read would wait for a
 * frame it does not need. Started in the render, reading her data (IndexedDB and decryption run off
 * the main thread) goes on while that frame is drawn (issue 21: Results and History come sooner).
 * A render React throws away (rare: a transition interrupted before it commits) runs its load once
 * more. The loads here read; the two that may write store what any read would store (History's
 * sealed cache of summaries, a form that is no longer offered falling back to "full"), so a second
 * run costs time, not data.
 *
 * With `initial` (what the screen can show at once: what this window last read, when nothing has
 * changed since), the screen draws that first, and the load that checks it starts once the page is
 * idle; its value replaces the shown one only when `same` says it differs (issue 21: History comes
 * without waiting for its read).
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { whenIdle } from './whenIdle.ts';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

function start<T>(load: () => Promise<T>): Promise<T> {
  // A loader that throws at once rejects like one that throws later.
  const promise = (async () => load())();
  // Handled by the effect that takes it; an unmounted screen's load must not be "unhandled".
  promise.catch(() => undefined);
  return promise;
}

export interface AsyncOptions<T> {
  /** A value to show at once (undefined: none; the screen waits for the load). */
  initial?: () => T | undefined;
  /** Whether a loaded value shows the same as the one shown (then nothing is redrawn). */
  same?: (shown: T, loaded: T) => boolean;
}

export function useAsync<T>(
  load: () => Promise<T>,
  deps: DependencyList,
  options: AsyncOptions<T> = {},
): [AsyncState<T>, () => void] {
  const [initial] = useState(() => options.initial?.());
  const [state, setState] = useState<AsyncState<T>>(
    initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  );
  const [round, setRound] = useState(0);
  const [first] = useState(() => (initial === undefined ? start(load) : undefined));
  const firstTaken = useRef(false);
  // A function of the screen's module, fixed for the screen's life.
  const [same] = useState(() => options.same);
  useEffect(() => {
    let isCurrent = true;
    const take = (promise: Promise<T>) =>
      promise.then(
        (value) =>
          isCurrent &&
          setState((shown) =>
            shown.status === 'ready' && same?.(shown.value, value) ? shown : { status: 'ready', value },
          ),
        (error: unknown) => isCurrent && setState({ status: 'error', error }),
      );
    const isFirst = !firstTaken.current;
    firstTaken.current = true;
    // The first effect takes the load its render started, or, with a value shown at once, starts
    // the check at idle; later ones (deps, reload) start their own load at once.
    const cancel = isFirst && !first ? whenIdle(() => void take(start(load))) : undefined;
    if (!cancel) void take(isFirst && first ? first : start(load));
    return () => {
      isCurrent = false;
      cancel?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
