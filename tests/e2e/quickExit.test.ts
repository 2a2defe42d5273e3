/**
 * Quick exit in real Chromium (issue 16): after it, nothing she entered comes back — not with Back,
 * not with Forward, not at the app's address opened again in the same tab or a new one — with or
 * without a passphrase. Before leaving she was on her trusted people, where a name she typed shows.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, PHONE, setupServedApp } from './harness.ts';
import { addTrustedPerson, goHome, heading, openApp, openProtection, reloadAt, unlockWith } from './pages.ts';

const app = setupServedApp();
const NAME = 'Amina Zidane';
const PASSPHRASE = 'river stone candle morning';
const HOME_TITLE = 'Secure, Here and Now';

/** Home → My plan → People I trust, where she adds someone: her screens before leaving. */
async function toHerTrustedPeople(page: Page): Promise<void> {
  await goHome(page);
  await page.locator('.home-plan').click();
  await heading(page).filter({ hasText: 'My plan' }).waitFor();
  await addTrustedPerson(page, { name: NAME, reach: '+254 711 222 333' });
  await expect(page.locator('main').textContent()).resolves.toContain(NAME);
}

async function exitQuickly(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Quick exit/ }).click();
  await page.waitForURL('about:blank');
  await expect(page.evaluate(() => document.body.textContent)).resolves.toBe('');
}

/** What the tab shows now: the blank page, or the app (once it has drawn a screen). */
async function shown(page: Page): Promise<{ url: string; title: string; text: string }> {
  const url = page.url();
  if (url !== 'about:blank') await heading(page).waitFor();
  return {
    url,
    title: url === 'about:blank' ? '' : ((await heading(page).textContent()) ?? ''),
    text: await page.evaluate(() => document.body.textContent),
  };
}

type Shown = Awaited<ReturnType<typeof shown>>;

/** `times` steps Back or Forward, checking what each shows; returns the addresses on the way. */
async function walk(page: Page, direction: 'back' | 'forward', times: number, check: (s: Shown) => void) {
  const seen: string[] = [];
  for (let i = 0; i < times; i += 1) {
    // "commit": a page restored from the back/forward cache fires no load event.
    if (direction === 'back') await page.goBack({ waitUntil: 'commit' });
    else await page.goForward({ waitUntil: 'commit' });
    const now = await shown(page);
    check(now);
    seen.push(now.url);
  }
  return seen;
}

describe('quick exit', () => {
  it('without a passphrase: Back, Forward and the address opened again show only the home screen', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await openApp(page, app.url);
    await toHerTrustedPeople(page);
    await exitQuickly(page);

    const nothingOfHers = (s: Shown) => {
      expect(s.text).not.toContain(NAME);
      if (s.url !== 'about:blank') expect(s.title).toBe(HOME_TITLE);
    };
    // Back through the screens she had opened (her plan, then home): the home screen each time.
    const back = await walk(page, 'back', 2, nothingOfHers);
    expect(back.every((u) => u.startsWith(app.url))).toBe(true);
    // Forward again to where she left: the blank page at the end, nothing of hers on the way.
    const forward = await walk(page, 'forward', 2, nothingOfHers);
    expect(forward).toEqual([app.url, 'about:blank']);

    // The address typed again, in this tab and in a new one: the home screen.
    await page.goto(app.url);
    nothingOfHers(await shown(page));
    const other = await context.newPage();
    await other.goto(app.url);
    nothingOfHers(await shown(other));

    // Her data is still there when she goes to it herself, and a reload keeps her screen again.
    await page.locator('.home-plan').click();
    await heading(page).filter({ hasText: 'My plan' }).waitFor();
    await page.getByRole('button', { name: 'People I trust' }).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: NAME }).waitFor();
    await expect(heading(page).textContent()).resolves.toBe('People I trust');
  });

  it('with a passphrase: Back shows the lock screen, and after unlocking, the home screen; Forward too', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await openApp(page, app.url);
    await openProtection(page);
    await page.locator('.security input[type=password]').nth(0).fill(PASSPHRASE);
    await page.locator('.security input[type=password]').nth(1).fill(PASSPHRASE);
    await page.locator('.security form .button.primary').first().click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor();
    await toHerTrustedPeople(page);
    await exitQuickly(page);

    await page.goBack({ waitUntil: 'load' });
    await page.locator('.lock').waitFor();
    await expect(page.evaluate(() => document.body.textContent)).resolves.not.toContain(NAME);
    await unlockWith(page, PASSPHRASE);
    await heading(page).filter({ hasText: HOME_TITLE }).waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toContain(NAME);
    // Further back (her plan, Protection, home): her earlier screens stay behind the home screen.
    const check = (s: Shown) => {
      expect(s.text).not.toContain(NAME);
      if (s.url !== 'about:blank') expect([HOME_TITLE, 'Locked']).toContain(s.title);
    };
    await walk(page, 'back', 3, check);
    // Forward again to where she left: nothing of hers on the way, the blank page at the end.
    const ahead: string[] = [];
    for (let i = 0; i < 8 && page.url() !== 'about:blank'; i += 1) {
      ahead.push(...(await walk(page, 'forward', 1, check)));
    }
    expect(ahead.at(-1)).toBe('about:blank');

    // A new tab at the address: locked, then the home screen.
    const other = await context.newPage();
    await other.goto(app.url);
    await other.locator('.lock').waitFor();
    await unlockWith(other, PASSPHRASE);
    await heading(other).filter({ hasText: HOME_TITLE }).waitFor();
    await expect(other.locator('main').textContent()).resolves.not.toContain(NAME);
  });

  it('the same with the back/forward cache on, as in a phone’s browser', async () => {
    // Playwright turns the cache off by default; a phone's Chrome has it on.
    const browser = await launch({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
    try {
      const page = await (await browser.newContext({ viewport: PHONE })).newPage();
      await openApp(page, app.url);
      await toHerTrustedPeople(page);
      await exitQuickly(page);
      const check = (s: Shown) => {
        expect(s.text).not.toContain(NAME);
        if (s.url !== 'about:blank') expect(s.title).toBe(HOME_TITLE);
      };
      await walk(page, 'back', 2, check);
      await expect(walk(page, 'forward', 2, check)).resolves.toEqual([app.url, 'about:blank']);
    } finally {
      await browser.close();
    }
  });

  it('keeps the screen she is on across a reload when she has not left', async () => {
    const page = await app.newPage();
    await openApp(page, app.url);
    await reloadAt(page, { name: 'contacts' });
    await expect(heading(page).textContent()).resolves.toBe('People I trust');
  });
});
