/**
 * Issue 15, measured in Firefox: which storage does Firefox really delete from its profile on
 * disk, and is "Delete everything" (and the emergency passphrase) final there? The Chromium proof
 * is tests/e2e/wipe.test.ts; this is the same method in Firefox, run by hand — NOT part of
 * npm test (CI has no Firefox):
 *
 *   npx tsx scripts/measureWipeFirefox.ts            (builds dist/ first; --no-build skips that)
 *
 * Firefox ESR from Debian (FIREFOX_PATH to use another), driven by playwright-core's WebDriver
 * BiDi launcher through scripts/firefoxBidiShim.ts, headless, on a persistent profile in a fresh
 * temporary folder. The whole browser is closed before every scan, and every file of the profile
 * is read (and Firefox's mozlz4 files, e.g. the session store, are decompressed and read too).
 *
 * 1. The storage itself: a random 32-byte marker is written to an OPFS file, a Cache Storage
 *    entry and an IndexedDB record; browser closed, scan (the control: each marker is found);
 *    reopened, each deleted the way the app deletes (`removeEntry`, `caches.delete`,
 *    `indexedDB.deleteDatabase`); closed, scan.
 * 2. The app, as she uses it: a passphrase (or none), a short assessment, a plan note, a trusted
 *    person with a random marker name; which place src/storage/secrets.ts chose for the device
 *    secret; browser closed, the profile scanned — the control: the device secret, the wrapped
 *    data key and the sealed records are found, and opened with her passphrase. Then "Delete
 *    everything" (or the emergency passphrase), a reload, closed, and the same scan: is the secret
 *    in any file, do the wrapped key and sealed records remain, does anything open (her
 *    passphrase alone, and with every 32-byte window of every small file of the app origin's
 *    OPFS and Cache Storage folders tried as the device secret)?
 *
 * Prints a table per run and per store of the profile (storage/default/<origin>/idb, cache, fs…).
 * Exit code 0 when every control found what it must; 2 when a control failed (the scan proves
 * nothing then).
 */
import { execSync } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import {
  passphraseBits,
  passphraseOnlyKey,
  tryOpen,
  tryUnwrap,
  wrappingKey,
  type Stored as SealedStored,
} from '../tests/helpers/sealedKeys.ts';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { firefox, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { serve } from '../tests/e2e/harness.ts';
import {
  addFirstSuggestion,
  addTrustedPerson,
  answerToTheEnd,
  askToDeleteEverything,
  confirmDeleteEverything,
  finishAssessment,
  heading,
  openApp,
  openMyPlan,
  setEmergencyPassphrase,
  tapStart,
  throughIntroduction,
  unlockWith,
} from '../tests/e2e/pages.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const PASSPHRASE = 'river stone candle morning';
const DURESS = 'open sesame please';

if (!existsSync(FIREFOX)) {
  console.error(`No Firefox at ${FIREFOX} (apt-get install firefox-esr, or FIREFOX_PATH=…).`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'shn-ff-measure-'));
const shimLog = join(work, 'bidi-shim.log');
const wrapper = join(work, 'firefox');
writeFileSync(
  wrapper,
  `#!/bin/sh\nSHN_FIREFOX='${FIREFOX}' SHN_BIDI_SHIM_LOG='${shimLog}' exec '${process.execPath}' ${process.execArgv
    .map((a) => `'${a}'`)
    .join(' ')} '${resolve('scripts/firefoxBidiShim.ts')}' "$@"\n`,
);
chmodSync(wrapper, 0o755);
const version = execSync(`'${FIREFOX}' --version`, { encoding: 'utf8' }).trim();
// The app as built, but for one line: the Content-Security-Policy <meta> of index.html. Playwright
// runs every `evaluate` and `waitForFunction` of a page by compiling it inside the page, which that
// policy forbids in Firefox (over Chromium's DevTools protocol it is exempt). The policy decides
// which scripts may run; it has no part in what the app stores or deletes.
const served = join(work, 'dist');
cpSync('dist', served, { recursive: true });
const index = readFileSync(join(served, 'index.html'), 'utf8');
const withoutCsp = index.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
if (withoutCsp === index) throw new Error('dist/index.html has no Content-Security-Policy <meta> to remove');
writeFileSync(join(served, 'index.html'), withoutCsp);
const server = await serve(0, served);

/** A random marker: random so that compression cannot hide a repeated phrase from the scan. */
function marker(prefix: string): string {
  return `${prefix}${Buffer.from(webcrypto.getRandomValues(new Uint8Array(9))).toString('base64url')}`;
}

/** Firefox on a profile folder that outlives it (closed and opened again on the same folder). */
function openProfile(profile: string): Promise<BrowserContext> {
  return firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath: wrapper,
    headless: true,
    locale: 'en-US',
    viewport: { width: 360, height: 740 },
  });
}

/**
 * The browser's page. Playwright's `fill` over BiDi sets the field's value from a script, which
 * React's controlled fields do not see (the app's state stays empty: "Please use at least 8
 * characters"); here every `fill` of the shared page objects (tests/e2e/pages) types its text key
 * by key instead, as she would.
 */
async function firstPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  const locator = Object.getPrototypeOf(page.locator('body')) as Locator;
  if (!(locator as { typedFill?: boolean }).typedFill) {
    Object.assign(locator, {
      typedFill: true,
      async fill(this: Locator, value: string) {
        if (await this.inputValue()) {
          await this.selectText();
          await this.press('Delete');
        }
        await this.pressSequentially(value);
      },
    });
  }
  return page;
}

interface ProfileFile {
  path: string;
  bytes: Buffer;
}

/** Firefox's mozlz4 (magic, 4-byte size, one LZ4 block), decompressed. */
function mozLz4(file: Buffer): Buffer | undefined {
  if (file.length < 12 || file.subarray(0, 8).toString('latin1') !== 'mozLz40\0') return undefined;
  const out = Buffer.alloc(file.readUInt32LE(8));
  let i = 12;
  let o = 0;
  try {
    while (i < file.length) {
      const token = file[i++]!;
      let literals = token >> 4;
      if (literals === 15) for (let b = 255; b === 255; literals += b) b = file[i++]!;
      file.copy(out, o, i, i + literals);
      i += literals;
      o += literals;
      if (i >= file.length) break;
      const offset = file[i]! | (file[i + 1]! << 8);
      i += 2;
      let length = token & 15;
      if (length === 15) for (let b = 255; b === 255; length += b) b = file[i++]!;
      length += 4;
      for (let k = 0; k < length; k++, o++) out[o] = out[o - offset]!;
    }
  } catch {
    return undefined;
  }
  return out.subarray(0, o);
}

/** Every file of the profile, with its bytes (and each mozlz4 file's decompressed bytes). */
function profileFiles(profile: string): ProfileFile[] {
  const out: ProfileFile[] = [];
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
      else if (stat.isFile()) {
        const bytes = readFileSync(path);
        const rel = path.slice(profile.length + 1);
        out.push({ path: rel, bytes });
        const inflated = mozLz4(bytes);
        if (inflated) out.push({ path: `${rel} (decompressed)`, bytes: inflated });
      }
    }
  };
  walk(profile);
  return out;
}

/** The store a profile file belongs to: storage/<kind>/<origin>/<store>/…, else the rest. */
function storeOf(path: string): string {
  const match = /^storage\/(default|permanent|temporary)\/([^/]+)\/([^/]+)(\/|$)/.exec(path);
  if (!match) return 'elsewhere in the profile';
  const local = match[2]!.includes('127.0.0.1');
  return `${local ? 'app origin' : match[2]} ${match[3]}/`;
}

function filesWith(files: ProfileFile[], needle: Uint8Array): string[] {
  return files.filter((f) => f.bytes.indexOf(needle) >= 0).map((f) => f.path);
}

function filesWithText(files: ProfileFile[], text: string): string[] {
  return [
    ...new Set([
      ...filesWith(files, Buffer.from(text, 'utf8')),
      ...filesWith(files, Buffer.from(text, 'utf16le')),
    ]),
  ];
}

function stores(paths: string[]): string {
  return paths.length ? [...new Set(paths.map(storeOf))].join(', ') : '—';
}

// ---------------------------------------------------------------------------------------------
// 1. The storage itself.

const PRIMITIVES = ['OPFS file', 'Cache Storage entry', 'IndexedDB record'] as const;

async function measurePrimitives(): Promise<{ rows: string[][]; controlOk: boolean; detail: string[] }> {
  const profile = mkdtempSync(join(tmpdir(), 'shn-ff-prim-'));
  const markers = Object.fromEntries(
    PRIMITIVES.map((p) => [p, [...webcrypto.getRandomValues(new Uint8Array(32))]]),
  ) as Record<(typeof PRIMITIVES)[number], number[]>;
  try {
    let context = await openProfile(profile);
    let page = await firstPage(context);
    await page.goto(`${server.url}icons/icon-192.png`);
    await page.evaluate(async (m) => {
      const dir = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('probe', { create: true });
      const writable = await (await dir.getFileHandle('marker', { create: true })).createWritable();
      await writable.write(new Uint8Array(m['OPFS file']));
      await writable.close();
      await (
        await caches.open('probe')
      ).put('/probe-marker', new Response(new Uint8Array(m['Cache Storage entry'])));
      await new Promise<void>((ok, no) => {
        const r = indexedDB.open('probe', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('s');
        r.onsuccess = () => {
          const tx = r.result.transaction('s', 'readwrite');
          tx.objectStore('s').put(new Uint8Array(m['IndexedDB record']), 'marker');
          tx.oncomplete = () => {
            r.result.close();
            ok();
          };
          tx.onerror = () => no(tx.error ?? new Error('write failed'));
        };
        r.onerror = () => no(r.error ?? new Error('open failed'));
      });
    }, markers);
    await context.close();
    const before = profileFiles(profile);

    context = await openProfile(profile);
    page = await firstPage(context);
    await page.goto(`${server.url}icons/icon-192.png`);
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      await (await root.getDirectoryHandle('probe')).removeEntry('marker');
      await root.removeEntry('probe', { recursive: true });
      await caches.delete('probe');
      await new Promise<void>((ok, no) => {
        const r = indexedDB.deleteDatabase('probe');
        r.onsuccess = () => ok();
        r.onerror = () => no(r.error ?? new Error('delete failed'));
      });
    });
    // Some more use, as in her use: a reload.
    await page.reload();
    await context.close();
    const after = profileFiles(profile);

    let controlOk = true;
    const detail: string[] = [];
    const rows = PRIMITIVES.map((p) => {
      const needle = Buffer.from(markers[p]);
      const b = filesWith(before, needle);
      const a = filesWith(after, needle);
      if (b.length === 0) controlOk = false;
      detail.push(`${p}: before ${b.join(', ') || 'nowhere'}; after ${a.join(', ') || 'nowhere'}`);
      return [
        p,
        b.length ? `found: ${stores(b)}` : 'NOT FOUND (control failed)',
        a.length ? `STILL ON DISK: ${stores(a)}` : 'gone',
      ];
    });
    return { rows, controlOk, detail };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The app.

interface Stored extends SealedStored {
  chosen: string;
  foundIn: string;
}

/** What the app stores, read through the page: the wrapped key, its device secret, every sealed row. */
async function readStored(page: Page): Promise<Stored> {
  // tsx (esbuild, keepNames) wraps the named functions below in `__name(…)`, a helper of its own.
  await page.evaluate('globalThis.__name ??= (f) => f');
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
      if (!db.objectStoreNames.contains(table)) continue;
      for (const row of (await all(table)) as { id: string; iv: Uint8Array; ct: ArrayBuffer }[])
        records.push({ context: `${table}/${row.id}`, iv: bytes(row.iv), ct: bytes(row.ct) });
    }
    db.close();
    // The choice src/storage/secrets.ts makes (`secretStore`), and where the secret really is.
    const hasOpfs =
      'storage' in navigator &&
      typeof navigator.storage.getDirectory === 'function' &&
      typeof FileSystemFileHandle !== 'undefined' &&
      'createWritable' in FileSystemFileHandle.prototype;
    const chosen = hasOpfs ? 'opfs' : typeof caches !== 'undefined' ? 'cache' : 'indexeddb';
    let secret: number[] | undefined;
    let foundIn = 'nowhere';
    try {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('shn-keys');
      secret = bytes(await (await (await dir.getFileHandle(sealKey.secretId)).getFile()).arrayBuffer());
      foundIn = 'opfs';
    } catch {
      const response = await (await caches.open('shn-keys')).match(`/__shn-key/${sealKey.secretId}`);
      if (response) {
        secret = bytes(await response.arrayBuffer());
        foundIn = 'cache';
      } else {
        const row = meta.find((m) => m.key === `secret:${sealKey.secretId}`);
        if (row) {
          secret = bytes(row.value as Uint8Array);
          foundIn = 'indexeddb';
        }
      }
    }
    if (!secret) throw new Error('the device secret is nowhere');
    return {
      chosen,
      foundIn,
      secretId: sealKey.secretId,
      secret,
      iv: bytes(sealKey.iv),
      wrapped: bytes(sealKey.wrapped),
      ...(sealKey.passphrase
        ? { passphrase: { salt: bytes(sealKey.passphrase.salt), iterations: sealKey.passphrase.iterations } }
        : {}),
      records,
    };
  });
}

interface Scan {
  files: ProfileFile[];
  secret: string[];
  wrapped: string[];
  records: Map<string, string[]>;
  windows: number;
  keysOpened: number;
  opened: string[];
}

/** Files this small, or smaller, are tried window by window (the secret's own file is 32 bytes). */
const WINDOW_FILES_UP_TO = 4096;

/**
 * Everything an attacker with this profile's files and her real passphrase can open: her
 * passphrase alone, and every 32-byte window of every file of up to 4 KB in the app origin's OPFS
 * and Cache Storage folders (fs/, cache/: where the secret's own file lives) tried as the device
 * secret, against the wrapped key if its bytes are on disk; whatever data key opens is tried on
 * every sealed record on disk. (The exact bytes of the secret are searched in every file.)
 */
async function scan(profile: string, stored: Stored, passphrase: string): Promise<Scan> {
  const files = profileFiles(profile);
  const wrapped = filesWith(files, Buffer.from(stored.wrapped));
  const records = new Map(stored.records.map((r) => [r.context, filesWith(files, Buffer.from(r.ct))]));
  const secret = filesWith(files, Buffer.from(stored.secret));
  const keys: webcrypto.CryptoKey[] = [];
  let windows = 0;
  if (wrapped.length > 0) {
    if (stored.passphrase) {
      const legacy = await tryUnwrap(await passphraseOnlyKey(stored, passphrase), stored);
      if (legacy) keys.push(legacy);
    }
    const bits = await passphraseBits(stored, passphrase);
    const candidates = files.filter(
      (f) =>
        /^app origin (fs|cache)\/$/.test(storeOf(f.path)) &&
        f.bytes.length >= 32 &&
        f.bytes.length <= WINDOW_FILES_UP_TO,
    );
    for (const f of candidates) {
      for (let at = 0; at + 32 <= f.bytes.length; at += 1) {
        windows += 1;
        const key = await tryUnwrap(await wrappingKey(f.bytes.subarray(at, at + 32), bits), stored);
        if (key) keys.push(key);
      }
    }
  }
  const opened: string[] = [];
  for (const key of keys) {
    for (const r of stored.records) {
      if ((records.get(r.context) ?? []).length === 0) continue;
      const text = await tryOpen(key, r);
      if (text) opened.push(text);
    }
  }
  return { files, secret, wrapped, records, windows, keysOpened: keys.length, opened };
}

/** First run (optionally with a passphrase), a short assessment, a plan note, someone she trusts. */
async function firstRunAndUse(page: Page, person: string, note: string, passphrase?: string): Promise<void> {
  await openApp(page, server.url);
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

type Wipe = 'Delete everything' | 'emergency passphrase';

interface RunResult {
  title: string;
  stored: Stored;
  before: Scan;
  after: Scan;
  person: string;
  note: string;
  controlOk: boolean;
}

async function wipeRun(withPassphrase: boolean, how: Wipe): Promise<RunResult> {
  const title = `${withPassphrase ? 'with' : 'without'} a passphrase, ${how}`;
  console.log(`\n… ${title}`);
  const profile = mkdtempSync(join(tmpdir(), 'shn-ff-wipe-'));
  const person = marker('P');
  const note = marker('N');
  try {
    let context = await openProfile(profile);
    let page = await firstPage(context);
    if (process.env.SHN_DEBUG) {
      page.on('console', (m) => console.log(`  [console.${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => console.log(`  [pageerror] ${e.message}`));
    }
    await firstRunAndUse(page, person, note, withPassphrase ? PASSPHRASE : undefined).catch(
      async (e: unknown) => {
        console.log(
          `  failed on the screen: ${(
            await page
              .locator('#root')
              .textContent()
              .catch(() => '?')
          )?.slice(0, 600)}`,
        );
        throw e;
      },
    );
    if (how === 'emergency passphrase') await setEmergencyPassphrase(page, DURESS);
    const stored = await readStored(page);
    await context.close();
    const before = await scan(profile, stored, PASSPHRASE);

    context = await openProfile(profile);
    page = await firstPage(context);
    await openApp(page, server.url);
    if (how === 'Delete everything') {
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
    await page.reload();
    await page.locator('h1').first().waitFor();
    await context.close();
    const after = await scan(profile, stored, PASSPHRASE);

    const controlOk =
      before.secret.length > 0 &&
      before.wrapped.length > 0 &&
      [...before.records.values()].some((r) => r.length > 0) &&
      before.keysOpened > 0 &&
      before.opened.some((t) => t.includes(person));
    return { title, stored, before, after, person, note, controlOk };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Printing.

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function recordsCell(s: Scan): string {
  const found = [...s.records.values()].filter((r) => r.length > 0);
  return `${found.length}/${s.records.size}${found.length ? ` (${stores(found.flat())})` : ''}`;
}

function printRun(r: RunResult): void {
  console.log(`\n## ${r.title}`);
  console.log(
    `device secret: secrets.ts chose "${r.stored.chosen}", found in "${r.stored.foundIn}"; ` +
      `${r.stored.records.length} sealed records`,
  );
  console.log(
    table([
      ['', 'before the wipe (control)', 'after the wipe'],
      ['device secret (32 bytes)', stores(r.before.secret), stores(r.after.secret)],
      ['wrapped data key', stores(r.before.wrapped), stores(r.after.wrapped)],
      ['sealed records on disk', recordsCell(r.before), recordsCell(r.after)],
      ['32-byte windows tried as secret', String(r.before.windows), String(r.after.windows)],
      ['data keys that open', String(r.before.keysOpened), String(r.after.keysOpened)],
      ['records opened', String(r.before.opened.length), String(r.after.opened.length)],
      [
        'her marker name/note in clear',
        stores([...filesWithText(r.before.files, r.person), ...filesWithText(r.before.files, r.note)]),
        stores([...filesWithText(r.after.files, r.person), ...filesWithText(r.after.files, r.note)]),
      ],
    ]),
  );
  for (const record of r.stored.records) {
    // A record not found whole: are its first and last 64 bytes there (split across pages), or not?
    const found = (scan: Scan) => {
      if ((scan.records.get(record.context) ?? []).length) return 'found';
      const ct = Buffer.from(record.ct);
      const head = stores(filesWith(scan.files, ct.subarray(0, 64)));
      const tail = stores(filesWith(scan.files, ct.subarray(-64)));
      return `not found whole (first 64 bytes: ${head}; last 64 bytes: ${tail})`;
    };
    console.log(
      `  ${record.context} (${record.ct.length} bytes sealed): before ${found(r.before)}, after ${found(r.after)}`,
    );
  }
  console.log('files, before:');
  for (const [what, list] of [
    ['secret', r.before.secret],
    ['wrapped', r.before.wrapped],
    ['records', [...new Set([...r.before.records.values()].flat())]],
  ] as const)
    console.log(`  ${what}: ${list.join(', ') || '—'}`);
  console.log('files, after:');
  for (const [what, list] of [
    ['secret', r.after.secret],
    ['wrapped', r.after.wrapped],
    ['records', [...new Set([...r.after.records.values()].flat())]],
  ] as const)
    console.log(`  ${what}: ${list.join(', ') || '—'}`);
  console.log(
    r.controlOk ? 'control: OK' : 'CONTROL FAILED: the scan before the wipe did not find and open her data',
  );
}

// ---------------------------------------------------------------------------------------------

let allControlsOk = true;
try {
  console.log(`${version} (${FIREFOX}), headless, WebDriver BiDi; ${new Date().toISOString()}`);
  console.log(`app served at ${server.url}`);

  console.log('\n… the storage itself');
  const primitives = await measurePrimitives();
  console.log('\n## The storage itself: a random 32-byte marker, written, browser closed, deleted, closed');
  console.log(table([['marker in', 'before deleting (control)', 'after deleting'], ...primitives.rows]));
  for (const line of primitives.detail) console.log(`  ${line}`);
  allControlsOk &&= primitives.controlOk;

  const runs: [boolean, Wipe][] = [
    [true, 'Delete everything'],
    [true, 'emergency passphrase'],
    [false, 'Delete everything'],
  ];
  for (const [withPassphrase, how] of runs) {
    const result = await wipeRun(withPassphrase, how);
    printRun(result);
    allControlsOk &&= result.controlOk;
  }
} finally {
  await server.close();
  const faked = existsSync(shimLog)
    ? [...new Set(readFileSync(shimLog, 'utf8').split('\n').filter(Boolean))]
    : [];
  console.log(
    `\nBiDi commands this Firefox does not know, answered as done by the shim: ${faked.join(', ') || 'none'}`,
  );
  rmSync(work, { recursive: true, force: true });
}
console.log(allControlsOk ? '\nEvery control found what it must.' : '\nA CONTROL FAILED: see above.');
process.exit(allControlsOk ? 0 : 2);
