/**
 * Issue 7 in real Chromium: she sends a summary as armored text to her contact's key; the contact,
 * in a second, fresh profile, opens it with her own key. Then a full backup: download, delete
 * everything, restore, and everything is back. Axe and the 320 px check on every new screen, in
 * English and Arabic. No CSP violation along the way.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import {
  parseSupportText,
  pickText,
  scaleOf,
  serializeSummary,
  supportForSummary,
  type Summary,
} from '../../src/domain/index.ts';
import { encryptToRecipient, toArmor } from '../../src/crypto/age.ts';
import { CURRENT_BATTERY } from '../../src/services/batteries.ts';
import { shippedBatteries } from '../helpers/battery.ts';
import { launchPersistent, serve, setupServedApp } from './harness.ts';
import {
  answerToTheEnd,
  askToDeleteEverything,
  checkScreen,
  confirmDeleteEverything,
  cspViolations,
  finishAssessment,
  goHome,
  goToShare,
  heading,
  openApp,
  openLatestResults,
  openSettings,
  recordCspViolations,
  shareLabel as s,
  shareStrings as strings,
  suggestedPassphrase,
  tapStart,
  throughIntroduction,
  waitForServiceWorker,
  type Pick,
} from './pages.ts';

const app = setupServedApp();

/**
 * First run (in any language; with a `passphrase`, in English) and a short-form assessment to the
 * end.
 */
async function firstRunAndAssessment(page: Page, passphrase?: string): Promise<void> {
  await openApp(page, app.url);
  await tapStart(page);
  await throughIntroduction(page, { form: 'short', ...(passphrase ? { passphrase } : {}) });
  await answerToTheEnd(page, (k, n) => (k + 2) % n);
  await finishAssessment(page);
}

describe('share a summary, open it as the contact', () => {
  it('to her key as armored text; by passphrase; a cut text gets its message', async () => {
    const contact = await launchPersistent();
    const sender = await launchPersistent();
    try {
      await recordCspViolations(sender.context);
      await recordCspViolations(contact.context);
      // The contact makes her key.
      const c = await contact.context.newPage();
      await openApp(c, app.url);
      await goToShare(c);
      await c.getByRole('button', { name: s('hub', 'receive') }).click();
      await c.getByRole('button', { name: s('receive', 'create') }).click();
      const recipient = (await c.getByTestId('my-recipient').textContent())?.trim() ?? '';
      expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
      await expect(c.locator('svg.qr path').count()).resolves.toBe(1);

      // She shares her levels and one concern, to that key.
      const p = await sender.context.newPage();
      await firstRunAndAssessment(p);
      await goToShare(p);
      await p.getByRole('button', { name: s('hub', 'send') }).click();
      const concerns = p
        .locator('fieldset', { hasText: s('send', 'concerns') })
        .locator('input[type=checkbox]');
      await concerns.first().check();
      await expect(p.getByTestId('summary-view').locator('.level-badge').count()).resolves.toBe(5);
      // Her name, and how her contact can reach her: what the contact sees first.
      await p.getByLabel(s('send', 'from')).fill('Amal');
      await p.getByLabel(s('send', 'reach')).fill('Signal only. Never call.');
      await expect(p.getByTestId('summary-from').textContent()).resolves.toMatch(
        /^Summary from Amal · made on /,
      );
      await p.getByRole('button', { name: s('send', 'next') }).click();
      await p.getByRole('radio', { name: new RegExp(s('send', 'byKey')) }).check();
      await p.getByTestId('recipient-input').fill(recipient);
      await p.getByRole('button', { name: s('send', 'lock') }).click();
      const armored = await p.getByTestId('armored-output').inputValue();
      expect(armored).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
      expect(armored).not.toContain('shn-summary');

      // The contact opens it with her key, read-only, levels as in results.
      await goToShare(c);
      await c.getByRole('button', { name: s('hub', 'open') }).click();
      await c.getByTestId('paste-input').fill(armored.slice(0, armored.length - 60));
      await c.getByRole('button', { name: s('open', 'open'), exact: true }).click();
      await c.getByText(s('errors', 'truncated')).waitFor();
      await c.getByTestId('paste-input').fill(armored);
      await c.getByRole('button', { name: s('open', 'open'), exact: true }).click();
      await heading(c)
        .filter({ hasText: s('open', 'shownTitle') })
        .waitFor();
      const view = c.getByTestId('summary-view');
      await expect(view.locator('.level-badge').count()).resolves.toBe(5);
      await expect(view.locator('.drivers li').count()).resolves.toBe(1);
      // Whose it is, from when, which questions; about her, never as if it were the contact's own.
      await expect(c.getByTestId('summary-from').textContent()).resolves.toMatch(
        /^Summary from Amal · made on .+ · questions version 2\.0\.0$/,
      );
      await expect(view.textContent()).resolves.toContain('Signal only. Never call.');
      await expect(view.textContent()).resolves.not.toMatch(/\byour?\b/i);
      const steps = c.getByRole('region', { name: 'How to help her safely' });
      await steps.getByText('Reach her only the way she asked, above.').waitFor();
      await steps.getByText(/^Do not forward this file/).waitFor();
      await steps.getByText(/^Do not post about it/).waitFor();

      // By passphrase: she sees the suggested one, the contact types it.
      await goToShare(p);
      await p.getByRole('button', { name: s('hub', 'send') }).click();
      await p.getByRole('button', { name: s('send', 'next') }).click();
      const passphrase = await suggestedPassphrase(p.getByLabel(s('send', 'passphrase'), { exact: true }));
      // Seven words of the English BIP-39 list (77 bits), separated by spaces.
      expect(passphrase).toMatch(/^[a-z]+( [a-z]+){6}$/);
      await p.getByRole('button', { name: s('send', 'lock') }).click();
      await expect(p.getByTestId('passphrase-shown').textContent()).resolves.toBe(passphrase);
      const byPassphrase = await p.getByTestId('armored-output').inputValue();
      await c.getByRole('button', { name: s('open', 'another') }).click();
      await c.getByTestId('paste-input').fill(byPassphrase);
      await c.getByLabel(s('open', 'passphrase')).fill('wrong-words-entirely');
      await c.getByRole('button', { name: s('open', 'open'), exact: true }).click();
      await c.getByText(s('errors', 'wrongPassphrase')).waitFor();
      await c.getByLabel(s('open', 'passphrase')).fill(passphrase);
      await c.getByRole('button', { name: s('open', 'open'), exact: true }).click();
      await heading(c)
        .filter({ hasText: s('open', 'shownTitle') })
        .waitFor();

      expect(await cspViolations(p)).toEqual([]);
      expect(await cspViolations(c)).toEqual([]);
    } finally {
      await sender.close();
      await contact.close();
    }
  });
});

describe('who can help in a summary (issue 20)', () => {
  const battery = (() => {
    const found = shippedBatteries().find(
      (b) => b.battery.id === CURRENT_BATTERY.id && b.battery.version === CURRENT_BATTERY.version,
    );
    if (!found) throw new Error('the current battery is not shipped');
    return found.battery;
  })();
  /** A recent threat to life; every other question its first option. */
  const threatToLife: Pick = (_k, _n, title) => {
    const wanted: Record<string, string> = { 'phy.death-threat': 'few', 'phy.feel-endangered': 'quite' };
    const ind = battery.indicators.find((i) => pickText(i.question, 'en', battery) === title);
    if (!ind) throw new Error(`no question titled ${title}`);
    return Math.max(
      0,
      scaleOf(battery, ind).options.findIndex((o) => o.id === wanted[ind.id]),
    );
  };
  const shippedSupport = () => {
    const parsed = parseSupportText(readFileSync('indicators/support/shn-support-1.0.0.json', 'utf8'));
    if (!parsed.ok) throw new Error('the shipped directory does not pass');
    return parsed.directory;
  };
  /** Every request a context makes, to check that none leaves the app's origin. */
  const recordRequests = (context: BrowserContext) => {
    const urls: string[] = [];
    context.on('request', (r) => urls.push(r.url()));
    return urls;
  };

  it('she adds it, offline; her contact sees the emergency line with its checked date; a forged link is refused', async () => {
    // Its own server, stopped once both phones have the app: everything after runs with none.
    const server = await serve();
    const contact = await launchPersistent();
    const sender = await launchPersistent();
    try {
      await recordCspViolations(sender.context);
      await recordCspViolations(contact.context);
      const requests = [sender, contact].map((b) => recordRequests(b.context));
      const c = await contact.context.newPage();
      const p = await sender.context.newPage();
      for (const page of [c, p]) {
        await openApp(page, server.url);
        await waitForServiceWorker(page);
      }
      await contact.context.setOffline(true);
      await sender.context.setOffline(true);
      await server.close();
      for (const page of [c, p]) {
        await page.reload();
        await heading(page).filter({ hasText: 'Secure, Here and Now' }).waitFor();
      }

      // The contact makes her key.
      await goToShare(c);
      await c.getByRole('button', { name: s('hub', 'receive') }).click();
      await c.getByRole('button', { name: s('receive', 'create') }).click();
      const recipient = (await c.getByTestId('my-recipient').textContent())?.trim() ?? '';

      // A threat to life; she shares her levels and who can help, which starts unticked.
      await tapStart(p);
      await throughIntroduction(p, { form: 'short' });
      await answerToTheEnd(p, threatToLife);
      await finishAssessment(p);
      await goToShare(p);
      await p.getByRole('button', { name: s('hub', 'send') }).click();
      const option = p
        .getByTestId('share-support')
        .getByRole('checkbox', { name: /Organisations that fit your urgent steps/ });
      await expect(option.isChecked()).resolves.toBe(false);
      await expect(p.getByTestId('summary-support').count()).resolves.toBe(0);
      await option.check();
      await p.getByTestId('summary-support').locator('[data-entry="protectdefenders-eu"]').waitFor();
      await p.getByRole('button', { name: s('send', 'next') }).click();
      await p.getByRole('radio', { name: new RegExp(s('send', 'byKey')) }).check();
      await p.getByTestId('recipient-input').fill(recipient);
      await p.getByRole('button', { name: s('send', 'lock') }).click();
      const armored = await p.getByTestId('armored-output').inputValue();

      // The contact opens it: the emergency line, how to reach it, the day it was checked.
      await goToShare(c);
      await c.getByRole('button', { name: s('hub', 'open') }).click();
      await c.getByTestId('paste-input').fill(armored);
      await c.getByRole('button', { name: s('open', 'open'), exact: true }).click();
      const part = c.getByTestId('summary-support');
      const card = part.locator('[data-origin="shipped"] [data-entry="protectdefenders-eu"]');
      await card.waitFor();
      await expect(card.locator('a[href="tel:+35312100489"]').count()).resolves.toBe(1);
      await expect(card.locator('.support-checked').textContent()).resolves.toMatch(/Checked on .*2026/);
      await expect(card.locator('.support-safety').count()).resolves.toBe(1);
      await expect(part.locator('.support-traces').count()).resolves.toBe(1);
      // Only what fits a threat to life.
      await expect(part.locator('[data-entry="accessnow-helpline"]').count()).resolves.toBe(0);
      const hrefs = await part.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^(tel:\+\d+|mailto:\S+|https:\/\/)/);

      // A summary forged for her key (anyone with it can lock one), with a javascript: link in
      // it: refused, saying why, and nothing of it shown.
      const forged: Summary = {
        type: 'shn-summary',
        version: 3,
        source: 'secure-here-and-now',
        appVersion: '0.1.0',
        from: 'Amal',
        createdAt: new Date().toISOString(),
        assessedAt: new Date().toISOString(),
        battery: { id: battery.id, version: battery.version },
        support: supportForSummary({
          shipped: shippedSupport(),
          packs: [],
          blocks: ['g.life'],
          withShipped: true,
          withLocal: false,
          languages: ['en'],
        }),
      };
      forged.support!.groups[0]!.directory.entries[0]!.channels[0] = {
        kind: 'web',
        value: 'javascript:alert(document.domain)',
      };
      const forgedText = toArmor(await encryptToRecipient(serializeSummary(forged), recipient));
      await c.getByRole('button', { name: s('open', 'another') }).click();
      await c.getByTestId('paste-input').fill(forgedText);
      await c.getByRole('button', { name: s('open', 'open'), exact: true }).click();
      await c
        .getByTestId('share-error')
        .filter({ hasText: s('errors', 'unsafeLink') })
        .waitFor();
      await expect(c.getByTestId('summary-view').count()).resolves.toBe(0);

      expect(await cspViolations(p)).toEqual([]);
      expect(await cspViolations(c)).toEqual([]);
      const origin = new URL(server.url).origin;
      for (const urls of requests) {
        expect(
          urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
        ).toEqual([]);
      }
    } finally {
      await sender.close();
      await contact.close();
    }
  }, 180_000);
});

describe('with a passphrase set, leaving briefly to share', () => {
  async function setVisibility(page: Page, state: 'hidden' | 'visible') {
    await page.evaluate((v) => {
      Object.defineProperty(document, 'visibilityState', { value: v, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  }

  it('saving the file does not lock under her: the passphrase for her contact is still there', async () => {
    const phone = await launchPersistent();
    try {
      const page = await phone.context.newPage();
      await firstRunAndAssessment(page, 'a long passphrase for this phone');

      await goToShare(page);
      await page.getByRole('button', { name: s('hub', 'send') }).click();
      await page.getByRole('button', { name: s('send', 'next') }).click();
      await page.getByRole('button', { name: s('send', 'lock') }).click();
      const shown = await page.getByTestId('passphrase-shown').textContent();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: s('deliver', 'download') }).click(),
      ]);
      // The download prompt (or share sheet) hides the page for a moment.
      await setVisibility(page, 'hidden');
      await setVisibility(page, 'visible');
      await expect(page.getByTestId('passphrase-shown').textContent()).resolves.toBe(shown);
      // Leaving again, with no share tap before it, locks at once.
      await setVisibility(page, 'hidden');
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
    } finally {
      await phone.close();
    }
  });
});

describe('back up, delete everything, restore — offline', () => {
  it('brings every assessment back, and Settings shows when', async () => {
    const phone = await launchPersistent();
    try {
      await recordCspViolations(phone.context);
      const page = await phone.context.newPage();
      await firstRunAndAssessment(page);
      const resultsBefore = await page.locator('.results').textContent();
      // P2: backing up, deleting everything and restoring all work with no network at all.
      await waitForServiceWorker(page);
      await phone.context.setOffline(true);

      await goHome(page);
      await openSettings(page);
      await expect(page.getByTestId('backup-status').textContent()).resolves.toBe(s('backup', 'reminder'));
      await page.getByRole('button', { name: s('backup', 'open') }).click();
      const passphrase = await suggestedPassphrase(page.getByTestId('backup-passphrase'));
      await page.getByRole('button', { name: s('backup', 'make') }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: s('deliver', 'download') }).click(),
      ]);
      const file = join(tmpdir(), `shn-backup-${String(Date.now())}.age`);
      await download.saveAs(file);
      expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.age$/);
      expect(readFileSync(file).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      expect(readFileSync(file).toString('latin1')).not.toContain('shn-core');
      await page
        .getByTestId('last-backup')
        .filter({ hasNotText: s('backup', 'never') })
        .waitFor();

      // Delete everything.
      await askToDeleteEverything(page);
      await confirmDeleteEverything(page);
      await expect(page.getByRole('button', { name: /History|Past assessments/ }).count()).resolves.toBe(0);

      // Restore: a wrong passphrase first changes nothing; then the right one.
      await goToShare(page);
      await page.getByRole('button', { name: s('hub', 'backup') }).click();
      await page.getByTestId('restore-file').setInputFiles(file);
      await page.getByTestId('restore-passphrase').fill('not-the-passphrase');
      await page.getByRole('button', { name: s('backup', 'check') }).click();
      await page.getByText(s('errors', 'wrongPassphrase')).waitFor();
      await page.getByTestId('restore-passphrase').fill(passphrase);
      await page.getByRole('button', { name: s('backup', 'check') }).click();
      await page.getByText('1 assessment', { exact: true }).waitFor();
      // Replacing asks first.
      await page.getByRole('button', { name: s('backup', 'restore') }).click();
      await page.getByText(s('backup', 'replaceQuestion')).waitFor();
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: s('backup', 'replaceConfirm'), exact: true }).click(),
      ]);
      await page.locator('.home').waitFor();

      // Everything is back: the same results, and the date of the backup in Settings.
      await openLatestResults(page);
      expect(await page.locator('.results').textContent()).toBe(resultsBefore);
      await goHome(page);
      await openSettings(page);
      await expect(page.getByTestId('backup-status').textContent()).resolves.toMatch(/^Last backup: /);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

describe.each(['en', 'ar'])('every sharing screen in %s', (locale) => {
  it('has no serious or critical axe violation and fits 320 px', async () => {
    // bypassCSP only so the test can inject axe.
    const page = await app.newPage({ locale, bypassCSP: true });
    const lng = strings(locale);
    const found: string[] = [];
    await firstRunAndAssessment(page);
    await goToShare(page, s('home', 'button', lng));
    found.push(...(await checkScreen(page, 'share hub')));
    const visit = async (hub: string, screen: string, then?: () => Promise<void>) => {
      await goToShare(page, s('home', 'button', lng));
      await page.getByRole('button', { name: s('hub', hub, lng) }).click();
      await page
        .locator('h1')
        .filter({ hasText: s(screen.split('.')[0] ?? '', screen.split('.')[1] ?? '', lng) })
        .waitFor();
      found.push(...(await checkScreen(page, screen)));
      if (then) await then();
    };
    let armored = '';
    let passphrase = '';
    await visit('send', 'send.title', async () => {
      await page.locator('.about-me input').fill(locale === 'ar' ? 'أمل' : 'Amal');
      await page.locator('.exact-text summary').click();
      found.push(...(await checkScreen(page, 'send, exact text open')));
      await page.getByRole('button', { name: s('send', 'next', lng) }).click();
      found.push(...(await checkScreen(page, 'send, lock')));
      await page.getByRole('button', { name: s('send', 'lock', lng) }).click();
      await page.getByTestId('armored-output').waitFor();
      found.push(...(await checkScreen(page, 'send, done')));
      armored = await page.getByTestId('armored-output').inputValue();
      passphrase = (await page.getByTestId('passphrase-shown').textContent()) ?? '';
    });
    await visit('receive', 'receive.title', async () => {
      await page.getByRole('button', { name: s('receive', 'create', lng) }).click();
      await page.getByTestId('my-recipient').waitFor();
      found.push(...(await checkScreen(page, 'receive, with key')));
    });
    await visit('open', 'open.title', async () => {
      await page.getByTestId('paste-input').fill('not a file');
      await page.getByRole('button', { name: s('open', 'open', lng), exact: true }).click();
      await page.getByTestId('share-error').waitFor();
      found.push(...(await checkScreen(page, 'open, with error')));
      // The contact's view, with what a contact can do.
      await page.getByTestId('paste-input').fill(armored);
      await page.locator('input[type=password]').fill(passphrase);
      await page.getByRole('button', { name: s('open', 'open', lng), exact: true }).click();
      await page.locator('.contact-steps').waitFor();
      await expect(page.getByTestId('summary-from').textContent()).resolves.toContain(
        locale === 'ar' ? 'أمل' : 'Amal',
      );
      found.push(...(await checkScreen(page, "open, the contact's view")));
    });
    await visit('backup', 'backup.title');
    expect(found).toEqual([]);
  });
});
