/**
 * The first paint's buttons answer a tap before the app's code has drawn the home screen
 * (issue 21). index.html's first paint (scripts/firstPaint.ts) is home's frame with real buttons;
 * src/boot.ts listens for taps on them before that paint is shown:
 * - quick exit leaves at once, as the app's own button does (nothing of hers is open yet), and so
 *   does Escape twice, as its label says;
 * - any other button is remembered (the first one tapped) and drawn as waiting; the home screen,
 *   once the app's code draws it, does what was tapped (`takeEarlyTap`, HomePage). When the app
 *   opens on another screen (the lock screen, or the screen a reload brings her back to), the tap
 *   is forgotten (`endEarlyTaps`, src/app/App.tsx): it was meant for home.
 *
 * The tap is kept in this module only (nothing stored, nothing in the address).
 */
import { listenForDoubleEscape, quickExit } from './quickExit.ts';

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
/** Drawn on a first-paint button tapped before the app could act on it (app.css). */
export const WAITING_CLASS = 'is-waiting';

const isEarlyAction = (value: string | undefined): value is EarlyAction =>
  (EARLY_ACTIONS as readonly string[]).includes(value ?? '');

let pending: EarlyAction | undefined;
let stopListening: (() => void) | undefined;

/** Starts listening for taps on the first paint's buttons (and Escape twice). Returns the remover. */
export function listenForEarlyTaps(doc: Document = document, exit: () => void = quickExit): () => void {
  stopListening?.();
  const onClick = (event: MouseEvent) => {
    const button =
      event.target instanceof Element
        ? event.target.closest<HTMLElement>(`.first-paint [${EARLY_ATTRIBUTE}]`)
        : null;
    if (!button) return;
    const action = button.getAttribute(EARLY_ATTRIBUTE) ?? undefined;
    if (action === 'exit') {
      exit();
      return;
    }
    if (pending !== undefined || !isEarlyAction(action)) return;
    pending = action;
    button.classList.add(WAITING_CLASS);
    button.setAttribute('aria-busy', 'true');
  };
  doc.addEventListener('click', onClick);
  const stopEscape = listenForDoubleEscape(exit);
  const stop = () => {
    doc.removeEventListener('click', onClick);
    stopEscape();
    if (stopListening === stop) stopListening = undefined;
  };
  stopListening = stop;
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
  stopListening?.();
}
