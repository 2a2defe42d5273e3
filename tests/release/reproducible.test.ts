/**
 * Proving what is served (README "Put it on phones"):
 * - the same source built twice — two fresh copies in different folders, at different times and in
 *   different time zones — gives byte-identical dist/, SHA256SUMS and fingerprint;
 * - `npm run verify-host` passes a host that serves that release, and against a host that serves a
 *   changed file and lacks another, names both and exits non-zero.
 * The copies hold the files git tracks or would track (the working tree), with node_modules
 * hard-linked (what `npm ci` would install), so the test proves the tree as it is.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesOf } from '../../scripts/release.ts';
import { serveFolders } from '../e2e/harness.ts';

const ROOT = process.cwd();
let work = '';
const copies: string[] = [];

function freshCopy(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    try {
      cpSync(join(ROOT, f), join(dir, f));
    } catch (error) {
      // A tracked file deleted in the working tree is not part of it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  try {
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  } catch {
    execFileSync('cp', ['-a', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  }
  rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
  return dir;
}

function release(dir: string, tz: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: tz };
  delete env.SHN_APP_VERSION;
  delete env.SHN_RELEASE_NOTES_DIR;
  execFileSync('npx', ['tsx', 'scripts/release.ts'], { cwd: dir, env, stdio: 'inherit' });
}

beforeAll(() => {
  mkdirSync('.tmp', { recursive: true });
  work = mkdtempSync(resolve('.tmp/repro-'));
  copies.push(freshCopy(join(work, 'first')), freshCopy(join(work, 'second', 'deeper', 'folder')));
  release(copies[0] ?? '', 'UTC');
  release(copies[1] ?? '', 'Pacific/Kiritimati');
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

it('builds byte-identical dist/, SHA256SUMS and fingerprint from two copies of the same source', () => {
  const [a = '', b = ''] = copies;
  const files = filesOf(join(a, 'dist'));
  expect(files.length).toBeGreaterThan(50);
  expect(files).toContain('sw.js');
  expect(files.some((f) => f.startsWith('.vite/'))).toBe(false);
  expect(filesOf(join(b, 'dist'))).toEqual(files);
  const differ = files.filter(
    (f) => !readFileSync(join(a, 'dist', f)).equals(readFileSync(join(b, 'dist', f))),
  );
  expect(differ).toEqual([]);
  expect(readFileSync(join(b, 'release/SHA256SUMS'), 'utf8')).toBe(
    readFileSync(join(a, 'release/SHA256SUMS'), 'utf8'),
  );
  const fingerprint = readFileSync(join(a, 'release/FINGERPRINT'), 'utf8');
  expect(fingerprint).toMatch(
    /build fingerprint: [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\n/,
  );
  expect(readFileSync(join(b, 'release/FINGERPRINT'), 'utf8')).toBe(fingerprint);
  // The service worker carries the same fingerprint, for the app to show.
  const code = /build fingerprint: (\S+)/.exec(fingerprint)?.[1] ?? '';
  expect(readFileSync(join(a, 'dist/sw.js'), 'utf8')).toContain(`"code":"${code}"`);
});

/** Runs verify-host (not synchronously: the host under test answers from this process). */
function verify(url: string, sums: string): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((ok) => {
    execFile('npx', ['tsx', 'scripts/verifyHost.ts', url, '--sums', sums], (error, out, err) =>
      ok({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err }),
    );
  });
}

it('verify-host passes a host that serves the release, and names each file a host changed or lacks', async () => {
  const [a = '', b = ''] = copies;
  const sums = join(b, 'release/SHA256SUMS');
  const honest = await serveFolders([join(a, 'dist')]);
  try {
    const run = await verify(honest.url, sums);
    expect(run.err).toBe('');
    expect(run.out).not.toMatch(/DIFFERENT|MISSING/);
    expect(run.out).toMatch(/All \d+ files match/);
    expect(run.status).toBe(0);
  } finally {
    await honest.close();
  }

  const tampered = join(work, 'tampered');
  cpSync(join(a, 'dist'), tampered, { recursive: true });
  appendFileSync(join(tampered, 'index.html'), '<!-- changed on the host -->');
  rmSync(join(tampered, 'release-notes/0.1.0.json'));
  const host = await serveFolders([tampered]);
  try {
    const run = await verify(host.url, sums);
    const lines = run.out.split('\n');
    expect(lines).toContain('DIFFERENT index.html');
    expect(lines.find((l) => l.includes('release-notes/0.1.0.json'))).toMatch(
      /^MISSING +release-notes\/0\.1\.0\.json \(HTTP 404\)$/,
    );
    expect(lines.filter((l) => /^(DIFFERENT|MISSING)/.test(l))).toHaveLength(2);
    expect(lines).toContain('ok        sw.js');
    expect(run.out).toContain('does NOT serve this release');
    expect(run.status).toBe(1);
  } finally {
    await host.close();
  }
});
