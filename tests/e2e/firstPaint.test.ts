/**
 * Issue 21: index.html's first paint, as she sees it before any of the app's code runs. The start-up
 * code is refused here (`withoutStartCode`), so what stays on screen is the HTML and CSS alone:
 * - it is in her phone's language, for every shipped language (Persian, Urdu and Swahili once had
 *   no rule in the stylesheet and got a blank screen);
 * - on a phone with a passphrase (it opens on the lock screen), it does not say that no passphrase
 *   protects her answers, nor draw home's actions; without one, it does (the control);
 * - its buttons answer before the app's code runs (src/ui/earlyTaps.ts): quick exit leaves at
 *   once, and a button tapped while the code is on its way is done once home is drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { setupServedApp } from './harness.ts';
import { currentRoute, openApp, tapStart, throughIntroduction } from './pages.ts';

const app = setupServedApp();

/** The start-up code (vite.config.ts `startChunk`): without it, only index.html's first paint is drawn. */
const START_CODE = /\/assets\/start-[^/]+\.js$/;
/** The page's first module (src/boot.ts), as the built index.html names it. */
function bootCode(): RegExp {
  const file = /<script type="module"[^>]* src="\.\/([^"]+\.js)"/.exec(
    readFileSync('dist/index.html', 'utf8'),
  )?.[1];
  if (!file) throw new Error('dist/index.html names no module');
  return new RegExp(`/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Opens the app with its start-up code refused; resolves once the browser has given up on it. */
async function withoutStartCode(context: BrowserContext): Promise<Page> {
  await context.route(START_CODE, (route) => route.abort());
  const page = await context.newPage();
  const refused = page.waitForEvent('requestfailed', (request) => START_CODE.test(request.url()));
  await page.goto(app.url);
  await refused;
  await context.unroute(START_CODE);
  return page;
}

const appName = (lng: string) =>
  (JSON.parse(readFileSync(`locales/${lng}/app.json`, 'utf8')) as { app: { name: string } }).app.name;

describe('first paint, before the app code runs', () => {
  it('is drawn in the phone language, for every shipped language', async () => {
    for (const { code, dir } of LANGUAGES) {
      const context = await app.newContext({ locale: code, serviceWorkers: 'block' });
      const page = await withoutStartCode(context);
      const shown = page.locator('.first-paint:visible');
      await expect(shown.count(), code).resolves.toBe(1);
      await expect(shown.getAttribute('lang'), code).resolves.toBe(code);
      await expect(shown.locator('h1').textContent(), code).resolves.toBe(appName(code));
      await expect(page.locator('html').getAttribute('dir'), code).resolves.toBe(dir);
      // Nothing of the app's own drawing: this is the HTML alone, with its own buttons.
      await expect(page.locator('#main').count(), code).resolves.toBe(0);
      await expect(page.locator('#root button:not([data-early])').count(), code).resolves.toBe(0);
      await expect(shown.locator('button').count(), code).resolves.toBe(10);
      await context.close();
    }
  });

  it('on a phone with a passphrase, leaves out the warning that none is set and the home actions', async () => {
    const context = await app.newContext({ serviceWorkers: 'block' });
    const warning = (page: Page) => page.locator('.first-paint .notice').first();
    const start = (page: Page) => page.locator('.first-paint .button.primary').first();

    // The control: without a passphrase, the first paint warns her and outlines home's actions.
    const before = await withoutStartCode(context);
    await expect(warning(before).isVisible()).resolves.toBe(true);
    await expect(start(before).isVisible()).resolves.toBe(true);
    await before.close();

    const page = await context.newPage();
    await openApp(page, app.url);
    await tapStart(page);
    await throughIntroduction(page, { passphrase: 'river stone candle morning', form: 'short' });
    await page.close();

    const after = await withoutStartCode(context);
    await expect(after.locator('.first-paint h1').first().isVisible()).resolves.toBe(true);
    await expect(warning(after).isVisible()).resolves.toBe(false);
    await expect(start(after).isVisible()).resolves.toBe(false);
  });

  it('leaves at once on its quick exit, before any of the app code has run', async () => {
    const context = await app.newContext({ serviceWorkers: 'block' });
    const page = await withoutStartCode(context);
    await page.locator('.first-paint:visible .quick-exit').click();
    await page.waitForURL('about:blank');
    await context.close();
  });

  it('does what she tapped while the app code was on its way, once home is drawn', async () => {
    const context = await app.newContext({ serviceWorkers: 'block' });
    const code = holdBack(context, START_CODE);
    await code.routed;
    const page = await context.newPage();
    await page.goto(app.url, { waitUntil: 'commit' });
    await code.held;
    const tapped = page.locator('.first-paint:visible [data-early="support"]');
    await tapped.click();
    await expect(tapped.getAttribute('class')).resolves.toContain('is-waiting');
    await expect(page.locator('#main').count()).resolves.toBe(0);
    code.release();
    await page.locator('#main h1', { hasText: 'Who can help' }).waitFor();
    await expect(currentRoute(page)).resolves.toMatchObject({ name: 'support' });
    await context.close();
  });

  it('keeps taps made before the first module runs (the last one), and leaves on quick exit', async () => {
    // The page's first module (src/boot.ts) held back: only public/first-paint.js hears taps.
    const context = await app.newContext({ serviceWorkers: 'block' });
    const first = holdBack(context, bootCode());
    await first.routed;
    const page = await context.newPage();
    await page.goto(app.url, { waitUntil: 'commit' });
    await first.held;
    const button = (action: string) => page.locator(`.first-paint:visible [data-early="${action}"]`);
    await button('support').click();
    await button('plan').click();
    await expect(button('plan').getAttribute('class')).resolves.toContain('is-waiting');
    await expect(button('support').getAttribute('class')).resolves.not.toContain('is-waiting');
    first.release();
    await page.locator('#main h1', { hasText: 'My plan' }).waitFor();
    await expect(currentRoute(page)).resolves.toMatchObject({ name: 'plan' });
    await page.close();

    // The first module never comes: quick exit leaves all the same, tapped or by Escape twice.
    const never = holdBack(context, bootCode());
    await never.routed;
    const leaving = await context.newPage();
    await leaving.goto(app.url, { waitUntil: 'commit' });
    await never.held;
    await leaving.locator('.first-paint:visible [data-early="settings"]').click();
    await leaving.locator('.first-paint:visible .quick-exit').click();
    await leaving.waitForURL('about:blank');
    const escaping = await context.newPage();
    await escaping.goto(app.url, { waitUntil: 'commit' });
    await escaping.locator('.first-paint:visible h1').waitFor();
    await escaping.keyboard.press('Escape');
    await escaping.keyboard.press('Escape');
    await escaping.waitForURL('about:blank');
    never.release();
    await context.close();
  });
});

/**
 * Holds back the file `pattern` names until `release()`: `held` resolves once the page has asked
 * for it.
 */
function holdBack(context: BrowserContext, pattern: RegExp) {
  let release = () => {};
  const released = new Promise<void>((ok) => (release = ok));
  let asked = () => {};
  const held = new Promise<void>((ok) => (asked = ok));
  const routed = context.route(pattern, async (route) => {
    asked();
    await released;
    await route.fallback();
  });
  return { routed, held, release: () => release() };
}
