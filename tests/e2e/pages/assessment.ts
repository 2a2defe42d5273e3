/** Starting an assessment (the introduction, the form), answering its questions and finishing it. */
import type { Page } from 'playwright-core';
import { forward, heading, nextButton, waitForNewHeading } from './app.ts';
import { waitForResults } from './results.ts';

/**
 * Chooses option `pick(k, n, title)` of the n options of question k (from 0), or -1 for "prefer
 * not to say"; `title` is the question as shown.
 */
export type Pick = (k: number, n: number, title: string) => number;

/** The home screen's main button: starts (or continues) an assessment, in any language. */
export async function tapStart(page: Page): Promise<void> {
  await page.locator('.home-start').click();
}

/**
 * Goes through the first-run introduction from its first step (in any language, by the app's
 * classes): privacy, protection — where `passphrase`, if given, is set (English labels) — her
 * language, then the form (`short`, or the full one by default), and starts the assessment.
 */
export async function throughIntroduction(
  page: Page,
  options: { passphrase?: string; form?: 'short' | 'full' } = {},
): Promise<void> {
  await page.locator('.onboarding').waitFor();
  await forward(page); // to privacy
  await forward(page); // to protection
  if (options.passphrase) {
    await page.getByLabel('New passphrase').fill(options.passphrase);
    await page.getByLabel('Type it again').fill(options.passphrase);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await heading(page).filter({ hasText: 'Your language' }).waitFor();
  } else {
    await forward(page); // to her language
  }
  await forward(page); // to the form
  if (options.form === 'short') await page.locator('input[type=radio][value=short]').check();
  await nextButton(page).click();
  await firstStep(page);
}

/**
 * Waits for the first step of an assessment: a category's introduction, or (model 2) a first
 * question about her situation asked before the categories.
 */
export async function firstStep(page: Page): Promise<void> {
  await page.locator('.category-intro, .question').first().waitFor();
}

/** From the home screen, the full form: through the introduction when it is her first run. */
export async function startFull(page: Page): Promise<void> {
  await page.locator('.home').waitFor();
  await tapStart(page);
  await page.locator('.onboarding, .category-intro, .question').first().waitFor();
  if (await page.locator('.onboarding').count()) await throughIntroduction(page);
  await firstStep(page);
}

/** From the home screen, in English: start, skip the introduction, start (the form set in Settings). */
export async function startSkippingIntroduction(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByRole('button', { name: 'Skip the introduction' }).click();
  await page.getByRole('button', { name: 'Start an assessment' }).click();
  await firstStep(page);
}

/** The answer buttons of the question shown, "prefer not to say" left out. */
const options = (page: Page) => page.locator('.answers button.answer:not(.answer-skip)');

/** What was answered, question by question: its title as shown, and the option chosen (-1: skipped). */
export type AnswerLog = { title: string; choice: number }[];

/** Answers the question shown with `pick(k, n)` and waits for the next screen. */
async function answer(page: Page, k: number, pick: Pick, log?: AnswerLog): Promise<void> {
  const before = await heading(page).textContent();
  const choice = pick(k, await options(page).count(), before ?? '');
  await (choice < 0 ? page.locator('.answers button.answer-skip') : options(page).nth(choice)).click();
  log?.push({ title: before ?? '', choice });
  await waitForNewHeading(page, before);
}

/**
 * Answers questions `from` (counting from 0 in form order) up to, not including, `to`, passing
 * category introductions with Next. Returns `to`.
 */
export async function answerQuestions(
  page: Page,
  pick: Pick,
  from: number,
  to: number,
  log?: AnswerLog,
): Promise<number> {
  let k = from;
  while (k < to) {
    if (await page.locator('.answers').count()) {
      await answer(page, k, pick, log);
      k += 1;
    } else {
      await forward(page);
    }
  }
  return k;
}

/**
 * Goes through an assessment from wherever it is to the end: introductions are passed with Next,
 * and question k (counting from 0 in the order asked) gets option `pick(k, n)` of its n options,
 * or "prefer not to say" when `pick` returns -1. Returns the number of questions answered. With
 * `log`, each answer is recorded (the questions asked depend on the answers with a model-2 battery).
 */
export async function answerToTheEnd(page: Page, pick: Pick, startAt = 0, log?: AnswerLog): Promise<number> {
  let k = startAt;
  for (let guard = 0; guard < 200; guard += 1) {
    if (await page.locator('.answers').count()) {
      await answer(page, k, pick, log);
      k += 1;
      continue;
    }
    if (await finishButton(page).count()) return k; // the finish step
    await forward(page);
  }
  throw new Error('the assessment never ended');
}

/** The button of the last step ("See my results", or the practice's). */
export const finishButton = (page: Page) => page.locator('.assessment section button.primary');

/** Finishes a real assessment and waits for her results. */
export async function finishAssessment(page: Page): Promise<void> {
  await finishButton(page).click();
  await waitForResults(page);
}
