/** P2, offline after the first visit: network cut and server stopped, the app still draws and works. */
import { expect, it } from 'vitest';
import { serve, setupServedApp } from './harness.ts';
import {
  answerToTheEnd,
  chooseLanguage,
  finishAssessment,
  heading,
  openApp,
  openSettings,
  startSkippingIntroduction,
  waitForServiceWorker,
  languagesKept,
} from './pages.ts';

// This test starts and stops its own server.
const app = setupServedApp({ serve: false });

it('reloads, navigates and completes an assessment with no network and no server', async () => {
  const server = await serve();
  const page = await app.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  // Used once while online, French is kept on the phone.
  await openSettings(page);
  await chooseLanguage(page, 'Français', 'Paramètres');
  await chooseLanguage(page, 'English', 'Settings');
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  await page.context().setOffline(true);
  await server.close();
  await page.reload();
  await expect(heading(page).textContent()).resolves.toBe('Secure, Here and Now');

  await openSettings(page);
  await chooseLanguage(page, 'Français', 'Paramètres');
  await chooseLanguage(page, 'English', 'Settings');
  // Never used, Spanish is not in the offline copy: she is told it needs a connection once.
  await page.getByRole('radio', { name: 'Español' }).click();
  await page.getByRole('alert').filter({ hasText: 'needs an internet connection once' }).waitFor();
  await expect(heading(page).textContent()).resolves.toBe('Settings');
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await startSkippingIntroduction(page);
  await answerToTheEnd(page, (k, n) => k % n);
  await finishAssessment(page);
  await expect(page.locator('.category-card').count()).resolves.toBe(5);
});

it('keeps the language of her first visit offline (Arabic), though only English is precached', async () => {
  const server = await serve();
  const context = await app.newContext({ locale: 'ar' });
  const page = await context.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  // The app keeps her language's files in their own cache once its strings have loaded.
  await expect.poll(() => languagesKept(page, ['ar']), { timeout: 60_000 }).toBe(true);

  await context.setOffline(true);
  await server.close();
  await page.reload();
  await expect(heading(page).textContent()).resolves.toBe('آمنة، هنا والآن');

  // Her language's files gone (a wipe deletes them; a browser may evict them), still offline:
  // the app opens, in English, rather than not at all.
  await page.evaluate(() => caches.delete('shn-languages'));
  await page.reload();
  await expect(heading(page).textContent()).resolves.toBe('Secure, Here and Now');
  await context.close();
});

it('asks for the start-up code early, once, only when the service worker serves the page', async () => {
  const server = await serve();
  const context = await app.newContext();
  const page = await context.newPage();
  const startRequests = () =>
    page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/start-[\w-]+\.js$/.test(new URL(e.name).pathname)).length,
    );
  const preloads = () => page.locator('link[rel="modulepreload"][href*="/start-"]').count();
  // A first visit, over the network: no preload (it would compete with the stylesheet); the app's
  // own import asks for the code once the first paint is drawn.
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  await page.locator('#root button.home-start').waitFor();
  await expect(preloads()).resolves.toBe(0);
  await expect(startRequests()).resolves.toBe(1);

  // Served by the service worker (offline): src/boot.ts asks for it at once, and that one request
  // is the code that runs (the import finds it in the module map: no second request).
  await context.setOffline(true);
  await server.close();
  await page.reload();
  await page.locator('#root button.home-start').waitFor();
  await expect(preloads()).resolves.toBe(1);
  await expect(startRequests()).resolves.toBe(1);
  await context.close();
});
