/** Her results and her past assessments. */
import type { Page } from 'playwright-core';
import { goHome } from './app.ts';

/** The level shown for each category (by id), read from the cards' classes: `?` when none. */
export async function levelsShown(
  page: Page,
  categoryIds: readonly string[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of categoryIds) {
    const cls =
      (await page
        .locator('article.category-card', { has: page.locator(`#cat-${id}`) })
        .getAttribute('class')) ?? '';
    out[id] = /level-(\w+)/.exec(cls)?.[1] ?? '?';
  }
  return out;
}

/** Home, then her past assessments (in any language). */
export async function openHistory(page: Page): Promise<void> {
  await goHome(page);
  await page.locator('.home-history').click();
  await page.locator('.history').waitFor();
}

/** Home, past assessments, and the newest one's results (in any language). */
export async function openLatestResults(page: Page): Promise<void> {
  await openHistory(page);
  await page.locator('.history-item button').first().click();
  await page.locator('.results').waitFor();
}
