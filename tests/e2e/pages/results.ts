/** Her results and her past assessments. */
import type { Locator, Page } from 'playwright-core';
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

/**
 * Waits for her results and for the parts of them that come after, so that what a test reads is
 * the whole page: everything below the first screen (drawn just after it), the people who can act (from her contacts; one list in the crisis box and one
 * in the urgent steps) and, under model 2's urgent steps, who can help (its own code and
 * directory).
 */
export async function waitForResults(page: Page): Promise<void> {
  // The first screen is drawn first; the rest of the page right after it (src/ui/ResultBody.tsx).
  await page.locator('.results .results-rest').waitFor();
  await page.waitForFunction(() => {
    const results = document.querySelector('.results');
    if (!results) return false;
    const people = results.querySelectorAll('section.crisis, section.urgent').length;
    const support = results.querySelector('section.urgent .urgent-block') ? 1 : 0;
    return (
      results.querySelectorAll('.people-who-can-act').length === people &&
      results.querySelectorAll('.support-that-fits').length === support
    );
  });
}

/** The five levels on the first screen of her results, highest first. */
export const levelRows = (page: Page) => page.locator('.results .level-rows .level-row');

/** Whether an element is wholly inside the first screen (the page scrolled to its top). */
export async function isOnFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    window.scrollTo(0, 0);
    const elements = [...document.querySelectorAll(sel)];
    return (
      elements.length > 0 &&
      elements.every((e) => {
        const box = e.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      })
    );
  }, selector);
}

/** The ids of the actions and routines her results show (folded or not), in page order. */
export async function itemsShown(page: Page): Promise<string[]> {
  return page
    .locator('.results li.rec')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}

/** The results page's height with every folded part closed. */
export async function foldedHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const open = [...document.querySelectorAll('details')].filter((d) => d.open);
    for (const d of open) d.open = false;
    const height = document.documentElement.scrollHeight;
    for (const d of open) d.open = true;
    return height;
  });
}

/**
 * Opens a suggested action or routine in a part of her results (a region), with its group
 * (a horizon, the care routines) if that is folded: its text and "Add to my plan" show.
 */
export async function openSuggestion(region: Locator, title: string): Promise<Locator> {
  const folded = region.locator('details.group-details:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
  const item = region
    .locator('li.rec')
    .filter({ has: region.page().getByRole('heading', { name: title, exact: true }) })
    .first();
  if (!(await item.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
    await item.locator('summary').click();
  return item;
}

/** Adds the first action her results suggest to her plan (in English); returns its title. */
export async function addFirstSuggestion(page: Page): Promise<string> {
  const results = page.locator('.results');
  const title = (await results.locator('li.rec[data-id^="act."] h4').first().textContent()) ?? '';
  const item = await openSuggestion(results, title);
  await item.getByRole('button', { name: 'Add to my plan' }).click();
  await item.locator('.in-plan').waitFor();
  return title;
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
  await waitForResults(page);
}
