/**
 * P4, protected at rest: with or without a passphrase, no answer can be read from IndexedDB —
 * through the page or in the profile's files on disk — while the same scans find a row written
 * plain (the control). Wipe final on disk: tests/e2e/wipe.test.ts.
 * Then the lock screen, changing the passphrase, auto-lock, wipe and the duress passphrase.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchPersistent, setupServedApp } from './harness.ts';
import {
  addFirstSuggestion,
  addTrustedPerson,
  answerToTheEnd,
  askToDeleteEverything,
  confirmDeleteEverything,
  finishAssessment,
  goHome,
  heading,
  lockNow,
  openApp,
  openLatestResults,
  openMyPlan,
  setEmergencyPassphrase,
  startPassphraseChange,
  tapStart,
  throughIntroduction,
  unlockWith,
} from './pages.ts';

const PASSPHRASE = 'river stone candle morning';
/**
 * A note and the name of a trusted person she types herself (her plan, issue 5). Random and unlike
 * each other: the browser's storage files are compressed (Snappy), which would hide a repeated
 * piece of text from the disk scan and make its "not found" meaningless.
 */
const NOTE_MARKER = 'Jx4qVb9TzRk2';
const PERSON_MARKER = 'Wq7mZp3XcL8n';
/**
 * Strings that appear in what she saves: indicator ids of the short form, the battery id, the
 * actions in her plan, her own note and the name of someone she trusts.
 */
const MARKERS = [
  'pol.smear',
  'phy.feel-endangered',
  'emo.exhaustion',
  'shn-core',
  'act.',
  NOTE_MARKER,
  PERSON_MARKER,
];

// Each test opens its own persistent profile (the disk scans need one): no shared browser.
const app = setupServedApp({ launch: false });

/** Every record of every IndexedDB database of the origin, as text (binary as hex). */
async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const hex = (b: ArrayBuffer | ArrayBufferView) =>
      [...new Uint8Array(b instanceof ArrayBuffer ? b : b.buffer)]
        .map((x) => x.toString(16).padStart(2, '0'))
        .join('');
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open(info.name ?? '');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error ?? new Error('open failed'));
      });
      for (const store of [...db.objectStoreNames]) {
        const rows = await new Promise<unknown[]>((ok) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
        });
        out.push(
          JSON.stringify(rows, (_k, v: unknown) =>
            v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? hex(v) : v,
          ),
        );
      }
      db.close();
    }
    return out.join('\n');
  });
}

/** Every byte of the profile's IndexedDB files, as Latin-1 and as UTF-16 text (both alignments). */
function scanDisk(profile: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        // Text typed into a field may be kept two bytes per character, at any byte offset.
        parts.push(
          bytes.toString('latin1'),
          bytes.toString('utf16le'),
          bytes.subarray(1).toString('utf16le'),
        );
      }
    }
  };
  walk(join(profile, 'Default', 'IndexedDB'));
  return parts.join('\n');
}

/** First run through the introduction, optionally setting the passphrase, then a short assessment. */
async function firstRunAndAssessment(page: Page, passphrase?: string): Promise<void> {
  await openApp(page, app.url);
  await tapStart(page);
  await throughIntroduction(page, { form: 'short', ...(passphrase ? { passphrase } : {}) });
  await answerToTheEnd(page, (k, n) => (k + 2) % n);
  await finishAssessment(page);

  // An action into her plan, with her own note; someone she trusts.
  await addFirstSuggestion(page);
  await openMyPlan(page);
  await page.getByLabel('My note').first().fill(NOTE_MARKER);
  await page.getByRole('button', { name: 'Save note' }).first().click();
  await page.getByText('Saved.').first().waitFor();
  await addTrustedPerson(page, { name: PERSON_MARKER });

  // Back to her results, where the tests below expect her.
  await openLatestResults(page);
  await heading(page).filter({ hasText: 'Your results' }).waitFor();
}

describe('protection at rest', () => {
  it('without a passphrase, every record is sealed too; the same scans DO find text written plain (the control)', async () => {
    const { context, profile, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await firstRunAndAssessment(page);
      const dump = await dumpIndexedDb(page);
      for (const m of MARKERS) expect(dump, m).not.toContain(m);
      expect(dump).toContain('sealKey');
      // The control: a row written plain (as the app did before issue 15) is seen by both scans.
      const plainMarker = 'Zt6vQe1KsY4w';
      await page.evaluate(async (text) => {
        const db = await new Promise<IDBDatabase>((ok) => {
          const r = indexedDB.open('secure-here-and-now');
          r.onsuccess = () => ok(r.result);
        });
        await new Promise<void>((ok) => {
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'control', value: text });
          tx.oncomplete = () => ok();
        });
        db.close();
      }, plainMarker);
      expect(await dumpIndexedDb(page)).toContain(plainMarker);
      // The whole browser closes first, so everything it holds is written to its files.
      await context.close();
      const disk = scanDisk(profile);
      expect(disk).toContain(plainMarker);
      for (const m of MARKERS) expect(disk, m).not.toContain(m);
    } finally {
      await close();
    }
  });

  it('with a passphrase, neither the page nor the files on disk show any answer; the lock screen guards them', async () => {
    const { context, profile, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await firstRunAndAssessment(page, PASSPHRASE);
      const dump = await dumpIndexedDb(page);
      for (const m of MARKERS) expect(dump, m).not.toContain(m);
      expect(dump).toContain('sealKey');

      // Reload: the lock screen, and nothing of hers on it.
      await page.reload();
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
      expect(await page.locator('main').textContent()).not.toMatch(/Physical security|Your results/);
      expect(await page.locator('body').textContent()).not.toContain(PERSON_MARKER);
      await unlockWith(page, 'not my passphrase');
      await page.getByText('That passphrase is not right.').waitFor();
      await unlockWith(page, PASSPHRASE);
      await heading(page).filter({ hasText: 'Your results' }).waitFor();
      await expect(page.locator('.category-card').count()).resolves.toBe(5);

      await context.close();
      const disk = scanDisk(profile);
      for (const m of MARKERS) expect(disk, m).not.toContain(m);
    } finally {
      await close();
    }
  });
});

describe('passphrase, auto-lock, wipe', () => {
  it('changes the passphrase: the old one fails, the new one works, data intact', async () => {
    const { context, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await firstRunAndAssessment(page, PASSPHRASE);
      await startPassphraseChange(page, PASSPHRASE, 'a brand new passphrase');
      await page.getByText('Your passphrase is changed.').waitFor();
      await lockNow(page);
      await unlockWith(page, PASSPHRASE);
      await page.getByText('That passphrase is not right.').waitFor();
      await unlockWith(page, 'a brand new passphrase');
      await heading(page).filter({ hasText: 'Protection' }).waitFor();
      await goHome(page);
      await page.getByRole('button', { name: 'Past assessments (1)' }).waitFor();
    } finally {
      await close();
    }
  });

  it('a change interrupted by closing the page leaves one of the two passphrases working, nothing lost', async () => {
    const { context, close } = await launchPersistent();
    try {
      let page = await context.newPage();
      await firstRunAndAssessment(page, PASSPHRASE);
      await startPassphraseChange(page, PASSPHRASE, 'the interrupted one');
      // Closed mid-change: once the form says it is working, the key derivations have begun.
      await page.getByRole('button', { name: 'Please wait…' }).waitFor();
      await page.close();
      page = await context.newPage();
      await openApp(page, app.url);
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
      await unlockWith(page, PASSPHRASE);
      const opened = await Promise.race([
        page
          .locator('.home')
          .waitFor()
          .then(() => 'old'),
        page
          .getByText('That passphrase is not right.')
          .waitFor()
          .then(() => 'wrong'),
      ]);
      if (opened === 'wrong') {
        await unlockWith(page, 'the interrupted one');
        await page.locator('.home').waitFor();
      }
      await page.getByRole('button', { name: 'Past assessments (1)' }).waitFor();
    } finally {
      await close();
    }
  });

  it('locks after the idle time, and at once when the app is hidden', async () => {
    const { context, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await page.clock.install();
      await firstRunAndAssessment(page, PASSPHRASE);
      await page.clock.fastForward('04:00');
      await expect(heading(page).textContent()).resolves.toBe('Your results');
      await page.clock.fastForward('01:30');
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
      await unlockWith(page, PASSPHRASE);
      await heading(page).filter({ hasText: 'Your results' }).waitFor();
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
    } finally {
      await close();
    }
  });

  async function storesOfOurs(page: Page) {
    return page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
    }));
  }

  it('"delete everything" leaves no database and no storage entry, and the app shows first run', async () => {
    const { context, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await firstRunAndAssessment(page, PASSPHRASE);
      await page.evaluate(() => {
        localStorage.setItem('shn-test', '1');
        sessionStorage.setItem('shn-test', '1');
      });
      const confirm = await askToDeleteEverything(page);
      await expect(confirm.isDisabled()).resolves.toBe(true); // not one tap
      await confirmDeleteEverything(page);
      await page.getByText('Anyone who can open this phone can read your answers').waitFor();
      const stores = await storesOfOurs(page);
      expect(stores.local).toBe(0);
      expect(stores.session).toBe(0);
      // Only the fresh, empty database the new first run opened may exist.
      const dump = await dumpIndexedDb(page);
      for (const m of [...MARKERS, 'keyring', 'passphrase']) expect(dump).not.toContain(m);
    } finally {
      await close();
    }
  });

  it('the duress passphrase at the lock screen deletes everything and opens an empty app', async () => {
    const { context, close } = await launchPersistent();
    try {
      const page = await context.newPage();
      await firstRunAndAssessment(page, PASSPHRASE);
      await setEmergencyPassphrase(page, 'open sesame please');
      await lockNow(page);
      await Promise.all([page.waitForEvent('load'), unlockWith(page, 'open sesame please')]);
      await page.locator('.home').waitFor();
      await expect(page.getByRole('button', { name: /Past assessments/ }).count()).resolves.toBe(0);
      await page.getByText('Anyone who can open this phone can read your answers').waitFor();
      // Nothing says a passphrase was ever set: no first-paint hint, no other entry.
      const stores = await storesOfOurs(page);
      expect(stores.local).toBe(0);
      expect(stores.session).toBe(0);
      const dump = await dumpIndexedDb(page);
      for (const m of [...MARKERS, 'keyring', 'passphrase']) expect(dump).not.toContain(m);
    } finally {
      await close();
    }
  });
});
