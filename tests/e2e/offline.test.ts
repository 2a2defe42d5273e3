/** P2, offline after the first visit: network cut and server stopped, the app still draws and works. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve } from './harness.ts';
import { answerToTheEnd, finishAssessment, heading, openApp, waitForServiceWorker } from './pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

it('reloads, navigates and completes an assessment with no network and no server', async () => {
  const server = await serve();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await server.close();
  await page.reload();
  await expect(heading(page).textContent()).resolves.toBe('Secure, Here and Now');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Français' }).click();
  await heading(page).filter({ hasText: 'Paramètres' }).waitFor();
  await page.getByRole('radio', { name: 'English' }).click();
  await heading(page).filter({ hasText: 'Settings' }).waitFor();
  await page.getByRole('button', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByRole('button', { name: 'Skip the introduction' }).click();
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await answerToTheEnd(page, (k, n) => k % n);
  await finishAssessment(page);
  await expect(page.locator('.category-card').count()).resolves.toBe(5);
  await context.close();
});
