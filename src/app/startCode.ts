/**
 * When the start-up code (src/main.tsx and what it imports, one file in a build: vite.config.ts
 * `startChunk`) is asked for and run, from src/boot.ts (issue 21). It always runs after index.html's
 * first paint is on screen (`afterFirstPaint`).
 *
 * On a page the service worker serves, the file comes from the phone's own copy: it is fetched and
 * compiled while that paint is drawn (`preloadStartCode`: a preload fetches and compiles, it does
 * not run). The build names the file in a `<meta>` (vite.config.ts `startAddress`). On a visit over
 * the network nothing is asked for before that paint is shown: a request then competed with it (a
 * `<link rel="modulepreload">` in index.html did; so did one made a frame too early: README
 * "Performance").
 */
export const START_CODE_META = 'shn-start-code';

/**
 * Whether the service worker serves this page: her files come from the phone's own copy, and
 * asking for them early costs no network the first paint waits for. False in a browser without
 * service workers, on a page not served over https or localhost, and on a first visit.
 */
export function servedFromThePhone(nav: Navigator = navigator): boolean {
  return 'serviceWorker' in nav && nav.serviceWorker.controller !== null;
}

/** Asks for the start-up code now when the service worker serves the page; whether it asked. */
export function preloadStartCode(doc: Document = document, nav: Navigator = navigator): boolean {
  if (!servedFromThePhone(nav)) return false;
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

/**
 * Runs `then` once index.html's first paint is on screen.
 * - `drawn`: after the next frame (the page's code comes from the phone's own copy: nothing
 *   competes with the paint for the network).
 * - `shown`: once the browser reports the paint shown (its first contentful paint), a few frames
 *   later than drawn on a slow phone: a request started in between still competed with it on a
 *   visit over the network (Lighthouse counted the app's code in its largest paint). Where paint
 *   timing is missing, after the next frame; and never later than a second, should no paint come.
 */
export function afterFirstPaint(wait: 'drawn' | 'shown', then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');
  if (wait === 'drawn' || !paintTiming) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, 1000);
}
