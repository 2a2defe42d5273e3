/**
 * Only English (the fallback) is in the offline copy every phone installs; each other language's
 * strings are kept offline once she uses it (issue 18: with many languages the offline copy stays
 * small). The build lists each language's files in `languages.json` (vite.config.ts
 * `languageFiles`, precached); the service worker serves them from the cache `shn-languages`
 * (CacheFirst). Her first visit is not yet served by the worker, so after her language's strings
 * have loaded, the app puts its files into that cache itself — at start and after every change of
 * language — and removes files no version lists any more. Nothing she enters is ever cached.
 */
export const LANGUAGE_CACHE = 'shn-languages';
const MANIFEST = 'languages.json';

type Manifest = Record<string, string[]>;

async function manifest(): Promise<Manifest | undefined> {
  const res = await fetch(new URL(MANIFEST, document.baseURI));
  return res.ok ? ((await res.json()) as Manifest) : undefined;
}

/** Keeps `lng`'s files offline (silently does nothing offline, in development or without caches). */
export async function keepLanguageOffline(lng: string): Promise<void> {
  if (!import.meta.env.PROD || !('caches' in window)) return;
  try {
    const files = await manifest();
    if (!files) return;
    const cache = await caches.open(LANGUAGE_CACHE);
    const base = document.baseURI;
    for (const file of files[lng] ?? []) {
      const url = new URL(file, base).href;
      if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
    }
    const listed = new Set(Object.values(files).flatMap((list) => list.map((f) => new URL(f, base).href)));
    for (const request of await cache.keys()) if (!listed.has(request.url)) await cache.delete(request);
  } catch {
    // Offline, or storage refused: tried again at the next start or change of language.
  }
}

/** Whether an error loading a language's strings means "needs a connection once". */
export function isOfflineLanguageError(error: unknown): boolean {
  // A module that cannot be fetched rejects with a TypeError ("Failed to fetch dynamically imported module").
  return error instanceof TypeError;
}

/** The trainer's code (group picture, camera reader), listed in languages.json under this key. */
export const TRAINER_FILES = 'trainer';

/**
 * Keeps the trainer's code offline: called when she opens the workshop screens, so the group
 * picture works at a workshop with no connection.
 */
export function keepTrainerFilesOffline(): Promise<void> {
  return keepLanguageOffline(TRAINER_FILES);
}

/**
 * Keeps every language (and the trainer's code) offline: for a trainer, whose slides and handouts may be shown in any
 * language at a workshop with no connection (called when she opens them).
 */
export async function keepAllLanguagesOffline(): Promise<void> {
  if (!import.meta.env.PROD || !('caches' in window)) return;
  try {
    const files = await manifest();
    for (const lng of Object.keys(files ?? {})) await keepLanguageOffline(lng);
  } catch {
    // Offline: tried again the next time.
  }
}
