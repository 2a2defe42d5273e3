/**
 * When the start-up code is asked for and run (src/app/startCode.ts, issue 21): asked for early only
 * on a page the service worker serves (the phone's own copy), never on a visit over the network,
 * where it would compete with the first paint; run only once that paint is on screen.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, preloadStartCode, START_CODE_META } from '../../src/app/startCode.ts';

const served = { serviceWorker: { controller: {} } } as unknown as Navigator;
const network = { serviceWorker: { controller: null } } as unknown as Navigator;
const noWorkers = {} as Navigator;

function page(address?: string): Document {
  const doc = document.implementation.createHTMLDocument('app');
  if (address !== undefined) {
    const meta = doc.createElement('meta');
    meta.name = START_CODE_META;
    meta.content = address;
    doc.head.append(meta);
  }
  return doc;
}

const preloads = (doc: Document) =>
  [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

describe('asking for the start-up code early', () => {
  it('asks for the file the build named, on a page the service worker serves', () => {
    const doc = page('./assets/start-abc123.js');
    expect(preloadStartCode(doc, served)).toBe(true);
    expect(preloads(doc)).toEqual(['./assets/start-abc123.js']);
  });

  it('does not on a visit over the network, or in a browser without service workers', () => {
    for (const nav of [network, noWorkers]) {
      const doc = page('./assets/start-abc123.js');
      expect(preloadStartCode(doc, nav)).toBe(false);
      expect(preloads(doc)).toEqual([]);
    }
  });

  it('does nothing where the page names no file (development)', () => {
    const doc = page();
    expect(preloadStartCode(doc, served)).toBe(false);
    expect(preloads(doc)).toEqual([]);
  });
});

describe('waiting for the first paint before the app runs', () => {
  /** A stand-in for the browser's paint timing: `paint()` reports the first contentful paint. */
  function paintTiming() {
    const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      private readonly entry: { callback: PerformanceObserverCallback; connected: boolean };
      constructor(callback: PerformanceObserverCallback) {
        this.entry = { callback, connected: false };
        observers.push(this.entry);
      }
      observe() {
        this.entry.connected = true;
      }
      disconnect() {
        this.entry.connected = false;
      }
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const report = (name: string) => {
      for (const o of observers.filter((x) => x.connected)) {
        const list = { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) };
        o.callback(list as unknown as PerformanceObserverEntryList, o as unknown as PerformanceObserver);
      }
    };
    return { paint: () => report('first-contentful-paint'), firstPaint: () => report('first-paint') };
  }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('served from the phone: runs after the next frame', () => {
    paintTiming();
    const then = vi.fn();
    afterFirstPaint('drawn', then);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('over the network: waits for the paint to be shown, not only the next frames, and runs once', () => {
    const timing = paintTiming();
    const then = vi.fn();
    afterFirstPaint('shown', then);
    for (let i = 0; i < 5; i += 1) vi.advanceTimersToNextFrame();
    timing.firstPaint();
    expect(then).not.toHaveBeenCalled();
    timing.paint();
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    timing.paint();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('over the network, should no paint be reported: runs after a second', () => {
    paintTiming();
    const then = vi.fn();
    afterFirstPaint('shown', then);
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('in a browser without paint timing: after the next frame', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const then = vi.fn();
    afterFirstPaint('shown', then);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
