/** Settings, in English unless said. */
import type { Page } from 'playwright-core';
import { heading } from './app.ts';

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
}

/** Chooses the app's language by its own name, and waits for the screen's title in it. */
export async function chooseLanguage(page: Page, language: string, titleInIt: string): Promise<void> {
  await page.getByRole('radio', { name: language }).check();
  await heading(page).filter({ hasText: titleInIt }).waitFor();
}
