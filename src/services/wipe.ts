/** Deletes everything, then starts the app again as new (first run, home screen). */
import { wipeEverything } from '../storage/wipe.ts';

export async function wipeAndRestart(): Promise<void> {
  await wipeEverything();
  history.replaceState(null, '');
  location.reload();
}
