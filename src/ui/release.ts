/**
 * What runs and what waits: each service worker answers `{ type: 'SHN_RELEASE' }` with its version,
 * its build fingerprint (a hash of every file it keeps offline, scripts/fingerprint.ts), the short
 * code to read aloud, and its release notes (vite.config.ts `releaseInfo`). Settings → About shows
 * the running one; the update banner shows the waiting one; and a start after the browser put a
 * new version in place by itself (every tab closed) says so once (`changedWithoutHerTap`).
 *
 * Kept in localStorage: the fingerprint and version last seen running, and the fingerprint of an
 * update she accepted. Nothing of hers; a wipe removes them with the rest.
 */
export interface ReleaseInfo {
  version: string;
  fingerprint: string;
  code: string;
  notes: Record<string, string>;
}

const SEEN = 'shn.release.seen';
const ACCEPTED = 'shn.release.accepted';

function isRelease(value: unknown): value is ReleaseInfo {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v?.version === 'string' &&
    typeof v.fingerprint === 'string' &&
    typeof v.code === 'string' &&
    typeof v.notes === 'object' &&
    v.notes !== null
  );
}

/** Asks a service worker (running or waiting) what release it is; undefined when it does not say. */
export function askRelease(
  worker: ServiceWorker | null | undefined,
  waitMs = 5000,
): Promise<ReleaseInfo | undefined> {
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), waitMs);
    channel.port1.onmessage = (event: MessageEvent) => {
      clearTimeout(timer);
      resolve(isRelease(event.data) ? event.data : undefined);
    };
    worker.postMessage({ type: 'SHN_RELEASE' }, [channel.port2]);
  });
}

/** The release that serves this page now (undefined before the app is saved for offline use). */
export function runningRelease(): Promise<ReleaseInfo | undefined> {
  // Absent where the browser has no service workers (or not in a secure context).
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  return askRelease(sw?.controller);
}

/** Her language's notes, else English. */
export function notesIn(notes: Record<string, string>, lng: string): { text: string; lang: string } {
  const text = notes[lng];
  return text ? { text, lang: lng } : { text: notes.en ?? '', lang: 'en' };
}

/** She tapped "Update" to this release: its start is expected, not news. */
export function markAccepted(fingerprint: string): void {
  try {
    localStorage.setItem(ACCEPTED, fingerprint);
  } catch {
    // No storage: she may hear once about the update she chose.
  }
}

export interface Change {
  from: { version: string; code: string };
  to: ReleaseInfo;
}

/**
 * Records the running release; returns the change when it differs from the one seen last and she
 * did not accept it herself. Each change is returned once: the new release is recorded at once.
 */
export function changedWithoutHerTap(current: ReleaseInfo): Change | undefined {
  try {
    const seen = JSON.parse(localStorage.getItem(SEEN) ?? 'null') as {
      version?: unknown;
      code?: unknown;
      fingerprint?: unknown;
    } | null;
    const accepted = localStorage.getItem(ACCEPTED);
    localStorage.setItem(
      SEEN,
      JSON.stringify({ version: current.version, code: current.code, fingerprint: current.fingerprint }),
    );
    localStorage.removeItem(ACCEPTED);
    if (!seen || seen.fingerprint === current.fingerprint || accepted === current.fingerprint)
      return undefined;
    return {
      from: { version: String(seen.version), code: String(seen.code) },
      to: current,
    };
  } catch {
    return undefined;
  }
}

/** The notes of a version from the offline copy (release-notes/<version>.json, precached). */
export async function precachedNotes(version: string): Promise<Record<string, string> | undefined> {
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) return undefined;
  try {
    const res = await fetch(new URL(`release-notes/${version}.json`, document.baseURI));
    return res.ok ? ((await res.json()) as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}
