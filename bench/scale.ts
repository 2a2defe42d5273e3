/**
 * History at scale: with 10, 100 and 1,000 completed assessments stored, the time from a tap on
 * "Past assessments" on the home screen to the history screen's first screen drawn: its title and
 * five trend charts (`.history` and five `.trend` figures in the DOM, then a frame); and to the
 * whole page drawn (the list, `.history-list`, drawn just after the first screen). Each run starts from a freshly
 * loaded app, so the history code and the battery load as they would for her: the first visit to
 * the screen after opening the app. Optionally with the CPU slowed down (DevTools throttling) to
 * look like a cheap phone.
 *
 * Also the results screen of a full assessment: from History (10 stored), a tap on the newest
 * one's "Open" → the results screen's first screen drawn (`.results` in the DOM, then a frame), and
 * the whole page drawn (`.results-rest`, drawn just after the first screen), the results code, the
 * battery and the scoring loading as on her first visit after opening the app.
 */
import type { Browser } from 'playwright-core';
import { launch } from '../tests/e2e/harness.ts';
import { openApp } from '../tests/e2e/pages.ts';
import { VIEWPORT } from './browser.ts';
import { installPageHelpers, makeAssessmentRows, seedAssessments } from './seed.ts';
import { summary } from './stats.ts';

export interface ScaleRow {
  assessments: number;
  /** CPU slowdown factor (1 = this machine). */
  cpuSlowdown: number;
  /** Tap → history and trends in the DOM. */
  inDom: ReturnType<typeof summary>;
  /** Tap → the first screen (title and the five trends) drawn, a frame after it is in the DOM. */
  drawn: ReturnType<typeof summary>;
  /** Tap → the whole page drawn (the list, drawn just after the first screen). */
  wholeDrawn: ReturnType<typeof summary>;
}

async function measureOne(
  browser: Browser,
  url: string,
  count: number,
  runs: number,
  cpuSlowdown: number,
): Promise<ScaleRow> {
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
  try {
    await installPageHelpers(context);
    const page = await context.newPage();
    await openApp(page, url); // the app opens (and so creates) its database
    await page.locator('.home').waitFor();
    await seedAssessments(page, makeAssessmentRows(count));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const inDom: number[] = [];
    const drawn: number[] = [];
    const wholeDrawn: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      // From the home screen of a freshly loaded app (a reload keeps the screen she was on).
      await page.evaluate(() => history.replaceState({ name: 'home' }, ''));
      await page.reload();
      await page.getByRole('button', { name: `Past assessments (${count})` }).waitFor();
      const t = await timeTap(
        page,
        '.home-history',
        '.history figure.trend:nth-of-type(5)',
        '.history .history-list',
      );
      inDom.push(t.dom);
      drawn.push(t.drawn);
      wholeDrawn.push(t.wholeDrawn ?? Number.NaN);
    }
    return {
      assessments: count,
      cpuSlowdown,
      inDom: summary(inDom),
      drawn: summary(drawn),
      wholeDrawn: summary(wholeDrawn),
    };
  } finally {
    await context.close();
  }
}

/**
 * Tap → `ready` in the DOM, and drawn (a frame later), timed in the page; then, when `whole` is
 * given, → `whole` in the DOM and drawn (what comes after the first screen).
 */
async function timeTap(
  page: import('playwright-core').Page,
  button: string,
  ready: string,
  whole?: string,
  { index = 0, press = 0 }: { index?: number; press?: number } = {},
): Promise<{ dom: number; drawn: number; wholeDrawn?: number }> {
  return page.evaluate(
    async ({ button, ready, whole, index, press }) => {
      const inDom = (selector: string) =>
        new Promise<void>((ok) => {
          if (document.querySelector(selector)) {
            ok();
            return;
          }
          const observer = new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            observer.disconnect();
            ok();
          });
          observer.observe(document.body, { subtree: true, childList: true });
        });
      const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      const target = document.querySelectorAll<HTMLButtonElement>(button)[index];
      if (!target) throw new Error(`no ${button} #${index}`);
      if (press > 0) {
        // A finger: it lands (pointerdown), stays `press` ms, lifts; the tap is timed from the lift.
        target.dispatchEvent(
          new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', isPrimary: true }),
        );
        await new Promise((ok) => setTimeout(ok, press));
        target.dispatchEvent(
          new PointerEvent('pointerup', { bubbles: true, pointerType: 'touch', isPrimary: true }),
        );
      }
      const t0 = performance.now();
      target.click();
      await inDom(ready);
      const dom = performance.now() - t0;
      await frame();
      const drawn = performance.now() - t0;
      if (!whole) return { dom, drawn };
      await inDom(whole);
      await frame();
      return { dom, drawn, wholeDrawn: performance.now() - t0 };
    },
    { button, ready, whole, index, press },
  );
}

export interface ResultsRow {
  cpuSlowdown: number;
  /** The tap comes as soon as History's list is drawn, or once the page has settled (she reads first). */
  tap: 'at once' | 'settled';
  /** Which assessment's "Open": her newest (read ahead by History), or the one before it. */
  which: 'newest' | 'older';
  /** How long the finger stays down before it lifts (0: a click alone, no pointer events), ms. */
  press: number;
  inDom: ReturnType<typeof summary>;
  /** Tap → the first screen drawn (the levels, the urgent steps). */
  drawn: ReturnType<typeof summary>;
  /** Tap → the whole page drawn (`.results-rest`, drawn just after the first screen). */
  wholeDrawn: ReturnType<typeof summary>;
}

/**
 * Resolves once the page has been quiet for two idle periods in a row (each with nearly all of its
 * 50 ms free), or after 5 s: what History loads ahead while she reads (the results' code and the
 * battery, at idle) has then had its chance, as it has when a person reads the list before a tap.
 */
function settled(page: import('playwright-core').Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const end = performance.now() + 5000;
        let quiet = 0;
        const next = () =>
          requestIdleCallback(
            (deadline) => {
              quiet = deadline.timeRemaining() >= 45 ? quiet + 1 : 0;
              if (quiet >= 2 || performance.now() > end) ok();
              else next();
            },
            { timeout: 1000 },
          );
        next();
      }),
  );
}

/**
 * History (10 full assessments) → tap "Open" on the newest (or the one before it: `which`) →
 * results drawn, `runs` fresh loads. `tap`: at once when the list is drawn (the battery and the
 * results' code may still be loading), or once the page has settled (`settled`). `press`: 0, a
 * click alone; else a finger's tap, down for `press` ms, timed from its lift (the click).
 */
export async function measureResultsScreen(
  url: string,
  cpuSlowdown = 4,
  runs = 7,
  tap: ResultsRow['tap'] = 'at once',
  { which = 'newest', press = 0 }: { which?: ResultsRow['which']; press?: number } = {},
): Promise<ResultsRow> {
  const browser = await launch();
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
  try {
    await installPageHelpers(context);
    const page = await context.newPage();
    await openApp(page, url);
    await page.locator('.home').waitFor();
    await seedAssessments(page, makeAssessmentRows(10));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const inDom: number[] = [];
    const drawn: number[] = [];
    const wholeDrawn: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await page.evaluate(() => history.replaceState({ name: 'history' }, ''));
      await page.reload();
      await page.locator('.history-item .button-row button').first().waitFor();
      if (tap === 'settled') await settled(page);
      // Each item's first button is its "Open"; the list is newest first.
      const t = await timeTap(
        page,
        '.history-item .button-row button:first-child',
        '.results',
        '.results .results-rest',
        {
          index: which === 'newest' ? 0 : 1,
          press,
        },
      );
      inDom.push(t.dom);
      drawn.push(t.drawn);
      wholeDrawn.push(t.wholeDrawn ?? Number.NaN);
    }
    return {
      cpuSlowdown,
      tap,
      which,
      press,
      inDom: summary(inDom),
      drawn: summary(drawn),
      wholeDrawn: summary(wholeDrawn),
    };
  } finally {
    await context.close();
    await browser.close();
  }
}

/** The history screen with each number of stored assessments, at each CPU slowdown. */
export async function measureHistoryScale(
  url: string,
  counts = [10, 100, 1000],
  slowdowns = [4],
  runs = 7,
): Promise<ScaleRow[]> {
  const browser = await launch();
  try {
    const rows: ScaleRow[] = [];
    for (const slowdown of slowdowns)
      for (const count of counts) rows.push(await measureOne(browser, url, count, runs, slowdown));
    return rows;
  } finally {
    await browser.close();
  }
}
