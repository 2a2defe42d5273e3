/**
 * Timings in Debian's Chromium, driving the built app through its own screens (no hook in the
 * product, no measurement page). Clocks are the page's `performance.now()`, so the DevTools
 * round trips of playwright-core are not counted.
 *
 * - Saving one answer, two ways, each over `count` answers of full assessments:
 *   `ui`: click on an answer → the next question's heading is in the DOM (`inDom`) and a frame
 *   later (`drawn`: requestAnimationFrame then a task; headless frames tick at 60 Hz, so this adds
 *   up to 16 ms of waiting for the next frame);
 *   `write`: click on an answer → the new answer can be read back from IndexedDB.
 * - Cold start offline: the app visited once (service worker installed), then network cut and
 *   server stopped; each run starts a new browser process on the same profile and opens the app:
 *   navigation start → first `h1` drawn, → home drawn with buttons that take a tap (`APP_HOME`:
 *   index.html's first paint, whose taps are heard from before the body is drawn), → home drawn by
 *   the app's code (`APP_HOME_BY_CODE`). Also a reload in an already running browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launch, serve } from '../tests/e2e/harness.ts';
import { openApp, waitForServiceWorker } from '../tests/e2e/pages.ts';
import { DB_NAME } from '../src/storage/db.ts';
import { installPageHelpers, type PageHelpers } from './seed.ts';
import { summary } from './stats.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';

export const VIEWPORT = { width: 360, height: 740 };

type Summary = ReturnType<typeof summary>;
type Mode = 'ui' | 'write';
type StepResult = { kind: 'answered'; inDom: number; drawn: number } | { kind: 'moved' | 'finish' };

/**
 * One step of the assessment, run in the page: an introduction is passed with Next; a question
 * gets answer `choice` (modulo its number of options) and is timed as `mode` says.
 */
async function stepInPage(page: Page, mode: Mode, choice: number): Promise<StepResult> {
  return page.evaluate(
    async ({ mode, choice, dbName }): Promise<StepResult> => {
      const heading = () => document.querySelector('h1')?.textContent ?? '';
      const before = heading();
      const headingChanged = () =>
        new Promise<void>((ok) => {
          if (heading() !== before) {
            ok();
            return;
          }
          const observer = new MutationObserver(() => {
            if (heading() === before) return;
            observer.disconnect();
            ok();
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

      const options = document.querySelectorAll<HTMLButtonElement>(
        '.answers button.answer:not(.answer-skip)',
      );
      if (options.length === 0) {
        const next = document.querySelector<HTMLButtonElement>('.nav-row .nav-next');
        if (!next) return { kind: 'finish' };
        next.click();
        await headingChanged();
        return { kind: 'moved' };
      }
      const button = options[choice % options.length];
      if (!button) throw new Error('no answer button');

      if (mode === 'ui') {
        const t0 = performance.now();
        button.click();
        await headingChanged();
        const inDom = performance.now() - t0;
        await nextFrame();
        return { kind: 'answered', inDom, drawn: performance.now() - t0 };
      }

      const w = window as unknown as { __shnBench: PageHelpers & { db?: IDBDatabase } };
      const id = (history.state as { id?: string } | null)?.id;
      if (!id) throw new Error('no assessment id in history.state');
      w.__shnBench.db ??= await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error ?? new Error('open failed'));
      });
      const db = w.__shnBench.db;
      const version = await w.__shnBench.rowVersion(db, id);
      const t0 = performance.now();
      button.click();
      while ((await w.__shnBench.rowVersion(db, id)) === version) {
        /* read again until the answer is stored */
      }
      const written = performance.now() - t0;
      await headingChanged();
      return { kind: 'answered', inDom: written, drawn: written };
    },
    { mode, choice, dbName: DB_NAME },
  );
}

/** From the home screen (first run included) to a new full assessment, or the one in progress. */
async function startAssessment(page: Page, passphrase?: string): Promise<void> {
  await page.locator('.home').waitFor();
  await page.locator('.home-start').click();
  await page.locator('.onboarding, .assessment').first().waitFor();
  while (await page.locator('.onboarding').count()) {
    if (passphrase && (await page.locator('.onboarding input[type=password]').count())) {
      await page.locator('.onboarding input[type=password]').nth(0).fill(passphrase);
      await page.locator('.onboarding input[type=password]').nth(1).fill(passphrase);
      await page.locator('.onboarding form .button.primary').click();
      await page.locator('.onboarding input[type=password]').first().waitFor({ state: 'detached' });
      continue;
    }
    const result = await stepInPage(page, 'ui', 0);
    if (result.kind === 'finish') throw new Error('stuck in onboarding');
  }
  await page.locator('.assessment').waitFor();
}

async function answerMany(page: Page, mode: Mode, count: number, passphrase?: string) {
  const inDom: number[] = [];
  const drawn: number[] = [];
  while (inDom.length < count) {
    await startAssessment(page, passphrase);
    let finished = false;
    for (let guard = 0; guard < 200 && !finished && inDom.length < count; guard += 1) {
      const result = await stepInPage(page, mode, inDom.length * 5 + 1);
      finished = result.kind === 'finish';
      if (result.kind === 'answered') {
        inDom.push(result.inDom);
        drawn.push(result.drawn);
      }
    }
    if (finished) {
      await page.locator('.assessment section button.primary').click(); // "See my results"
      await page.locator('.results').waitFor();
    }
    await page.getByRole('button', { name: 'Home', exact: true }).click(); // an unfinished one resumes next time
  }
  return { inDom: summary(inDom), drawn: summary(drawn) };
}

export interface AnsweringReport {
  /** Click → next heading in the DOM / drawn. */
  ui: { inDom: Summary; drawn: Summary };
  /** Click → answer readable in IndexedDB. */
  write: Summary;
  /** With a passphrase set: click → the sealed row rewritten in IndexedDB. */
  writeEncrypted: Summary;
  /** Lock screen: click on "Unlock" → the app's screen is back (PBKDF2 600,000 + unwrap + first read). */
  unlock: Summary;
}

const PASSPHRASE = 'bench river stone candle';

/** Unlocks `runs` times (a reload locks the app), timing click → the lock screen gone. */
async function measureUnlock(page: Page, runs: number): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await page.reload();
    await page.locator('.lock input[type=password]').fill(PASSPHRASE);
    times.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>('.lock button[type=submit]')?.click();
        await new Promise<void>((ok) => {
          const check = () => (document.querySelector('.lock') ? requestAnimationFrame(check) : ok());
          check();
        });
        return performance.now() - t0;
      }),
    );
  }
  return summary(times);
}

export async function measureAnswering(url: string, count = 200): Promise<AnsweringReport> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
    await installPageHelpers(context);
    const page = await context.newPage();
    await openApp(page, url);
    await answerMany(page, 'ui', 20); // warm up: code, battery and strings loaded, JIT warm
    const ui = await answerMany(page, 'ui', count);
    const write = await answerMany(page, 'write', count);
    await context.close();

    // The same with a passphrase: every answer sealed (AES-GCM) before it is written.
    const locked = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
    await installPageHelpers(locked);
    const lockedPage = await locked.newPage();
    await openApp(lockedPage, url);
    await answerMany(lockedPage, 'ui', 20, PASSPHRASE);
    const writeEncrypted = await answerMany(lockedPage, 'write', count, PASSPHRASE);
    const unlock = await measureUnlock(lockedPage, 7);
    return { ui, write: write.inDom, writeEncrypted: writeEncrypted.inDom, unlock };
  } finally {
    await browser.close();
  }
}

interface Drawn {
  h1: number;
  ready: number;
  /** When the screen drawn by the page's code (`byCode`) was drawn: `ready` or later. */
  byCode: number;
}

/**
 * Records, from the first script on, when the first `h1` is drawn, when `ready` (a CSS selector:
 * the screen, its buttons taking a tap) is drawn, and when `byCode` (the same screen as the
 * page's code draws it; by default `ready`) is drawn, in ms since navigation start. The page reports
 * them through a binding once all are drawn: nothing is evaluated in the page while it starts (a
 * `waitForFunction` injects Playwright's script and polls each frame, 10–20 ms of main thread that
 * fell inside the app's start-up and after the shell's). `next()` gives the next page's report.
 */
async function recordFirstHeading(
  context: BrowserContext,
  ready: string,
  byCode: string = ready,
): Promise<{ next: () => Promise<Drawn> }> {
  await installPageHelpers(context);
  const reports: Drawn[] = [];
  let waiting: ((drawn: Drawn) => void) | undefined;
  await context.exposeBinding('__shnDrawn', (_source, drawn: Drawn) => {
    if (waiting) waiting(drawn);
    else reports.push(drawn);
    waiting = undefined;
  });
  await context.addInitScript(
    ({ ready, byCode }) => {
      const w = window as unknown as {
        __readyInDom?: number;
        __shnDrawn: (drawn: Drawn) => void;
      };
      const at: { h1?: number; ready?: number; byCode?: number } = {};
      const drawn = (key: 'h1' | 'ready' | 'byCode') =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            at[key] ??= performance.now();
            if (at.h1 !== undefined && at.ready !== undefined && at.byCode !== undefined) {
              w.__shnDrawn({ h1: at.h1, ready: at.ready, byCode: at.byCode });
            }
          }, 0),
        );
      const seen: { h1?: true; ready?: true; byCode?: true } = {};
      const check = () => {
        if (!seen.h1 && document.querySelector('h1')) {
          seen.h1 = true;
          drawn('h1');
        }
        if (!seen.ready && document.querySelector(ready)) {
          seen.ready = true;
          drawn('ready');
        }
        if (!seen.byCode && document.querySelector(byCode)) {
          seen.byCode = true;
          w.__readyInDom ??= performance.now();
          drawn('byCode');
        }
        return seen.h1 && seen.ready && seen.byCode;
      };
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(document, { subtree: true, childList: true });
    },
    { ready, byCode },
  );
  return {
    next: () => {
      const report = reports.shift();
      return report ? Promise.resolve(report) : new Promise<Drawn>((ok) => (waiting = ok));
    },
  };
}

/** The page's next report (`recordFirstHeading`), once it is drawn; then whether its service worker served it. */
const firstHeading = async (page: Page, drawn: Promise<Drawn>): Promise<Drawn> => {
  const report = await drawn;
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) throw new Error('the page was not served by the service worker');
  return report;
};

export interface ColdStartReport {
  /** New browser process on the profile, offline: navigation start → first h1 drawn. */
  newProcess: Summary;
  /** …→ the first screen drawn, its buttons taking a tap (`ready`). */
  newProcessReady: Summary;
  /** …→ the first screen as the page's code draws it (`byCode`). */
  newProcessByCode: Summary;
  /** Reload in a running browser, offline: → first h1 drawn. */
  reload: Summary;
  /** …→ `ready` drawn. */
  reloadReady: Summary;
  /** …→ `byCode` drawn. */
  reloadByCode: Summary;
}

/**
 * What to start offline: a built folder, and the selectors of its first screen drawn with buttons
 * that take a tap (`ready`) and as its code draws it (`byCode`, by default `ready`).
 */
export interface ColdStartTarget {
  outDir: string;
  ready: string;
  byCode?: string;
}

/** The app's home screen as its code draws it. */
export const APP_HOME_BY_CODE = '#main button.home-start';

/**
 * The app's home screen drawn with buttons that take a tap: index.html's first paint of home in the
 * language shown (its taps are heard from before the body is drawn, public/first-paint.js and
 * src/ui/earlyTaps.ts; not on a phone with a passphrase, where its buttons are not drawn), or home
 * as the app's code draws it.
 */
export const APP_HOME = [
  ...LANGUAGES.map(
    ({ code }) =>
      `html[data-first-paint="${code}"]:not([data-protected]) .first-paint[lang="${code}"] [data-early="start"]`,
  ),
  APP_HOME_BY_CODE,
].join(', ');

export async function measureColdStartOffline(
  runs = 7,
  target: ColdStartTarget = { outDir: 'dist', ready: APP_HOME, byCode: APP_HOME_BY_CODE },
): Promise<ColdStartReport> {
  const profile = mkdtempSync(join(tmpdir(), 'shn-bench-'));
  const open = (offline: boolean) =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      viewport: VIEWPORT,
      offline,
    });
  try {
    const server = await serve(0, target.outDir);
    const url = server.url;
    let context = await open(false);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page
      .locator(target.byCode ?? target.ready)
      .first()
      .waitFor();
    await waitForServiceWorker(page);
    await context.close();
    await server.close();

    const newProcess: Drawn[] = [];
    for (let i = 0; i < runs; i += 1) {
      context = await open(true);
      const { next } = await recordFirstHeading(context, target.ready, target.byCode);
      page = context.pages()[0] ?? (await context.newPage());
      const drawn = next();
      await page.goto(url);
      newProcess.push(await firstHeading(page, drawn));
      await context.close();
    }

    const reload: Drawn[] = [];
    context = await open(true);
    const { next } = await recordFirstHeading(context, target.ready, target.byCode);
    page = context.pages()[0] ?? (await context.newPage());
    const first = next();
    await page.goto(url);
    await firstHeading(page, first);
    for (let i = 0; i < runs; i += 1) {
      const drawn = next();
      await page.reload();
      reload.push(await firstHeading(page, drawn));
    }
    await context.close();
    return {
      newProcess: summary(newProcess.map((r) => r.h1)),
      newProcessReady: summary(newProcess.map((r) => r.ready)),
      newProcessByCode: summary(newProcess.map((r) => r.byCode)),
      reload: summary(reload.map((r) => r.h1)),
      reloadReady: summary(reload.map((r) => r.ready)),
      reloadByCode: summary(reload.map((r) => r.byCode)),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface FirstLoadReport {
  /**
   * JavaScript transferred (bytes over the wire, compressed as served) before `ready` was in the
   * page (and so before it was drawn).
   */
  jsBytes: Summary;
  /** Navigation start → `ready` in the page, ms (no throttling: for information). */
  readyAt: Summary;
  /** The scripts of the last run, with their transferred bytes. */
  files: { name: string; bytes: number }[];
}

/**
 * A first visit (fresh context, nothing cached) to `url`: the JavaScript transferred before the
 * first screen drawn by the page's code (`ready`), from the page's Resource Timing (transferSize of
 * every script whose response ended before that screen was drawn), `runs` times.
 */
export async function measureFirstLoadJs(url: string, ready: string, runs = 3): Promise<FirstLoadReport> {
  const browser = await launch();
  try {
    const bytes: number[] = [];
    const at: number[] = [];
    let files: { name: string; bytes: number }[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
      try {
        const { next } = await recordFirstHeading(context, ready);
        const page = await context.newPage();
        const drawn = next();
        await page.goto(url);
        await drawn;
        const run = await page.evaluate(() => {
          // Scripts whose response ended before the app's code put the screen in the page: what it
          // needed to draw it (chunks it starts fetching as it draws, like the update banner, are not).
          const t = (window as unknown as { __readyInDom: number }).__readyInDom;
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
            .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= t)
            .map((e) => ({
              name: new URL(e.name).pathname.split('/').pop() ?? e.name,
              bytes: e.transferSize,
            }));
          return { t, scripts };
        });
        bytes.push(run.scripts.reduce((sum, s) => sum + s.bytes, 0));
        at.push(run.t);
        files = run.scripts;
      } finally {
        await context.close();
      }
    }
    return { jsBytes: summary(bytes), readyAt: summary(at), files };
  } finally {
    await browser.close();
  }
}
