/** Protection (Settings → Protection) and the lock screen, in English unless said. */
import type { Locator, Page } from 'playwright-core';
import { goHome } from './app.ts';

/** Home, Settings, Protection. */
export async function openProtection(page: Page): Promise<void> {
  await goHome(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Protection' }).click();
}

/** The card of Protection titled `title`. */
const card = (page: Page, title: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });

/** Protection, then asks to change the passphrase from `current` to `next` (does not wait for the end). */
export async function startPassphraseChange(page: Page, current: string, next: string): Promise<void> {
  await openProtection(page);
  const change = card(page, 'Passphrase');
  await change.getByLabel('Current passphrase').fill(current);
  await change.getByLabel('New passphrase').fill(next);
  await change.getByLabel('Type it again').fill(next);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
}

/** Protection, then sets the emergency (duress) passphrase and waits until it is set. */
export async function setEmergencyPassphrase(page: Page, passphrase: string): Promise<void> {
  await openProtection(page);
  const duress = card(page, 'Emergency passphrase');
  await duress.getByLabel('New passphrase').fill(passphrase);
  await duress.getByLabel('Type it again').fill(passphrase);
  await duress.getByRole('button', { name: 'Set emergency passphrase' }).click();
  await page.getByText('An emergency passphrase is set.').waitFor();
}

export async function lockNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock now' }).click();
}

/** Types a passphrase at the lock screen and taps Unlock (does not wait for the outcome). */
export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Same as `unlockWith`, in any language (by the lock screen's classes). */
export async function unlockAnyLanguage(page: Page, passphrase: string): Promise<void> {
  await page.locator('.lock input[type=password]').fill(passphrase);
  await page.locator('.lock button[type=submit]').click();
}

/**
 * Protection → "Delete everything": returns the confirm button, which stays disabled until she
 * types "delete".
 */
export async function askToDeleteEverything(page: Page): Promise<Locator> {
  await openProtection(page);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  return page.getByRole('button', { name: 'Delete everything now' });
}

/** Types "delete", confirms, and waits for the app to start again empty, at home. */
export async function confirmDeleteEverything(page: Page): Promise<void> {
  await page.getByLabel('To confirm, type “delete”.').fill('delete');
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Delete everything now' }).click(),
  ]);
  await page.locator('.home').waitFor();
}
