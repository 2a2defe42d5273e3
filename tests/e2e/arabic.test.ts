/** Arabic: the phone's language picks the app's, and the whole page runs right-to-left. */
import { expect, it } from 'vitest';
import { setupServedApp } from './harness.ts';
import { heading, openApp } from './pages.ts';

const app = setupServedApp();

it('opens in Arabic, right-to-left, when the browser speaks Arabic', async () => {
  const page = await app.newPage({ locale: 'ar' });
  await openApp(page, app.url);
  const html = page.locator('html');
  await expect(html.getAttribute('dir')).resolves.toBe('rtl');
  await expect(html.getAttribute('lang')).resolves.toBe('ar');
  await expect(heading(page).textContent()).resolves.toBe('آمنة، هنا والآن');
  // Right-to-left for real: the quick-exit button sits on the left edge of the header.
  const exit = await page.locator('.quick-exit').boundingBox();
  expect(exit?.x).toBeLessThan(100);
});

it('follows a Spanish- or Swahili-speaking phone ("es-CO", "sw-KE") and falls back to English for an unshipped language (Hausa)', async () => {
  for (const [locale, title] of [
    ['es-CO', 'Segura, aquí y ahora'],
    ['sw-KE', 'Salama, Hapa na Sasa'],
    ['ha-NG', 'Secure, Here and Now'],
  ] as const) {
    const page = await app.newPage({ locale, viewport: 'browser-default' });
    await openApp(page, app.url);
    await expect(heading(page).textContent()).resolves.toBe(title);
  }
});
