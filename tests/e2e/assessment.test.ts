/**
 * The main journey in a real browser: full assessments in English and Arabic, a reload in the
 * middle, results that match score(), and history with trends after three assessments.
 */
import { expect, it } from 'vitest';
import { formIndicators, score, scaleOf, SKIPPED } from '../../src/domain/index.ts';
import { currentBattery } from '../helpers/battery.ts';
import { setupServedApp } from './harness.ts';
import {
  answerQuestions,
  answerToTheEnd,
  finishAssessment,
  goHome,
  heading,
  levelsShown,
  nextButton,
  openApp,
  startFull,
} from './pages.ts';

const battery = currentBattery();
const categoryIds = battery.categories.map((c) => c.id);
const app = setupServedApp();

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

it('completes a full assessment in English, resumes after a reload, and shows the levels score() gives', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startFull(page);
  const pick = (k: number, n: number) => (k % 7 === 6 ? -1 : (k * 5 + 1) % n);

  // Answer the first 12 questions, then reload mid-way.
  const k = await answerQuestions(page, pick, 0, 12);
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
  const shown = await levelsShown(page, categoryIds);
  expect(shown).toEqual(Object.fromEntries(expected.categories.map((c) => [c.category, c.level])));
});

it('completes a full assessment in Arabic, right to left, with results in Arabic', async () => {
  const page = await app.newPage({ locale: 'ar' });
  await openApp(page, app.url);
  await startFull(page);
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  const pick = (k: number, n: number) => (k * 3) % n;
  await answerToTheEnd(page, pick);
  await finishAssessment(page);
  await expect(heading(page).textContent()).resolves.toBe('نتائجكِ');
  const expected = score(battery, expectedAnswers(pick), 'full');
  expect(await levelsShown(page, categoryIds)).toEqual(
    Object.fromEntries(expected.categories.map((c) => [c.category, c.level])),
  );
});

it('keeps every completed assessment in history, with a trend per category', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const picks = [(k: number, n: number) => k % n, (k: number, n: number) => (k + 1) % n, () => 0];
  for (const pick of picks) {
    await goHome(page).catch(() => undefined);
    await startFull(page);
    await answerToTheEnd(page, pick);
    await finishAssessment(page);
  }
  await goHome(page);
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
});
