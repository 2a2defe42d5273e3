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
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

function start<T>(load: () => Promise<T>): Promise<T> {
  // A loader that throws at once rejects like one that throws later.
  const promise = (async () => load())();
  // Handled by the effect that takes it; an unmounted screen's load must not be "unhandled".
  promise.catch(() => undefined);
  return promise;
}

export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const [first] = useState(() => start(load));
  const firstTaken = useRef(false);
  useEffect(() => {
    let isCurrent = true;
    // The first effect takes the load its render started; later ones (deps, reload) start their own.
    const promise = firstTaken.current ? start(load) : first;
    firstTaken.current = true;
    promise.then(
      (value) => isCurrent && setState({ status: 'ready', value }),
      (error: unknown) => isCurrent && setState({ status: 'error', error }),
    );
    return () => {
      isCurrent = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
