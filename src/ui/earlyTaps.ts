/**
 * The first paint's buttons take a tap before the app's code has drawn the home screen (issue 21).
 * index.html's first paint (scripts/firstPaint.ts) is home's frame with real buttons:
 * - from before the body is drawn, public/first-paint.js leaves on quick exit (tapped, or Escape
 *   twice) and marks another button she taps as waiting (the last one);
 * - src/boot.ts, the page's first module, then listens here (`listenForEarlyTaps`) and takes over
 *   a tap marked before it: quick exit (and Escape twice, as its label says) leaves at once with
 *   the app's own `quickExit` (nothing of hers is open yet); any other button is kept, the last
 *   tapped, and the frame's status line says "Loading…" to a screen reader;
 * - home, once the app's code draws it, taps the same button for her (`takeEarlyTap`, HomePage).
 *   When the app opens on another screen (the lock screen, or the screen a reload brings her back
 *   to), the tap is forgotten (`endEarlyTaps`, src/app/App.tsx): it was meant for home.
 *
 * The tap is kept in this module and on the button's class only (nothing stored, nothing in the
 * address).
 */
import { listenForDoubleEscape, quickExit, reloadWhenRestoredAfterExit } from './quickExit.ts';

/** What the first paint's buttons do: start an assessment, or open the screen of that name. */
export const EARLY_ACTIONS = [
  'start',
  'security',
  'support',
  'plan',
  'today',
  'share',
  'how',
  'workshop',
  'settings',
] as const;
export type EarlyAction = (typeof EARLY_ACTIONS)[number];

/** The attribute naming a first-paint button's action (`exit` for quick exit). */
export const EARLY_ATTRIBUTE = 'data-early';
/**
 * On a first-paint button tapped before the app could act on it (app.css draws it faded).
 * public/first-paint.js sets the same class.
 */
export const WAITING_CLASS = 'is-waiting';
/** On `<html>` once this module listens: public/first-paint.js then leaves taps to it. */
export const LISTENING_ATTRIBUTE = 'data-early-taps';

const isEarlyAction = (value: string | null): value is EarlyAction =>
  (EARLY_ACTIONS as readonly string[]).includes(value ?? '');

let pending: EarlyAction | undefined;
let waiting: HTMLElement | undefined;
let stopListening: (() => void) | undefined;

/**
 * Starts listening for taps on the first paint's buttons (and Escape twice), taking over a tap
 * public/first-paint.js marked before. Returns the remover.
 */
export function listenForEarlyTaps(doc: Document = document, exit: () => void = quickExit): () => void {
  stopListening?.();
  const hold = (button: HTMLElement) => {
    const action = button.getAttribute(EARLY_ATTRIBUTE);
    if (action === 'exit') {
      exit();
      return;
    }
    if (!isEarlyAction(action)) return;
    waiting?.classList.remove(WAITING_CLASS);
    waiting?.removeAttribute('aria-busy');
    pending = action;
    waiting = button;
    button.classList.add(WAITING_CLASS);
    button.setAttribute('aria-busy', 'true');
    // A screen reader says so ("Loading…" in the frame's language; aria-busy alone is seldom read).
    const status = button
      .closest('.first-paint')
      ?.querySelector<HTMLElement>('[role="status"][data-waiting]');
    if (status) status.textContent = status.dataset.waiting ?? '';
  };
  const onClick = (event: MouseEvent) => {
    const button =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>(`.first-paint [${EARLY_ATTRIBUTE}]`)
        : null;
    if (button) hold(button);
  };
  doc.addEventListener('click', onClick);
  doc.documentElement.setAttribute(LISTENING_ATTRIBUTE, '');
  const stopEscape = listenForDoubleEscape(exit);
  // Left by the first paint's quick exit, before the app's shell guards it: brought back from the
  // back/forward cache, the page loads afresh instead of staying blank.
  const stopRestore = reloadWhenRestoredAfterExit();
  const stop = () => {
    doc.removeEventListener('click', onClick);
    stopEscape();
    stopRestore();
    if (stopListening === stop) stopListening = undefined;
  };
  stopListening = stop;
  const marked = doc.querySelector<HTMLElement>(`.first-paint .${WAITING_CLASS}[${EARLY_ATTRIBUTE}]`);
  if (marked) hold(marked);
  return stop;
}

/** The action tapped on the first paint, once (then none); listening stops. */
export function takeEarlyTap(): EarlyAction | undefined {
  const action = pending;
  endEarlyTaps();
  return action;
}

/** Forgets a tap not taken and stops listening (the app has drawn its first screen). */
export function endEarlyTaps(): void {
  pending = undefined;
  waiting = undefined;
  stopListening?.();
}
