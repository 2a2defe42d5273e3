/**
 * The workshop's group picture, in real Chromium: six participants finish a practice and show their
 * codes; the presenter adds them by typing and, in a browser whose fake camera plays a video made of
 * those very QR codes, by scanning. Counts match the participants' levels and show only from 5
 * distinct codes; the same code counts once; a changed or foreign code is refused with a clear
 * message; nothing is written to storage; the app's CSP allows the camera (no violation).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import {
  CATEGORY_IDS,
  countLevels,
  decodeGroupCode,
  qrText,
  type GroupCode,
} from '../../src/domain/index.ts';
import { CHROMIUM_ARGS, launch, setupServedApp } from './harness.ts';
import {
  answerToTheEnd,
  cspViolations,
  dumpStorage,
  openApp,
  openWorkshopTool,
  recordCspViolations,
  seePracticeResults,
  startPractice,
  waitForServiceWorker,
} from './pages.ts';

const app = setupServedApp();
const SET = { id: 'shn-core', version: '2.0.0' };

interface Participant {
  /** As shown under her QR code ("2K3A-8B1X-7QMZ-PD"). */
  typed: string;
  /** What her QR code holds. */
  qr: string;
  code: GroupCode;
}

/** Six participants, each answering differently: lowest, highest, skipped, and mixed. */
const PICKS: ((k: number, n: number) => number)[] = [
  () => 0,
  (_k, n) => n - 1,
  (k, n) => (k + 1) % n,
  (k, n) => (k % 3 === 0 ? n - 1 : 0),
  () => -1,
  (k, n) => (k * 7 + 2) % n,
];

const participants: Participant[] = [];

beforeAll(async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startPractice(page);
  for (const [i, pick] of PICKS.entries()) {
    if (i > 0) {
      await page.locator('.practice-banner').getByRole('button', { name: 'Next participant' }).click();
      await page.getByRole('button', { name: 'Start the practice' }).click();
      await page.locator('.practice .category-intro, .practice .question').first().waitFor();
    }
    await answerToTheEnd(page, pick);
    await seePracticeResults(page);
    const share = page.locator('.group-share');
    // What the code holds, before it is shown: the set, the five levels, a random number.
    await expect(share.locator('.group-holds > li').count()).resolves.toBe(3);
    await expect(share.locator('.group-holds ul > li').count()).resolves.toBe(5);
    await expect(share.locator('.qr').count()).resolves.toBe(0);
    await share.getByRole('button', { name: 'Show my code' }).click();
    const typed = (await share.locator('.typed-code').textContent()) ?? '';
    const decoded = decodeGroupCode(typed, SET);
    if (!decoded.ok) throw new Error(`the app showed a code that does not decode: ${typed}`);
    const qr = qrText(decoded.code);
    // The QR image on her screen is exactly this text, as lean-qr draws it.
    await expect(share.locator('.qr path').getAttribute('d')).resolves.toBe(toSvgPath(generate(qr)));
    participants.push({ typed, qr, code: decoded.code });
  }
}, 300_000);

/** The group picture's counts as drawn: category → level key → count, for the rows shown. */
async function countsShown(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(() => {
    const shown: Record<string, Record<string, number>> = {};
    for (const row of document.querySelectorAll<HTMLElement>('.group-table tbody tr')) {
      for (const cell of row.querySelectorAll<HTMLElement>('td')) {
        const c = cell.dataset.category ?? '?';
        const n = Number(cell.textContent);
        if (n > 0) (shown[c] ??= {})[row.dataset.level ?? '?'] = n;
      }
    }
    return shown;
  });
}

/** The counts the participants' own levels give. */
function expectedCounts(codes: GroupCode[]): Record<string, Record<string, number>> {
  const counts = countLevels(codes);
  return Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, Object.fromEntries(Object.entries(counts[c]).filter(([, n]) => n > 0))]),
  );
}

const status = (page: Page) => page.locator('.group-message');
const countLine = (page: Page) => page.locator('.group-count');

async function typeCode(page: Page, code: string, expected: RegExp): Promise<void> {
  await page.getByLabel('Code under the QR code').fill(code);
  await page.getByRole('button', { name: 'Add this code' }).click();
  // Each add says what happened (the messages checked in a row here all differ).
  await status(page).filter({ hasText: expected }).waitFor();
}

/** One symbol changed: the check symbol no longer matches. */
function tamper(typed: string): string {
  const plain = typed.replace(/-/g, '');
  const i = 4; // a level symbol
  const other = plain[i] === '1' ? '2' : '1';
  return plain.slice(0, i) + other + plain.slice(i + 1);
}

describe('group picture, typed codes', () => {
  it('counts only from 5 codes, counts a code once, refuses changed and foreign codes, saves counts only, stores nothing', async () => {
    expect(participants).toHaveLength(6);
    const page = await app.newPage({ viewport: { width: 1280, height: 800 } });
    await openApp(page, app.url);
    await waitForServiceWorker(page);
    const before = await dumpStorage(page);
    await openWorkshopTool(page, 'Group picture (scan codes)');
    await countLine(page).waitFor();

    for (const [i, p] of participants.slice(0, 4).entries()) {
      await page.getByLabel('Code under the QR code').fill(p.typed);
      await page.getByRole('button', { name: 'Add this code' }).click();
      await countLine(page)
        .filter({ hasText: `${i + 1} participant` })
        .waitFor();
    }
    await expect(countLine(page).textContent()).resolves.toBe('4 participants have added a code.');
    await expect(page.locator('.group-waiting').textContent()).resolves.toMatch(/^Waiting for 1 more code\./);
    await expect(page.locator('.group-table').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Print the group picture' }).isDisabled()).resolves.toBe(
      true,
    );

    // The same code again, typed in small letters: counted once.
    await typeCode(page, participants[0]!.typed.toLowerCase(), /already counted/);
    await expect(countLine(page).textContent()).resolves.toBe('4 participants have added a code.');
    // A mistyped (changed) code, and something that is not a code at all.
    await typeCode(page, tamper(participants[4]!.typed), /changed or mistyped, so it was not added/);
    await typeCode(page, 'https://example.org/', /not a group-picture code from this app/);
    // A code from another question set.
    await typeCode(
      page,
      qrText({ ...participants[4]!.code, battery: { id: 'our-network', version: '1.0.0' } }),
      /another question set \(our-network 1\.0\.0\)/,
    );
    await expect(countLine(page).textContent()).resolves.toBe('4 participants have added a code.');
    await expect(page.locator('.group-table').count()).resolves.toBe(0);

    await typeCode(page, participants[4]!.typed, /^Added\. 5 codes in\./);
    await typeCode(page, participants[5]!.typed, /^Added\. 6 codes in\./);
    await page.locator('.group-table').waitFor();
    expect(await countsShown(page)).toEqual(expectedCounts(participants.map((p) => p.code)));
    // The guide's prompt for each category.
    await expect(page.locator('.group-prompts dd').count()).resolves.toBe(5);

    // Printed: the counts with the question set and the date, without the screen's controls.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toMatch(/version 2\.0\.0 · \w+ \d{1,2}, \d{4}/);
    expect(printed).toMatch(/6 participants have added a code\./);
    expect(printed).not.toMatch(/Code under the QR code|Scan with the camera|End and clear/);

    // Saved: counts, the date and the question set; no one's code.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the counts as a file' }).click(),
    ]);
    const file = readFileSync(await download.path(), 'utf8');
    expect(file).toMatch(/^# shn-core 2\.0\.0, \d{4}-\d{2}-\d{2}, 6 participants\n/);
    expect(file.split('\n').filter((l) => /^[a-z]+,\d/.test(l))).toHaveLength(5);
    for (const p of participants) {
      expect(file).not.toContain(p.typed.replace(/-/g, ''));
      expect(file).not.toContain(p.code.nonce);
    }

    expect(await dumpStorage(page)).toBe(before);
    await page.getByRole('button', { name: 'End and clear' }).click();
    await countLine(page).filter({ hasText: '0 participants' }).waitFor();
    await expect(page.locator('.group-table').count()).resolves.toBe(0);
    expect(await dumpStorage(page)).toBe(before);
  });
});

/**
 * A video for Chromium's fake camera (y4m: a text header, then raw I420 frames): each QR text in
 * turn, drawn black on white the way lean-qr draws it, held for `hold` frames.
 */
function qrVideo(texts: string[], file: string, hold = 6): void {
  const width = 320;
  const height = 240;
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frames: Buffer[] = [];
  for (const text of texts) {
    const code = generate(text);
    const scale = Math.floor(Math.min(width, height) / (code.size + 8));
    const offX = Math.floor((width - code.size * scale) / 2);
    const offY = Math.floor((height - code.size * scale) / 2);
    const luma = Buffer.alloc(width * height, 235);
    for (let y = 0; y < code.size; y += 1)
      for (let x = 0; x < code.size; x += 1)
        if (code.get(x, y))
          for (let dy = 0; dy < scale; dy += 1)
            luma.fill(
              16,
              (offY + y * scale + dy) * width + offX + x * scale,
              (offY + y * scale + dy) * width + offX + (x + 1) * scale,
            );
    for (let f = 0; f < hold; f += 1) frames.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]),
  );
}

/** A Chromium whose camera plays `texts` as QR codes, with the group picture open and scanning. */
async function scanning(
  texts: string[],
): Promise<{ page: Page; browser: Browser; close: () => Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'shn-camera-'));
  const file = join(folder, 'codes.y4m');
  qrVideo(texts, file);
  const browser = await launch({
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`,
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  await context.grantPermissions(['camera'], { origin: app.server.origin });
  await recordCspViolations(context);
  const page = await context.newPage();
  return {
    page,
    browser,
    close: async () => {
      await browser.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function openScanner(page: Page): Promise<void> {
  await openApp(page, app.url);
  await openWorkshopTool(page, 'Group picture (scan codes)');
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await page.locator('.camera [role="status"]', { hasText: 'Hold a participant' }).waitFor();
}

describe('group picture, camera', () => {
  it('4 codes scanned: no counts, waiting for 1 more', async () => {
    const { page, close } = await scanning(participants.slice(0, 4).map((p) => p.qr));
    try {
      await openScanner(page);
      await countLine(page).filter({ hasText: '4 participants' }).waitFor();
      // The video loops: its first code seen again says "already counted", and nothing more counts.
      await status(page).filter({ hasText: 'already counted' }).waitFor();
      await expect(countLine(page).textContent()).resolves.toBe('4 participants have added a code.');
      await expect(page.locator('.group-waiting').textContent()).resolves.toMatch(
        /^Waiting for 1 more code\./,
      );
      await expect(page.locator('.group-table').count()).resolves.toBe(0);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("6 participants' codes scanned (one shown twice): counts match their levels; storage untouched", async () => {
    const [a, b, c, d, e, f] = participants.map((p) => p.qr) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const { page, close } = await scanning([a, b, c, a, d, e, f]);
    try {
      await openApp(page, app.url);
      await waitForServiceWorker(page);
      const before = await dumpStorage(page);
      await openWorkshopTool(page, 'Group picture (scan codes)');
      await page.getByRole('button', { name: 'Scan with the camera' }).click();
      await countLine(page).filter({ hasText: '6 participants' }).waitFor();
      await page.locator('.group-table').waitFor();
      expect(await countsShown(page)).toEqual(expectedCounts(participants.map((p) => p.code)));
      await status(page).filter({ hasText: 'already counted' }).waitFor();
      await expect(countLine(page).textContent()).resolves.toBe('6 participants have added a code.');
      await page.getByRole('button', { name: 'Stop the camera' }).click();
      expect(await dumpStorage(page)).toBe(before);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a changed code and a foreign QR code are refused with a clear message', async () => {
    const p = participants[1]!;
    const changed = `SHNG1:shn-core@2.0.0:${tamper(p.typed)}`;
    const { page, close } = await scanning([changed, 'https://example.org/']);
    try {
      await openScanner(page);
      await status(page).filter({ hasText: 'changed or mistyped, so it was not added' }).waitFor();
      await status(page).filter({ hasText: 'not a group-picture code from this app' }).waitFor();
      await expect(countLine(page).textContent()).resolves.toBe('0 participants have added a code.');
    } finally {
      await close();
    }
  });
});
