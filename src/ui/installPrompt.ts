/**
 * Adding the app to the home screen from inside it. Chromium announces that it can install the app
 * with a `beforeinstallprompt` event, usually soon after the page loads, before any screen asks;
 * so the shell starts listening at start-up and keeps the event for the one tap that uses it.
 * Other browsers (Safari, Firefox) have no such event: the screen then says how to do it by hand.
 *
 * The browser's own small install banner is left as it is (the event is not cancelled).
 */
import { useSyncExternalStore } from 'react';

/** The part of Chromium's BeforeInstallPromptEvent the app uses (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt: () => Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let saved: InstallPromptEvent | undefined;
let isInstalledNow = false;
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

/** Starts keeping the browser's install offer, once, as early as possible. Returns the remover. */
export function listenForInstallPrompt(): () => void {
  const onOffer = (event: Event) => {
    saved = event as InstallPromptEvent;
    changed();
  };
  const onInstalled = () => {
    saved = undefined;
    isInstalledNow = true;
    changed();
  };
  window.addEventListener('beforeinstallprompt', onOffer);
  window.addEventListener('appinstalled', onInstalled);
  return () => {
    window.removeEventListener('beforeinstallprompt', onOffer);
    window.removeEventListener('appinstalled', onInstalled);
  };
}

/** Whether the app runs installed: opened from the home screen, or just installed. */
function isInstalled(): boolean {
  const standalone =
    typeof matchMedia === 'function' &&
    (matchMedia('(display-mode: standalone)').matches || matchMedia('(display-mode: minimal-ui)').matches);
  // iOS Safari: its own flag for an app opened from the home screen.
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return isInstalledNow || standalone || iosStandalone;
}

export interface InstallState {
  /** The app already runs from the home screen. */
  isInstalled: boolean;
  /** The browser offered to install it: one tap asks. */
  canAsk: boolean;
}

function snapshot(): string {
  return `${isInstalled() ? 1 : 0}${saved ? 1 : 0}`;
}

/** What the screen can offer now; follows the browser's offer as it comes and goes. */
export function useInstallState(): InstallState {
  const key = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot,
    snapshot,
  );
  return { isInstalled: key[0] === '1', canAsk: key[1] === '1' };
}

/**
 * Asks the browser to install the app (its own dialog), when it offered to. Resolves to what she
 * chose, or `unavailable` when there is no offer (another browser, or the offer was used).
 */
export async function askToInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const offer = saved;
  if (!offer) return 'unavailable';
  // An offer can be used once.
  saved = undefined;
  changed();
  try {
    const { outcome } = await offer.prompt();
    if (outcome === 'accepted') isInstalledNow = true;
    changed();
    return outcome;
  } catch {
    return 'unavailable';
  }
}
