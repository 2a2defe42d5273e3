/**
 * Quick exit (DESIGN.md §6): clear the screen, forget our session state, replace the current
 * history entry and leave for a neutral page. Leaving is her navigation, not a request of the app.
 *
 * What she left must not come back: not with Back, not with Forward, not in a tab reopened at the
 * app's address. The app's earlier history entries still hold the screens she opened (in
 * `history.state`, never in the address), and a page cannot remove them. So quick exit counts
 * itself in this tab's sessionStorage, and the router stamps each screen it saves with that count
 * (`exitCount`): a screen saved before the last quick exit is never shown again — the app opens at
 * the home screen instead. A page restored from the back/forward cache after a quick exit is
 * loaded afresh, which then shows the home screen too.
 */
export const NEUTRAL_PAGE = 'about:blank';

/** This tab's number of quick exits, in sessionStorage (nothing is written until the first one). */
const EXITS_KEY = 'shn-exits';

/** Hooks run before leaving (the lock issue adds "lock now"). */
const beforeExit = new Set<() => void>();

/** Set when this page has left: a page brought back from the back/forward cache must reload. */
let hasLeft = false;

export function onQuickExit(hook: () => void): () => void {
  beforeExit.add(hook);
  return () => beforeExit.delete(hook);
}

/** How many quick exits this tab has seen: 0 until the first (or when storage is unavailable). */
export function exitCount(): number {
  try {
    const n = Number(sessionStorage.getItem(EXITS_KEY) ?? 0);
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

export function quickExit(): void {
  hasLeft = true;
  for (const hook of beforeExit) {
    try {
      hook();
    } catch {
      // Leaving matters more than any hook.
    }
  }
  const exits = exitCount() + 1;
  try {
    sessionStorage.clear();
    // The only thing kept: every screen saved before now is stale (see above).
    sessionStorage.setItem(EXITS_KEY, String(exits));
  } catch {
    // Storage may be unavailable; leave anyway.
  }
  document.title = '';
  document.body.replaceChildren();
  history.replaceState(null, '');
  location.replace(NEUTRAL_PAGE);
}

/**
 * Reloads a page brought back from the back/forward cache after a quick exit (its screen is empty,
 * and what it showed must not come back), or after a quick exit in another page of this tab.
 * Returns the remover.
 */
export function reloadWhenRestoredAfterExit(): () => void {
  const exitsAtStart = exitCount();
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted && (hasLeft || exitCount() !== exitsAtStart)) location.reload();
  };
  window.addEventListener('pageshow', onShow);
  return () => window.removeEventListener('pageshow', onShow);
}

/**
 * Calls `quickExit` when Escape is pressed twice within `windowMs`. Returns the remover.
 *
 * Escape also leaves full screen (the presenter's slides): a press while something is full screen,
 * or within `windowMs` of entering or leaving it (a browser may deliver the key after the change),
 * belongs to the browser and never counts toward a quick exit.
 */
export function listenForDoubleEscape(exit: () => void = quickExit, windowMs = 800): () => void {
  let last = 0;
  let fullScreenChangedAt = Number.NEGATIVE_INFINITY;
  const onFullScreenChange = () => {
    fullScreenChangedAt = performance.now();
    last = 0;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = performance.now();
    if (document.fullscreenElement || now - fullScreenChangedAt < windowMs) {
      last = 0;
      return;
    }
    if (now - last < windowMs) {
      exit();
      last = 0;
    } else {
      last = now;
    }
  };
  window.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFullScreenChange);
  return () => {
    window.removeEventListener('keydown', onKey);
    document.removeEventListener('fullscreenchange', onFullScreenChange);
  };
}
