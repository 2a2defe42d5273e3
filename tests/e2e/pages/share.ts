/** Sharing: the hub, with its texts read from the locale files (the tests run in several languages). */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { goHome, heading } from './app.ts';

type Strings = Record<string, Record<string, string>>;

/** The share screens' texts in `lng`. */
export const shareStrings = (lng: string) =>
  JSON.parse(readFileSync(`locales/${lng}/share.json`, 'utf8')) as Strings;

const en = shareStrings('en');

/** One text of the share screens (English unless `lng` is given), or its key when missing. */
export const shareLabel = (section: string, key: string, lng = en) =>
  lng[section]?.[key] ?? `${section}.${key}`;

/** Home, then the share hub (whose button and title are `label`). */
export async function goToShare(page: Page, label = shareLabel('home', 'button')): Promise<void> {
  await goHome(page);
  await page.getByRole('button', { name: label }).click();
  await heading(page).filter({ hasText: label }).waitFor();
}

/**
 * The passphrase the app suggests in a passphrase field, once it is there (the suggestion fills the
 * field when her language's word list has loaded).
 */
export async function suggestedPassphrase(field: Locator): Promise<string> {
  const handle = await field.elementHandle();
  await field.page().waitForFunction((el) => (el as HTMLTextAreaElement | null)?.value !== '', handle);
  return field.inputValue();
}
