/**
 * The main journey in a real browser: full assessments in English and Arabic, a reload in the
 * middle, results that match score(), and history with trends after three assessments.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formIndicators, score, scaleOf, SKIPPED } from '../../src/domain/index.ts';
import { currentBattery } from '../helpers/battery.ts';
import { launch, serve, type Server } from './harness.ts';
import { answerToTheEnd, finishAssessment, heading, nextButton, openApp } from './pages.ts';

const battery = currentBattery();
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

/** The answers `answerToTheEnd(page, pick)` gives, worked out from the battery's full form. */
function expectedAnswers(pick: (k: number, n: number) => number): Record<string, string> {
  const answers: Record<string, string> = {};
  formIndicators(battery, 'full').forEach((ind, k) => {
    const options = scaleOf(battery, ind).options;
    const choice = pick(k, options.length);
    answers[ind.id] = choice < 0 ? SKIPPED : (options[choice]?.id ?? '');
  });
  return answers;
}

async function startFull(page: Page): Promise<void> {
  const home = page.locator('.home');
  await home.waitFor();
  await page.locator('.home-start').click();
  // First run: the introduction, then the form choice (the full form is the default).
  await page.locator('.onboarding, .category-intro').first().waitFor();
  if (await page.locator('.onboarding').count()) {
    for (let i = 0; i < 5; i += 1) {
      const before = await heading(page).textContent();
      await nextButton(page).click();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    }
  }
  await page.locator('.category-intro').waitFor();
}

async function levelsShown(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of battery.categories) {
    const cls =
      (await page
        .locator('article.category-card', { has: page.locator(`#cat-${c.id}`) })
        .getAttribute('class')) ?? '';
    out[c.id] = /level-(\w+)/.exec(cls)?.[1] ?? '?';
  }
  return out;
}

async function newContext(locale: string): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 360, height: 740 } });
}

it('completes a full assessment in English, resumes after a reload, and shows the levels score() gives', async () => {
  const context = await newContext('en-US');
  const page = await context.newPage();
  await openApp(page, server.url);
  await startFull(page);
  const pick = (k: number, n: number) => (k % 7 === 6 ? -1 : (k * 5 + 1) % n);

  // Answer the first 12 questions, then reload mid-way.
  let k = 0;
  while (k < 12) {
    if (await page.locator('.answers').count()) {
      const before = await heading(page).textContent();
      const choice = pick(k, await page.locator('.answers button.answer:not(.answer-skip)').count());
      await (
        choice < 0
          ? page.locator('.answers .answer-skip')
          : page.locator('.answers button.answer:not(.answer-skip)').nth(choice)
      ).click();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
      k += 1;
    } else {
      const before = await heading(page).textContent();
      await nextButton(page).click();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    }
  }
  const where = await heading(page).textContent();
  await page.reload();
  await page.locator('h1').first().waitFor();
  await expect(heading(page).textContent()).resolves.toBe(where);
  // Every answer kept: the previous question still shows the answer given.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.answers [aria-pressed="true"]').count()).resolves.toBe(1);
  await nextButton(page).click();

  await answerToTheEnd(page, pick, k);
  await finishAssessment(page);
  const expected = score(battery, expectedAnswers(pick), 'full');
  const shown = await levelsShown(page);
  expect(shown).toEqual(Object.fromEntries(expected.categories.map((c) => [c.category, c.level])));
  await context.close();
});

it('completes a full assessment in Arabic, right to left, with results in Arabic', async () => {
  const context = await newContext('ar');
  const page = await context.newPage();
  await openApp(page, server.url);
  await startFull(page);
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  const pick = (k: number, n: number) => (k * 3) % n;
  await answerToTheEnd(page, pick);
  await finishAssessment(page);
  await expect(heading(page).textContent()).resolves.toBe('نتائجكِ');
  const expected = score(battery, expectedAnswers(pick), 'full');
  expect(await levelsShown(page)).toEqual(
    Object.fromEntries(expected.categories.map((c) => [c.category, c.level])),
  );
  await context.close();
});

it('keeps every completed assessment in history, with a trend per category', async () => {
  const context = await newContext('en-US');
  const page = await context.newPage();
  await openApp(page, server.url);
  const picks = [(k: number, n: number) => k % n, (k: number, n: number) => (k + 1) % n, () => 0];
  for (const pick of picks) {
    await page
      .locator('.brand')
      .click()
      .catch(() => undefined);
    await startFull(page);
    await answerToTheEnd(page, pick);
    await finishAssessment(page);
  }
  await page.locator('.brand').click();
  await page.getByRole('button', { name: 'Past assessments (3)' }).click();
  await page.locator('.history').waitFor();
  await expect(page.locator('.history-item').count()).resolves.toBe(3);
  await expect(page.locator('figure.trend').count()).resolves.toBe(5);
  await expect(page.locator('.trend-words').first().textContent()).resolves.toMatch(
    /^3 assessments\. First: /,
  );

  // The latest result compares with the one before it.
  await page.locator('.history-item').first().getByRole('button', { name: 'Open' }).click();
  await page.locator('.results').waitFor();
  await expect(page.locator('.bar-before').count()).resolves.toBe(5);

  // Delete one, then all.
  await page.getByRole('button', { name: 'Past assessments' }).click();
  await page.locator('.history-item').first().getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.history-item').length === 2);
  await page.getByRole('button', { name: 'Delete all assessments' }).click();
  await page.getByRole('button', { name: 'Yes, delete all' }).click();
  await page.getByText('You have no finished assessments yet.').waitFor();
  await context.close();
});
