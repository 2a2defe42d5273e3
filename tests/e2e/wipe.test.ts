/**
 * Issue 15: wipe is final ON DISK, and nothing she types outlives a lock. Real Chromium with a
 * persistent profile; the whole browser is closed before every scan, so everything it holds is in
 * its files. Every file of the profile is read.
 *
 * 1. With and without a passphrase, after "Delete everything" and after the emergency passphrase:
 *    IndexedDB may still hold the wrapped data key and sealed records in its LevelDB files (it
 *    cannot erase), but the device secret they need — a file in the Origin Private File System —
 *    is in no profile file, and every candidate found (the wrapped key, each sealed record) fails
 *    to open with her real passphrase. The control, before the wipe: the same scan finds the
 *    secret, the wrapped key and the records, and with her passphrase opens them.
 * 2. A marker typed into every free-text field, then lock, close: the marker is in no profile file
 *    (UTF-8, and UTF-16LE at both byte alignments). The control: a marker typed into a plain field
 *    the app does not own (no autocomplete="off", never cleared) IS found by the same scan.
 * 3. A database of the previous release (tests/fixtures/db-v3.json; plain rows, or sealed with a
 *    key wrapped by the passphrase alone) opens with every record, now sealed under a key that
 *    needs the device secret (the unit tests interrupt that upgrade: sealUpgrade.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, setupServedApp } from './harness.ts';
import {
  passphraseBits,
  passphraseOnlyKey,
  tryOpen,
  tryUnwrap,
  wrappingKey,
  type Stored,
} from '../helpers/sealedKeys.ts';
import {
  addFirstSuggestion,
  addTrustedPerson,
  answerToTheEnd,
  askToDeleteEverything,
  confirmDeleteEverything,
  finishAssessment,
  goToShare,
  heading,
  openApp,
  openMyPlan,
  setEmergencyPassphrase,
  tapStart,
  throughIntroduction,
  unlockWith,
  APP_HEADING,
} from './pages.ts';

const PASSPHRASE = 'river stone candle morning';
const DURESS = 'open sesame please';

const app = setupServedApp({ launch: false });

/** A random marker: random so that compression cannot hide a repeated phrase from the scan. */
function marker(prefix: string): string {
  return `${prefix}${Buffer.from(webcrypto.getRandomValues(new Uint8Array(9))).toString('base64url')}`;
}

/** A browser on a profile folder that outlives it (closed and opened again on the same folder). */
async function openProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    viewport: { width: 360, height: 740 },
  });
}

/** Every file of the profile, with its bytes. */
function profileFiles(profile: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) out.push({ path: path.slice(profile.length), bytes: readFileSync(path) });
    }
  };
  walk(profile);
  return out;
}

/** The files holding `needle`'s bytes. */
function filesWith(files: { path: string; bytes: Buffer }[], needle: Uint8Array): string[] {
  return files.filter((f) => f.bytes.indexOf(needle) >= 0).map((f) => f.path);
}

/** The files holding `text` as UTF-8, or as UTF-16LE at any byte offset (both alignments). */
function filesWithText(files: { path: string; bytes: Buffer }[], text: string): string[] {
  return [
    ...new Set([
      ...filesWith(files, Buffer.from(text, 'utf8')),
      ...filesWith(files, Buffer.from(text, 'utf16le')),
    ]),
  ];
}

/** What the app stores, read through the page: the wrapped key, its device secret, every sealed row. */
async function readStored(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const bytes = (b: ArrayBuffer | ArrayBufferView) => [
      ...new Uint8Array(
        b instanceof ArrayBuffer ? b : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength),
      ),
    ];
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('secure-here-and-now');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error ?? new Error('open failed'));
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
      });
    const meta = (await all('meta')) as { key: string; value: unknown }[];
    const sealKey = meta.find((m) => m.key === 'sealKey')?.value as {
      secretId: string;
      iv: Uint8Array;
      wrapped: ArrayBuffer;
      passphrase?: { salt: Uint8Array; iterations: number };
    };
    const records: { context: string; iv: number[]; ct: number[] }[] = [];
    for (const table of ['assessments', 'plan', 'routines', 'contacts', 'identities', 'supportPacks']) {
      for (const row of (await all(table)) as { id: string; iv: Uint8Array; ct: ArrayBuffer }[])
        records.push({ context: `${table}/${row.id}`, iv: bytes(row.iv), ct: bytes(row.ct) });
    }
    db.close();
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('shn-keys');
    const secret = await (await dir.getFileHandle(sealKey.secretId)).getFile();
    return {
      secretId: sealKey.secretId,
      secret: bytes(await secret.arrayBuffer()),
      iv: bytes(sealKey.iv),
      wrapped: bytes(sealKey.wrapped),
      ...(sealKey.passphrase
        ? { passphrase: { salt: bytes(sealKey.passphrase.salt), iterations: sealKey.passphrase.iterations } }
        : {}),
      records,
    };
  });
}

/**
 * Everything an attacker with this profile's files and her real passphrase can open: every
 * 32-byte window of every file under the profile's file-system folders (where the device secret
 * lived) is tried as the secret, and her passphrase alone too, against the wrapped key if its bytes
 * are on disk; whatever data key opens is tried on every sealed record found on disk.
 */
async function whatOpens(profile: string, stored: Stored, passphrase: string) {
  const files = profileFiles(profile);
  const wrappedOnDisk = filesWith(files, Buffer.from(stored.wrapped));
  const recordsOnDisk = stored.records.filter((r) => filesWith(files, Buffer.from(r.ct)).length > 0);
  const secretOnDisk = filesWith(files, Buffer.from(stored.secret));
  const keys: webcrypto.CryptoKey[] = [];
  if (wrappedOnDisk.length > 0) {
    if (stored.passphrase) {
      const legacy = await tryUnwrap(await passphraseOnlyKey(stored, passphrase), stored);
      if (legacy) keys.push(legacy);
    }
    const bits = await passphraseBits(stored, passphrase);
    const candidates = files.filter((f) => f.path.includes('File System') && f.bytes.length >= 32);
    for (const f of candidates) {
      for (let at = 0; at + 32 <= f.bytes.length; at += 1) {
        const key = await tryUnwrap(await wrappingKey(f.bytes.subarray(at, at + 32), bits), stored);
        if (key) keys.push(key);
        if (stored.passphrase && at > 4096) break; // PBKDF2 is slow: the secret file is 32 bytes.
      }
    }
  }
  const opened: string[] = [];
  for (const key of keys) for (const r of recordsOnDisk) opened.push((await tryOpen(key, r)) ?? '');
  return {
    wrappedOnDisk,
    recordsOnDisk: recordsOnDisk.length,
    secretOnDisk,
    keysOpened: keys.length,
    opened: opened.filter(Boolean),
  };
}

/** First run (optionally with a passphrase), a short assessment, a plan note, someone she trusts. */
async function firstRunAndUse(page: Page, person: string, note: string, passphrase?: string): Promise<void> {
  await openApp(page, app.url);
  await tapStart(page);
  await throughIntroduction(page, { form: 'short', ...(passphrase ? { passphrase } : {}) });
  await answerToTheEnd(page, (k, n) => (k + 2) % n);
  await finishAssessment(page);
  await addFirstSuggestion(page);
  await openMyPlan(page);
  await page.getByLabel('My note').first().fill(note);
  await page.getByRole('button', { name: 'Save note' }).first().click();
  await page.getByText('Saved.').first().waitFor();
  await addTrustedPerson(page, { name: person });
}

type Wipe = 'delete everything' | 'emergency passphrase';

async function wipeRun(withPassphrase: boolean, how: Wipe): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'shn-wipe-'));
  const person = marker('P');
  const note = marker('N');
  try {
    let context = await openProfile(profile);
    let page = await context.newPage();
    await firstRunAndUse(page, person, note, withPassphrase ? PASSPHRASE : undefined);
    if (how === 'emergency passphrase') await setEmergencyPassphrase(page, DURESS);
    const stored = await readStored(page);
    expect(stored.records.length).toBeGreaterThanOrEqual(3);
    expect(Boolean(stored.passphrase)).toBe(withPassphrase);
    await context.close();

    // The control: before the wipe, the scan finds the secret, the wrapped key and the records,
    // and opens them with her passphrase — so "nothing opens" below is not a blind scan.
    const before = await whatOpens(profile, stored, PASSPHRASE);
    expect(before.secretOnDisk.length, 'secret on disk before the wipe').toBeGreaterThan(0);
    expect(before.wrappedOnDisk.length).toBeGreaterThan(0);
    expect(before.recordsOnDisk).toBeGreaterThan(0);
    expect(before.keysOpened).toBeGreaterThan(0);
    expect(before.opened.join('\n')).toContain(person);
    // Nothing she typed is on disk in the clear, even without a passphrase.
    const files = profileFiles(profile);
    expect(filesWithText(files, person), person).toEqual([]);
    expect(filesWithText(files, note), note).toEqual([]);

    context = await openProfile(profile);
    page = await context.newPage();
    await openApp(page, app.url);
    if (how === 'delete everything') {
      if (withPassphrase) {
        await unlockWith(page, PASSPHRASE);
        await heading(page).filter({ hasNotText: 'Locked' }).waitFor();
      }
      await askToDeleteEverything(page);
      await confirmDeleteEverything(page);
    } else {
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
      await Promise.all([page.waitForEvent('load'), unlockWith(page, DURESS)]);
      await page.locator('.home').waitFor();
    }
    await page.getByText('Anyone who can open this phone can read your answers').waitFor();
    // Some more use of the app after the wipe, as in the report: a new first screen, a reload.
    await page.reload();
    await page.locator(APP_HEADING).first().waitFor();
    await context.close();

    const after = await whatOpens(profile, stored, PASSPHRASE);
    expect(after.secretOnDisk, 'the device secret is in no profile file').toEqual([]);
    expect(after.keysOpened, 'no data key opens').toBe(0);
    expect(after.opened).toEqual([]);
    const left = profileFiles(profile);
    expect(filesWithText(left, person)).toEqual([]);
    expect(filesWithText(left, note)).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('wipe is final on disk', () => {
  it('with a passphrase, after "Delete everything": nothing left in the profile opens, even with her passphrase', async () => {
    await wipeRun(true, 'delete everything');
  });

  it('with a passphrase, after the emergency passphrase: nothing left opens', async () => {
    await wipeRun(true, 'emergency passphrase');
  });

  it('without a passphrase, after "Delete everything": nothing left opens', async () => {
    await wipeRun(false, 'delete everything');
  });
});

describe('nothing she types outlives a lock', () => {
  it('a marker typed in every free-text field is in no profile file once locked and closed; a field the app does not own is found', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'shn-typed-'));
    const typed = {
      passphrase: marker('K'),
      planNote: marker('N'),
      name: marker('P'),
      reach: marker('R'),
      helpsWith: marker('H'),
      contactNote: marker('C'),
      summaryNote: marker('S'),
      emergency: marker('E'),
    };
    const control = marker('X');
    try {
      const context = await openProfile(profile);
      const page = await context.newPage();
      await openApp(page, app.url);
      await tapStart(page);
      await throughIntroduction(page, { form: 'short', passphrase: typed.passphrase });
      await answerToTheEnd(page, (k, n) => (k + 1) % n);
      await finishAssessment(page);
      await addFirstSuggestion(page);
      await openMyPlan(page);
      await page.getByLabel('My note').first().fill(typed.planNote);
      await page.getByRole('button', { name: 'Save note' }).first().click();
      await page.getByText('Saved.').first().waitFor();
      await page.getByRole('button', { name: 'People I trust' }).click();
      await page.getByRole('button', { name: 'Add a person or a number' }).click();
      await page.getByLabel('Name', { exact: true }).fill(typed.name);
      await page.getByLabel('How to reach them').fill(typed.reach);
      await page.getByLabel('What they can help with').fill(typed.helpsWith);
      await page.getByLabel('Note', { exact: true }).fill(typed.contactNote);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: typed.name }).waitFor();
      await setEmergencyPassphrase(page, typed.emergency);
      await goToShare(page);
      await page.getByRole('button', { name: 'Send a summary' }).click();
      await page.getByLabel('A note (optional)').fill(typed.summaryNote);
      // The control: a plain field the app does not own (no autocomplete="off", never cleared).
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.id = 'control-field';
        input.name = 'control-field';
        document.body.append(input);
      });
      await page.locator('#control-field').fill(control);
      // Give the browser time to write its session state, as in use.
      await page.waitForTimeout(1500);
      // She leaves the app with the summary note still on screen: it locks at once.
      await page.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await heading(page).filter({ hasText: 'Locked' }).waitFor();
      const shown = (await page.locator('#root').textContent()) ?? '';
      for (const [field, text] of Object.entries(typed)) expect(shown, field).not.toContain(text);
      await page.waitForTimeout(1500);
      await context.close();

      const files = profileFiles(profile);
      expect(filesWithText(files, control), 'the control field is found').not.toEqual([]);
      for (const [field, text] of Object.entries(typed))
        expect(filesWithText(files, text), field).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/** The version-3 database (Dexie version 3 is IndexedDB version 30) of the previous release. */
const V3_STORES: Record<string, string> = {
  settings: 'key',
  assessments: 'id',
  meta: 'key',
  batteries: 'key',
  plan: 'id',
  routines: 'id',
  contacts: 'id',
  identities: 'id',
};
const SEALED = ['assessments', 'plan', 'routines', 'contacts', 'identities'];

/**
 * Writes the fixture into the origin's IndexedDB before the app ever runs, from an image of the
 * app's own origin (no app code, no service worker). With `passphrase`, as the previous release
 * did with a passphrase set: the data key wrapped by the passphrase alone in `meta.keyring`, and
 * every sealed row `{ id, iv, ct }`.
 */
async function seedPreviousRelease(
  page: Page,
  passphrase?: string,
): Promise<Record<string, { id: string; plain: unknown }[]>> {
  const fixture = JSON.parse(readFileSync('tests/fixtures/db-v3.json', 'utf8')) as Record<string, unknown>;
  const rows = Object.fromEntries(
    SEALED.map((t) => [t, (fixture[t] ?? []) as { id: string; plain: unknown }[]]),
  );
  await page.goto(`${app.url}icons/icon-192.png`);
  await page.evaluate(
    async ({ fixture, stores, sealed, passphrase }) => {
      const enc = new TextEncoder();
      let key: CryptoKey | undefined;
      let keyring: unknown;
      if (passphrase) {
        key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
        const salt = crypto.getRandomValues(new Uint8Array(16));
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const material = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, [
          'deriveKey',
        ]);
        const kek = await crypto.subtle.deriveKey(
          { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600_000 },
          material,
          { name: 'AES-GCM', length: 256 },
          false,
          ['wrapKey'],
        );
        const wrapped = await crypto.subtle.wrapKey('raw', key, kek, { name: 'AES-GCM', iv });
        keyring = { kdf: 'PBKDF2-SHA256', iterations: 600_000, salt, iv, wrapped };
      }
      const toWrite: Record<string, unknown[]> = {};
      for (const store of Object.keys(stores)) {
        const list = (fixture[store] ?? []) as { id: string; plain: unknown }[];
        if (!key || !sealed.includes(store)) {
          toWrite[store] = list;
          continue;
        }
        toWrite[store] = await Promise.all(
          list.map(async (row) => {
            const iv = crypto.getRandomValues(new Uint8Array(12));
            const ct = await crypto.subtle.encrypt(
              { name: 'AES-GCM', iv, additionalData: enc.encode(`${store}/${row.id}`) },
              key,
              enc.encode(JSON.stringify(row.plain)),
            );
            return { id: row.id, iv, ct };
          }),
        );
      }
      if (keyring) toWrite.meta = [...(toWrite.meta ?? []), { key: 'keyring', value: keyring }];
      await new Promise<void>((ok, no) => {
        const request = indexedDB.open('secure-here-and-now', 30);
        request.onupgradeneeded = () => {
          for (const [name, keyPath] of Object.entries(stores))
            request.result.createObjectStore(name, { keyPath });
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(stores), 'readwrite');
          for (const [name, list] of Object.entries(toWrite))
            for (const row of list) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => no(tx.error ?? new Error('write failed'));
        };
        request.onerror = () => no(request.error ?? new Error('open failed'));
      });
    },
    { fixture, stores: V3_STORES, sealed: SEALED, passphrase },
  );
  return rows;
}

/** Every sealed record, opened in Node with the device secret (and her passphrase). */
async function openAll(stored: Stored, passphrase: string): Promise<Map<string, unknown>> {
  const kek = await wrappingKey(new Uint8Array(stored.secret), await passphraseBits(stored, passphrase));
  const key = await tryUnwrap(kek, stored);
  if (!key) throw new Error('the data key does not open');
  const out = new Map<string, unknown>();
  for (const r of stored.records) out.set(r.context, JSON.parse((await tryOpen(key, r)) ?? 'null'));
  return out;
}

describe('a database of the previous release, in the real browser', () => {
  for (const withPassphrase of [false, true]) {
    it(`${withPassphrase ? 'with' : 'without'} a passphrase: every record kept, now sealed under a key that needs the device secret`, async () => {
      const profile = mkdtempSync(join(tmpdir(), 'shn-upgrade-'));
      try {
        const context = await openProfile(profile);
        const page = await context.newPage();
        const rows = await seedPreviousRelease(page, withPassphrase ? PASSPHRASE : undefined);
        await openApp(page, app.url);
        if (withPassphrase) {
          await page.locator('.lock input[type=password]').fill(PASSPHRASE);
          await page.locator('.lock button[type=submit]').click();
        }
        await page.locator('.home').waitFor();
        const stored = await readStored(page);
        expect(Boolean(stored.passphrase)).toBe(withPassphrase);
        const meta = await page.evaluate(async () => {
          const db = await new Promise<IDBDatabase>((ok) => {
            const r = indexedDB.open('secure-here-and-now');
            r.onsuccess = () => ok(r.result);
          });
          const keys = await new Promise<IDBValidKey[]>((ok) => {
            const r = db.transaction('meta').objectStore('meta').getAllKeys();
            r.onsuccess = () => ok(r.result);
          });
          db.close();
          return keys.map(String);
        });
        expect(meta).toContain('sealKey');
        expect(meta).not.toContain('keyring');
        const opened = await openAll(stored, PASSPHRASE);
        let count = 0;
        for (const [table, list] of Object.entries(rows)) {
          for (const row of list) {
            expect(opened.get(`${table}/${row.id}`), `${table}/${row.id}`).toEqual(row.plain);
            count += 1;
          }
        }
        expect(opened.size).toBe(count);
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    });
  }
});
