/**
 * Update: a new build is published at the same address; the banner offers "Update" and the page
 * does not reload until she taps it (P3). Then the new version runs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, serveFolders } from './harness.ts';
import { heading, openApp, waitForServiceWorker } from './pages.ts';

const NEXT = '.tmp/e2e-dist-next';
let browser: Browser;

beforeAll(() => {
  rmSync(NEXT, { recursive: true, force: true });
  execSync(`npx vite build --logLevel warn --outDir ${NEXT} --emptyOutDir`, {
    stdio: 'inherit',
    env: { ...process.env, SHN_APP_VERSION: '99.0.0-next' },
  });
});

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  rmSync(NEXT, { recursive: true, force: true });
});

it('shows the update banner and reloads only when "Update" is pressed', async () => {
  const server = await serveFolders(['dist']);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  try {
    await openApp(page, server.url);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByText(/^App version/).textContent()).resolves.not.toContain('99.0.0-next');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    // Publish the new version (old files stay reachable, as on most hosts) and let the app look for it.
    server.publish([NEXT, 'dist']);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
    await banner.waitFor({ timeout: 20_000 });

    // Nothing reloaded: same document, same screen.
    await page.waitForTimeout(1500);
    await expect(
      page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).resolves.toBe(true);
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
    await context.close();
    await server.close();
  }
});
