/**
 * Persistent storage (DESIGN.md §6): asked for after her first saved answer, never promised.
 * Chromium grants it by heuristics; Safari may still delete data of sites unused for 7 days
 * unless the app is installed to the home screen.
 */
import { getSettings, updateSettings, type PersistenceState } from './settings.ts';

/** Asks the browser to keep our storage, once; records and returns the answer. */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  // The types say every browser has these; older ones and some webviews do not.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!storage?.persist || !storage.persisted) {
    await updateSettings({ persistence: 'unsupported' });
    return 'unsupported';
  }
  const current = await getSettings();
  if (current.persistence === 'granted') return 'granted';
  const state: PersistenceState =
    (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'denied';
  await updateSettings({ persistence: state });
  return state;
}
