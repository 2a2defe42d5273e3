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
} from './pages.ts';

// This test starts and stops its own server.
const app = setupServedApp({ serve: false });

it('reloads, navigates and completes an assessment with no network and no server', async () => {
  const server = await serve();
  const page = await app.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);

  await page.context().setOffline(true);
  await server.close();
  await page.reload();
  await expect(heading(page).textContent()).resolves.toBe('Secure, Here and Now');

  await openSettings(page);
  await chooseLanguage(page, 'Français', 'Paramètres');
  await chooseLanguage(page, 'English', 'Settings');
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await startSkippingIntroduction(page);
  await answerToTheEnd(page, (k, n) => k % n);
  await finishAssessment(page);
  await expect(page.locator('.category-card').count()).resolves.toBe(5);
});
