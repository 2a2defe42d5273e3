/** Arabic: the phone's language picks the app's, and the whole page runs right-to-left. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, type Server } from './harness.ts';
import { heading, openApp } from './pages.ts';

let server: Server;
let browser: Browser;
beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

it('opens in Arabic, right-to-left, when the browser speaks Arabic', async () => {
  const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await openApp(page, server.url);
  const html = page.locator('html');
  await expect(html.getAttribute('dir')).resolves.toBe('rtl');
  await expect(html.getAttribute('lang')).resolves.toBe('ar');
  await expect(heading(page).textContent()).resolves.toBe('آمنة، هنا والآن');
  // Right-to-left for real: the quick-exit button sits on the left edge of the header.
  const exit = await page.locator('.quick-exit').boundingBox();
  expect(exit?.x).toBeLessThan(100);
  await context.close();
});

it('follows a Spanish-speaking phone ("es-CO") and falls back to English for an unshipped language', async () => {
  for (const [locale, title] of [
    ['es-CO', 'Segura, aquí y ahora'],
    ['sw-KE', 'Secure, Here and Now'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openApp(page, server.url);
    await expect(heading(page).textContent()).resolves.toBe(title);
    await context.close();
  }
});
