/** Accessibility: axe-core finds no serious or critical violation on any screen, in English and Arabic. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serve, type Server } from './harness.ts';
import { answerToTheEnd, audit, finishAssessment, heading, nextButton, openApp } from './pages.ts';

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

describe.each(['en', 'ar'])('every screen in %s', (locale) => {
  it('has no serious or critical axe violation', async () => {
    // bypassCSP only so the test can inject axe; the app itself runs under its own CSP elsewhere.
    const context = await browser.newContext({
      locale,
      bypassCSP: true,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    const found: string[] = [];
    const check = async (screen: string) => {
      found.push(...(await audit(page, screen)));
      // Usable at 320 px: nothing may push the page sideways.
      await page.setViewportSize({ width: 320, height: 700 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) found.push(`${screen}: ${overflow}px wider than a 320 px screen`);
      await page.setViewportSize({ width: 360, height: 740 });
    };
    const clickNext = async () => {
      const before = await heading(page).textContent();
      await nextButton(page).click();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    };

    await openApp(page, server.url);
    await check('home');
    await page.locator('.stack > .stack > .button').last().click(); // settings
    await page.locator('fieldset').first().waitFor();
    await check('settings');
    await page.locator('.brand').click();
    await page.locator('.home .button.primary').click(); // start → introduction
    await page.locator('.onboarding').waitFor();
    for (let step = 1; step <= 4; step += 1) {
      await check(`introduction ${step}`);
      if (step < 4) await clickNext();
    }
    await nextButton(page).click(); // start the assessment
    await page.locator('.category-intro').waitFor();
    await check('category introduction');
    await clickNext();
    await page
      .locator('details.help summary')
      .first()
      .click()
      .catch(() => undefined);
    await check('question');
    await answerToTheEnd(page, (k, n) => (k % 3 === 0 ? -1 : (k + 1) % n), 0);
    await check('end of assessment');
    await finishAssessment(page);
    await check('results');
    await page.locator('.results > .stack').last().locator('.button').first().click(); // how is this worked out
    await page.locator('.how').waitFor();
    await check('how it works');
    await page.locator('.brand').click();
    await page.locator('.home .button').nth(4).waitFor(); // the list of assessments has loaded
    await page.locator('.home .button').nth(1).click(); // history
    await page.locator('.history').waitFor();
    await check('history');
    expect(found).toEqual([]);
    await context.close();
  });
});
