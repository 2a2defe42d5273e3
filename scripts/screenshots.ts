/**
 * Screenshots of every screen at 360 px, for looking at the work: English, Arabic, Persian and Urdu
 * unless `SHOTS_LOCALES=sw,fr` names others. `npm run build && npx tsx scripts/screenshots.ts`;
 * PNGs go to .tmp/shots/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, serve } from '../tests/e2e/harness.ts';
import {
  answerToTheEnd,
  finishAssessment,
  heading,
  nextButton,
  shareLabel,
  shareStrings,
} from '../tests/e2e/pages.ts';

const server = await serve();
const browser = await launch();
mkdirSync('.tmp/shots', { recursive: true });
const scheme = (process.env.SHOTS_SCHEME ?? 'light') as 'light' | 'dark';

async function shot(page: Page, name: string, locale: string): Promise<void> {
  // From the top: a page still scrolled draws its sticky header over the middle of a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  await page.screenshot({
    path: `.tmp/shots/${name}-${locale}${scheme === 'dark' ? '-dark' : ''}.png`,
    fullPage: true,
  });
}

async function next(page: Page): Promise<void> {
  const before = await heading(page).textContent();
  await nextButton(page).click();
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
}

const LOCALES = (process.env.SHOTS_LOCALES ?? 'en,ar,fa,ur').split(',');
/** Her name and a note for her contact, as she might write them. */
const SAMPLE: Record<string, [string, string]> = {
  ar: ['أمل', 'الرسائل على سيغنال فقط.'],
  fa: ['امل', 'فقط پیام در سیگنال.'],
  ur: ['امل', 'صرف سگنل پر پیغام۔'],
  sw: ['Amani', 'Signal tu. Usinipigie simu.'],
};

for (const locale of LOCALES) {
  const context = await browser.newContext({
    locale,
    viewport: { width: 360, height: 740 },
    colorScheme: scheme,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`[${locale}] pageerror: ${e.message}`));
  await page.goto(server.url);
  await page.locator('h1').waitFor();
  await shot(page, '01-home', locale);
  await page.locator('.home-start').click();
  await page.locator('.onboarding').waitFor();
  await shot(page, '02-intro-about', locale);
  await next(page);
  await shot(page, '03-intro-privacy', locale);
  await next(page);
  await shot(page, '03b-intro-protect', locale);
  await next(page);
  await next(page);
  await shot(page, '04-intro-form', locale);
  await next(page);
  // Model 2: a first question about her situation comes before the first category.
  await page.locator('.category-intro, .question').first().waitFor();
  if (await page.locator('.question').count()) {
    await shot(page, '05a-first-question', locale);
    await page.locator('.answers button.answer').last().click();
    await page.locator('.category-intro').waitFor();
  }
  await shot(page, '05-category-intro', locale);
  await next(page);
  await page
    .locator('details.help summary')
    .first()
    .click()
    .catch(() => undefined);
  await shot(page, '06-question', locale);
  await answerToTheEnd(page, (k, n) => (k % 5 === 4 ? -1 : (k * 3 + 1) % n));
  await shot(page, '07-finish', locale);
  await finishAssessment(page);
  await shot(page, '08-results', locale);
  await page.locator('.results > .stack').last().locator('.button').first().click();
  await page.locator('.how').waitFor();
  await shot(page, '09-how', locale);
  await page.locator('.brand').click();
  await page.locator('.home-history').waitFor();
  await shot(page, '10-home-after', locale);
  await page.locator('.home-history').click();
  await page.locator('.history .history-list').waitFor();
  await shot(page, '11-history', locale);
  await page.locator('.brand').click();
  await page.locator('.home-settings').click();
  await page.locator('fieldset').first().waitFor();
  await shot(page, '12-settings', locale);
  // Screens reached by route (the way a reload brings her back to them).
  const screens: [string, string, string][] = [
    ['plan', '.plan', '13-plan'],
    ['library', '.library', '14-library'],
    ['today', '.today', '15-today'],
    ['contacts', '.contacts', '16-contacts'],
    ['printPlan', '.print-sheet', '17-print'],
    ['calendar', '.calendar', '18-calendar'],
    ['share', '.home-share, main', '19-share'],
    ['shareSummary', 'main', '20-share-summary'],
    ['openSummary', 'main', '21-open-summary'],
    ['receive', 'main', '22-receive'],
    ['backup', 'main', '23-backup'],
    ['workshop', 'main', '24-workshop'],
  ];
  for (const [route, ready, name] of screens) {
    await page.evaluate((n) => history.replaceState({ name: n }, ''), route);
    await page.reload();
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(400);
    await shot(page, name, locale);
  }

  // Her plan once she has chosen (issue 16): what she chose first, by status; suggestions folded.
  await page.evaluate(() => history.replaceState({ name: 'plan' }, ''));
  await page.reload();
  const add = page.locator('.plan .suggestions .add-to-plan');
  await add.first().waitFor();
  for (let i = 0; i < 3; i += 1) {
    const before = await add.count();
    await add.first().click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.plan .suggestions .add-to-plan').length < n,
      before,
    );
  }
  await page.reload();
  await page.locator('.plan .status-select').first().selectOption('doing');
  await page.locator('.plan-group').first().waitFor();
  await shot(page, '13b-plan-chosen', locale);

  // A summary as her contact sees it: made with her name, locked with the suggested passphrase.
  const words = shareStrings(locale);
  await page.evaluate(() => history.replaceState({ name: 'shareSummary' }, ''));
  await page.reload();
  const [name, note] = SAMPLE[locale] ?? ['Amal', 'Signal only. Never call.'];
  await page.locator('.about-me input').fill(name);
  await page.locator('.about-me textarea').fill(note);
  await page.locator('fieldset.choices input[type=checkbox]').nth(5).check(); // one concern
  await page.getByRole('button', { name: shareLabel('send', 'next', words) }).click();
  await page.getByRole('button', { name: shareLabel('send', 'lock', words) }).click();
  const armored = await page.getByTestId('armored-output').inputValue();
  const passphrase = (await page.getByTestId('passphrase-shown').textContent()) ?? '';
  await page.evaluate(() => history.replaceState({ name: 'openSummary' }, ''));
  await page.reload();
  await page.getByTestId('paste-input').fill(armored);
  await page.locator('input[type=password]').fill(passphrase);
  await page.getByRole('button', { name: shareLabel('open', 'open', words), exact: true }).click();
  await page.locator('.contact-steps').waitFor();
  await shot(page, '21b-contact-view', locale);
  await context.close();
}
await browser.close();
await server.close();
