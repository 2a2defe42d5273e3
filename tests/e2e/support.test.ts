/**
 * Who can help (issue 20), in a real browser with no network and no server: one tap from home,
 * the international directory with safe links and the day each entry was checked; a support pack
 * loaded from a file shows first, a broken one is refused with every problem listed; and a threat
 * to life shows an emergency line in the urgent steps, after the people she trusts. Nothing leaves
 * the device: every request of the session goes to the app's own origin.
 */
import { expect, it } from 'vitest';
import { pickText, scaleOf } from '../../src/domain/index.ts';
import { CURRENT_BATTERY } from '../../src/services/batteries.ts';
import { shippedBatteries } from '../helpers/battery.ts';
import { serve, setupServedApp } from './harness.ts';
import {
  answerToTheEnd,
  cspViolations,
  finishAssessment,
  heading,
  openApp,
  recordCspViolations,
  startFull,
  waitForServiceWorker,
  type Pick,
} from './pages.ts';

const battery = (() => {
  const found = shippedBatteries().find(
    (b) => b.battery.id === CURRENT_BATTERY.id && b.battery.version === CURRENT_BATTERY.version,
  );
  if (!found) throw new Error('the current battery is not shipped');
  return found.battery;
})();

// This test starts and stops its own server.
const app = setupServedApp({ serve: false });

/** A recent threat to life; every other question gets its first option. */
const THREAT_TO_LIFE: Record<string, string> = { 'phy.death-threat': 'few', 'phy.feel-endangered': 'quite' };

function byQuestion(answers: Record<string, string>): Pick {
  return (_k, _n, title) => {
    const ind = battery.indicators.find((i) => pickText(i.question, 'en', battery) === title);
    if (!ind) throw new Error(`no question titled ${title}`);
    const want = answers[ind.id];
    return Math.max(
      0,
      scaleOf(battery, ind).options.findIndex((o) => o.id === want),
    );
  };
}

const pack = (channels: unknown[]) =>
  JSON.stringify({
    format: 'shn-support',
    formatVersion: 1,
    id: 'nairobi-network',
    version: '1.0.0',
    author: 'Nairobi defenders network',
    languages: ['en'],
    title: { en: 'Nairobi: local help' },
    entries: [
      {
        id: 'night-line',
        name: { en: 'Night line of the Nairobi network' },
        offers: ['emergency-line', 'legal'],
        who: ['hrd'],
        summary: { en: 'Someone answers at night and can send a lawyer.' },
        channels,
      },
    ],
  });

it('shows who can help offline: safe links, local pack first, a threat to life finds an emergency line', async () => {
  const server = await serve();
  const context = await app.newContext();
  await recordCspViolations(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await server.close();
  await page.reload();
  await heading(page).filter({ hasText: 'Secure, Here and Now' }).waitFor();

  // One tap from home.
  await page.getByRole('button', { name: 'Who can help', exact: true }).click();
  await heading(page).filter({ hasText: 'Who can help' }).waitFor();
  await page.locator('.support-traces').filter({ hasText: 'leaves traces' }).waitFor();
  const line = page.locator('[data-entry="protectdefenders-eu"] a[href^="tel:"]');
  await expect(line.getAttribute('href')).resolves.toBe('tel:+35312100489');
  await expect(line.getAttribute('target')).resolves.toBe('_blank');
  await expect(line.getAttribute('rel')).resolves.toBe('noopener noreferrer');
  await expect(
    page.locator('[data-entry="protectdefenders-eu"] .support-checked').textContent(),
  ).resolves.toMatch(/Checked on .*2026/);
  // Every link on the screen is tel:, mailto: or https:.
  const hrefs = await page
    .locator('.who-can-help a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^(tel:\+\d+|mailto:[^\s]+|https:\/\/)/);

  // A broken pack: refused with every problem listed, nothing added.
  const file = page.getByTestId('support-pack-file');
  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      pack([
        { kind: 'phone', value: '0700 CALL NOW' },
        { kind: 'web', value: 'javascript:alert(1)' },
      ]),
    ),
  });
  const refusal = page.getByRole('alert');
  await refusal.filter({ hasText: 'This file was not added' }).waitFor();
  await expect(refusal.locator('li').allTextContents()).resolves.toEqual([
    expect.stringContaining('is not a phone number in international form'),
    expect.stringContaining('This link is not allowed (javascript)'),
  ]);
  await expect(page.locator('[data-pack]').count()).resolves.toBe(0);

  // A good pack: its contact shows first, before the international directory.
  await file.setInputFiles({
    name: 'nairobi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(pack([{ kind: 'phone', value: '+254 700 000 001' }])),
  });
  await page.getByRole('status').filter({ hasText: 'Added: “Nairobi: local help”' }).waitFor();
  await page.locator('[data-pack="nairobi-network"] [data-entry="night-line"]').waitFor();
  await expect(page.locator('.support-card').first().getAttribute('data-entry')).resolves.toBe('night-line');

  // A person she trusts, from this screen.
  await page.getByRole('button', { name: 'Add people you trust' }).click();
  await page.getByRole('button', { name: 'Add a person or a number' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Amina');
  await page.getByLabel('How to reach them').fill('+254 700 000 000');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Amina' }).waitFor();
  await page.getByRole('button', { name: 'Home', exact: true }).click();

  // A threat to life: the urgent steps name her people first, then an emergency line — the local
  // one first, then the international one.
  await startFull(page);
  await answerToTheEnd(page, byQuestion(THREAT_TO_LIFE));
  await finishAssessment(page);
  const urgent = page.locator('section.urgent');
  const fits = urgent.locator('.support-that-fits');
  // Each card folded to its name and what it offers (issue 16: the urgent steps stay short); it
  // opens to the ways to reach it.
  // The group is folded to its title and count under her steps; she opens it.
  const group = fits.locator('details.group-details');
  await group.waitFor();
  await expect(group.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  await group.locator('> summary').click();
  await fits.locator('.support-card').first().waitFor();
  await expect(fits.locator('.support-card details').count()).resolves.toBeGreaterThan(1);
  await expect(fits.locator('.support-card details[open]').count()).resolves.toBe(0);
  const emergency = fits.locator('[data-entry="protectdefenders-eu"]');
  await emergency.locator('summary').click();
  await emergency.locator('a[href="tel:+35312100489"]').waitFor();
  await expect(fits.locator('.support-card').first().getAttribute('data-entry')).resolves.toBe('night-line');
  await expect(urgent.locator('.people-who-can-act').textContent()).resolves.toContain('Amina');
  const isPeopleFirst = await urgent
    .locator('.people-who-can-act')
    .evaluate((e) => (e.compareDocumentPosition(document.querySelector('.support-that-fits')!) & 4) === 4);
  expect(isPeopleFirst).toBe(true);
  // Only what fits a threat to life: no digital-security-only helpline here.
  await expect(fits.locator('[data-entry="accessnow-helpline"]').count()).resolves.toBe(0);

  // Nothing left the device.
  const origin = new URL(server.url).origin;
  expect(
    requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
  ).toEqual([]);
  await expect(cspViolations(page)).resolves.toEqual([]);
});
