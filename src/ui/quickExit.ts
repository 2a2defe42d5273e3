/**
 * Quick exit (DESIGN.md §6): clear the screen, forget our session state, replace the current
 * history entry and leave for a neutral page. Leaving is her navigation, not a request of the app.
 */
export const NEUTRAL_PAGE = 'about:blank';

/** Hooks run before leaving (the lock issue adds "lock now"). */
const beforeExit = new Set<() => void>();

export function onQuickExit(hook: () => void): () => void {
  beforeExit.add(hook);
  return () => beforeExit.delete(hook);
}

export function quickExit(): void {
  for (const hook of beforeExit) {
    try {
      hook();
    } catch {
      // Leaving matters more than any hook.
    }
  }
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; leave anyway.
  }
  document.title = '';
  document.body.replaceChildren();
  history.replaceState(null, '');
  location.replace(NEUTRAL_PAGE);
}

/** Calls `quickExit` when Escape is pressed twice within `windowMs`. Returns the remover. */
export function listenForDoubleEscape(exit: () => void = quickExit, windowMs = 800): () => void {
  let last = 0;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = performance.now();
    if (now - last < windowMs) {
      exit();
      last = 0;
    } else {
      last = now;
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
