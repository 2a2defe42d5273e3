/**
 * P1, nothing leaves the device: every request made while loading, installing the service worker
 * and moving through every screen goes to the app's own origin, and no CSP violation fires.
 */
import { expect, it } from 'vitest';
import { setupServedApp } from './harness.ts';
import {
  answerToTheEnd,
  cspViolations,
  currentRoute,
  finishAssessment,
  heading,
  openApp,
  openSettings,
  recordCspViolations,
  reloadAt,
  tapStart,
  throughIntroduction,
  waitForServiceWorker,
} from './pages.ts';

const app = setupServedApp();

it('makes no request to any other origin through a whole session, and breaks no CSP rule', async () => {
  const context = await app.newContext();
  await recordCspViolations(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await openApp(page, app.url);
  await waitForServiceWorker(page);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");

  // Every screen: settings, the introduction, an assessment to its results, the method, history.
  await openSettings(page);
  await page.getByRole('radio', { name: 'Español' }).click();
  await page.getByRole('radio', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await tapStart(page);
  await throughIntroduction(page, { form: 'short' });
  await answerToTheEnd(page, (k, n) => (k * 3) % n);
  await finishAssessment(page);
  await page.getByRole('button', { name: 'How is this worked out?' }).click();
  await heading(page).filter({ hasText: 'How is this worked out?' }).waitFor();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: /Past assessments/ }).click();
  await page.locator('.history').waitFor();

  // Every other screen, opened by route the way a reload brings her back to it.
  const routes = [
    'plan',
    'library',
    'today',
    'contacts',
    'printPlan',
    'calendar',
    'share',
    'shareSummary',
    'openSummary',
    'receive',
    'backup',
    'security',
    'workshop',
    'practice',
    'presenter',
    'groupPicture',
    'guide',
    'handouts',
    'batteries',
    'support',
  ];
  for (const name of routes) {
    await reloadAt(page, { name });
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await currentRoute(page)).toMatchObject({ name });
  }
  // The group picture's camera and QR decoder (loaded only there): here no camera is allowed.
  await reloadAt(page, { name: 'groupPicture' });
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await page.locator('.camera [role="status"]').filter({ hasNotText: 'Starting' }).waitFor();
  // The age code at work: a key made for receiving summaries, shown as text and QR.
  await reloadAt(page, { name: 'receive' });
  await page.getByRole('button', { name: 'Make my key' }).click();
  await page
    .getByText(/^age1[0-9a-z]{58}$/)
    .first()
    .waitFor();

  const foreign = requests.filter(
    (u) => !u.startsWith(app.server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(requests.length).toBeGreaterThan(5);
  expect(foreign).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
