/**
 * Update: a new build (another version, other release notes) is published at the same address.
 * - The banner shows the waiting version, its build code and its notes in her language, and the
 *   page does not change until she taps "Update" (P3). Then the new version runs, and she is not
 *   told again about the update she chose.
 * - Without her tap: every tab of the app closed, the browser puts the waiting version in place by
 *   itself; the next start says once that the app was updated, from which version to which, with
 *   the build codes and the notes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serveFolders, setupServedApp } from './harness.ts';
import { heading, openApp, openSettings, waitForServiceWorker, APP_HEADING } from './pages.ts';

const NEXT = '.tmp/e2e-dist-next';
const NOTES = '.tmp/e2e-release-notes';
const NEXT_NOTES = {
  en: 'Second test version: clearer words on the plan.',
  es: 'Segunda versión de prueba: palabras más claras en el plan.',
  fr: 'Deuxième version de test : des mots plus clairs dans le plan.',
  ar: 'إصدار الاختبار الثاني: كلمات أوضح في الخطة.',
  fa: 'نسخهٔ آزمایشی دوم: واژه‌های روشن‌تر در برنامه.',
  ur: 'دوسرا آزمائشی ورژن: منصوبے میں زیادہ واضح الفاظ۔',
  sw: 'Toleo la pili la majaribio: maneno wazi zaidi kwenye mpango.',
};
/** The build code a built folder's service worker carries. */
const codeOf = (dir: string) => /"code":"([0-9A-Z-]+)"/.exec(readFileSync(`${dir}/sw.js`, 'utf8'))?.[1] ?? '';
const notesOf = (version: string) =>
  JSON.parse(readFileSync(`src/app/release-notes/${version}.json`, 'utf8')) as Record<string, string>;
const FIRST = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
// This test serves its own folders, to publish a new build under the same address.
const app = setupServedApp({ serve: false });

beforeAll(() => {
  rmSync(NEXT, { recursive: true, force: true });
  rmSync(NOTES, { recursive: true, force: true });
  mkdirSync(NOTES, { recursive: true });
  cpSync('src/app/release-notes', NOTES, { recursive: true });
  writeFileSync(`${NOTES}/99.0.0-next.json`, JSON.stringify(NEXT_NOTES));
  execSync(`npx vite build --logLevel warn --outDir ${NEXT} --emptyOutDir`, {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SHN_APP_VERSION: '99.0.0-next',
      SHN_RELEASE_NOTES_DIR: NOTES,
    },
  });
});
afterAll(() => {
  rmSync(NEXT, { recursive: true, force: true });
  rmSync(NOTES, { recursive: true, force: true });
});

/** Waits until the app has compared the release it runs with the one it saw last. */
async function releaseChecked(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.releaseChecked === 'true');
}

interface Recorder {
  __sameDocument?: boolean;
  /** What the service workers did since the new version was published, in order. */
  __swEvents: string[];
  __registration?: ServiceWorkerRegistration;
}

it('shows the update banner and reloads only when "Update" is pressed', async () => {
  const server = await serveFolders(['dist']);
  try {
    const page = await app.newPage({ viewport: 'browser-default' });
    await openApp(page, server.url);
    await waitForServiceWorker(page);
    await openSettings(page);
    await expect(page.getByText(/^App version/).textContent()).resolves.not.toContain('99.0.0-next');
    // Settings → About shows the build code of what runs, for a trainer to compare (issue 17).
    await page
      .locator('.about .build-code')
      .filter({ hasText: `Build code: ${codeOf('dist')}` })
      .waitFor();
    // A mark that a reload would wipe, and a record of every step the service workers take: the
    // new one found, each of its states, and any change of the worker that controls the page.
    await page.evaluate(async () => {
      const w = window as unknown as Recorder;
      w.__sameDocument = true;
      w.__swEvents = [];
      const registration = await navigator.serviceWorker.getRegistration();
      w.__registration = registration;
      navigator.serviceWorker.addEventListener('controllerchange', () =>
        w.__swEvents.push('controllerchange'),
      );
      registration?.addEventListener('updatefound', () => {
        const worker = registration.installing;
        w.__swEvents.push('updatefound');
        worker?.addEventListener('statechange', () => w.__swEvents.push(worker.state));
      });
    });

    // Publish the new version (old files stay reachable, as on most hosts) and let the app look for it.
    server.publish([NEXT, 'dist']);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
    await banner.waitFor({ timeout: 20_000 });
    // What waits, told by the waiting worker itself: version, build code, notes in her language.
    const nextCode = codeOf(NEXT);
    expect(nextCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(nextCode).not.toBe(codeOf('dist'));
    await banner.getByText(`Version 99.0.0-next, build code ${nextCode}.`).waitFor();
    await expect(banner.textContent()).resolves.toContain(`What is new: ${NEXT_NOTES.en}`);

    // Nothing reloaded, nothing took over: no fixed wait, but the signal that every step which
    // could reload had its turn. workbox-window shows the banner only after the new worker has sat
    // 'installed' as the registration's waiting worker for 200 ms (a worker that skipped waiting by
    // itself never gets a banner); the banner's effect marks <html data-update-ready> once the app
    // has handled "a new version waits", where anything that updated on its own would have asked
    // the worker to take over. A takeover shows as 'activating' or 'controllerchange' in the record,
    // and a reload would have wiped the mark.
    await page.waitForFunction(() => {
      const w = window as unknown as Recorder;
      return (
        document.documentElement.dataset.updateReady === 'true' &&
        w.__registration?.waiting?.state === 'installed'
      );
    });
    await expect(page.evaluate(() => (window as unknown as Recorder).__sameDocument)).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as Recorder).__swEvents)).resolves.toEqual([
      'updatefound',
      'installed',
    ]);
    await expect(heading(page).textContent()).resolves.toBe('Settings');

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Update' }).click()]);
    await page.locator(APP_HEADING).first().waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).resolves.toBeUndefined();
    // The same screen comes back after the reload, now in the new version.
    await expect(heading(page).textContent()).resolves.toBe('Settings');
    await expect(page.getByText(/^App version/).textContent()).resolves.toContain('99.0.0-next');
    await page.getByText(`Build code: ${nextCode}`).waitFor();
    // She chose this update: no "the app was updated" afterwards.
    await releaseChecked(page);
    await expect(page.getByText(/was updated from/).count()).resolves.toBe(0);
  } finally {
    await server.close();
  }
});

it('after every tab is closed, says once that the app was updated, from which version to which, in her language', async () => {
  const server = await serveFolders(['dist']);
  try {
    const context = await app.newContext({ locale: 'es-ES' });
    const first = await context.newPage();
    await openApp(first, server.url);
    await waitForServiceWorker(first);
    await releaseChecked(first);
    await first.getByRole('button', { name: 'Configuración' }).click();
    await first.getByText(`Código de la versión: ${codeOf('dist')}`).waitFor();

    server.publish([NEXT, 'dist']);
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = first.getByRole('status').filter({ hasText: 'Versión 99.0.0-next' });
    await banner.waitFor({ timeout: 20_000 });
    await expect(banner.textContent()).resolves.toContain(`Novedades: ${NEXT_NOTES.es}`);

    // She does not tap. Every tab closes; the browser puts the waiting version in place by itself.
    await first.close();
    const again = await context.newPage();
    await openApp(again, server.url);
    const notice = again.getByRole('status').filter({ hasText: 'se actualizó' });
    await notice.waitFor({ timeout: 20_000 });
    await expect(notice.textContent()).resolves.toContain(
      `La aplicación se actualizó de la versión ${FIRST} a la 99.0.0-next mientras estaba cerrada.`,
    );
    await expect(notice.textContent()).resolves.toContain(
      `Código antes: ${codeOf('dist')}. Ahora: ${codeOf(NEXT)}.`,
    );
    // The notes come from the offline copy of release-notes/99.0.0-next.json.
    await expect(notice.textContent()).resolves.toContain(`Novedades: ${NEXT_NOTES.es}`);
    expect(notesOf(FIRST).es).not.toBe(NEXT_NOTES.es);

    // Once: the next start checks again and says nothing.
    await again.reload();
    await again.locator(APP_HEADING).first().waitFor();
    await releaseChecked(again);
    await expect(again.getByText(/se actualizó/).count()).resolves.toBe(0);
  } finally {
    await server.close();
  }
});
