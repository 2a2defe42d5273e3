/**
 * Update: a new build is published at the same address; the banner offers "Update" and the page
 * does not reload until she taps it (P3). Then the new version runs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { serveFolders, setupServedApp } from './harness.ts';
import { heading, openApp, openSettings, waitForServiceWorker } from './pages.ts';

const NEXT = '.tmp/e2e-dist-next';
// This test serves its own folders, to publish a new build under the same address.
const app = setupServedApp({ serve: false });

beforeAll(() => {
  rmSync(NEXT, { recursive: true, force: true });
  execSync(`npx vite build --logLevel warn --outDir ${NEXT} --emptyOutDir`, {
    stdio: 'inherit',
    env: { ...process.env, SHN_APP_VERSION: '99.0.0-next' },
  });
});
afterAll(() => {
  rmSync(NEXT, { recursive: true, force: true });
});

interface Recorder {
  __sameDocument?: boolean;
  /** What the service workers did since the new version was published, in order. */
  __swEvents: string[];
  __registration?: ServiceWorkerRegistration;
}

it('shows the update banner and reloads only when "Update" is pressed', async () => {
  const server = await serveFolders(['dist']);
  try {
    const page = await app.newPage({ viewport: 'browser-default' });
    await openApp(page, server.url);
    await waitForServiceWorker(page);
    await openSettings(page);
    await expect(page.getByText(/^App version/).textContent()).resolves.not.toContain('99.0.0-next');
    // A mark that a reload would wipe, and a record of every step the service workers take: the
    // new one found, each of its states, and any change of the worker that controls the page.
    await page.evaluate(async () => {
      const w = window as unknown as Recorder;
      w.__sameDocument = true;
      w.__swEvents = [];
      const registration = await navigator.serviceWorker.getRegistration();
      w.__registration = registration;
      navigator.serviceWorker.addEventListener('controllerchange', () =>
        w.__swEvents.push('controllerchange'),
      );
      registration?.addEventListener('updatefound', () => {
        const worker = registration.installing;
        w.__swEvents.push('updatefound');
        worker?.addEventListener('statechange', () => w.__swEvents.push(worker.state));
      });
    });

    // Publish the new version (old files stay reachable, as on most hosts) and let the app look for it.
    server.publish([NEXT, 'dist']);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
    await banner.waitFor({ timeout: 20_000 });

    // Nothing reloaded, nothing took over: no fixed wait, but the signal that every step which
    // could reload had its turn. workbox-window shows the banner only after the new worker has sat
    // 'installed' as the registration's waiting worker for 200 ms (a worker that skipped waiting by
    // itself never gets a banner); the banner's effect marks <html data-update-ready> once the app
    // has handled "a new version waits", where anything that updated on its own would have asked
    // the worker to take over. A takeover shows as 'activating' or 'controllerchange' in the record,
    // and a reload would have wiped the mark.
    await page.waitForFunction(() => {
      const w = window as unknown as Recorder;
      return (
        document.documentElement.dataset.updateReady === 'true' &&
        w.__registration?.waiting?.state === 'installed'
      );
    });
    await expect(page.evaluate(() => (window as unknown as Recorder).__sameDocument)).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as Recorder).__swEvents)).resolves.toEqual([
      'updatefound',
      'installed',
    ]);
    await expect(heading(page).textContent()).resolves.toBe('Settings');

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Update' }).click()]);
    await page.locator('h1').first().waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).resolves.toBeUndefined();
    // The same screen comes back after the reload, now in the new version.
    await expect(heading(page).textContent()).resolves.toBe('Settings');
    await expect(page.getByText(/^App version/).textContent()).resolves.toContain('99.0.0-next');
  } finally {
    await server.close();
  }
});
