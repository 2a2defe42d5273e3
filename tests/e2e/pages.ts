/** Small page objects for the real-browser tests. Selectors are roles and the app's own classes. */
import type { BrowserContext, Page } from 'playwright-core';

/** Records every CSP violation from the first script on (a blocked request never shows as a request). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('h1').first().waitFor();
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

export const heading = (page: Page) => page.locator('h1').first();

/** The forward button of the bottom navigation ("Next", "Not now", "Start" in any language). */
export const nextButton = (page: Page) => page.locator('.nav-row .nav-next');

/**
 * Goes through an assessment from wherever it is to the end: introductions are passed with Next,
 * and question k (counting from 0 in form order) gets option `pick(k, n)` of its n options,
 * or "prefer not to say" when `pick` returns -1. Returns the number of questions answered.
 */
export async function answerToTheEnd(
  page: Page,
  pick: (k: number, n: number) => number,
  startAt = 0,
): Promise<number> {
  let k = startAt;
  for (let guard = 0; guard < 200; guard += 1) {
    if (await page.locator('.answers').count()) {
      const before = await heading(page).textContent();
      const options = page.locator('.answers button.answer:not(.answer-skip)');
      const n = await options.count();
      const choice = pick(k, n);
      await (choice < 0 ? page.locator('.answers button.answer-skip') : options.nth(choice)).click();
      await page.waitForFunction((text) => document.querySelector('h1')?.textContent !== text, before);
      k += 1;
      continue;
    }
    if (await page.locator('.assessment section button.primary').count()) return k; // the finish step
    const before = await heading(page).textContent();
    await nextButton(page).click();
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent !== text, before);
  }
  throw new Error('the assessment never ended');
}

export async function finishAssessment(page: Page): Promise<void> {
  await page.locator('.assessment section button.primary').click();
  await page.locator('.results').waitFor();
}
