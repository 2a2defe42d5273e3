/** The app around every screen: opening it, its header, the forward button, routes, the service worker. */
import type { Page } from 'playwright-core';

/**
 * The app's headings: not those of index.html's first paint of the home screen (one per language,
 * drawn before the app's code runs and replaced by it: scripts/firstPaint.ts).
 */
export const APP_HEADING = 'h1:not(.first-paint h1)';

/** The screen's title (the first h1 the app drew). */
export const heading = (page: Page) => page.locator(APP_HEADING).first();

/** The forward button of the bottom navigation ("Next", "Not now", "Start" in any language). */
export const nextButton = (page: Page) => page.locator('.nav-row .nav-next');

/** Opens the app at `url` and waits until the app has drawn a screen. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await heading(page).waitFor();
}

/** Taps the forward button and waits until the next screen (another title) is drawn. */
export async function forward(page: Page): Promise<void> {
  const before = await heading(page).textContent();
  await nextButton(page).click();
  await waitForNewHeading(page, before);
}

/** Waits until the title is no longer `before`. */
export async function waitForNewHeading(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(({ text, selector }) => document.querySelector(selector)?.textContent !== text, {
    text: before,
    selector: APP_HEADING,
  });
}

/** The app's name in the header: back to the home screen from anywhere. */
export async function goHome(page: Page): Promise<void> {
  await page.locator('.brand').click();
}

/** Home, by the navigation's "Home" button, then one of the home screen's buttons by its name. */
export async function openFromHome(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.locator('.home').waitFor();
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** Opens a screen by its route, the way a reload brings her back to it (the route lives in history.state). */
export async function reloadAt(page: Page, route: { name: string } & Record<string, unknown>): Promise<void> {
  await page.evaluate((r) => history.replaceState(r, ''), route);
  await page.reload();
}

/** The route the app shows (history.state). */
export function currentRoute(page: Page): Promise<unknown> {
  return page.evaluate(() => history.state as unknown);
}

/** Waits until the service worker is active and controls the page (clientsClaim on first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((ok) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => ok(), { once: true }),
      );
    }
  });
}
