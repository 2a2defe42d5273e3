/**
 * Her plan in a real browser: actions added from results and their status, a routine kept for
 * three (simulated) days, a trusted person shown in the urgent steps, the print view, and all of
 * it surviving a reload with no network and no server.
 */
import { expect, it } from 'vitest';
import { pickText } from '../../src/domain/index.ts';
import { appBattery } from '../helpers/battery.ts';
import { setupServedApp } from './harness.ts';
import {
  addTrustedPerson,
  answerToTheEnd,
  currentRoute,
  finishAssessment,
  heading,
  openApp,
  openFromHome,
  openMyPlan,
  openSuggestion,
  planCard,
  reloadAt,
  startSkippingIntroduction,
  waitForServiceWorker,
} from './pages.ts';

const battery = appBattery();
/** Two actions share a title ("Tell people who can act, today"): pick items whose title is unique. */
const isUniqueTitle = (text: string) =>
  [...battery.actions, ...battery.routines].filter((x) => pickText(x.title, 'en', battery) === text)
    .length === 1;
/** The last answer to every question: the worst threats (red flags, so the urgent steps show). */
const riskiest = (_k: number, n: number) => n - 1;
/** A daily routine: it has "Done today" on the Today screen. */
const daily = new Set(
  battery.routines.filter((r) => r.rhythm === 'daily').map((r) => pickText(r.title, 'en', battery)),
);

const app = setupServedApp();

it('plan, routines, trusted people and print work, survive a reload, and work offline', async () => {
  const page = await app.newPage();
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00'));
  await openApp(page, app.url);
  await waitForServiceWorker(page);

  // An assessment with red flags.
  await startSkippingIntroduction(page);
  await answerToTheEnd(page, riskiest);
  await finishAssessment(page);
  const resultsRoute = (await currentRoute(page)) as { name: string; id: string };
  const urgent = page.getByRole('region', { name: 'First, some urgent steps' });
  await urgent.getByText('You have not recorded anyone yet.').waitFor();

  // Add two actions and one routine from the results: each opens from its title.
  const actions = page.getByRole('region', { name: 'Protective actions' });
  const titles: string[] = [];
  for (const text of await actions.locator('li.rec h4').allTextContents()) {
    if (titles.length < 2 && isUniqueTitle(text) && !titles.includes(text)) titles.push(text);
  }
  expect(titles).toHaveLength(2);
  for (const text of titles) {
    const item = await openSuggestion(actions, text);
    await item.getByRole('button', { name: 'Add to my plan' }).click();
    await item.locator('.in-plan').waitFor();
    // Said in its title too, when folded again.
    await item.locator('summary').click();
    await item.locator('summary').getByText('In my plan').waitFor();
  }
  const routines = page.getByRole('region', { name: 'Care routines' });
  const routineTitle =
    (await routines.locator('li.rec h4').allTextContents()).find((t) => daily.has(t)) ?? '';
  const routine = await openSuggestion(routines, routineTitle);
  await routine.getByRole('button', { name: 'Keep this routine' }).click();
  await routine.getByText('In my routines').first().waitFor();

  // My plan: statuses, and the folded list of what is done.
  await openMyPlan(page);
  const card = (title: string) => planCard(page, title);
  await card(titles[0]!).getByLabel('Where you are with it').selectOption('doing');
  await card(titles[0]!).locator('.status-badge', { hasText: 'Doing' }).waitFor();
  await card(titles[1]!).getByLabel('Where you are with it').selectOption('done');
  const folded = page.locator('details.settled', { hasText: 'Done, or not for me (1)' });
  await folded.waitFor();
  await expect(folded.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  await expect(card(titles[1]!).isVisible()).resolves.toBe(false);

  // Three days of a routine.
  await page.getByRole('button', { name: "Today's care routines" }).first().click();
  const done = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: routineTitle, exact: true }) })
    .getByRole('checkbox', { name: /^Done today/ });
  for (const [n, day] of ['2026-03-02', '2026-03-03', '2026-03-04'].entries()) {
    await page.clock.setFixedTime(new Date(`${day}T09:00:00`));
    await page.reload();
    await heading(page).filter({ hasText: 'Today' }).waitFor();
    await expect(done.isChecked()).resolves.toBe(false);
    await done.check();
    await page.getByText(`In the last two weeks: done on ${n + 1} day`).waitFor();
  }

  // A trusted person, then seen in the urgent steps of her results.
  await page.getByRole('button', { name: 'My plan' }).last().click();
  await addTrustedPerson(page, { name: 'Amina', reach: '+254 700 000 000' });
  await reloadAt(page, resultsRoute);
  // (The crisis box lists them too: the riskiest answers include thoughts of not wanting to live.)
  const people = page
    .getByRole('region', { name: 'First, some urgent steps' })
    .getByRole('list', { name: 'People you trust' });
  await people.waitFor();
  await expect(people.textContent()).resolves.toContain('Amina · +254 700 000 000');

  // The print view: only the sheet, without the app around it; names off paper by default.
  await page.getByRole('button', { name: 'My plan', exact: true }).click();
  await page.getByRole('button', { name: 'Print my plan' }).click();
  const sheet = page.locator('.print-sheet');
  await sheet.waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
  await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
  await expect(page.getByText('What to put on paper').isVisible()).resolves.toBe(false);
  await expect(sheet.isVisible()).resolves.toBe(true);
  const printed = (await sheet.textContent()) ?? '';
  for (const text of [titles[0]!, titles[1]!, routineTitle]) expect(printed).toContain(text);
  expect(printed).not.toContain('Amina');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: 'People I trust' }).check();
  await expect(sheet.textContent()).resolves.toContain('Amina');
  // One item kept off paper: still on screen (dimmed), gone from the printed page.
  await sheet
    .locator('li', { hasText: titles[0]! })
    .getByRole('checkbox', { name: /^On paper/ })
    .uncheck();
  const leftOut = sheet.locator('li.left-out', { hasText: titles[0]! });
  await expect(leftOut.isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(leftOut.isVisible()).resolves.toBe(false);
  await expect(sheet.locator('strong', { hasText: titles[1]! }).isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'screen' });

  // Offline, server gone, reloaded: everything is still there.
  await page.context().setOffline(true);
  await app.server.close();
  await page.reload();
  await openFromHome(page, 'My plan');
  await card(titles[0]!).locator('.status-badge', { hasText: 'Doing' }).waitFor();
  await page.locator('details.settled summary').click();
  await expect(card(titles[1]!).getByLabel('Where you are with it').inputValue()).resolves.toBe('done');
  await openFromHome(page, "Today's care routines");
  await page.getByText('In the last two weeks: done on 3 days.').waitFor();
  await expect(done.isChecked()).resolves.toBe(true);
});
