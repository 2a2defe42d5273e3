/**
 * Screenshots at 360 px, in English and Arabic, of the screens issue 16 asks to look at: the
 * results of a recent threat to life (the e2e case of tests/e2e/assessment.test.ts), her plan once
 * she has chosen, and a summary as her contact sees it.
 * `npx vite build && npx tsx scripts/screenshotsLife.ts`; PNGs go to .tmp/shots/ (life-*.png).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pickText, scaleOf } from '../src/domain/index.ts';
import { appBattery } from '../tests/helpers/battery.ts';
import { launch, serve } from '../tests/e2e/harness.ts';
import {
  answerToTheEnd,
  finishAssessment,
  openApp,
  shareLabel,
  shareStrings,
  startFull,
  type Pick,
} from '../tests/e2e/pages.ts';

const battery = appBattery();

/** As in the e2e test: a recent threat to life, a defender without an organisation. */
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

function byQuestion(lng: string): Pick {
  return (_k, n, title) => {
    const ind = battery.indicators.find((i) => pickText(i.question, lng, battery) === title);
    if (!ind) throw new Error(`no question titled ${title}`);
    const want = THREAT_TO_LIFE[ind.id];
    if (want === 'skip') return -1;
    if (want === 'last') return n - 1;
    return Math.max(
      0,
      scaleOf(battery, ind).options.findIndex((o) => o.id === want),
    );
  };
}

const server = await serve();
const browser = await launch();
mkdirSync('.tmp/shots', { recursive: true });

async function shot(page: Page, name: string, locale: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  await page.screenshot({ path: `.tmp/shots/life-${name}-${locale}.png`, fullPage });
}

for (const locale of ['en', 'ar']) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`[${locale}] pageerror: ${e.message}`));
  await openApp(page, server.url);
  await startFull(page);
  await answerToTheEnd(page, byQuestion(locale));
  await finishAssessment(page);
  await shot(page, 'results-first-screen', locale, false);
  await shot(page, 'results-folded', locale);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  await shot(page, 'results-open', locale);

  // Her plan once she has chosen three actions, one of them under way.
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
  await shot(page, 'plan', locale);

  // A summary as her contact sees it.
  const words = shareStrings(locale);
  await page.evaluate(() => history.replaceState({ name: 'shareSummary' }, ''));
  await page.reload();
  await page.locator('.about-me input').fill(locale === 'ar' ? 'أمل' : 'Amal');
  await page
    .locator('.about-me textarea')
    .fill(locale === 'ar' ? 'الرسائل على سيغنال فقط.' : 'Signal only. Never call.');
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
  await shot(page, 'contact-view', locale);
  await context.close();
}
await browser.close();
await server.close();
