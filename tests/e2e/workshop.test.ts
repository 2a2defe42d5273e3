/**
 * Workshop mode in a real browser: a practice session writes nothing anywhere, "next participant"
 * clears it, the presenter moves with the keyboard, adapted batteries load or are refused with
 * their report, everything works offline, and every new screen passes axe and fits 320 px.
 */
import { describe, expect, it } from 'vitest';
import { tinyBatteryJson } from '../helpers/battery.ts';
import { serve, setupServedApp } from './harness.ts';
import {
  answerQuestions,
  answerToTheEnd,
  checkScreen,
  dumpStorage,
  audit,
  addTrustedPerson,
  chooseLanguage,
  currentRoute,
  finishAssessment,
  firstStep,
  finishButton,
  goHome,
  heading,
  openApp,
  openMyPlan,
  openSettings,
  openWorkshopTool,
  seePracticeResults,
  slideLabel,
  startPractice,
  startSkippingIntroduction,
  waitForResults,
  waitForNewHeading,
  waitForServiceWorker,
  languagesKept,
} from './pages.ts';

const app = setupServedApp();

describe('practice session', () => {
  it('leaves IndexedDB, localStorage, sessionStorage, the caches and private files exactly as they were', async () => {
    const page = await app.newPage();
    await openApp(page, app.url);
    await waitForServiceWorker(page);
    // Something stored already: a language chosen, and a real assessment finished.
    await openSettings(page);
    await chooseLanguage(page, 'Español', 'Configuración');
    await chooseLanguage(page, 'English', 'Settings');
    await page.getByRole('radio', { name: /Short form/ }).check();
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await startSkippingIntroduction(page);
    await answerToTheEnd(page, (k, n) => k % n);
    await finishAssessment(page);
    await goHome(page);
    await page.getByRole('button', { name: 'Past assessments (1)' }).waitFor();
    const before = await dumpStorage(page);
    expect(before).toContain('secure-here-and-now');
    // Her finished assessment is there, sealed (nothing she answers is stored in the clear).
    const stored = JSON.parse(before) as { databases: Record<string, { assessments: { keys: unknown[] } }> };
    const ours = Object.entries(stored.databases).find(([name]) => name.startsWith('secure-here-and-now'));
    expect(ours?.[1].assessments.keys).toHaveLength(1);

    await startPractice(page);
    await expect(page.locator('.practice-banner').textContent()).resolves.toMatch(
      /Practice.*Nothing is saved/,
    );
    await answerToTheEnd(page, (k, n) => (k % 5 === 4 ? -1 : (k * 7 + 2) % n));
    await expect(page.locator('.practice-banner').count()).resolves.toBe(1);
    await seePracticeResults(page);
    await page.locator('.practice.results').waitFor();
    await expect(page.locator('.category-card').count()).resolves.toBe(5);
    await expect(page.locator('.practice-banner').count()).resolves.toBe(1);
    expect(await dumpStorage(page)).toBe(before);

    await page.getByRole('button', { name: 'Keep nothing and clear' }).click();
    await page.getByRole('status').filter({ hasText: 'was cleared' }).waitFor();
    expect(await dumpStorage(page)).toBe(before);
    // A reload (or a closed tab) brings nothing back either.
    await page.reload();
    await heading(page).filter({ hasText: 'Practice session' }).waitFor();
    await expect(page.locator('.category-card').count()).resolves.toBe(0);
    expect(await dumpStorage(page)).toBe(before);
  });

  it('never leads to a screen that saves, nor shows the people the phone owner saved', async () => {
    const page = await app.newPage();
    await openApp(page, app.url);
    await waitForServiceWorker(page); // its precache is written once, before the comparison
    // The phone's owner keeps a person she trusts; a participant then practises on her phone.
    await openMyPlan(page);
    await addTrustedPerson(page, { name: 'Owner Person', reach: '+1 555 0100' });
    const before = await dumpStorage(page);
    await startPractice(page);
    // Answers that call for urgent steps (the highest option everywhere): "people who can act" shows.
    await answerToTheEnd(page, (_k, n) => n - 1);
    await seePracticeResults(page);
    const people = page.locator('.practice .people-who-can-act').first();
    await people.waitFor();
    await expect(people.textContent()).resolves.toMatch(/A practice session does not show or add anyone/);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Owner Person');
    expect(main).not.toContain('555 0100');
    await expect(page.getByRole('button', { name: 'Add people you trust' }).count()).resolves.toBe(0);
    // Every control on the results stays in practice: none opens another screen.
    const route = await currentRoute(page);
    const buttons = page.locator(
      '.practice.results button:not(.practice-end button, .practice-banner button)',
    );
    for (let i = 0; i < (await buttons.count()); i += 1) {
      const button = buttons.nth(i);
      if (!(await button.isVisible())) continue;
      await button.click();
      await expect(page.locator('.practice-banner').count()).resolves.toBe(1);
      await expect(currentRoute(page)).resolves.toEqual(route);
    }
    expect(await dumpStorage(page)).toBe(before);
  });

  it('"next participant" clears every answer from the screen', async () => {
    const page = await app.newPage();
    await openApp(page, app.url);
    await startPractice(page);
    await answerToTheEnd(page, (k, n) => (k + 1) % n);
    await seePracticeResults(page);
    await page.locator('.practice.results').waitFor();
    const resultText = (await page.locator('.category-card').first().textContent()) ?? '';
    expect(resultText).toMatch(/Why/);

    await page.locator('.practice-banner').getByRole('button', { name: 'Next participant' }).click();
    await heading(page).filter({ hasText: 'Practice session' }).waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain(resultText);
    await expect(page.locator('.category-card, .answers, .recs').count()).resolves.toBe(0);
    // The browser's Back button does not bring them back: they were never in the history.
    // Signal: the title changes once the app has drawn the screen Back leads to (the workshop
    // hub); only then can it be checked that no result came back with it.
    const practiceTitle = await heading(page).textContent();
    await page.goBack();
    await waitForNewHeading(page, practiceTitle);
    await expect(page.locator('.category-card').count()).resolves.toBe(0);
    await page.goForward();
    await page.locator('.practice').waitFor();

    // The next participant starts with no answer given.
    await page.getByRole('button', { name: 'Start the practice' }).click();
    await firstStep(page);
    if (await page.locator('.category-intro').count())
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.locator('.answers').waitFor();
    await expect(page.locator('.answers [aria-pressed="true"]').count()).resolves.toBe(0);
    await expect(
      page.locator('.progress .fill').evaluateAll((els) => els.map((e) => e.getAttribute('style'))),
    ).resolves.toEqual(Array(5).fill('inline-size: 0%;'));
  });
});

describe('presenter view', () => {
  it('moves with arrows, space and a clicker, in English and right to left in Arabic', async () => {
    const page = await app.newPage();
    await openApp(page, app.url);
    await openWorkshopTool(page, 'Presenter view (slides)');
    await page.locator('.deck').waitFor();
    // As many slides as the current battery's short form gives (title, model, its questions, end).
    const total = Number(/^Slide 1 of (\d+)$/.exec((await slideLabel(page)) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await expect(slideLabel(page)).resolves.toBe(`Slide 4 of ${total}`);
    await expect(page.locator('section.slide h3').allTextContents()).resolves.toEqual([
      'What it means',
      'Possible answers',
      'Why it matters',
    ]);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(slideLabel(page)).resolves.toBe(`Slide 2 of ${total}`);
    await page.keyboard.press('End');
    await expect(slideLabel(page)).resolves.toBe(`Slide ${total} of ${total}`);
    await page.keyboard.press('Home');

    // Slides in Arabic, while the app stays in English: the left arrow moves forward.
    await page.getByLabel('Language of the slides').selectOption('ar');
    await page.locator('.deck[dir="rtl"]').waitFor();
    await heading(page).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slideLabel(page)).resolves.toBe(`الشريحة 3 من ${total}`);
    // Slide 3: the first questions about her situation (model 2), or the first category.
    await expect(page.locator('section.slide h2').textContent()).resolves.toMatch(
      /^(أسئلة أولى|الأمان العاطفي والذهني)$/,
    );
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });
});

describe('presenter on a laptop', () => {
  it('shows every slide whole, with its buttons, in a 1280 × 720 window without full screen (en, fr, ar)', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app.url);
    await openWorkshopTool(page, 'Presenter view (slides)');
    await page.locator('.deck').waitFor();
    for (const lng of ['en', 'fr', 'ar']) {
      await page.getByLabel('Language of the slides').selectOption(lng);
      await page.locator(`.deck[lang="${lng}"]`).waitFor();
      await heading(page).focus();
      await page.keyboard.press('Home');
      const total = Number(/(\d+)\D*$/.exec((await slideLabel(page)) ?? '')?.[1]);
      expect(total).toBeGreaterThan(10);
      const cut: string[] = [];
      for (let i = 1; i <= total; i += 1) {
        const box = await page.evaluate(() => {
          const deck = document.querySelector('.deck')?.getBoundingClientRect();
          const header = document.querySelector('.app-header')?.getBoundingClientRect();
          const slide = document.querySelector('section.slide');
          const next = document.querySelector('.deck-nav .button.primary')?.getBoundingClientRect();
          return {
            top: (deck?.top ?? -1) - (header?.bottom ?? 0),
            bottom: window.innerHeight - (deck?.bottom ?? Infinity),
            hidden: slide ? slide.scrollHeight - slide.clientHeight : -1,
            next: window.innerHeight - (next?.bottom ?? Infinity),
            label: slide?.getAttribute('aria-label'),
          };
        });
        if (box.top < 0 || box.bottom < 0 || box.hidden > 1 || box.next < 0) cut.push(JSON.stringify(box));
        await page.keyboard.press('PageDown');
      }
      expect(cut).toEqual([]);
    }
  });

  it('leaving full screen with Escape never counts toward the "Escape twice" quick exit', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, app.url);
    await openWorkshopTool(page, 'Presenter view (slides)');
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('deck'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // A quick exit empties the page in the key's own handler: the deck would be gone by now.
    await expect(page.locator('.deck').count()).resolves.toBe(1);
    expect(page.url()).toBe(app.url);
  });
});

describe('adapted batteries', () => {
  it('loads a valid file for practice and real assessments, whose results keep rendering; refuses a broken one with its report', async () => {
    const page = await app.newPage();
    await openApp(page, app.url);
    await openWorkshopTool(page, 'Adapted question sets');
    const input = page.getByLabel('Question set file (JSON)');

    const broken = tinyBatteryJson();
    (broken.forms as { indicators: string[] }[])[1]!.indicators.push('nowhere.item');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...broken, id: 'our-network' })),
    });
    const report = page.getByRole('alert');
    await report.waitFor();
    await expect(report.textContent()).resolves.toMatch(/This file was not loaded\. Nothing changed\./);
    await expect(report.textContent()).resolves.toMatch(
      /forms\[1\] \(short\)\.indicators\[5\]: .*“nowhere\.item”/,
    );
    await page.locator('.battery-item').first().waitFor(); // the list loads after the screen
    await expect(page.locator('.battery-item').count()).resolves.toBe(1);

    await input.setInputFiles({
      name: 'ours.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...tinyBatteryJson(), id: 'our-network', version: '2.1.0', author: 'Our network' }),
      ),
    });
    await page.getByText('Loaded: “Tiny”, version 2.1.0, by Our network.').waitFor();
    const item = page.locator('.battery-item', { hasText: 'Tiny' });
    await expect(item.textContent()).resolves.toMatch(/Version 2\.1\.0 · by Our network/);

    // A real assessment with it: completed, it keeps rendering after a reload.
    await item.getByRole('button', { name: 'Start my own assessment with it' }).click();
    await page.locator('.category-intro').waitFor();
    await answerToTheEnd(page, (k, n) => (k + 2) % n);
    await finishAssessment(page);
    await page.reload();
    await waitForResults(page);
    await expect(page.locator('.category-card').count()).resolves.toBe(5);
    await expect(page.locator('#cat-physical').textContent()).resolves.toBe('physical');
  });
});

it('works offline: practice, presenter, guide, handouts, group picture and loading a battery, with no network and no server', async () => {
  const ownServer = await serve();
  const page = await app.newPage();
  await openApp(page, ownServer.url);
  await waitForServiceWorker(page);
  // Opened once with a connection, slides and handouts keep every language on the device.
  await openWorkshopTool(page, 'Presenter view (slides)');
  await page.locator('.deck').waitFor();
  await expect.poll(() => languagesKept(page), { timeout: 60_000 }).toBe(true);
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await heading(page).filter({ hasText: 'Secure, Here and Now' }).waitFor();
  await page.context().setOffline(true);
  await ownServer.close();
  await page.reload();
  await heading(page).filter({ hasText: 'Secure, Here and Now' }).waitFor();

  await startPractice(page);
  await answerToTheEnd(page, (k, n) => k % n);
  await seePracticeResults(page);
  await expect(page.locator('.practice .category-card').count()).resolves.toBe(5);

  await openWorkshopTool(page, 'Presenter view (slides)');
  await page.locator('.deck').waitFor();
  await page.getByLabel('Language of the slides').selectOption('fr');
  await page.locator('section.slide h2', { hasText: 'Cinq types de sécurité' }).waitFor();

  await openWorkshopTool(page, 'Facilitator guide');
  await heading(page).filter({ hasText: 'Facilitator guide' }).waitFor();

  await openWorkshopTool(page, 'Handouts to print');
  await page.getByLabel('Language of the handouts').selectOption('es');
  await page.locator('#handout-questions', { hasText: 'Preguntas para reflexionar' }).waitFor();

  // Not in every phone's offline copy: kept since the workshop screens were opened online.
  await openWorkshopTool(page, 'Group picture (scan codes)');
  await heading(page).filter({ hasText: 'Group picture' }).waitFor();

  await openWorkshopTool(page, 'Adapted question sets');
  await page.getByLabel('Question set file (JSON)').setInputFiles({
    name: 'ours.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...tinyBatteryJson(), id: 'offline-set' })),
  });
  await page.getByText(/Loaded: “Tiny”/).waitFor();
});

describe.each(['en', 'ar'])('every workshop screen in %s', (locale) => {
  it('has no serious or critical axe violation and fits 320 px', async () => {
    // bypassCSP only so the test can inject axe; the app itself runs under its own CSP elsewhere.
    const page = await app.newPage({ locale, bypassCSP: true });
    const found: string[] = [];
    const check = async (screen: string) => {
      found.push(...(await checkScreen(page, screen)));
    };
    const hubButton = (n: number) => page.locator('.workshop .button').nth(n);
    const toHub = async () => {
      await goHome(page);
      await page.locator('.home-workshop').click();
      await page.locator('.workshop').waitFor();
    };

    await openApp(page, app.url);
    await page.locator('.home-workshop').click();
    await page.locator('.workshop').waitFor();
    await check('workshop');
    await hubButton(0).click();
    await page.locator('.practice').waitFor();
    await check('practice start');
    await page.locator('.practice .button.primary').click();
    await firstStep(page);
    if (await page.locator('.question').count()) {
      // Model 2: a first question about her situation, before the categories.
      await check('practice first question');
      await answerQuestions(page, () => 0, 0, 1);
      await page.locator('.category-intro').waitFor();
    }
    await check('practice category');
    await page.locator('.nav-row .button.primary').click();
    await page.locator('.answers').waitFor();
    await check('practice question');
    await answerToTheEnd(page, (k, n) => (k % 4 === 0 ? n - 1 : k % n), 0);
    await check('practice end');
    await finishButton(page).click();
    await page.locator('.practice.results').waitFor();
    await check('practice results');
    await page.locator('.group-share .button.primary').click();
    await page.locator('.group-share .qr').waitFor();
    await check('practice results, group code shown');
    await page.locator('.practice-end .button.primary').click();
    await page.locator('.practice [role="status"]').waitFor();
    await check('practice cleared');

    await toHub();
    await hubButton(1).click();
    await page.locator('.deck').waitFor();
    await check('presenter title');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('PageDown');
    await check('presenter question');
    await page.setViewportSize({ width: 1280, height: 800 });
    found.push(...(await audit(page, 'presenter wide')));
    await page.setViewportSize({ width: 360, height: 740 });

    await toHub();
    await hubButton(2).click();
    await page.locator('.group-picture').waitFor();
    await check('group picture');
    await page.locator('.typed-form input').fill('not a code');
    await page.locator('.typed-form button').click();
    await page.locator('.group-message .notice').waitFor();
    await check('group picture, refused');
    await toHub();
    await hubButton(3).click();
    await page.locator('.guide').waitFor();
    await check('guide');
    await toHub();
    await hubButton(4).click();
    await page.locator('.handout').first().waitFor();
    await check('handouts');
    await toHub();
    await hubButton(5).click();
    await page.locator('.battery-item').first().waitFor();
    await check('adapted batteries');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": "shn-battery", "id": "Not An Id" }'),
    });
    await page.locator('.battery-report').waitFor();
    await check('adapted batteries, refused');
    expect(found).toEqual([]);
  });
});
