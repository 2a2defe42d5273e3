/**
 * Battery texts by language (issue 18): the offline copy holds the battery's structure and English
 * texts; her language's texts are fetched once and kept with her language's strings; slides in
 * another language fetch that language's texts. Without them (offline, never kept) the questions
 * show in English while the app keeps her language, and nothing fails.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { serve, setupServedApp } from './harness.ts';
import {
  heading,
  languagesKept,
  openApp,
  openWorkshopTool,
  startFull,
  tapStart,
  waitForServiceWorker,
} from './pages.ts';

// This file starts and stops its own servers for its offline test.
const app = setupServedApp();

interface ShippedFile {
  title: Record<string, string>;
  indicators: { id: string; question: Record<string, string> }[];
  forms: { id: string; indicators: string[] }[];
}
const current = JSON.parse(readFileSync('indicators/shn-core-2.0.0.json', 'utf8')) as ShippedFile;
const firstOfFull = current.forms.find((f) => f.id === 'full')?.indicators[0];
const firstQuestion = current.indicators.find((i) => i.id === firstOfFull)?.question ?? {};

/** The question shown, after a reload: the app opens where she was, or on its home screen. */
async function questionAfterReload(page: Page): Promise<string | null> {
  await page.reload();
  await page.locator('.home, .question').first().waitFor();
  if (await page.locator('.home').count()) await tapStart(page);
  await page.locator('.question').waitFor();
  return heading(page).textContent();
}

it('shows the questions in her language, online and offline once kept; in English if those texts are gone', async () => {
  const server = await serve();
  const context = await app.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await openApp(page, server.url);
  await waitForServiceWorker(page);
  await startFull(page);
  await expect(heading(page).textContent()).resolves.toBe(firstQuestion.es);
  await expect(page.locator('.texts-not-here').count()).resolves.toBe(0);

  // Her language's battery texts are kept offline with its strings (languages.json lists them).
  const listed = await page.evaluate(
    async () => ((await (await fetch('languages.json')).json()) as Record<string, string[]>).es ?? [],
  );
  expect(listed.filter((f) => /^assets\/batteries-es-[0-9a-f]+\.bin$/.test(f))).toHaveLength(1);
  await expect.poll(() => languagesKept(page, ['es']), { timeout: 60_000 }).toBe(true);

  await context.setOffline(true);
  await server.close();
  await expect(questionAfterReload(page)).resolves.toBe(firstQuestion.es);
  await expect(page.locator('.texts-not-here').count()).resolves.toBe(0);

  // Her language's battery texts gone (evicted), still offline: the app keeps her language and
  // shows the questions in English rather than failing.
  await page.evaluate(async () => {
    const cache = await caches.open('shn-languages');
    for (const request of await cache.keys())
      if (request.url.includes('/assets/batteries-es-')) await cache.delete(request);
  });
  await expect(questionAfterReload(page)).resolves.toBe(firstQuestion.en);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
  await expect(page.locator('.question .eyebrow').textContent()).resolves.toMatch(/^Primeras preguntas/);
  // She is told why, and what brings them back.
  await expect(page.locator('.texts-not-here').textContent()).resolves.toMatch(
    /^Estas preguntas aparecen en inglés.*conexión a internet/,
  );
  await context.close();
});

it('shows slides in another language with that language’s battery texts, the app staying in English', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await openWorkshopTool(page, 'Presenter view (slides)');
  await page.locator('.slide-eyebrow', { hasText: current.title.en }).waitFor();
  await page.getByLabel('Language of the slides').selectOption('es');
  await page.locator('.slide-eyebrow', { hasText: current.title.es }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
});
