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

/**
 * Whether the files of the given languages (all the build lists, by default) are kept offline in
 * the app's language cache (src/i18n/offlineLanguages.ts).
 */
export function languagesKept(page: Page, languages?: string[]): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    const files = (await (await fetch('languages.json')).json()) as Record<string, string[]>;
    const kept = new Set(
      (await (await caches.open('shn-languages')).keys()).map((r) => new URL(r.url).pathname.slice(1)),
    );
    return Object.entries(files)
      .filter(([lng]) => !wanted || wanted.includes(lng))
      .every(([, list]) => list.every((f) => kept.has(f)));
  }, languages);
}
