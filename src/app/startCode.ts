/**
 * The start-up code (src/main.tsx and what it imports, one file in a build: vite.config.ts
 * `startChunk`) fetched and compiled while index.html's first paint is drawn (issue 21, offline
 * cold start). The build names its file in a `<meta>` (vite.config.ts `startAddress`). src/boot.ts
 * still runs it only once that paint is on screen: a preload fetches and compiles, it does not run.
 *
 * Only on a page the service worker serves: the file then comes from the phone's own offline copy.
 * On a first visit over the network it would compete with the stylesheet that first paint waits
 * for (a `<link rel="modulepreload">` in index.html did: README "Performance").
 */
export const START_CODE_META = 'shn-start-code';

/** Asks for the start-up code now when the service worker serves the page; whether it asked. */
export function preloadStartCode(doc: Document = document, nav: Navigator = navigator): boolean {
  // No service worker: an old browser, or a page not served over https or localhost.
  if (!('serviceWorker' in nav) || !nav.serviceWorker.controller) return false;
  const address = doc.querySelector<HTMLMetaElement>(`meta[name="${START_CODE_META}"]`)?.content;
  if (!address) return false;
  const link = doc.createElement('link');
  link.rel = 'modulepreload';
  // As the module scripts are asked for (Vite's tags and preloads carry it too).
  link.crossOrigin = '';
  link.href = address;
  doc.head.append(link);
  return true;
}
