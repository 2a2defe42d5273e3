/** Workshop mode: its hub, the practice session and the presenter view, in English. */
import type { Page } from 'playwright-core';
import { goHome } from './app.ts';

/** The workshop hub, from wherever she is. */
export async function openWorkshop(page: Page): Promise<void> {
  if (!(await page.locator('.home').count())) await goHome(page);
  await page.locator('.home').waitFor();
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await page.locator('.workshop').waitFor();
}

/** The workshop hub, then one of its tools by its button's name. */
export async function openWorkshopTool(page: Page, tool: string): Promise<void> {
  await openWorkshop(page);
  await page.getByRole('button', { name: tool }).click();
}

/** A practice session, up to its first step (a category introduction, or a first question). */
export async function startPractice(page: Page): Promise<void> {
  await openWorkshopTool(page, 'Start a practice session');
  await page.getByRole('button', { name: 'Start the practice' }).click();
  await page.locator('.practice .category-intro, .practice .question').first().waitFor();
}

/** After the last question of a practice: its results. */
export async function seePracticeResults(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'See the practice results' }).click();
  // The first screen is drawn first; the rest of the page right after it (src/ui/ResultBody.tsx).
  await page.locator('.practice.results .results-rest').waitFor();
}

/** The presenter's slide label ("Slide 4 of 23"). */
export const slideLabel = (page: Page) => page.locator('section.slide').getAttribute('aria-label');
