/**
 * The main journey in a real browser: full assessments in English and Arabic, a reload in the
 * middle, results that match score(), and history with trends after three assessments.
 */
import { expect, it } from 'vitest';
import { pickText, score, scaleOf, SKIPPED } from '../../src/domain/index.ts';
import { CURRENT_BATTERY } from '../../src/services/batteries.ts';
import { shippedBatteries } from '../helpers/battery.ts';
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
  type AnswerLog,
} from './pages.ts';

/** The battery new assessments use: the app's current one. */
const battery = (() => {
  const found = shippedBatteries().find(
    (b) => b.battery.id === CURRENT_BATTERY.id && b.battery.version === CURRENT_BATTERY.version,
  );
  if (!found) throw new Error('the current battery is not shipped');
  return found.battery;
})();
const categoryIds = battery.categories.map((c) => c.id);
const app = setupServedApp();

/** The answers given, by indicator id, from what was answered on screen (titles in `lng`). */
function answersOf(log: AnswerLog, lng: string): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const { title, choice } of log) {
    const ind = battery.indicators.find((i) => pickText(i.question, lng, battery) === title);
    if (!ind) throw new Error(`no question titled ${title}`);
    answers[ind.id] = choice < 0 ? SKIPPED : (scaleOf(battery, ind).options[choice]?.id ?? '');
  }
  return answers;
}

it('completes a full assessment in English, resumes after a reload, and shows the levels score() gives', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startFull(page);
  const pick = (k: number, n: number) => (k % 7 === 6 ? -1 : (k * 5 + 1) % n);

  // Answer the first 12 questions, then reload mid-way.
  const log: AnswerLog = [];
  const k = await answerQuestions(page, pick, 0, 12, log);
  const where = await heading(page).textContent();
  await page.reload();
  await page.locator('h1').first().waitFor();
  await expect(heading(page).textContent()).resolves.toBe(where);
  // Every answer kept: the previous question still shows the answer given.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('.answers [aria-pressed="true"]').count()).resolves.toBe(1);
  await nextButton(page).click();

  await answerToTheEnd(page, pick, k, log);
  await finishAssessment(page);
  const expected = score(battery, answersOf(log, 'en'), 'full');
  const shown = await levelsShown(page, categoryIds);
  expect(shown).toEqual(Object.fromEntries(expected.categories.map((c) => [c.category, c.level])));
});

it('completes a full assessment in Arabic, right to left, with results in Arabic', async () => {
  const page = await app.newPage({ locale: 'ar' });
  await openApp(page, app.url);
  await startFull(page);
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  const pick = (k: number, n: number) => (k * 3) % n;
  const log: AnswerLog = [];
  await answerToTheEnd(page, pick, 0, log);
  await finishAssessment(page);
  await expect(heading(page).textContent()).resolves.toBe('نتائجكِ');
  const expected = score(battery, answersOf(log, 'ar'), 'full');
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
