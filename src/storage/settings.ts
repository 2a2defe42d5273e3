/** Settings repository: the app's preferences, with defaults for what was never set. */
import { database } from './db.ts';
import { guarded } from './errors.ts';

export type PersistenceState = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface Settings {
  /** Chosen language; undefined means "follow the phone". */
  language?: string;
  persistence: PersistenceState;
  hasOnboarded: boolean;
  preferredForm: 'full' | 'short';
  /** Lock after this many idle minutes (with a passphrase). */
  autoLockMinutes: number;
  /** When her last full backup was made (ms since epoch); null: never. */
  lastBackupAt: number | null;
  /** The assessment whose new suggestions she has finished choosing from (My plan stops offering them). */
  planSuggestionsSeenFor?: string;
}

export const DEFAULT_SETTINGS: Settings = {
  persistence: 'unknown',
  hasOnboarded: false,
  preferredForm: 'full',
  autoLockMinutes: 5,
  lastBackupAt: null,
};

/** Every setting, defaults filled in. */
export async function getSettings(): Promise<Settings> {
  const rows = await guarded(() => database().settings.toArray());
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<Settings>;
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Saves some settings in one transaction; a failure changes none of them. */
export async function updateSettings(change: Partial<Settings>): Promise<void> {
  const db = database();
  await guarded(() =>
    db.transaction('rw', db.settings, async () => {
      for (const [key, value] of Object.entries(change)) {
        // `{ key: undefined }` means "back to the default": the row goes.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (value === undefined) await db.settings.delete(key);
        else await db.settings.put({ key, value });
      }
    }),
  );
}
