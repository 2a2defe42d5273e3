/** Small page objects for the real-browser tests. Selectors are roles and the app's own classes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.2 AA and best practices) on the page as it is; returns the serious and
 * critical violations, each named with `screen`. The context needs `bypassCSP` to inject axe.
 */
export async function audit(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** How many pixels the page is wider than a 320 px screen (0 when it fits). */
export async function overflowAt320(page: Page): Promise<number> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (size) await page.setViewportSize(size);
  return Math.max(overflow, 0);
}

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
