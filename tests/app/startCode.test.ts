/**
 * The start-up code asked for early (src/app/startCode.ts, issue 21): only on a page the service
 * worker serves (the phone's own copy), never on a visit over the network, where it would compete
 * with the stylesheet the first paint waits for.
 */
import { describe, expect, it } from 'vitest';
import { preloadStartCode, START_CODE_META } from '../../src/app/startCode.ts';

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
