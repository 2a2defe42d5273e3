/**
 * The main journey in a real browser: full assessments in English and Arabic, a reload in the
 * middle, results that match score(), a threat to life (and a crisis) whose results fit a phone's
 * first screen, and history with trends after three assessments.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pickText, score, scaleOf, SKIPPED } from '../../src/domain/index.ts';
import { CURRENT_BATTERY } from '../../src/services/batteries.ts';
import { shippedBatteries } from '../helpers/battery.ts';
import { setupServedApp } from './harness.ts';
import {
  answerQuestions,
  answerToTheEnd,
  finishAssessment,
  foldedHeight,
  goHome,
  heading,
  isOnFirstScreen,
  itemsShown,
  levelRows,
  levelsShown,
  nextButton,
  openApp,
  startFull,
  type AnswerLog,
  type Pick,
  APP_HEADING,
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
  await page.locator(APP_HEADING).first().waitFor();
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

/**
 * A recent threat to life, told by a defender who works without an organisation: her answers by
 * question (an option id, or 'last' for the scale's last option); every other question gets its
 * first option, and "prefer not to say" where it says 'skip'.
 */
const THREAT_TO_LIFE: Record<string, string> = {
  'pol.organisation': 'none',
  'phy.death-threat': 'few',
  'phy.feel-endangered': 'quite',
  'phy.threat-source': 'armed-group',
  'eco.single-income': 'last',
  'eco.dependants': 'last',
  'eco.emergency-savings': 'none',
  'pol.smear': 'skip',
  'pol.surveillance': 'skip',
  'pol.open-devices': 'last',
};

/** Whether an element is in view where the page is scrolled now, below the sticky header. */
function isInView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)!.getBoundingClientRect();
    const header = document.querySelector('.app-header')!.getBoundingClientRect();
    return box.top >= header.bottom && box.bottom <= window.innerHeight;
  }, selector);
}

/** Answers each question as `answers` says, by the question's title in `lng`. */
function byQuestion(answers: Record<string, string>, lng: string): Pick {
  return (_k, n, title) => {
    const ind = battery.indicators.find((i) => pickText(i.question, lng, battery) === title);
    if (!ind) throw new Error(`no question titled ${title}`);
    const want = answers[ind.id];
    if (want === 'skip') return -1;
    if (want === 'last') return n - 1;
    return Math.max(
      0,
      scaleOf(battery, ind).options.findIndex((o) => o.id === want),
    );
  };
}

describe.each([
  { lng: 'en', locale: 'en-US', crisis: false },
  // The same, with thoughts of not wanting to live: the crisis box comes first, never hidden.
  { lng: 'ar', locale: 'ar', crisis: true },
])('a threat to life ($lng, crisis: $crisis)', ({ lng, locale, crisis }) => {
  it('shows the five levels and one line to the urgent steps on the first screen, and every action once', async () => {
    const page = await app.newPage({ locale });
    await openApp(page, app.url);
    await startFull(page);
    const answers = { ...THREAT_TO_LIFE, ...(crisis ? { 'emo.not-want-to-live': 'yes' } : {}) };
    const log: AnswerLog = [];
    await answerToTheEnd(page, byQuestion(answers, lng), 0, log);
    await finishAssessment(page);
    const expected = score(battery, answersOf(log, lng), 'full');
    expect(expected.flags?.map((f) => f.id)).toEqual(crisis ? ['r1', 'r11'] : ['r1']);

    // The first screen (360 × 740, not scrolled): the five levels, highest first, each with its
    // kind, and one line to the urgent steps; with a crisis, a line to its box comes before them.
    await expect(levelRows(page).count()).resolves.toBe(5);
    await expect(isOnFirstScreen(page, '.level-row')).resolves.toBe(true);
    const physical = pickText(battery.categories.find((c) => c.id === 'physical')!.name, lng, battery);
    const severe = lng === 'en' ? 'Severe — from what is being done against you' : 'شديد — بسبب ما يُفعل ضدكِ';
    await expect(levelRows(page).first().textContent()).resolves.toBe(`${physical}${severe}`);
    await expect(page.locator('.urgent-lead').count()).resolves.toBe(1);
    await expect(isOnFirstScreen(page, '.urgent-lead')).resolves.toBe(true);
    await expect(isOnFirstScreen(page, '.crisis-lead')).resolves.toBe(crisis);
    if (crisis) {
      const lead = page.locator('.crisis-lead');
      const isBeforeLevels = await lead.evaluate(
        (e) => (e.compareDocumentPosition(document.querySelector('.level-rows')!) & 4) === 4,
      );
      expect(isBeforeLevels).toBe(true);
      await lead.getByRole('button').click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('crisis-title');
      await expect(isInView(page, '#crisis-title')).resolves.toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
    }

    // The line leads to the urgent steps: focus moves there, and they are in view.
    await page.locator('.urgent-lead').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('urgent-title');
    await expect(isInView(page, '#urgent-title')).resolves.toBe(true);

    // No action twice on the page, by id or by title as she reads it.
    const ids = await itemsShown(page);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const titles = await page.locator('.results li.rec h4').allTextContents();
    expect(titles.filter((x, i) => titles.indexOf(x) !== i)).toEqual([]);

    // Levels as score() gives them; the whole page, folded, in about five screens (without a crisis).
    expect(await levelsShown(page, categoryIds)).toEqual(
      Object.fromEntries(expected.categories.map((c) => [c.category, c.level])),
    );
    // Who can help loads after the results: measure once it is in (before, it could be missed).
    await page.locator('.results .support-that-fits').waitFor();
    if (!crisis) expect(await foldedHeight(page)).toBeLessThanOrEqual(5 * 740);
  });
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
  await page.locator('.history .history-list').waitFor(); // drawn just after the trends
  await expect(page.locator('.history-item').count()).resolves.toBe(3);
  await expect(page.locator('figure.trend').count()).resolves.toBe(5);
  await expect(page.locator('.trend-words').first().textContent()).resolves.toMatch(
    /^3 assessments\. First: /,
  );

  // The latest result compares with the one before it.
  await page.locator('.history-item').first().getByRole('button', { name: 'Open' }).click();
  await page.locator('.results').waitFor();
  // In the chart, drawn when she opens it.
  await page.locator('.chart-details summary').click();
  await page.locator('.bar-before').first().waitFor();
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
